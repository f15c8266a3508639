/** Reads built vector tiles back (MVT decoded by @mapbox/vector-tile), for tests of what the map would get. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';

/** The `id` property of every feature in each layer of a tile. */
export function tileIds(bytes: Uint8Array): Record<string, string[]> {
  const tile = new VectorTile(new Pbf(bytes));
  const out: Record<string, string[]> = {};
  for (const [name, layer] of Object.entries(tile.layers)) {
    out[name] = Array.from({ length: layer.length }, (_, i) => String(layer.feature(i).properties.id));
  }
  return out;
}

/** Feature ids of one layer over every tile of one zoom in a built tileset folder. */
export function idsAtZoom(dir: string, files: Iterable<string>, z: number, layer: string): Set<string> {
  const ids = new Set<string>();
  for (const f of files) if (f.startsWith(`${z}/`)) for (const id of tileIds(readFileSync(join(dir, f)))[layer] ?? []) ids.add(id);
  return ids;
}
