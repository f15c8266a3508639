/**
 * The map's vector tiles: which tilesets the build writes under data/tiles/, their zooms and
 * extent, and the layers inside. Shared by the build that writes them and the map that reads them.
 */
import type { Tileset } from './atlasSchema';

/** The folder under data/ that holds one folder per tileset. */
export const TILES_FOLDER = 'tiles';

/** [minLon, minLat, maxLon, maxLat] in degrees (EPSG:4326). */
export type Bounds = readonly [number, number, number, number];

/** Extent of the context land (neighbouring countries): Europe and its surroundings. */
export const CONTEXT_EXTENT: Bounds = [-35, 24, 65, 75];

/**
 * Extent of the region tiles: the context extent and every NUTS 2021 region, the outermost ones
 * (Martinique, Mayotte, Réunion, Svalbard) included, so that no case city lies outside them.
 */
export const REGION_BOUNDS: Bounds = [-64, -22, 65, 81];

/**
 * Region tiles from zoom 0 to 6: the NUTS geometry is generalised at 1:10 million and quantised to
 * about 130-350 m, which zoom-6 tiles (about 100-150 m per tile unit) already hold; MapLibre
 * overzooms the zoom-6 tiles beyond.
 */
export const REGION_ZOOMS = { minzoom: 0, maxzoom: 6 } as const;

/** Source layers of the region tiles; each holds features whose `id` property is the region code. */
export const REGION_LAYERS = ['context', 'nuts0', 'nuts1', 'nuts2', 'nuts3'] as const;
export type RegionLayer = (typeof REGION_LAYERS)[number];

/** NUTS 3 outlines are drawn from this zoom on, and only tiles from this zoom hold them. */
export const NUTS3_MINZOOM = 6;

/**
 * Municipality (LAU) tiles, when the build was given LAU polygons: drawn from zoom 7; zoom-8
 * tiles keep about 25-40 m, finer than the 1:1 million GISCO LAU outlines, and are overzoomed beyond.
 */
export const LAU_ZOOMS = { minzoom: 7, maxzoom: 8 } as const;
export const LAU_LAYER = 'lau';

/**
 * The absolute tile URL template MapLibre fetches for a tileset: absolute because the tiles are
 * fetched from a worker, where a relative URL has no page to resolve against. The query names the
 * tiles' content, so a browser never keeps tiles of an earlier build.
 */
export function tileUrlTemplate(tileset: Pick<Tileset, 'path' | 'sha256'>, baseUri: string): string {
  return `${new URL(`data/${tileset.path}/`, baseUri).href}{z}/{x}/{y}.pbf?v=${tileset.sha256.slice(0, 12)}`;
}

