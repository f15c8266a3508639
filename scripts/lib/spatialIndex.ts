/**
 * Point-in-polygon lookup over many polygons, with a Flatbush R-tree on bounding boxes so a
 * query tests only the few polygons whose box contains the point.
 */
import Flatbush from 'flatbush';
import { booleanPointInPolygon, bbox as turfBbox, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface PolygonIndex<P> {
  /** The first polygon containing [lon, lat], or undefined. */
  containing(lonLat: readonly [number, number]): Feature<Polygon | MultiPolygon, P> | undefined;
  /** The polygon nearest to [lon, lat] within `maxKm`, for points just outside a generalised coastline. */
  nearest(lonLat: readonly [number, number], maxKm: number): { feature: Feature<Polygon | MultiPolygon, P>; km: number } | undefined;
  /** The containing polygon, else the nearest within `maxKm`; `km` is how far outside the point lies (0 inside). */
  locate(lonLat: readonly [number, number], maxKm: number): { feature: Feature<Polygon | MultiPolygon, P>; km: number } | undefined;
}

export function polygonIndex<P>(features: readonly Feature<Polygon | MultiPolygon, P>[]): PolygonIndex<P> {
  const plain = features as unknown as readonly Feature<Polygon | MultiPolygon>[];
  const index = new Flatbush(Math.max(1, features.length));
  for (const f of plain) {
    const [minX, minY, maxX, maxY] = turfBbox(f);
    index.add(minX, minY, maxX, maxY);
  }
  if (features.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  const api: PolygonIndex<P> = {
    locate(lonLat, maxKm) {
      const inside = api.containing(lonLat);
      return inside ? { feature: inside, km: 0 } : api.nearest(lonLat, maxKm);
    },
    containing(lonLat) {
      const [x, y] = lonLat;
      for (const i of index.search(x, y, x, y)) {
        const f = plain[i];
        if (f && booleanPointInPolygon([x, y], f)) return features[i];
      }
      return undefined;
    },
    nearest(lonLat, maxKm) {
      const [x, y] = lonLat;
      const deg = maxKm / 60;
      let best: { feature: Feature<Polygon | MultiPolygon, P>; km: number } | undefined;
      for (const i of index.search(x - deg * 2, y - deg, x + deg * 2, y + deg)) {
        const f = plain[i];
        if (!f) continue;
        const km = Math.abs(pointToPolygonDistance([x, y], f, { units: 'kilometers' }));
        if (km <= maxKm && (!best || km < best.km)) best = { feature: features[i]!, km };
      }
      return best;
    },
  };
  return api;
}

/** The naive approach, kept for the benchmark: test every polygon in turn. */
export function containingNaive<P>(features: readonly Feature<Polygon | MultiPolygon, P>[], lonLat: readonly [number, number]) {
  return features.find((f) => booleanPointInPolygon([lonLat[0], lonLat[1]], f as unknown as Feature<Polygon | MultiPolygon>));
}
