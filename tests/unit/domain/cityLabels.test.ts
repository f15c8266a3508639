import { describe, expect, it } from 'vitest';
import { labelledCities, labelOffsetY } from '../../../src/domain/cityLabels';
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
});
