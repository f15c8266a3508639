import { describe, expect, it } from 'vitest';
import { isSamePlace, nearestPeers, peerDistance, placeProfiles } from '../../../src/domain/peers';
import { classify, crossTable, regionValues } from '../../../src/domain/patterns';
import { groupByCity } from '../../../src/domain/filterMatch';
import { compareColumn, differs } from '../../../src/domain/compare';
import { colourValues, dominantValue } from '../../../src/domain/cityCategory';
import { paletteFor } from '../../../src/domain/palettes';
import { sizeClassOf, COLOUR_CATEGORIES } from '../../../src/domain/vocabularies';
import { city, initiative } from './fixtures';

describe('peer finder', () => {
  const base = { id: 'a', population: 100_000, urbanRural: 'urban' as const, coastal: true, border: false, capital: false, macroRegion: 'northern' as const };
  it('is zero for identical profiles and grows with each difference, as documented', () => {
    expect(peerDistance(base, { ...base, id: 'b' })).toBe(0);
    expect(peerDistance(base, { ...base, id: 'b', population: 1_000_000 })).toBeCloseTo(1);
    expect(peerDistance(base, { ...base, id: 'b', urbanRural: 'rural' })).toBeCloseTo(1);
    expect(peerDistance(base, { ...base, id: 'b', capital: true })).toBe(1);
    expect(peerDistance(base, { ...base, id: 'b', coastal: false, border: true, macroRegion: 'southern' })).toBeCloseTo(1.5);
  });
  it('returns the n nearest, most similar first, never the place itself', () => {
    const candidates = Array.from({ length: 30 }, (_, i) => ({ ...base, id: `c${i}`, population: 100_000 * (1 + i) }));
    const peers = nearestPeers(base, [...candidates, base], 10);
    expect(peers.length).toBe(10);
    expect(peers[0]!.item.id).toBe('c0');
    expect(peers.map((p) => p.item.id)).not.toContain('a');
    expect(peers.every((p, i) => i === 0 || peers[i - 1]!.distance <= p.distance)).toBe(true);
  });
});

describe('peer profiles of places', () => {
  const places = { meta: { schemaVersion: 5 as const, dataVersion: 'x', coordScale: 1e4 }, name: ['Here', 'Near', 'Far'], country: ['ES', 'ES', 'ES'],
    lon: [21_700, 21_800, 30_000], lat: [413_900, 414_000, 420_000], population: [1_000_000, 5_000, 20_000], nuts3: ['ES511', 'ES511', 'ES999'], capital: [0, 0, 0] };
  const regions = new Map([['ES511', { code: 'ES511', level: 3, name: 'Barcelona', country: 'ES', urbanRural: 'urban' as const, coastal: true, border: false }]]);
  it('take typologies from the NUTS 3 region, and the city itself is recognised by position', () => {
    const profiles = placeProfiles(places, regions);
    expect(profiles[0]).toMatchObject({ urbanRural: 'urban', coastal: true, border: false, macroRegion: 'southern', lonLat: [2.17, 41.39] });
    expect(profiles[2]!.urbanRural).toBeUndefined();
    const bcn = city('es-barcelona', { country: 'ES', lonLat: [2.17, 41.39] });
    expect(profiles.map((p) => isSamePlace(bcn, p))).toEqual([true, true, false]);
  });
});

