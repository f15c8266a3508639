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
 * registered by whichever map is on screen, the 2D or the WebGL one.
 */
let base: (() => Promise<BaseMapInput>) | undefined;
/** Registers a map's base; the returned function unregisters it unless another map has taken over since. */
export function setCurrentBase(value: () => Promise<BaseMapInput>): () => void {
  base = value;
  return () => { if (base === value) base = undefined; };
}
export function currentBase(): (() => Promise<BaseMapInput>) | undefined {
  return base;
}
