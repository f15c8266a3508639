/** The live MapLibre map, for exports that need its pixels (PNG, print). Set by MapView. */
import type { Map as MlMap } from 'maplibre-gl';

let current: MlMap | undefined;

export function setCurrentMap(map: MlMap | undefined): void {
  current = map;
}

export function currentMap(): MlMap | undefined {
  return current;
}
