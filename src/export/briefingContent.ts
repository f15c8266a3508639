/** What the exports and the print briefing say about the current view: texts, legend, symbols. */
import type { AtlasMeta, City } from '../domain/atlasSchema';
import { altText, citation } from '../domain/briefing';
import { CATEGORY_GROUP } from '../domain/cityCategory';
import type { MatchResult } from '../domain/filterMatch';
import { categoryValues, NOT_KNOWN_COLOUR, paletteFor } from '../domain/palettes';
import type { ColourCategory } from '../domain/vocabularies';
import { optionLabel, t } from '../i18n/messages';
import type { MessageKey } from '../i18n/en';
import { cityRadius } from '../map/symbolSize';
import type { MapImageSpec } from './mapImage';
import type { MapDisplay } from '../domain/mapDisplay';
import { ADOPTION_COLOURS } from '../domain/palettes';
import { cityNames } from '../domain/cityLabels';

export interface BriefingInput {
  readonly meta: AtlasMeta;
  readonly match: MatchResult;
  readonly colourBy: ColourCategory;
  /** Dominant category value per matching city ('' = not known) and the count per value. */
  readonly valueOf: ReadonlyMap<string, string>;
  readonly counts: ReadonlyMap<string, number>;
  readonly highlighted: readonly City[];
  /** The shareable URL of the view, built from the state (not read from the address bar, which lags). */
  readonly url: string;
  /** ISO date of the export. */
  readonly date: string;
  /** Research views: the spread of a solution (colours by order of adoption, arcs) or the timeline year. */
  readonly spread?: MapDisplay['spread'] | undefined;
  readonly solutionLabel?: string | undefined;
  readonly year?: number | undefined;
}

export interface BriefingContent {
  readonly altText: string;
  readonly citation: string;
  readonly url: string;
  readonly attribution: readonly string[];
  readonly image: MapImageSpec;
}

export function briefingContent(b: BriefingInput): BriefingContent {
  const group = CATEGORY_GROUP[b.colourBy];
  const categoryName = t(`category.${b.colourBy}` as MessageKey);
  const palette = paletteFor(b.colourBy);
  const label = (v: string) => (v ? optionLabel(group, v) : t('map.notKnown'));
  const colour = (v: string) => palette.get(v) ?? NOT_KNOWN_COLOUR;
  const ringed = new Set(b.highlighted.map((c) => c.id));
  const spread = b.spread;
  const adoptionColour = (id: string) => { const k = spread?.classOf.get(id); return k === undefined ? NOT_KNOWN_COLOUR : ADOPTION_COLOURS[k]!; };
  const summary = t('filters.summary', { cities: b.match.cities.length, initiatives: b.match.initiatives.length });
  const subtitle = spread ? `${t('spread.tableCaption', { solution: b.solutionLabel ?? '' })} · ${summary}`
    : b.year !== undefined ? `${t('timeline.mapYear', { year: b.year })} · ${summary}` : summary;
  const legend = spread
    ? [...ADOPTION_COLOURS.map((colour: string, k): { label: string; colour: string } | undefined => {
        const years = spread.adopters.filter((a) => spread.classOf.get(a.city.id) === k).map((a) => a.year!);
        return years.length ? { label: `${Math.min(...years)}–${Math.max(...years)} (${years.length})`, colour } : undefined;
      }).filter((x): x is { label: string; colour: string } => x !== undefined),
      ...(spread.adopters.some((a) => a.year === undefined) ? [{ label: t('spread.yearNotKnown'), colour: NOT_KNOWN_COLOUR }] : [])]
    : [...categoryValues(b.colourBy), ''].filter((v) => (b.counts.get(v) ?? 0) > 0).map((v) => ({ label: `${label(v)} (${b.counts.get(v)})`, colour: colour(v) }));
  return {
    altText: altText(b.match.cities, b.match.initiatives, (c) => b.valueOf.get(c.id) || undefined, { categoryName, valueLabel: label }),
    citation: citation({ title: t('app.title'), dataVersion: b.meta.dataVersion, url: b.url, date: b.date, attribution: b.meta.attribution }),
    url: b.url,
    attribution: b.meta.attribution,
    image: {
      symbols: b.match.cities.map((c) => ({ lonLat: c.lonLat, radius: cityRadius(c), colour: spread ? adoptionColour(c.id) : colour(b.valueOf.get(c.id) ?? ''), ring: ringed.has(c.id) })),
      arcs: spread?.arcs.map((a) => ({ from: a.from.lonLat, to: a.to.lonLat })) ?? [],
      names: (zoom) => cityNames(b.match.cities, () => true, zoom, cityRadius),
      title: t('app.title'),
      subtitle,
      legendTitle: spread ? t('spread.colours') : `${t('map.colourBy')}: ${categoryName}`,
      legend,
      footer: [`${t('app.dataVersion', { version: b.meta.dataVersion })} · ${b.date} · ${b.url}`, ...b.meta.attribution],
    },
  };
}
