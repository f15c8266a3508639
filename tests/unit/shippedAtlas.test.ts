/**
 * The shipped artefacts agree with themselves and meet the corpus coverage floors.
 * Reads public/data (built by `npm run build:data`, which `npm test` runs first).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAtlas } from './readAtlas';
import { EU27 } from '../../src/domain/countries';
import { SERVICE_TYPES } from '../../src/domain/vocabularies';
import { isHttpUrl } from '../../src/domain/inputSchema';
import { listFiles } from '../../scripts/lib/writeArtefacts';
import { idsAtZoom } from './tileReader';

const atlas = readAtlas();
const tiles = join('public/data', atlas.meta.tilesets.regions.path);
const tileFiles = listFiles(tiles);
/** Region codes in the map's tiles at their last zoom, where every level is present. */
const ids = (layer: string) => idsAtZoom(tiles, tileFiles, atlas.meta.tilesets.regions.maxzoom, layer);

describe('shipped atlas consistency', () => {
  it('every city code exists in the shipped geometry and region list', () => {
    const n0 = ids('nuts0'); const n1 = ids('nuts1'); const n2 = ids('nuts2'); const n3 = ids('nuts3');
    const regions = new Set(atlas.regions.map((r) => r.code));
    for (const c of atlas.cities) {
      expect(n0.has(c.country), c.id).toBe(true);
      expect(n1.has(c.nuts1), c.id).toBe(true);
      expect(n2.has(c.nuts2), c.id).toBe(true);
      expect(n3.has(c.nuts3), c.id).toBe(true);
      expect(regions.has(c.nuts3), c.id).toBe(true);
      expect(c.nuts3.startsWith(c.nuts2) && c.nuts2.startsWith(c.nuts1) && c.nuts1.startsWith(c.country)).toBe(true);
    }
  });
  it('every initiative points at an existing city; no duplicate ids; no orphans', () => {
    const cityIds = atlas.cities.map((c) => c.id);
    expect(new Set(cityIds).size).toBe(cityIds.length);
    const initIds = atlas.initiatives.map((i) => i.id);
    expect(new Set(initIds).size).toBe(initIds.length);
    for (const i of atlas.initiatives) expect(cityIds, i.id).toContain(i.cityId);
    for (const id of cityIds) expect(atlas.initiatives.some((i) => i.cityId === id), `${id} has no initiative`).toBe(true);
  });
});

describe('known cities sit where they are', () => {
  it('spot checks against NUTS 2021 (names shared by several places must resolve to the right one)', () => {
    const at = (id: string) => atlas.cities.find((c) => c.id === id)?.nuts3;
    expect(at('el-irakleio')).toBe('EL431'); // Heraklion, Crete, not the Athens suburb Irakleio
    expect(at('es-barcelona')).toBe('ES511');
    expect(at('pl-warszawa')).toBe('PL911');
    expect(at('ch-st-gallen')).toBe('CH055');
    expect(at('ie-limerick')).toBe('IE051');
  });
});

describe('case corpus coverage floors', () => {
  it('at least 80 cities in at least 28 countries, every EU member state included', () => {
    expect(atlas.cities.length).toBeGreaterThanOrEqual(80);
    const countries = new Set(atlas.cities.map((c) => c.country));
    expect(countries.size).toBeGreaterThanOrEqual(28);
    expect(EU27.filter((c) => !countries.has(c))).toEqual([]);
  });
  it('territorial diversity: 25+ cities under 250,000 and 10+ under 100,000 inhabitants', () => {
    expect(atlas.cities.filter((c) => c.population !== undefined && c.population < 250_000).length).toBeGreaterThanOrEqual(25);
    expect(atlas.cities.filter((c) => c.population !== undefined && c.population < 100_000).length).toBeGreaterThanOrEqual(10);
  });
  it('at least 150 initiatives, every service type with at least 5', () => {
    expect(atlas.initiatives.length).toBeGreaterThanOrEqual(150);
    for (const s of SERVICE_TYPES) expect(atlas.initiatives.filter((i) => i.serviceTypes.value.includes(s)).length, s).toBeGreaterThanOrEqual(5);
  });
  it('100% sourced with http(s) URLs; every classification says documented or inferred', () => {
    for (const c of atlas.cities) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      expect(c.sources.every(isHttpUrl), c.id).toBe(true);
      if (c.governance.length) expect(c.governanceBasis, c.id).toBeDefined();
    }
    for (const i of atlas.initiatives) {
      expect(i.sources.length, i.id).toBeGreaterThanOrEqual(1);
      expect(i.sources.length, i.id).toBeLessThanOrEqual(3);
      expect(i.sources.every(isHttpUrl), i.id).toBe(true);
      for (const cl of [i.serviceTypes, i.governance, i.dataAspects, i.participation, i.scale]) {
        const has = Array.isArray(cl.value) ? cl.value.length > 0 : cl.value !== undefined;
        if (has) expect(cl.basis, i.id).toBeDefined();
      }
    }
  });
  it('never calls a city a DIGISER case or a number a DPSVI score', () => {
    const text = JSON.stringify([atlas.cities, atlas.initiatives]);
    expect(text).not.toMatch(/DIGISER|DPSVI/i);
  });
});
