/**
 * The MapLibre style: entirely local. The region outlines (and the municipalities, when the build
 * had LAU polygons) are vector tiles cut by the build and read by URL from our own origin; there
 * are no glyphs, sprites or fonts from anywhere. Labels are drawn by deck.gl's TextLayer from the
 * system font, so no glyph URL is needed.
 */
import type { StyleSpecification, ExpressionSpecification, LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { CHOROPLETH, CHOROPLETH_ZERO } from '../domain/palettes';
import type { AtlasMeta, Tileset } from '../domain/atlasSchema';
import { LAU_LAYER, NUTS3_MINZOOM, tileUrlTemplate, type RegionLayer } from '../domain/tileScheme';

export const SEA = '#DCE8F2';
export const LAND = '#F7F6F2';
export const CONTEXT_LAND = '#E6E6E3';

/** Fill colour from feature-state "cls" (choropleth class), set without touching the source. */
export const CHOROPLETH_FILL: ExpressionSpecification = [
  'case',
  ['==', ['feature-state', 'cls'], null], LAND,
  ['==', ['feature-state', 'cls'], -1], CHOROPLETH_ZERO,
  ['match', ['feature-state', 'cls'], 0, CHOROPLETH[0], 1, CHOROPLETH[1], 2, CHOROPLETH[2], 3, CHOROPLETH[3], CHOROPLETH[4]],
];

/** The choropleth colouring is switched on only in the patterns view; a constant fill compiles a simpler shader. */
export const CHOROPLETH_LAYERS = ['nuts0-fill', 'nuts1-fill', 'nuts2-fill'] as const;

/** The source of the region tiles; each NUTS level is a source layer of it (`nuts0`…`nuts3`, and `context`). */
export const REGION_SOURCE = 'regions';

/** A tileset as a MapLibre source; features are keyed by their `id` property (the region or LAU code) for feature state. */
function vectorSource(tileset: Tileset, baseUri: string): VectorSourceSpecification {
  return {
    type: 'vector', tiles: [tileUrlTemplate(tileset, baseUri)], minzoom: tileset.minzoom, maxzoom: tileset.maxzoom,
    bounds: [...tileset.bounds], promoteId: 'id',
  };
}

export function baseStyle(tilesets: AtlasMeta['tilesets'], baseUri: string): StyleSpecification {
  return {
    version: 8,
    sources: { [REGION_SOURCE]: vectorSource(tilesets.regions, baseUri), ...(tilesets.lau ? { lau: vectorSource(tilesets.lau, baseUri) } : {}) },
    layers: mapLayers(tilesets.lau),
  };
}

/** The style's layers: each region layer reads its level's source layer of the region tiles. */
export function mapLayers(lau?: Tileset): LayerSpecification[] {
  const region = (layer: RegionLayer) => ({ source: REGION_SOURCE, 'source-layer': layer });
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
    { id: 'context-fill', type: 'fill', ...region('context'), paint: { 'fill-color': CONTEXT_LAND } },
    { id: 'context-line', type: 'line', ...region('context'), paint: { 'line-color': '#C4C4C0', 'line-width': 0.6 } },
    { id: 'nuts0-fill', type: 'fill', ...region('nuts0'), paint: { 'fill-color': LAND } },
    { id: 'nuts1-fill', type: 'fill', ...region('nuts1'), layout: { visibility: 'none' }, paint: { 'fill-color': CHOROPLETH_FILL } },
    { id: 'nuts2-fill', type: 'fill', ...region('nuts2'), layout: { visibility: 'none' }, paint: { 'fill-color': CHOROPLETH_FILL } },
    ...(lau ? [{ id: 'lau-line', type: 'line' as const, source: 'lau', 'source-layer': LAU_LAYER, minzoom: lau.minzoom, paint: { 'line-color': '#CFCFCA', 'line-width': 0.35 } }] : []),
    { id: 'nuts3-line', type: 'line', ...region('nuts3'), minzoom: NUTS3_MINZOOM, paint: { 'line-color': '#B9B9B4', 'line-width': 0.4 } },
    { id: 'nuts2-line', type: 'line', ...region('nuts2'), minzoom: 4.5, paint: { 'line-color': '#A5A5A0', 'line-width': 0.6 } },
    { id: 'nuts1-line', type: 'line', ...region('nuts1'), minzoom: 3.5, paint: { 'line-color': '#8E8E88', 'line-width': 0.8 } },
    { id: 'nuts0-line', type: 'line', ...region('nuts0'), paint: { 'line-color': '#5E5E58', 'line-width': 1.1 } },
  ];
}
