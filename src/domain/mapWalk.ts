/**
 * Walking the map from the keyboard: which city or region an arrow key, Home or End leads to.
 * Directions are as the map draws them (Web Mercator, north up), so "up" is the item that
 * looks above, not the one with the next higher latitude.
 */
import type { Geometry, Position } from 'geojson';

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface WalkItem {
  readonly id: string;
  readonly lonLat: readonly [number, number];
  /** What Home (largest) and End (smallest) order by: a city's population, a region's value. */
  readonly rank?: number | undefined;
}

/** Web Mercator northing in degree-like units, so that distances compare as on the map. */
const mercatorY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;

/**
 * The nearest item in a direction: among the items within 45° either side of it, the closest,
 * ties by id. Undefined when nothing lies that way. An item at `from` itself is never the answer.
 */
export function nearestInDirection<T extends WalkItem>(items: readonly T[], from: readonly [number, number], direction: Direction): T | undefined {
  const fx = from[0];
  const fy = mercatorY(from[1]);
  let best: T | undefined;
  let bestD = Infinity;
  for (const it of items) {
    const dx = it.lonLat[0] - fx;
    const dy = mercatorY(it.lonLat[1]) - fy;
    // Along: distance in the direction of travel; across: sideways from it.
    const [along, across] = direction === 'right' ? [dx, dy] : direction === 'left' ? [-dx, dy] : direction === 'up' ? [dy, dx] : [-dy, dx];
    if (along <= 0 || Math.abs(across) > along) continue;
    const d = Math.hypot(dx, dy);
    if (d < bestD || (d === bestD && best !== undefined && it.id < best.id)) { best = it; bestD = d; }
  }
  return best;
}

/** The item of largest (Home) or smallest (End) rank; items without a rank are skipped; ties by id. */
export function extremeItem<T extends WalkItem>(items: readonly T[], which: 'largest' | 'smallest'): T | undefined {
  const sign = which === 'largest' ? 1 : -1;
  let best: T | undefined;
  for (const it of items) {
    if (it.rank === undefined) continue;
    if (!best || sign * (it.rank - best.rank!) > 0 || (it.rank === best.rank && it.id < best.id)) best = it;
  }
  return best;
}

/** Signed area and centroid of a ring (shoelace formula, in lon/lat). */
function ringCentroid(ring: readonly Position[]): { area: number; x: number; y: number } {
  let a = 0; let x = 0; let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    a += cross; x += (x0 + x1) * cross; y += (y0 + y1) * cross;
  }
  return a === 0 ? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 } : { area: Math.abs(a / 2), x: x / (3 * a), y: y / (3 * a) };
}

/**
 * Where a region stands for the walk: the centroid of its largest polygon, so that a country
 * with islands or overseas parts is found where its mainland is.
 */
export function regionAnchor(geometry: Geometry): [number, number] | undefined {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let best: { area: number; x: number; y: number } | undefined;
  for (const p of polygons) {
    const c = p[0] ? ringCentroid(p[0]) : undefined;
    if (c && (!best || c.area > best.area)) best = c;
  }
  return best ? [best.x, best.y] : undefined;
}
