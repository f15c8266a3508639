/**
 * A stand-in for GISCO's LAU (municipality) polygons, for the LAU benchmark only (never shipped):
 * Voronoi cells of the GeoNames places of public/data/places.json and of seeded random points
 * near them, cut along the NUTS 3 regions (1:3 million) they lie in, with GISCO's LAU properties.
 * Cells whose box meets no region boundary are kept whole; only the others are clipped.
 * The file is cached in .tmp/ under a name made of its parameters.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Flatbush from 'flatbush';
import { bbox, bboxClip, booleanPointInPolygon, featureCollection, intersect, point, voronoi } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { loadNutsLevel, type NutsFeature } from '../../scripts/lib/nutsGeometry';
import type { PlacesData } from '../../src/domain/atlasSchema';
import { isValidPolygon } from '../../scripts/lib/lauPolygons';

/** Bump when the generator's output changes, so that a cached file of the old kind is not reused. */
const GENERATOR_VERSION = 2;
/** Coordinates kept to 1e-5 degree (about 1 m), as GISCO's files come. */
const DECIMALS = 5;
/** Spread of the extra points around the place they are drawn from, in degrees (about 10 km). */
const JITTER_DEG = 0.1;

export interface StandInOptions { readonly polygons: number; readonly seed: number; readonly dir: string }
export interface StandIn { readonly file: string; readonly polygons: number; readonly generatedMs: number; readonly cached: boolean }

/** mulberry32: a small seeded generator, so that the same parameters give the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

/** Rings passed through `clean`; a polygon whose outer ring is left with under 4 positions goes (bboxClip leaves such). */
function rings(g: Polygon | MultiPolygon, clean: (ring: Position[]) => Position[] = (r) => r): MultiPolygon | undefined {
  const parts: Position[][][] = [];
  for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    const [outer, ...holes] = rings.map(clean);
    if (outer && outer.length >= 4) parts.push([outer, ...holes.filter((h) => h.length >= 4)]);
  }
  return parts.length > 0 ? { type: 'MultiPolygon', coordinates: parts } : undefined;
}

/** Rounded, without repeated positions. */
function tidy(g: Polygon | MultiPolygon): MultiPolygon | undefined {
  return rings(g, (ring) => {
    const out: Position[] = [];
    for (const p of ring) { const q = [round(p[0]!), round(p[1]!)]; const last = out.at(-1); if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q); }
    return out;
  });
}

/**
 * The geometry as the LAU loader accepts it: parts of a cut cell that touch at a point count as
 * a self-intersection there, so such a cell keeps only its largest part.
 */
function valid(g: MultiPolygon | undefined): MultiPolygon | undefined {
  if (!g || isValidPolygon(g)) return g;
  const largest = [...g.coordinates].sort((a, b) => b[0]!.length - a[0]!.length)[0]!;
  const one: MultiPolygon = { type: 'MultiPolygon', coordinates: [largest] };
  return isValidPolygon(one) ? one : undefined;
}

