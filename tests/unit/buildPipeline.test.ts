import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/lib/buildPipeline';
import { placesSchema } from '../../src/domain/atlasSchema';
import { readAtlas } from './readAtlas';

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
    for (const f of readdirSync(a.out)) expect(hash(b.out, f)).toBe(hash(a.out, f));
    expect(a.atlas.meta.inputs['cities.csv']).toMatch(/^[0-9a-f]{64}$/);
    expect(a.atlas.meta.attribution.join(' ')).toContain('© EuroGeographics for the administrative boundaries');
  });

  it('rewrites nothing when nothing changed', async () => {
    const { out } = await build();
    const again = await runBuild({ cases: 'tests/fixtures/cases-small', out, maxYear: 2026 });
    expect(again.written).toEqual([]);
    expect(again.unchanged.length).toBe(6);
  });

  it('matches cities to LAU polygons when given', async () => {
    const { atlas } = await build('tests/fixtures/lau/lau-small.geojson');
    expect(atlas.meta.lauLoaded).toBe(true);
    expect(atlas.cities.find((c) => c.id === 'es-barcelona')!.lau).toBe('TEST-BCN');
    expect(atlas.cities.find((c) => c.id === 'cz-pisek')!.lau).toBe('TEST-PIS');
    expect(atlas.cities.find((c) => c.id === 'pl-lodz')!.lau).toBeUndefined();
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
