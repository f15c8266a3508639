/**
 * Simplified, quantised TopoJSON per zoom band. Borders shared between regions are simplified
 * once (topojson-simplify works on arcs), so neighbouring regions never gap or overlap.
 */
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import type { NutsLevel } from './nutsGeometry';

export interface BandSpec {
  readonly name: 'low' | 'high';
  /** NUTS levels included in the band. */
  readonly levels: readonly number[];
  /** Share of arc points kept, by topojson-simplify's quantile of Visvalingam weights. */
  readonly keepShare: number;
  /** Quantisation grid (points per axis over the band's extent). */
  readonly quantization: number;
}

export const BANDS: readonly BandSpec[] = [
  /** Loaded first: countries, NUTS 1 and 2, and the neighbouring countries for context. */
  { name: 'low', levels: [0, 1, 2], keepShare: 0.1, quantization: 3e4 },
  /** Loaded when the map zooms in or a view needs NUTS 3. */
  { name: 'high', levels: [3], keepShare: 0.3, quantization: 1e5 },
];

function slimFeatures(level: NutsLevel): FeatureCollection {
  const features = [...level.features]
    .sort((a, b) => (a.properties.NUTS_ID < b.properties.NUTS_ID ? -1 : 1))
    .map((f): Feature => ({ type: 'Feature', id: f.properties.NUTS_ID, properties: { id: f.properties.NUTS_ID }, geometry: f.geometry }));
  return { type: 'FeatureCollection', features };
}

export function buildBand(levels: readonly NutsLevel[], spec: BandSpec, context?: FeatureCollection<Geometry>): Topology {
  const objects: Record<string, FeatureCollection> = {};
  for (const l of levels) if (spec.levels.includes(l.level)) objects[`nuts${l.level}`] = slimFeatures(l);
  if (context) objects.context = context;
  // topojson-simplify's typings want property-less objects; the properties pass through untouched.
  const topo = presimplify(topology(objects, 1e6) as Topology<Objects<object>>);
  return quantize(simplify(topo, quantile(topo, 1 - spec.keepShare)), spec.quantization);
}
