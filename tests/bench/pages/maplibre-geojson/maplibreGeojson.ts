/**
 * Reference page: MapLibre GL alone (no deck.gl) drawing the atlas's first view from ready GeoJSON
 * files that the benchmark writes beside the page (geo/<source>.json: context, NUTS 0 to 3, and the
 * case cities as points), with the atlas's own style at its default camera.
 */
import maplibregl, { type LayerSpecification, type SourceSpecification, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { DEFAULT_CAMERA } from '../../../../src/domain/viewState';
import { mapLayers } from '../../../../src/map/mapStyle';
import { REGION_LAYERS } from '../../../../src/domain/tileScheme';

const fromFile = (name: string): SourceSpecification => ({ type: 'geojson', data: `geo/${name}.json`, promoteId: 'id' });
/** The atlas's layer, reading a GeoJSON source named after its level instead of the level's source layer of the tiles. */
const fromGeojson = (layer: LayerSpecification): LayerSpecification => {
  const { minzoom: _minzoom, ...l } = layer as LayerSpecification & { 'source-layer'?: string };
  const { 'source-layer': level, ...rest } = l as typeof l & { 'source-layer'?: string };
  return (level ? { ...rest, source: level } : rest) as LayerSpecification;
};
const style: StyleSpecification = {
  version: 8,
  sources: { ...Object.fromEntries(REGION_LAYERS.map((n) => [n, fromFile(n)])), cities: fromFile('cities') },
  layers: [
    // Every region level at the default zoom (the atlas keeps the finer lines for closer zooms), as the SVG peer draws NUTS 3.
    ...mapLayers().map(fromGeojson),
    {
      id: 'cities', type: 'circle', source: 'cities',
      paint: { 'circle-radius': ['get', 'r'], 'circle-color': ['get', 'colour'], 'circle-stroke-color': '#FFFFFF', 'circle-stroke-width': 1 },
    },
  ],
};
const map = new maplibregl.Map({
  container: 'map', style, center: [DEFAULT_CAMERA.lon, DEFAULT_CAMERA.lat], zoom: DEFAULT_CAMERA.zoom, attributionControl: false,
});
map.once('idle', () => { document.body.dataset.idle = '1'; });