/** Boundary segments of a region, in an R-tree, to tell cells that cross the boundary from those inside. */
function boundaryIndex(region: NutsFeature): Flatbush {
  const segs: number[][] = [];
  const polys = region.geometry.type === 'Polygon' ? [region.geometry.coordinates] : region.geometry.coordinates;
  for (const rings of polys) for (const ring of rings) for (let i = 1; i < ring.length; i++) segs.push([...ring[i - 1]!, ...ring[i]!]);
  const index = new Flatbush(Math.max(1, segs.length));
  for (const [x0, y0, x1, y1] of segs) index.add(Math.min(x0!, x1!), Math.min(y0!, y1!), Math.max(x0!, x1!), Math.max(y0!, y1!));
  if (segs.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return index;
}

function cellsOf(region: NutsFeature, points: readonly Position[]): (Polygon | MultiPolygon)[] {
  if (points.length === 1) return [region.geometry];
  const [minX, minY, maxX, maxY] = bbox(region);
  const pad = 0.01;
  const box: [number, number, number, number] = [minX - pad, minY - pad, maxX + pad, maxY + pad];
  const cells = voronoi(featureCollection(points.map((p) => point(p))), { bbox: box }).features;
  const boundary = boundaryIndex(region);
  const out: (Polygon | MultiPolygon)[] = [];
  for (const cell of cells) {
    if (!cell?.geometry) continue;
    const [x0, y0, x1, y1] = bbox(cell);
    if (boundary.search(x0, y0, x1, y1).length === 0) { out.push(cell.geometry); continue; }
    // Clip against only the part of the region inside the cell's box: a small polygon, a fast intersection.
    const local = rings((bboxClip(region, [x0 - 1e-4, y0 - 1e-4, x1 + 1e-4, y1 + 1e-4]) as Feature<Polygon | MultiPolygon>).geometry);
    if (!local) continue;
    const cut = intersect(featureCollection<Polygon | MultiPolygon>([cell, { type: 'Feature', properties: {}, geometry: local }]));
    if (cut?.geometry) out.push(cut.geometry);
  }
  return out;
}

export async function writeLauStandIn(opts: StandInOptions): Promise<StandIn> {
  const file = join(opts.dir, `lau-standin-${opts.polygons}-seed${opts.seed}-v${GENERATOR_VERSION}.geojson`);
  if (existsSync(file)) {
    const n = (readFileSync(file, 'utf8').match(/"LAU_ID"/g) ?? []).length;
    return { file, polygons: n, generatedMs: 0, cached: true };
  }
  const t0 = performance.now();
  const places = JSON.parse(readFileSync('public/data/places.json', 'utf8')) as PlacesData;
  const regions = new Map((await loadNutsLevel('03M', 3)).features.map((f) => [f.properties.NUTS_ID, f]));
  const rnd = random(opts.seed);
  const byRegion = new Map<string, Position[]>();
  const seen = new Set<string>();
  const add = (code: string, p: Position) => {
    const key = `${round(p[0]!)},${round(p[1]!)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const list = byRegion.get(code);
    if (list) list.push([round(p[0]!), round(p[1]!)]); else byRegion.set(code, [[round(p[0]!), round(p[1]!)]]);
    return true;
  };
  const s = places.meta.coordScale;
  const located = places.name.map((_, i) => ({ code: places.nuts3[i]!, p: [places.lon[i]! / s, places.lat[i]! / s] })).filter((x) => regions.has(x.code));
  let count = 0;
  for (const x of located) if (add(x.code, x.p)) count++;
  // Extra points near random places (dense where places are dense), kept inside the same region.
  while (count < opts.polygons) {
    const from = located[Math.floor(rnd() * located.length)]!;
    const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
    const p = [from.p[0]! + gauss() * JITTER_DEG, from.p[1]! + gauss() * JITTER_DEG * 0.7];
    if (booleanPointInPolygon(p, regions.get(from.code)!) && add(from.code, p)) count++;
  }
  const features: Feature<MultiPolygon>[] = [];
  for (const code of [...byRegion.keys()].sort()) {
    const region = regions.get(code)!;
    cellsOf(region, byRegion.get(code)!).forEach((g, i) => {
      const geometry = valid(tidy(g));
      if (!geometry) return;
      const id = `${code}${String(i + 1).padStart(4, '0')}`;
      features.push({ type: 'Feature', properties: { GISCO_ID: `${region.properties.CNTR_CODE}_${id}`, CNTR_CODE: region.properties.CNTR_CODE, LAU_ID: id, LAU_NAME: `Stand-in ${id}`, YEAR: 2021 }, geometry });
    });
  }
  mkdirSync(opts.dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
  renameSync(tmp, file);
  return { file, polygons: features.length, generatedMs: performance.now() - t0, cached: false };
}
