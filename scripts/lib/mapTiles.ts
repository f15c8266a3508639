/**
 * The atlas's tilesets: the region outlines from the same simplified geometry bands as the
 * TopoJSON (the low band at every zoom, NUTS 3 from the high band where it is drawn), and the
 * municipalities when LAU polygons were given.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { bbox } from '@turf/turf';
import { LAU_LAYER, LAU_ZOOMS, NUTS3_MINZOOM, REGION_BOUNDS, REGION_ZOOMS, TILES_FOLDER, type Bounds } from '../../src/domain/tileScheme';
import { buildTileset, type BuiltTileset, type TileLayerInput, type TileProgress } from './vectorTiles';
import type { LauProps } from './lauPolygons';

const layerOf = (topo: Topology, name: string, minzoom: number): TileLayerInput => {
  const object = topo.objects[name];
  if (!object) throw new Error(`internal: the geometry band has no object "${name}"`);
  return { name, minzoom, features: feature(topo, object as GeometryCollection) as FeatureCollection };
};

export function regionTiles(low: Topology, high: Topology, progress?: TileProgress): BuiltTileset {
  const layers = [layerOf(low, 'context', 0), layerOf(low, 'nuts0', 0), layerOf(low, 'nuts1', 0), layerOf(low, 'nuts2', 0), layerOf(high, 'nuts3', NUTS3_MINZOOM)];
  // The map asks for no tile outside REGION_BOUNDS: a region beyond them would silently vanish.
  for (const l of layers) {
    const [minX, minY, maxX, maxY] = bbox(l.features);
    const [w, s, e, n] = REGION_BOUNDS;
    const slack = 1e-6; // quantisation can put the context's clipped edge a hair beyond it
    if (minX < w - slack || minY < s - slack || maxX > e + slack || maxY > n + slack) throw new Error(`internal: ${l.name} reaches beyond REGION_BOUNDS (${[minX, minY, maxX, maxY].map((v) => v.toFixed(2)).join(', ')})`);
  }
  return buildTileset({ path: `${TILES_FOLDER}/regions`, ...REGION_ZOOMS, bounds: REGION_BOUNDS, layers }, progress);
}

/** The LAU polygons' extent, rounded out to whole degrees. */
export function lauBounds(features: readonly Feature<Polygon | MultiPolygon>[]): Bounds {
  const [minX, minY, maxX, maxY] = bbox({ type: 'FeatureCollection', features: [...features] });
  return [Math.floor(minX), Math.floor(minY), Math.ceil(maxX), Math.ceil(maxY)];
}

export function lauTiles(features: readonly Feature<Polygon | MultiPolygon, LauProps>[], progress?: TileProgress): BuiltTileset {
  // Only the id travels: it is what the map keys municipalities by (promoteId); names would double the tiles.
  const slim: FeatureCollection = { type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', properties: { id: f.properties.id }, geometry: f.geometry })) };
  return buildTileset({ path: `${TILES_FOLDER}/lau`, ...LAU_ZOOMS, bounds: lauBounds(features), layers: [{ name: LAU_LAYER, minzoom: LAU_ZOOMS.minzoom, features: slim }] }, progress);
}
