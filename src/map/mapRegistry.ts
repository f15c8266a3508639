/** The live map, its deck.gl overlay and current layers, for exports that need pixels (PNG, print). Set by MapView. */
import type { Map as MlMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';
import type { BaseMapInput } from '../map2d/baseLayers';

export interface LiveMap {
  readonly map: MlMap;
  readonly overlay: MapboxOverlay;
  readonly layers: () => Layer[];
}

let current: LiveMap | undefined;

/**
 * Browser tests reach the map (to project a city to pixels) through this one entry, and only
 * when they ask for it before the page loads; the production page exposes nothing on window.
 */
interface TestWindow { __ATLAS_TEST_HOOKS__?: boolean; __atlasMap?: MlMap }

export function setCurrentMap(value: LiveMap | undefined): void {
  current = value;
  const w = window as TestWindow;
  if (w.__ATLAS_TEST_HOOKS__ === true) w.__atlasMap = value?.map;
}

export function currentMap(): LiveMap | undefined {
  return current;
}

/**
 * The base map as the exports draw it (regions at the current camera and size, the choropleth):
 * registered by whichever map is on screen, the 2D or the WebGL one. Both are mounted during a
 * hand-over and their effects may run in either order, so registrations are kept in order and
 * the newest one still registered is the base: a map that goes away leaves the other one's.
 */
type Base = () => Promise<BaseMapInput>;
const bases: Base[] = [];
/** Registers a map's base; the returned function takes that registration back. */
export function setCurrentBase(value: Base): () => void {
  bases.push(value);
  return () => { const i = bases.lastIndexOf(value); if (i >= 0) bases.splice(i, 1); };
}
export function currentBase(): Base | undefined {
  return bases[bases.length - 1];
}
