/**
 * Regional patterns: per-region values for the choropleth, their classification into legend
 * classes (d3-scale quantile or threshold), and the category × typology cross-table.
 */
import { scaleQuantile, scaleThreshold } from 'd3-scale';
import type { City, Initiative } from './atlasSchema';
import { initiativeValues } from './cityCategory';
import { categoryValues } from './palettes';
import type { ColourCategory } from './vocabularies';
import { GROUP_BY_KEY } from './filterGroups';
import type { Classification, PatternLevel, PatternMeasure, Typology } from './viewState';

export function regionCodeAt(city: City, level: PatternLevel): string {
  return level === 0 ? city.country : level === 1 ? city.nuts1 : city.nuts2;
}

/**
 * Value per region: number of matching cities, of matching initiatives, or the share (0-1) of
 * matching cities with at least one initiative of `categoryValue`.
 */
export function regionValues(cities: readonly City[], byCity: ReadonlyMap<string, readonly Initiative[]>, level: PatternLevel, measure: PatternMeasure, category: ColourCategory, categoryValue?: string): Map<string, number> {
  const num = new Map<string, number>();
  const den = new Map<string, number>();
  for (const c of cities) {
    const code = regionCodeAt(c, level);
    const inits = byCity.get(c.id) ?? [];
    den.set(code, (den.get(code) ?? 0) + 1);
    const add = measure === 'cities' ? 1 : measure === 'initiatives' ? inits.length
      : inits.some((i) => categoryValue !== undefined && initiativeValues(category, c, i).includes(categoryValue)) ? 1 : 0;
    num.set(code, (num.get(code) ?? 0) + add);
  }
  if (measure !== 'share') return num;
  return new Map([...num].map(([k, v]) => [k, v / (den.get(k) ?? 1)]));
}

export interface LegendClass { readonly from: number; readonly to: number; readonly count: number }
export interface Classes { readonly classOf: (v: number) => number; readonly legend: readonly LegendClass[] }

/** Fixed thresholds: counts 1, 2-3, 4-6, 7-10, 11+; shares in fifths. */
export const COUNT_THRESHOLDS = [2, 4, 7, 11] as const;
export const SHARE_THRESHOLDS = [0.2, 0.4, 0.6, 0.8] as const;

export function classify(values: readonly number[], method: Classification, measure: PatternMeasure, k = 5): Classes {
  const positive = values.filter((v) => v > 0);
  // The legend starts at the smallest mapped value, not at 0 (regions with 0 are drawn apart).
  const lo = positive.length ? Math.min(...positive) : 0;
  const hi = positive.length ? Math.max(...positive) : 0;
  let breaks: number[];
  if (method === 'quantile' && positive.length > 0) {
    // Tied values repeat a quantile; a break at the minimum would leave the first class empty.
    breaks = [...new Set(scaleQuantile<number>().domain(positive).range([...Array(k).keys()]).quantiles())].filter((b) => b > lo);
  } else {
    breaks = [...(measure === 'share' ? SHARE_THRESHOLDS : COUNT_THRESHOLDS)];
  }
  const scale = scaleThreshold<number, number>().domain(breaks).range([...Array(breaks.length + 1).keys()]);
  const counts = Array(breaks.length + 1).fill(0) as number[];
  for (const v of positive) counts[scale(v)]!++;
  const legend = counts.map((count, i) => ({ from: i === 0 ? lo : breaks[i - 1]!, to: i === breaks.length ? hi : breaks[i]!, count }));
  return { classOf: (v) => scale(v), legend };
}

/** A typology is a city-level filter group: its values and a city's value come from there. */
export function typologyValues(t: Typology): readonly string[] {
  return GROUP_BY_KEY.get(t)!.options;
}

export function typologyOf(t: Typology, c: City): string | undefined {
  return GROUP_BY_KEY.get(t)!.valuesOf(c)[0];
}

export interface CrossTable {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  /** Initiatives per [row][column]. */
  readonly cells: readonly (readonly number[])[];
  readonly rowTotals: readonly number[];
}

/** Matching initiatives counted by a category (rows) and the territorial typology of their city (columns). */
export function crossTable(cities: readonly City[], initiatives: readonly Initiative[], category: ColourCategory, typology: Typology): CrossTable {
  const rows = categoryValues(category);
  const columns = typologyValues(typology);
  const cells = rows.map(() => columns.map(() => 0));
  const cityById = new Map(cities.map((c) => [c.id, c]));
  for (const i of initiatives) {
    const c = cityById.get(i.cityId);
    if (!c) continue;
    const col = columns.indexOf(typologyOf(typology, c) ?? '');
    if (col < 0) continue;
    for (const v of initiativeValues(category, c, i)) {
      const r = rows.indexOf(v);
      if (r >= 0) cells[r]![col]!++;
    }
  }
  return { rows, columns, cells, rowTotals: cells.map((r) => r.reduce((a, b) => a + b, 0)) };
}
