/**
 * Texts generated from the data for exports: an alt-text description of the current map and
 * the citation, in the active language. Pure functions; the numbers always come from the matching set.
 */
import type { City, Initiative } from './atlasSchema';
import { countryName, formatList, formatNumber, t } from '../i18n/messages';

export interface AltTextLabels {
  readonly categoryName: string;
  readonly valueLabel: (value: string) => string;
}

/** E.g. "34 cities and 71 initiatives match. Most are in Germany (6), Spain (4) and Italy (3), among 9 countries. By governance model, the largest group is In-house municipal unit (12 cities)." */
export function altText(cities: readonly City[], initiatives: readonly Initiative[], valueOfCity: (c: City) => string | undefined, labels: AltTextLabels): string {
  if (cities.length === 0) return t('alt.none');
  const byCountry = new Map<string, number>();
  for (const c of cities) byCountry.set(c.country, (byCountry.get(c.country) ?? 0) + 1);
  const top = [...byCountry].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3)
    .map(([code, n]) => `${countryName(code)} (${formatNumber(n)})`);
  const list = formatList(top);
  const groups = new Map<string, number>();
  for (const c of cities) { const v = valueOfCity(c); if (v) groups.set(v, (groups.get(v) ?? 0) + 1); }
  const largest = [...groups].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const parts = [
    t('alt.match', { cities: cities.length, initiatives: initiatives.length }),
    byCountry.size > 3 ? t('alt.whereMost', { list, countries: byCountry.size }) : t(cities.length === 1 ? 'alt.whereOne' : 'alt.whereAll', { list }),
  ];
  if (largest) parts.push(t('alt.largest', { category: labels.categoryName.toLowerCase(), value: labels.valueLabel(largest[0]), count: largest[1] }));
  return parts.join(' ');
}

export interface CitationInput {
  readonly title: string;
  readonly dataVersion: string;
  readonly url: string;
  /** ISO date (YYYY-MM-DD) the view was exported. */
  readonly date: string;
  readonly attribution: readonly string[];
}

export function citation(c: CitationInput): string {
  return [
    t('cite.view', { title: c.title, version: c.dataVersion, url: c.url, date: c.date }),
    ...c.attribution,
  ].join('\n');
}
