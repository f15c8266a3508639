/**
 * Vector tiles cut at build time (geojson-vt, encoded as MVT version 2 by vt-pbf). The browser
 * fetches ready tiles by URL instead of receiving GeoJSON that MapLibre would stringify on the
 * main thread and tile in a worker on every load.
 *
 * Every tile inside the tileset's bounds is written, an empty one as 0 bytes (a valid tile with
 * no layers): a missing tile would be a 404 that the browser reports as an error.
 */
import { createHash } from 'node:crypto';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import type { Tileset } from '../../src/domain/atlasSchema';
import type { Bounds } from '../../src/domain/tileScheme';

/** Units per tile side (MVT's usual 4096; MapLibre draws a tile at 512 px, so 8 units per pixel). */
export const TILE_EXTENT = 4096;

export interface TileLayerInput {
  readonly name: string;
  readonly features: FeatureCollection;
  /** The layer is in tiles of this zoom and above only. */
  readonly minzoom: number;
}

export interface TilesetInput {
  /** Folder under the data folder, e.g. "tiles/regions". */
  readonly path: string;
  readonly minzoom: number;
  readonly maxzoom: number;
  readonly bounds: Bounds;
  readonly layers: readonly TileLayerInput[];
}

/** Tiles done so far of all the tileset's tiles. */
export type TileProgress = (done: number, total: number) => void;

export interface BuiltTileset {
  readonly tileset: Tileset;
  /** Tile bytes by path inside the tileset's folder, "z/x/y.pbf", in z, x, y order. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

/** Web Mercator tile column and row ranges (inclusive) that cover `bounds` at zoom `z`. */
export function tileRange(bounds: Bounds, z: number): { x0: number; x1: number; y0: number; y1: number } {
  const n = 2 ** z;
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v)));
  const x = (lon: number) => clamp(((lon + 180) / 360) * n);
  const y = (lat: number) => {
    const r = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
    return clamp(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  };
  return { x0: x(bounds[0]), x1: x(bounds[2]), y0: y(bounds[3]), y1: y(bounds[1]) };
}

export function tileCount(bounds: Bounds, minzoom: number, maxzoom: number): number {
  let n = 0;
  for (let z = minzoom; z <= maxzoom; z++) { const r = tileRange(bounds, z); n += (r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1); }
  return n;
}

/** SHA-256 over the tiles' paths and bytes, in path order: equal for equal tilesets. */
export function tilesetDigest(files: ReadonlyMap<string, Uint8Array>): string {
  const h = createHash('sha256');
  for (const path of [...files.keys()].sort()) { const b = files.get(path)!; h.update(`${path}\n${b.length}\n`); h.update(b); }
  return h.digest('hex');
}

export function buildTileset(spec: TilesetInput, progress?: TileProgress): BuiltTileset {
  // No simplification at the tileset's last zoom (geojson-vt keeps full detail there), which overzooming then shows.
  const indexes = spec.layers.map((l) => ({ layer: l, index: new GeoJSONVT(l.features, { maxZoom: spec.maxzoom, extent: TILE_EXTENT }) }));
  const total = tileCount(spec.bounds, spec.minzoom, spec.maxzoom);
  const files = new Map<string, Uint8Array>();
  let bytes = 0;
  for (let z = spec.minzoom; z <= spec.maxzoom; z++) {
    const r = tileRange(spec.bounds, z);
    for (let x = r.x0; x <= r.x1; x++) {
      for (let y = r.y0; y <= r.y1; y++) {
        const layers: Record<string, GeoJSONVTTile> = {};
        for (const { layer, index } of indexes) {
          if (z < layer.minzoom) continue;
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) layers[layer.name] = tile;
        }
        const pbf = Object.keys(layers).length > 0 ? fromGeojsonVt(layers, { version: 2, extent: TILE_EXTENT }) : new Uint8Array(0);
        files.set(`${z}/${x}/${y}.pbf`, pbf);
        bytes += pbf.length;
        if (progress && files.size % 500 === 0) progress(files.size, total);
      }
    }
  }
  progress?.(files.size, total);
  const tileset: Tileset = {
    path: spec.path, minzoom: spec.minzoom, maxzoom: spec.maxzoom, bounds: [...spec.bounds],
    files: files.size, bytes, sha256: tilesetDigest(files),
  };
  return { tileset, files };
}