describe('regional patterns', () => {
  const cities = [city('es-a', { country: 'ES', nuts1: 'ES5', nuts2: 'ES51', coastal: true }), city('es-b', { country: 'ES', nuts1: 'ES3', nuts2: 'ES30' }), city('pl-c', { country: 'PL', nuts1: 'PL7', nuts2: 'PL71' })];
  const inits = [initiative('i1', 'es-a'), initiative('i2', 'es-a', { serviceTypes: { value: ['health'], basis: 'documented' } }), initiative('i3', 'pl-c')];
  it('counts cities, initiatives and shares per region', () => {
    expect(Object.fromEntries(regionValues(cities, groupByCity(inits), 0, 'cities', 'service_type'))).toEqual({ ES: 2, PL: 1 });
    expect(Object.fromEntries(regionValues(cities, groupByCity(inits), 0, 'initiatives', 'service_type'))).toEqual({ ES: 2, PL: 1 });
    expect(Object.fromEntries(regionValues(cities, groupByCity(inits), 1, 'share', 'service_type', 'health'))).toEqual({ ES5: 1, ES3: 0, PL7: 0 });
  });
  it('classifies with thresholds and quantiles and counts regions per class', () => {
    const t = classify([1, 2, 3, 7, 12], 'threshold', 'cities');
    expect(t.legend.map((c) => c.count)).toEqual([1, 2, 0, 1, 1]);
    expect(t.classOf(12)).toBe(4);
    const q = classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'quantile', 'cities');
    expect(q.legend.reduce((a, c) => a + c.count, 0)).toBe(10);
    expect(q.legend.length).toBe(5);
  });
  it('quantile legend bounds run from the smallest to the largest value (1..10: 1-2.8 … 8.2-10)', () => {
    // Quantiles of 1..10 at p = .2, .4, .6, .8 (linear interpolation): 2.8, 4.6, 6.4, 8.2.
    const q = classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'quantile', 'cities');
    const bounds = q.legend.map((c) => [c.from, c.to].map((x) => Math.round(x * 10) / 10));
    expect(bounds).toEqual([[1, 2.8], [2.8, 4.6], [4.6, 6.4], [6.4, 8.2], [8.2, 10]]);
    expect(q.legend.map((c) => c.count)).toEqual([2, 2, 2, 2, 2]);
  });
  it('tied values give no empty class, and the legend does not start at 0', () => {
    const q = classify([1, 1, 1, 1, 5], 'quantile', 'cities');
    expect(q.legend.every((c) => c.count > 0)).toBe(true);
    expect(q.legend[0]!.from).toBe(1);
    expect(q.legend.at(-1)!.to).toBe(5);
    const t = classify([3, 5], 'threshold', 'cities');
    expect(t.legend[0]!.from).toBe(3);
  });
  it('cross-tabulates initiatives by category and typology', () => {
    const t = crossTable(cities, inits, 'service_type', 'coastal');
    const row = t.rows.indexOf('participation');
    expect(t.columns).toEqual(['yes', 'no']);
    expect(t.cells[row]).toEqual([1, 1]);
    expect(t.rowTotals[t.rows.indexOf('health')]).toBe(1);
  });
});

describe('comparison and colouring', () => {
  it('counts initiatives by service type per city and marks rows that differ', () => {
    const a = compareColumn(city('es-a'), [initiative('i1', 'es-a'), initiative('i2', 'es-a')]);
    const b = compareColumn(city('es-b'), [initiative('i3', 'es-b')]);
    expect(a.byServiceType.participation).toBe(2);
    expect(differs([a, b], (c) => c.byServiceType.participation)).toBe(true);
    expect(differs([a, b], (c) => c.byServiceType.health)).toBe(false);
  });
  it('colours a city by its most frequent category value', () => {
    const c = city('es-a');
    expect(dominantValue('service_type', c, [initiative('i1', 'es-a'), initiative('i2', 'es-a', { serviceTypes: { value: ['health', 'participation'] } })])).toBe('participation');
    expect(dominantValue('participation', c, [initiative('i1', 'es-a')])).toBeUndefined();
  });
  it('computes each matching city\'s colour value once, with counts per value', () => {
    const cs = [city('es-a'), city('es-b')];
    const { valueOf, counts } = colourValues('participation', cs, groupByCity([initiative('i1', 'es-a', { participation: { value: 'consult', basis: 'documented' } })]));
    expect(Object.fromEntries(valueOf)).toEqual({ 'es-a': 'consult', 'es-b': '' });
    expect(Object.fromEntries(counts)).toEqual({ consult: 1, '': 1 });
  });
  it('has a distinct colour for every category value', () => {
    for (const cat of COLOUR_CATEGORIES) {
      const p = paletteFor(cat);
      expect(new Set(p.values()).size).toBe(p.size);
    }
  });
  it('size classes follow the atlas convention', () => {
    expect([49_999, 50_000, 99_999, 100_000, 250_000, 999_999, 1_000_000].map(sizeClassOf)).toEqual(['lt50k', '50k_100k', '50k_100k', '100k_250k', '250k_500k', '500k_1m', 'gt1m']);
  });
});
