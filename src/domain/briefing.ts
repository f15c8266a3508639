/**
 * Texts generated from the data for exports: an alt-text description of the current map and
 * the citation. Pure functions; the numbers always come from the matching set.
 */
import type { City, Initiative } from './atlasSchema';
import { COUNTRY_BY_CODE } from './countries';

export interface AltTextLabels {
  readonly categoryName: string;
  readonly valueLabel: (value: string) => string;
}

/** E.g. "34 cities and 71 initiatives match. Most are in Germany (6), Spain (4) and Italy (3). By governance model, the largest group is In-house municipal unit (12 cities)." */
export function altText(cities: readonly City[], initiatives: readonly Initiative[], valueOfCity: (c: City) => string | undefined, labels: AltTextLabels): string {
  if (cities.length === 0) return 'No city matches the current filters.';
  const byCountry = new Map<string, number>();
  for (const c of cities) byCountry.set(c.country, (byCountry.get(c.country) ?? 0) + 1);
  const top = [...byCountry].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3)
    .map(([code, n]) => `${COUNTRY_BY_CODE.get(code)?.name ?? code} (${n})`);
  const list = top.length > 1 ? `${top.slice(0, -1).join(', ')} and ${top[top.length - 1]}` : top[0];
  const groups = new Map<string, number>();
  for (const c of cities) { const v = valueOfCity(c); if (v) groups.set(v, (groups.get(v) ?? 0) + 1); }
  const largest = [...groups].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const parts = [
    `${cities.length} ${cities.length === 1 ? 'city' : 'cities'} and ${initiatives.length} ${initiatives.length === 1 ? 'initiative' : 'initiatives'} match.`,
    `${byCountry.size > 3 ? 'Most are' : cities.length === 1 ? 'It is' : 'They are'} in ${list}${byCountry.size > 3 ? `, among ${byCountry.size} countries` : ''}.`,
  ];
  if (largest) parts.push(`By ${labels.categoryName.toLowerCase()}, the largest group is ${labels.valueLabel(largest[0])} (${largest[1]} ${largest[1] === 1 ? 'city' : 'cities'}).`);
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
    `${c.title}, data version ${c.dataVersion}. View: ${c.url} (accessed ${c.date}).`,
    ...c.attribution,
  ].join('\n');
}
