/**
 * Creates the MapLibre map with its deck.gl overlay. The first geometry band is in the style
 * from the start (no setData round after load); NUTS 1 and 2 are added once the first view is
 * drawn, and NUTS 3 when the map is zoomed in.
 */
import maplibregl, { type GeoJSONSource, type Map as MlMap } from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { FeatureCollection } from 'geojson';
import type { Camera } from '../domain/viewState';
import { baseStyle } from './mapStyle';
import { HIGH_BAND_ZOOM, loadBand } from './geometry';

export interface AtlasMapHandlers {
  readonly onIdleChange: (idle: boolean) => void;
  readonly onMoveEnd: (camera: Camera) => void;
  readonly onClick: (point: { x: number; y: number }) => void;
  readonly onContextLost: () => void;
}

export interface AtlasMap {
  readonly map: MlMap;
  readonly overlay: MapboxOverlay;
  /** GeoJSON handed to each source so far, by source name. */
  readonly data: Readonly<Record<string, FeatureCollection>>;
  /** Hands NUTS 1 or 2 to the map now if it has not been yet (the choropleth needs it). */
  ensureLevel(level: 1 | 2): void;
}

export function createAtlasMap(container: HTMLElement, low: Record<string, FeatureCollection>, camera: Camera, on: AtlasMapHandlers): AtlasMap {
  const data: Record<string, FeatureCollection> = {};
  const initial: Record<string, FeatureCollection> = {};
  for (const name of ['context', 'nuts0']) if (low[name]) initial[name] = data[name] = low[name];
  const map = new maplibregl.Map({
    container, style: baseStyle(initial), center: [camera.lon, camera.lat], zoom: camera.zoom,
    minZoom: 1.5, maxZoom: 12, attributionControl: false, dragRotate: false, pitchWithRotate: false,
    // The atlas's own keys walk the map (see useMapWalk); MapLibre's would pan under them.
    keyboard: false,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  // The map is one tab stop: + and - on the canvas do what the zoom buttons do for a pointer.
  for (const b of container.querySelectorAll<HTMLButtonElement>('.maplibregl-ctrl button')) b.tabIndex = -1;
  const overlay = new MapboxOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay);
  const setSource = (name: string, fc: FeatureCollection) => {
    if (data[name] === fc) return;
    on.onIdleChange(false);
    data[name] = fc;
    (map.getSource(name) as GeoJSONSource | undefined)?.setData(fc);
  };
  const ensureLevel = (level: 1 | 2) => { const fc = low[`nuts${level}`]; if (fc) setSource(`nuts${level}`, fc); };
  let highRequested = false;
  const ensureHigh = () => {
    if (highRequested || map.getZoom() < HIGH_BAND_ZOOM) return;
    highRequested = true;
    loadBand('high').then((b) => { if (b.nuts3) setSource('nuts3', b.nuts3); }, () => { highRequested = false; });
  };
  map.once('idle', () => { ensureLevel(1); ensureLevel(2); ensureHigh(); });
  map.on('zoomend', ensureHigh);
  map.on('moveend', () => { const c = map.getCenter(); on.onMoveEnd({ lon: c.lng, lat: c.lat, zoom: map.getZoom() }); });
  map.on('idle', () => on.onIdleChange(true));
  map.on('movestart', () => on.onIdleChange(false));
  map.on('webglcontextlost', on.onContextLost);
  map.on('click', (e) => on.onClick(e.point));
  return { map, overlay, data, ensureLevel };
}
