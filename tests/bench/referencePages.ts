/**
 * The reference pages of the front-end benchmark (tests/bench/pages/<name>): each is built with
 * Vite into .tmp/pages/<name>, given its data there, and served like a static host, as the atlas is.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { serveFolder } from '../browser/harness';
import type { IndexFile } from '../../src/domain/atlasPack';
import { citySymbol } from './pages/citySymbol';

const DATA = 'dist/data';

export async function servePage(name: string, prepare?: (outDir: string) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = join(process.cwd(), '.tmp/pages', name);
  await build({ root: join('tests/bench/pages', name), base: './', configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true, target: 'es2022' } });
  prepare?.(outDir);
  return serveFolder(outDir);
}

/** The atlas's built first-view files, for a page that reads them as the atlas does. */
export function copyAtlasData(outDir: string): void {
  mkdirSync(join(outDir, 'data'), { recursive: true });
  for (const f of ['nuts-low.topo.json', 'nuts-high.topo.json', 'atlas.json']) copyFileSync(join(DATA, f), join(outDir, 'data', f));
}

/**
 * The same content as ready GeoJSON files, geo/<source>.json: context and NUTS 0 to 2 from the low
 * band, NUTS 3 from the high band, and the case cities as points with their symbol's radius and colour.
 */
export function writeGeoJson(outDir: string): void {
  const dir = join(outDir, 'geo');
  mkdirSync(dir, { recursive: true });
  // Five decimals (about 1 m) keep every coordinate finer than the TopoJSON's quantisation grid (0.001° or coarser), as a GeoJSON export with a set precision writes them.
  const write = (name: string, fc: FeatureCollection) => writeFileSync(join(dir, `${name}.json`), JSON.stringify(fc, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e5) / 1e5 : v)));
  const bands: Record<string, readonly string[]> = { low: ['context', 'nuts0', 'nuts1', 'nuts2'], high: ['nuts3'] };
  for (const [band, names] of Object.entries(bands)) {
    const topo = JSON.parse(readFileSync(join(DATA, `nuts-${band}.topo.json`), 'utf8')) as Topology;
    for (const name of names) write(name, feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection);
  }
  const { cities } = JSON.parse(readFileSync(join(DATA, 'atlas.json'), 'utf8')) as IndexFile;
  write('cities', {
    type: 'FeatureCollection',
    features: cities.map((c) => ({ type: 'Feature', properties: { id: c.id, ...citySymbol(c) }, geometry: { type: 'Point', coordinates: [...c.lonLat] } })),
  });
}
