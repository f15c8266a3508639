// The floor for the load-to-idle benchmark: MapLibre with only a background layer.
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';

const map = new maplibregl.Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#DCE8F2' } }] },
  center: [12, 52], zoom: 3.4, attributionControl: false,
});
map.once('idle', () => { document.body.dataset.idle = '1'; });
