import { describe, expect, it } from 'vitest';
import { cityProfile, isSamePlace, nearestPeers, peerDistance, placeProfiles, type PeerProfile } from '../../../src/domain/peers';
import { city } from './fixtures';

const base: PeerProfile = { id: 'a', population: 100_000, urbanRural: 'urban', coastal: true, border: false, capital: false, macroRegion: 'northern' };

describe('peer distance with unknown values', () => {
  it('an unknown on either side counts half a difference, for every term', () => {
    const { population: _p, ...noPop } = base;
    expect(peerDistance(base, { ...noPop, id: 'b' })).toBe(0.5);
    expect(peerDistance({ ...noPop, id: 'b' }, base)).toBe(0.5);
    const { urbanRural: _u, ...noUr } = base;
    expect(peerDistance(base, { ...noUr, id: 'b' })).toBe(0.25);
    expect(peerDistance({ ...noUr, id: 'b' }, base)).toBe(0.25);
    const { macroRegion: _m, ...noMr } = base;
    expect(peerDistance(base, { ...noMr, id: 'b' })).toBe(0.25);
    expect(peerDistance({ ...noMr, id: 'b' }, base)).toBe(0.25);
    const { coastal: _c, border: _b, ...noFlags } = base;
    expect(peerDistance(base, { ...noFlags, id: 'b' })).toBe(0.5);
    expect(peerDistance({ ...noFlags, id: 'b' }, base)).toBe(0.5);
  });
  it('urban to intermediate is half of urban to rural', () => {
    expect(peerDistance(base, { ...base, id: 'b', urbanRural: 'intermediate' })).toBe(0.5);
    expect(peerDistance({ ...base, urbanRural: 'rural' }, { ...base, id: 'b', urbanRural: 'intermediate' })).toBe(0.5);
  });
});

describe('nearest peers', () => {
  it('keeps exactly n, breaks ties by id, and lets a closer later candidate in', () => {
    const far = { ...base, id: 'z-far', population: 10_000_000 };
    const tied = ['c', 'b', 'd'].map((id) => ({ ...base, id }));
    const peers = nearestPeers(base, [far, ...tied], 2);
    expect(peers.map((p) => p.item.id)).toEqual(['b', 'c']);
    expect(peers.map((p) => p.distance)).toEqual([0, 0]);
    expect(nearestPeers(base, [far, { ...base, id: 'near' }], 1).map((p) => p.item.id)).toEqual(['near']);
    expect(nearestPeers(base, [{ ...base, id: 'near' }, far], 1).map((p) => p.item.id)).toEqual(['near']);
  });
});

describe('profiles', () => {
  it('a city profile carries population and urban-rural type only when known', () => {
    expect(cityProfile(city('es-a', { population: 5, urbanRural: 'rural' }))).toMatchObject({ population: 5, urbanRural: 'rural', capital: false });
    const p = cityProfile(city('es-a', { population: undefined, urbanRural: undefined }));
    expect('population' in p).toBe(false);
    expect('urbanRural' in p).toBe(false);
  });
  it('a place profile names the place, marks capitals and leaves typologies out when its region is unknown', () => {
    const places = { meta: { schemaVersion: 5 as const, dataVersion: 'x', coordScale: 1e4 }, name: ['Madrid', 'Nowhere'], country: ['ES', 'XX'],
      lon: [-37_000, 0], lat: [404_000, 0], population: [3_000_000, 10], nuts3: ['ES300', 'XX000'], capital: [1, 0] };
    const [madrid, nowhere] = placeProfiles(places, new Map());
    expect(madrid).toMatchObject({ id: 'place-0', name: 'Madrid', country: 'ES', capital: true, population: 3_000_000, macroRegion: 'southern', lonLat: [-3.7, 40.4] });
    expect(nowhere!.capital).toBe(false);
    expect('coastal' in nowhere!).toBe(false);
    expect('macroRegion' in nowhere!).toBe(false);
  });
});

describe('is the place the city itself?', () => {
  // 0.03° of latitude is about 3.3 km; longitude is scaled by cos(latitude).
  const bcn = city('es-barcelona', { country: 'ES', lonLat: [2, 60] });
  const place = (lon: number, lat: number, country = 'ES') => ({ id: 'p', name: 'x', country, lonLat: [lon, lat] as const, capital: false });
  it('same country, within 0.03° of latitude and 0.03°/cos(lat) of longitude', () => {
    expect(isSamePlace(bcn, place(2, 60))).toBe(true);
    expect(isSamePlace(bcn, place(2, 60, 'FR'))).toBe(false);
    expect(isSamePlace(bcn, place(2, 60.029))).toBe(true);
    expect(isSamePlace(bcn, place(2, 60.031))).toBe(false);
    expect(isSamePlace(bcn, place(2, 59.969))).toBe(false);
    // At 60° N, 0.03° of latitude is 0.06° of longitude.
    expect(isSamePlace(bcn, place(2.059, 60))).toBe(true);
    expect(isSamePlace(bcn, place(2.061, 60))).toBe(false);
    expect(isSamePlace(bcn, place(1.941, 60))).toBe(true);
  });
});
