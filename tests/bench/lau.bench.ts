/**
 * Municipality (LAU) benchmark: about 100,000 stand-in LAU polygons (tests/bench/lauStandIn.ts)
 * built with `--lau` through the CLI, with its progress display, into a scratch folder served
 * beside the shipped build; then the map's load to idle at a municipal zoom against the NUTS 3
 * zoom over the same dense area.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { MAP_IDLE, serveFolder, startSession, waitForMapIdle } from '../browser/harness';
import { median, printTable, type BenchRow } from './benchTable';
import { loadUntil } from './pageMetrics';
import { writeLauStandIn } from './lauStandIn';
import { readAtlas } from '../unit/readAtlas';

const SCRATCH = '.tmp/lau';
const POLYGONS = 100_000;
const SEED = 1;
const RUNS = 5;
/** Over the Rhine-Ruhr, among the densest places of the stand-in. */
const CENTRE = { lat: 51.3, lon: 7.1 };
const MUNICIPAL_ZOOM = 9;
const NUTS3_ZOOM = 6;

/** Runs the build CLI with `--lau`, passing its progress display through; wall time and the progress lines seen. */
function buildWithLau(lau: string, out: string): Promise<{ ms: number; progressLines: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build-atlas.ts', '--quiet', '--lau', lau, '--out', out], { stdio: ['ignore', 'inherit', 'pipe'] });
    let progressLines = 0;
    child.stderr.on('data', (d: Buffer) => { process.stderr.write(d); progressLines += (d.toString().match(/…/g) ?? []).length; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve({ ms: performance.now() - t0, progressLines }) : reject(new Error(`the build with --lau failed (exit ${code})`))));
  });
}

/** Municipality outlines MapLibre has drawn in the view. */
async function lauDrawn(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __atlasMap: { queryRenderedFeatures: (o: unknown) => unknown[] } }).__atlasMap.queryRenderedFeatures({ layers: ['lau-line'] }).length);
}

export async function lauBench(): Promise<BenchRow[]> {
  if (!existsSync('dist/index.html')) throw new Error('Run "npm run build" first.');
  const rows: BenchRow[] = [];
  const standIn = await writeLauStandIn({ polygons: POLYGONS, seed: SEED, dir: SCRATCH });
  rows.push({ name: 'LAU stand-in polygons (Voronoi cells of places, cut by NUTS 3)', value: standIn.polygons, unit: 'polygons', note: standIn.cached ? `cached ${standIn.file}` : `generated in ${(standIn.generatedMs / 1000).toFixed(0)} s` });

  const data = join(SCRATCH, 'data');
  rmSync(data, { recursive: true, force: true });
  const build = await buildWithLau(standIn.file, data);
  rows.push({ name: 'build with --lau (CLI wall time)', value: build.ms / 1000, unit: 's', target: '<= 60 s', ok: build.ms <= 60_000, note: `${build.progressLines} progress lines shown` });
  const lau = readAtlas(data).meta.tilesets.lau;
  if (!lau) throw new Error('the build wrote no LAU tiles');
  rows.push({ name: `LAU tiles (zoom ${lau.minzoom}-${lau.maxzoom})`, value: lau.files, unit: 'tiles', note: `${(lau.bytes / 1048576).toFixed(1)} MiB, ${Math.round(lau.bytes / lau.files / 1024 * 10) / 10} KiB per tile on average (empty tiles of the extent included)` });

  const site = join(SCRATCH, 'site');
  rmSync(site, { recursive: true, force: true });
  cpSync('dist', site, { recursive: true });
  rmSync(join(site, 'data'), { recursive: true, force: true });
  cpSync(data, join(site, 'data'), { recursive: true });

  const session = await startSession();
  const server = await serveFolder(site);
  try {
    // The WebGL map (the one that reads the tiles), as the link asks for it, in software WebGL.
    const at = (zoom: number) => `${server.url}?map=webgl&at=${zoom},${CENTRE.lat},${CENTRE.lon}`;
    {
      const { page } = await session.newPage();
      await page.goto(at(MUNICIPAL_ZOOM));
      await waitForMapIdle(page);
      const drawn = await lauDrawn(page);
      rows.push({ name: `municipality outlines drawn at zoom ${MUNICIPAL_ZOOM}`, value: drawn, unit: 'features', target: '> 0', ok: drawn > 0 });
      await page.context().close();
    }
    const idle = { municipal: [] as number[], nuts3: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      idle.municipal.push((await loadUntil(session, at(MUNICIPAL_ZOOM), MAP_IDLE)).ms);
      idle.nuts3.push((await loadUntil(session, at(NUTS3_ZOOM), MAP_IDLE)).ms);
    }
    const ratio = median(idle.municipal) / median(idle.nuts3);
    const where = `${CENTRE.lat}°N ${CENTRE.lon}°E`;
    rows.push({ name: `load to map idle at zoom ${MUNICIPAL_ZOOM} with LAU (median of ${RUNS})`, value: median(idle.municipal), unit: 'ms', note: `${where}; runs ${idle.municipal.map((v) => v.toFixed(0)).join(', ')} ms` });
    rows.push({ name: `load to map idle at zoom ${NUTS3_ZOOM}, NUTS 3 (median of ${RUNS})`, value: median(idle.nuts3), unit: 'ms', note: `runs ${idle.nuts3.map((v) => v.toFixed(0)).join(', ')} ms` });
    rows.push({ name: 'municipal / NUTS 3 zoom load-to-idle ratio', value: ratio, unit: 'x', target: '<= 1.5x', ok: ratio <= 1.5 });
  } finally {
    await session.close();
    await server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printTable('LAU benchmark (headless Chromium, SwiftShader WebGL)', await lauBench());
}
