import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import type { FeatureCollection } from 'geojson';
import { buildTileset, tileCount, tileRange, tilesetDigest } from '../../scripts/lib/vectorTiles';
import { tileUrlTemplate } from '../../src/domain/tileScheme';
import { tileIds } from './tileReader';

/** Two 1°×1° squares: "A" around Barcelona (2-3°E, 41-42°N) and "B" beside it to the east. */
const squares: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { id: 'A' }, geometry: { type: 'Polygon', coordinates: [[[2, 41], [3, 41], [3, 42], [2, 42], [2, 41]]] } },
    { type: 'Feature', properties: { id: 'B' }, geometry: { type: 'Polygon', coordinates: [[[3, 41], [4, 41], [4, 42], [3, 42], [3, 41]]] } },
  ],
};
const dot: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'P' }, geometry: { type: 'Polygon', coordinates: [[[2.1, 41.3], [2.2, 41.3], [2.2, 41.4], [2.1, 41.3]]] } }] };
const spec = { path: 'tiles/test', minzoom: 0, maxzoom: 6, bounds: [0, 40, 12, 43] as const, layers: [{ name: 'regions', minzoom: 0, features: squares }, { name: 'detail', minzoom: 5, features: dot }] };

describe('vector tiles cut at build time', () => {
  it('covers the bounds with Web Mercator tiles at each zoom', () => {
    // Barcelona (2.17°E, 41.39°N) is in tile 6/32/23 of the usual XYZ scheme.
    expect(tileRange([2.17, 41.39, 2.17, 41.39], 6)).toEqual({ x0: 32, x1: 32, y0: 23, y1: 23 });
    expect(tileRange([-180, -85, 180, 85], 2)).toEqual({ x0: 0, x1: 3, y0: 0, y1: 3 });
    expect(tileCount([0, 40, 12, 43], 0, 1)).toBe(2);
  });

  it('writes every tile in the bounds, with the features and ids of each layer from its own zoom on', () => {
    const { files, tileset } = buildTileset(spec);
    expect(files.size).toBe(tileCount(spec.bounds, 0, 6));
    expect(tileset).toMatchObject({ path: 'tiles/test', minzoom: 0, maxzoom: 6, bounds: [0, 40, 12, 43], files: files.size });
    expect(tileset.bytes).toBe([...files.values()].reduce((n, b) => n + b.length, 0));
    // Zoom 6 around Barcelona: both squares meet there; the detail layer starts at zoom 5.
    expect(tileIds(files.get('6/32/23.pbf')!)).toEqual({ regions: ['A', 'B'], detail: ['P'] });
    expect(tileIds(files.get('4/8/5.pbf')!)).toEqual({ regions: ['A', 'B'] });
    // A tile of the bounds with nothing in it is empty (0 bytes), not missing.
    const r = tileRange(spec.bounds, 6);
    expect(r.x1).toBe(34);
    expect(files.get(`6/33/${r.y0}.pbf`)!.length).toBe(0);
  });

  it('keeps the geometry: MVT version 2, 4096 units, the square drawn where it lies', () => {
    const tile = new VectorTile(new Pbf(buildTileset(spec).files.get('6/32/23.pbf')!));
    const layer = tile.layers.regions!;
    expect(layer.version).toBe(2);
    expect(layer.extent).toBe(4096);
    const a = layer.feature(0).toGeoJSON(32, 23, 6);
    const ring = (a.geometry as GeoJSON.Polygon).coordinates[0]!;
    const lons = ring.map((p) => p[0]!);
    const lats = ring.map((p) => p[1]!);
    // The tile (2.81°E at its east edge) cuts square A; what is left starts at 2°E and 41°N.
    expect(Math.min(...lons)).toBeCloseTo(2, 2);
    expect(Math.min(...lats)).toBeCloseTo(41, 2);
  });

  it('is deterministic, and its digest names the content', () => {
    const a = buildTileset(spec);
    const b = buildTileset(spec);
    expect(a.tileset.sha256).toBe(b.tileset.sha256);
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    const moved = { ...spec, layers: [{ name: 'regions', minzoom: 0, features: { ...squares, features: squares.features.slice(0, 1) } }] };
    expect(buildTileset(moved).tileset.sha256).not.toBe(a.tileset.sha256);
    expect(tilesetDigest(new Map([['0/0/0.pbf', new Uint8Array([1])]]))).not.toBe(tilesetDigest(new Map([['0/0/0.pbf', new Uint8Array([2])]])));
  });

  it('reports progress up to the total', () => {
    const seen: [number, number][] = [];
    buildTileset(spec, (done, total) => seen.push([done, total]));
    const total = tileCount(spec.bounds, 0, 6);
    expect(seen.at(-1)).toEqual([total, total]);
  });

  it('gives the map an absolute tile URL under any base path, named by the content', () => {
    const t = { path: 'tiles/regions', sha256: 'ab'.repeat(32) };
    expect(tileUrlTemplate(t, 'https://example.org/atlas/index.html?x=1')).toBe('https://example.org/atlas/data/tiles/regions/{z}/{x}/{y}.pbf?v=abababababab');
    expect(tileUrlTemplate(t, 'http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/data/tiles/regions/{z}/{x}/{y}.pbf?v=abababababab');
  });
});
