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

export function setCurrentMap(value: LiveMap | undefined): void {
  current = value;
}

export function currentMap(): LiveMap | undefined {
  return current;
}
