// The floor for the load-to-idle benchmark: MapLibre with only a background layer, at the atlas's default camera.
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { DEFAULT_CAMERA } from '../../../../src/domain/viewState';
import { SEA } from '../../../../src/map/mapStyle';

const map = new maplibregl.Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': SEA } }] },
  center: [DEFAULT_CAMERA.lon, DEFAULT_CAMERA.lat], zoom: DEFAULT_CAMERA.zoom, attributionControl: false,
});
map.once('idle', () => { document.body.dataset.idle = '1'; });
