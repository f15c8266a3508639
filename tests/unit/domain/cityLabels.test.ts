import { describe, expect, it } from 'vitest';
import { labelledCities, labelOffsetY, placeNames } from '../../../src/domain/cityLabels';
import { city } from './fixtures';

// At zoom 5 a degree of longitude is 512 × 2^5 / 360 ≈ 45.5 pixels; a name is about 7.2 pixels a letter.
const cities = [
  city('big', { name: 'Bigtown', population: 1_000_000, lonLat: [10, 50] }),
  city('near', { name: 'Neartown', population: 500_000, lonLat: [10.2, 50] }), // 9 px from Bigtown: the names collide
  city('far', { name: 'Fartown', population: 300_000, lonLat: [15, 50] }), // 227 px away
  city('small', { name: 'Smalltown', population: 40_000, lonLat: [20, 50] }),
  city('hidden', { name: 'Hiddentown', population: 900_000, lonLat: [25, 50] }),
];
const shown = (id: string) => id !== 'hidden';
const ids = (zoom: number) => labelledCities(cities, shown, zoom, () => 10).map((c) => c.id);

describe('city names on the map', () => {
  it('are not drawn below zoom 4.2, where the symbols alone are legible', () => {
    expect(ids(4)).toEqual([]);
  });

  it('name the larger of two colliding cities, never a hidden one, and small towns only from zoom 6', () => {
    expect(ids(5)).toEqual(['big', 'far']);
    expect(ids(6)).toEqual(['big', 'far', 'small']);
  });

  it('sit above the symbol, clear of it', () => {
    expect(labelOffsetY(10)).toBe(-19);
  });

  it('are placed above their symbols in a view, at any pixel scale, and left out well outside it', () => {
    const names = [
      { id: 'a', lonLat: [0, 0] as const, name: 'A', radius: 10 },
      { id: 'b', lonLat: [1, 0] as const, name: 'B', radius: 4 },
      { id: 'c', lonLat: [2, 0] as const, name: 'C', radius: 4 },
    ];
    // A made-up projection: a at (50, 50), b at (150, 50), c at (250, 50), scaled.
    const at = (scale: number) => (ll: readonly [number, number]) => [(50 + ll[0] * 100) * scale, 50 * scale] as const;
    expect(placeNames(names, at(1), 100, 100)).toEqual([{ id: 'a', name: 'A', x: 50, y: 31 }, { id: 'b', name: 'B', x: 150, y: 37 }]);
    // At 2 pixels per CSS pixel the offset and the margin double, so the same names are kept.
    expect(placeNames(names, at(2), 200, 200, 2)).toEqual([{ id: 'a', name: 'A', x: 100, y: 62 }, { id: 'b', name: 'B', x: 300, y: 74 }]);
  });
});
