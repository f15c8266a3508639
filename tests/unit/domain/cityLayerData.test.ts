import { describe, expect, it } from 'vitest';
import { cityGeometry, cityStyle } from '../../../src/domain/cityLayerData';
import { city } from './fixtures';

describe('city layer data provider', () => {
  const cities = [city('es-a', { lonLat: [2.17, 41.39] }), city('es-b', { lonLat: [-3.7, 40.42] }), city('pt-c', { lonLat: [-9.14, 38.72] })];
  it('lays out positions and radii once, in city order', () => {
    const g = cityGeometry(cities, (c) => (c.id === 'es-b' ? 9 : 4));
    expect(g.length).toBe(3);
    expect([...g.positions].map((v) => Math.round(v * 100) / 100)).toEqual([2.17, 41.39, -3.7, 40.42, -9.14, 38.72]);
    expect([...g.radii]).toEqual([4, 9, 4]);
  });
  it('colours shown cities with a white outline and makes hidden ones fully transparent', () => {
    const s = cityStyle(cities, (id) => id !== 'es-b', (c) => (c.id === 'es-a' ? [230, 159, 0] : [86, 180, 233]));
    expect([...s.fill.slice(0, 4)]).toEqual([230, 159, 0, 235]);
    expect([...s.fill.slice(4, 8)]).toEqual([0, 0, 0, 0]);
    expect([...s.fill.slice(8, 12)]).toEqual([86, 180, 233, 235]);
    expect([...s.line.slice(4, 8)]).toEqual([0, 0, 0, 0]);
    expect([...s.line.slice(8, 12)]).toEqual([255, 255, 255, 255]);
    expect([...s.shown]).toEqual([1, 0, 1]);
  });
});
