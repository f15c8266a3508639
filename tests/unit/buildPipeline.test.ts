import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/lib/buildPipeline';
import { placesSchema } from '../../src/domain/atlasSchema';
import { readAtlas } from './readAtlas';
import { listFiles } from '../../scripts/lib/writeArtefacts';
import { tilesetDigest } from '../../scripts/lib/vectorTiles';
import { idsAtZoom, tileIds } from './tileReader';

const build = async (lau?: string) => {
  const out = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  const report = await runBuild({ cases: 'tests/fixtures/cases-small', out, maxYear: 2026, ...(lau ? { lau } : {}) });
  return { out, report, atlas: readAtlas(out) };
};

describe('build pipeline on a small table', () => {
  it('locates cities, derives their territorial context and records where values come from', async () => {
    const { atlas } = await build();
    const byId = new Map(atlas.cities.map((c) => [c.id, c]));
    const bcn = byId.get('es-barcelona')!;
    expect(bcn).toMatchObject({ nuts3: 'ES511', nuts2: 'ES51', nuts1: 'ES5', nutsOrigin: 'declared_and_checked', coordSource: 'geonames', populationOrigin: 'geonames', capital: false, coastal: true, urbanRural: 'urban', sizeClass: 'gt1m' });
    expect(bcn.populationSource).toMatch(/^https:\/\/www\.geonames\.org\/\d+$/);
    const pisek = byId.get('cz-pisek')!;
    expect(pisek).toMatchObject({ nuts3: 'CZ031', nutsOrigin: 'derived', coordSource: 'table', population: 30742, populationYear: 2023, populationOrigin: 'table', sizeClass: 'lt50k' });
    const lodz = byId.get('pl-lodz')!;
    expect(lodz.nuts3).toBe('PL711');
    expect(lodz.distanceToCapitalKm).toBeGreaterThan(110);
    expect(lodz.distanceToCapitalKm).toBeLessThan(140);
  });

  it('marks NUTS 3 regions on a land border from the topology', async () => {
    const { atlas } = await build();
    const region = (code: string) => atlas.regions.find((r) => r.code === code)!;
    expect(region('PL711').border).toBe(false);
    expect(region('DE21D').border).toBe(true); // Passau borders Austria and Czechia
    expect(region('FRL04').coastal).toBe(true);
  });

  it('writes the same bytes for the same inputs (no timestamps)', async () => {
    const a = await build();
    const b = await build();
    const hash = (dir: string, f: string) => createHash('sha256').update(readFileSync(join(dir, f))).digest('hex');
    const files = listFiles(a.out);
    expect(files).toEqual(listFiles(b.out));
    for (const f of files) expect(hash(b.out, f), f).toBe(hash(a.out, f));
    expect(a.atlas.meta.inputs['cities.csv']).toMatch(/^[0-9a-f]{64}$/);
    expect(a.atlas.meta.attribution.join(' ')).toContain('© EuroGeographics for the administrative boundaries');
  });

  it('rewrites nothing when nothing changed', async () => {
    const { out } = await build();
    const again = await runBuild({ cases: 'tests/fixtures/cases-small', out, maxYear: 2026 });
    expect(again.written).toEqual([]);
    expect(again.unchanged).toEqual(['atlas.json', 'atlas-texts.json', 'manifest.json', 'places.json', 'nuts-low.topo.json', 'nuts-high.topo.json', 'tiles']);
  });

  it('matches cities to LAU polygons when given', async () => {
    const { atlas } = await build('tests/fixtures/lau/lau-small.geojson');
    expect(atlas.meta.lauLoaded).toBe(true);
    expect(atlas.cities.find((c) => c.id === 'es-barcelona')!.lau).toBe('TEST-BCN');
    expect(atlas.cities.find((c) => c.id === 'cz-pisek')!.lau).toBe('TEST-PIS');
    expect(atlas.cities.find((c) => c.id === 'pl-lodz')!.lau).toBeUndefined();
  });

  it('ships the region outlines as vector tiles that the atlas meta describes', async () => {
    const { out, atlas } = await build();
    const { regions, lau } = atlas.meta.tilesets;
    expect(lau).toBeUndefined();
    const dir = join(out, regions.path);
    const files = listFiles(dir);
    expect(files.length).toBe(regions.files);
    expect(tilesetDigest(new Map(files.map((f) => [f, readFileSync(join(dir, f))])))).toBe(regions.sha256);
    // Barcelona's tile at zoom 6 holds Spain, Catalonia (ES51) and the province of Barcelona (ES511).
    const bcn = tileIds(readFileSync(join(dir, '6/32/23.pbf')));
    expect(bcn.nuts0).toContain('ES');
    expect(bcn.nuts2).toContain('ES51');
    expect(bcn.nuts3).toContain('ES511');
    // NUTS 3 only from zoom 6 (where it is drawn). Every region is in the last zoom's tiles (at smaller
    // zooms, regions smaller than a pixel, such as Ceuta, are dropped as MapLibre's own tiling drops them).
    expect(idsAtZoom(dir, files, 5, 'nuts3').size).toBe(0);
    for (const level of [2, 3]) expect([...idsAtZoom(dir, files, 6, `nuts${level}`)].sort()).toEqual(atlas.regions.filter((r) => r.level === level).map((r) => r.code).sort());
  });

  it('ships the LAU polygons as vector tiles from the municipal zoom, keyed by LAU id', async () => {
    const { out, atlas } = await build('tests/fixtures/lau/lau-small.geojson');
    const lau = atlas.meta.tilesets.lau!;
    expect(lau).toMatchObject({ path: 'tiles/lau', minzoom: 7, maxzoom: 8 });
    const dir = join(out, lau.path);
    const files = listFiles(dir);
    expect(files.length).toBe(lau.files);
    expect(idsAtZoom(dir, files, 7, 'lau')).toEqual(new Set(['TEST-BCN', 'TEST-PIS', 'TEST-FAR']));
    expect(idsAtZoom(dir, files, 6, 'lau').size).toBe(0);
    // Built again without LAU polygons, the LAU tiles go.
    await runBuild({ cases: 'tests/fixtures/cases-small', out, maxYear: 2026 });
    expect(listFiles(join(out, 'tiles')).some((f) => f.startsWith('lau/'))).toBe(false);
  });

  it('ships a compact places table covering the GeoNames places of the covered countries', async () => {
    const { out } = await build();
    const places = placesSchema.parse(JSON.parse(readFileSync(join(out, 'places.json'), 'utf8')));
    expect(places.name.length).toBeGreaterThan(50_000);
    const i = places.name.indexOf('Łódź');
    expect(places.country[i]).toBe('PL');
    expect(places.nuts3[i]).toBe('PL711');
    expect(places.nuts3.filter((c) => c === '').length).toBeLessThan(places.name.length * 0.01);
  });
});
