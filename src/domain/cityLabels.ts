/**
 * Which case cities are named on the map, shared by the WebGL map's text layer and the 2D map so
 * that both name the same cities: from CITY_LABEL_ZOOM on, the matching cities of at least the
 * zoom step's population whose names fit without overlapping a larger city's name.
 */
import type { City } from './atlasSchema';
import { placeLabels, RecentPlacements } from './labelPlacement';

/** City names appear from this zoom on; below it the symbols alone are legible. */
export const CITY_LABEL_ZOOM = 4.2;

/** Smallest population labelled at a zoom: [from zoom, population] steps, ascending by zoom. */
export type LabelSteps = readonly (readonly [number, number])[];
export const PLACE_LABEL_STEPS: LabelSteps = [[0, 250_000], [5.5, 50_000], [7, 10_000]];
export const CITY_LABEL_STEPS: LabelSteps = [[0, 250_000], [5, 60_000], [6, 0]];

export function minLabelPopulation(steps: LabelSteps, zoom: number): number {
  return steps.reduce((min, [from, pop]) => (zoom >= from ? pop : min), steps[0]![1]);
}

/** A city's name sits this far above its centre (label centre, pixels): clear of its symbol. */
export const labelOffsetY = (radius: number): number => -radius - 9;

/** How a city's name looks on every map and export: semibold, dark, on a white halo. */
export const NAME_STYLE = {
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif',
  size: 12, weight: 600, fill: '#141414', halo: '#ffffff', haloOpacity: 0.92, haloWidth: 3,
} as const;

/** A name to draw: the city's [lon, lat] and its symbol's radius in CSS pixels. */
export interface CityName { readonly id: string; readonly lonLat: readonly [number, number]; readonly name: string; readonly radius: number }

/**
 * Where the names fall in a view of `width` × `height` pixels (`scale` pixels per CSS pixel):
 * each label's centre, above its symbol; names whose centre is well outside the view are left out.
 */
export function placeNames(names: readonly CityName[], project: (lonLat: readonly [number, number]) => readonly [number, number],
  width: number, height: number, scale = 1): { readonly id: string; readonly name: string; readonly x: number; readonly y: number }[] {
  const out: { id: string; name: string; x: number; y: number }[] = [];
  for (const c of names) {
    const [x, y] = project(c.lonLat);
    if (x < -100 * scale || y < -30 * scale || x > width + 100 * scale || y > height + 30 * scale) continue;
    out.push({ id: c.id, name: c.name, x, y: y + labelOffsetY(c.radius) * scale });
  }
  return out;
}

/** The cities named at this zoom as names to draw (see labelledCities). */
export function cityNames(cities: readonly City[], isShown: (id: string) => boolean, zoom: number, radiusOf: (c: City) => number): CityName[] {
  return labelledCities(cities, isShown, zoom, radiusOf).map((c) => ({ id: c.id, lonLat: c.lonLat, name: c.name, radius: radiusOf(c) }));
}

/**
 * The items of at least `minPop` inhabitants. Each list is made once per input and threshold, so a
 * layer keeps the same data array until the threshold changes and deck.gl does not rebuild it.
 */
const labelCache = new WeakMap<readonly object[], Map<number, readonly object[]>>();
export function atLeast<T extends object>(items: readonly T[], minPop: number, population: (t: T) => number): readonly T[] {
  let byPop = labelCache.get(items);
  if (!byPop) { byPop = new Map(); labelCache.set(items, byPop); }
  let list = byPop.get(minPop) as readonly T[] | undefined;
  if (!list) { list = items.filter((t) => population(t) >= minPop); byPop.set(minPop, list); }
  return list;
}

/**
 * The shown cities whose names fit, at this zoom (none below CITY_LABEL_ZOOM). The same labelled
 * cities at the same quarter zoom step give the same list, so a layer's data changes only when
 * they do. `radiusOf` is the symbol's radius in pixels.
 */
const placements = new WeakMap<readonly City[], RecentPlacements<City>>();
export function labelledCities(cities: readonly City[], isShown: (id: string) => boolean, zoom: number, radiusOf: (c: City) => number): readonly City[] {
  if (zoom < CITY_LABEL_ZOOM) return [];
  let recent = placements.get(cities);
  if (!recent) { recent = new RecentPlacements(); placements.set(cities, recent); }
  const step = Math.round(zoom * 4) / 4;
  const candidates = atLeast(cities, minLabelPopulation(CITY_LABEL_STEPS, zoom), (c) => c.population ?? 0).filter((c) => isShown(c.id));
  return recent.get(`${step}`, candidates, (shown) => {
    const keep = placeLabels(shown.map((c) => ({ id: c.id, lonLat: c.lonLat, text: c.name, priority: c.population ?? 0, offsetY: labelOffsetY(radiusOf(c)) })), step);
    return shown.filter((c) => keep.has(c.id));
  });
}
