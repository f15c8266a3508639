/**
 * Creates the MapLibre map with its deck.gl overlay. The region outlines are vector tiles the map
 * fetches by URL as it needs them, so the map starts at once, with no geometry to download and
 * hand over first.
 */
import maplibregl, { type Map as MlMap } from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { AtlasMeta } from '../domain/atlasSchema';
import type { Camera } from '../domain/viewState';
import { baseStyle } from './mapStyle';

export interface AtlasMapHandlers {
  readonly onIdleChange: (idle: boolean) => void;
  readonly onMoveEnd: (camera: Camera) => void;
  readonly onClick: (point: { x: number; y: number }) => void;
  readonly onContextLost: () => void;
}

export interface AtlasMap {
  readonly map: MlMap;
  readonly overlay: MapboxOverlay;
}

export function createAtlasMap(container: HTMLElement, tilesets: AtlasMeta['tilesets'], camera: Camera, on: AtlasMapHandlers): AtlasMap {
  const map = new maplibregl.Map({
    container, style: baseStyle(tilesets, document.baseURI), center: [camera.lon, camera.lat], zoom: camera.zoom,
    minZoom: 1.5, maxZoom: 12, attributionControl: false, dragRotate: false, pitchWithRotate: false,
    // The atlas's own keys walk the map (see useMapWalk); MapLibre's would pan under them.
    keyboard: false,
    // Tiles appear at once: a fade keeps the map busy (not idle) and repainting for 300 ms after each tile.
    fadeDuration: 0,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  // The map is one tab stop: + and - on the canvas do what the zoom buttons do for a pointer.
  for (const b of container.querySelectorAll<HTMLButtonElement>('.maplibregl-ctrl button')) b.tabIndex = -1;
  const overlay = new MapboxOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay);
  map.on('moveend', () => { const c = map.getCenter(); on.onMoveEnd({ lon: c.lng, lat: c.lat, zoom: map.getZoom() }); });
  map.on('idle', () => on.onIdleChange(true));
  map.on('movestart', () => on.onIdleChange(false));
  map.on('webglcontextlost', on.onContextLost);
  // Offline (a presenter on a train), tiles the map has not drawn yet cannot load: the map shows
  // what it has, the cities and the 2D-drawn exports stay whole, and nothing is reported as broken.
  // Any other error is reported as MapLibre would.
  map.on('error', (e) => { if (navigator.onLine !== false) console.error(e.error); });
  map.on('click', (e) => on.onClick(e.point));
  return { map, overlay };
}
