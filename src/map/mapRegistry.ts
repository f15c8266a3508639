/** The live map, its deck.gl overlay and current layers, for exports that need pixels (PNG, print). Set by MapView. */
import type { Map as MlMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';

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
