/**
 * `npm run bench:build`: default build wall time, NUTS 3 assignment of every European GeoNames
 * place with the spatial index versus a naive loop over all NUTS 3 polygons, artefact sizes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadNutsLevel } from '../../scripts/lib/nutsGeometry';
import { loadGazetteer } from '../../scripts/lib/gazetteer';
import { containingNaive, polygonIndex } from '../../scripts/lib/spatialIndex';
import { median, printTable, type BenchRow } from './benchTable';
import { LARGE_ROWS, writeLargeTables } from '../unit/largeTable';

export async function buildBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const out = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
    const t0 = performance.now();
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-atlas.ts', '--quiet', '--out', out], { encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`build failed: ${res.stderr}`);
    times.push((performance.now() - t0) / 1000);
  }
  rows.push({ name: 'default build, wall time (CLI, median of 3)', value: median(times), unit: 's', target: '<= 15 s', ok: median(times) <= 15 });

  {
    const dir = writeLargeTables();
    const out = mkdtempSync(join(tmpdir(), 'atlas-bench-large-'));
    const t0 = performance.now();
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-atlas.ts', '--quiet', '--cases', dir, '--out', out], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (res.status !== 0) throw new Error(`large build failed: ${res.stderr}`);
    const s = (performance.now() - t0) / 1000;
    rows.push({ name: `build with a ${LARGE_ROWS.toLocaleString('en')}-row initiatives table`, value: s, unit: 's', target: '<= 60 s', ok: s <= 60 });
  }

  const nuts3 = await loadNutsLevel('03M', 3);
  const { places } = loadGazetteer();
  const t1 = performance.now();
  const index = polygonIndex(nuts3.features);
  const tIndexBuild = performance.now() - t1;
  const t2 = performance.now();
  let found = 0;
  for (const p of places) if (index.containing(p.lonLat)) found++;
  const tIndexAll = performance.now() - t2;
  const t4 = performance.now();
  let foundNaive = 0;
  for (const p of places) if (containingNaive(nuts3.features, p.lonLat)) foundNaive++;
  const tNaiveAll = performance.now() - t4;
  const speedup = tNaiveAll / tIndexAll;
  rows.push({ name: `assign ${places.length} places to NUTS 3: spatial index`, value: tIndexAll, unit: 'ms', note: `${found} inside a polygon; index built in ${tIndexBuild.toFixed(0)} ms` });
  rows.push({ name: `assign ${places.length} places to NUTS 3: naive loop`, value: tNaiveAll, unit: 'ms', note: `${foundNaive} inside a polygon` });
  rows.push({ name: 'spatial index speed-up over naive loop', value: speedup, unit: 'x', target: '>= 20x', ok: speedup >= 20 });

  const dir = 'public/data';
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const raw = readFileSync(join(dir, f));
    rows.push({ name: `artefact ${f}`, value: raw.length / 1024, unit: 'KiB', note: `gzip ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KiB` });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printTable('Build benchmark', await buildBench());
}
