/**
 * Adoption over time: initiatives by start year stacked by a category, and the cumulative map a
 * presenter plays year by year (a city appears with its first dated initiative).
 */
import type { City, Initiative } from './atlasSchema';
import { initiativeValues } from './cityCategory';
import { categoryValues } from './palettes';
import type { ColourCategory } from './vocabularies';

/** Milliseconds per year while the timeline plays: slow enough for a presenter to talk over. */
export const PLAY_STEP_MS = 1600;

export interface YearStacks {
  /** Every year from the first to the last start year, gaps included (an empty year is a fact too). */
  readonly years: readonly number[];
  /** Category values, in vocabulary order, then '' for initiatives without a value. */
  readonly keys: readonly string[];
  /** [year][key]: initiatives of that year with that value; one with two values counts under both. */
  readonly counts: readonly (readonly number[])[];
  /** [year]: initiatives of that year, each counted once. */
  readonly totals: readonly number[];
  /** Matching initiatives whose start year no source states. */
  readonly undated: number;
}

export function yearStacks(cities: readonly City[], initiatives: readonly Initiative[], category: ColourCategory): YearStacks {
  const cityById = new Map(cities.map((c) => [c.id, c]));
  const keys = [...categoryValues(category), ''];
  const dated = initiatives.filter((i) => i.startYear !== undefined && cityById.has(i.cityId));
  const undated = initiatives.filter((i) => i.startYear === undefined && cityById.has(i.cityId)).length;
  if (dated.length === 0) return { years: [], keys, counts: [], totals: [], undated };
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of dated) { lo = Math.min(lo, i.startYear!); hi = Math.max(hi, i.startYear!); }
  const years = Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
  const counts = years.map(() => keys.map(() => 0));
  const totals = years.map(() => 0);
  for (const i of dated) {
    const y = i.startYear! - lo;
    totals[y]!++;
    const values = initiativeValues(category, cityById.get(i.cityId)!, i);
    for (const v of values.length ? values : ['']) {
      const k = keys.indexOf(v);
      if (k >= 0) counts[y]![k]!++;
    }
  }
  return { years, keys, counts, totals, undated };
}

/** The first start year of each city among the given initiatives; cities with no dated initiative are absent. */
export function firstYearByCity(initiatives: readonly Initiative[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const i of initiatives) {
    if (i.startYear === undefined) continue;
    const y = first.get(i.cityId);
    if (y === undefined || i.startYear < y) first.set(i.cityId, i.startYear);
  }
  return first;
}

/** Cities shown on the cumulative map at `year`: those whose first dated initiative started by then. */
export function citiesStartedBy(first: ReadonlyMap<string, number>, year: number): Set<string> {
  const ids = new Set<string>();
  for (const [id, y] of first) if (y <= year) ids.add(id);
  return ids;
}

/**
 * The next year of the play-through, or undefined at the end (play stops there rather than loop:
 * a presenter ends on the full picture).
 */
export function stepYear(years: readonly number[], current: number | undefined, direction: 1 | -1): number | undefined {
  if (years.length === 0) return undefined;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  if (current === undefined) return direction === 1 ? first : last;
  const next = current + direction;
  return next < first || next > last ? undefined : next;
}

/**
 * The year range a brush over the chart selects: pixel positions map to bars of equal width; the
 * range is inclusive and ordered whichever way the pointer moved.
 */
export function brushYears(years: readonly number[], x0: number, x1: number, width: number): [number, number] | undefined {
  if (years.length === 0 || width <= 0) return undefined;
  const band = width / years.length;
  const idx = (x: number) => Math.min(years.length - 1, Math.max(0, Math.floor(x / band)));
  const a = idx(Math.min(x0, x1));
  const b = idx(Math.max(x0, x1));
  return [years[a]!, years[b]!];
}

/** The chart's data table as flat rows (also the CSV export): one row per year. */
export function yearRows(s: YearStacks): Record<string, number>[] {
  const used = s.keys.map((_, k) => s.counts.some((row) => row[k]! > 0));
  return s.years.map((year, y) => {
    const row: Record<string, number> = { start_year: year, initiatives: s.totals[y]! };
    s.keys.forEach((key, k) => { if (used[k]) row[key || 'not_known'] = s.counts[y]![k]!; });
    return row;
  });
}
