/**
 * The map's data provider for the case cities (as flowmap.gl keeps a data provider between state
 * and layers): flat typed arrays of positions, sizes, colours and visibility, computed here
 * without React or WebGL, testable and movable to a worker. The layer takes them as binary
 * attributes; a new colour array is what tells deck.gl to recolour, not a new closure.
 */
import type { City } from './atlasSchema';
import type { Rgb } from './palettes';

export interface CityGeometry {
  readonly length: number;
  /** [lon, lat] per city. */
  readonly positions: Float32Array;
  /** Symbol radius per city, in pixels. */
  readonly radii: Float32Array;
}

export interface CityStyle {
  /** RGBA per city; a city not shown has alpha 0 (drawn transparent, never rebuilt). */
  readonly fill: Uint8Array;
  readonly line: Uint8Array;
  /** 1 where the city is shown, 0 where it is hidden (picks on hidden cities are ignored). */
  readonly shown: Uint8Array;
}

/** Made once per set of cities: positions and sizes do not change with the filters. */
export function cityGeometry(cities: readonly City[], radiusOf: (c: City) => number): CityGeometry {
  const positions = new Float32Array(cities.length * 2);
  const radii = new Float32Array(cities.length);
  cities.forEach((c, i) => {
    positions[i * 2] = c.lonLat[0];
    positions[i * 2 + 1] = c.lonLat[1];
    radii[i] = radiusOf(c);
  });
  return { length: cities.length, positions, radii };
}

/** Opacity of a city symbol's fill (0-255), on every map and export. */
export const FILL_ALPHA = 235;

/** Made per filter or colour change: one pass over the cities, no objects per city. */
export function cityStyle(cities: readonly City[], isShown: (id: string) => boolean, colourOf: (c: City) => Rgb): CityStyle {
  const n = cities.length;
  const fill = new Uint8Array(n * 4);
  const line = new Uint8Array(n * 4);
  const shown = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = cities[i]!;
    if (!isShown(c.id)) continue; // stays [0, 0, 0, 0]: transparent
    const [r, g, b] = colourOf(c);
    fill.set([r, g, b, FILL_ALPHA], i * 4);
    line.set([255, 255, 255, 255], i * 4);
    shown[i] = 1;
  }
  return { fill, line, shown };
}
