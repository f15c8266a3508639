/**
 * The MapLibre style: entirely local. Sources are GeoJSON built in the browser from our own
 * TopoJSON artefacts; there are no tiles, glyphs, sprites or fonts from anywhere.
 * Labels are drawn by deck.gl's TextLayer from the system font, so no glyph URL is needed.
 */
import type { StyleSpecification, ExpressionSpecification } from 'maplibre-gl';
import { CHOROPLETH, CHOROPLETH_ZERO } from '../domain/palettes';

export const SEA = '#DCE8F2';
export const LAND = '#F7F6F2';
export const CONTEXT_LAND = '#E6E6E3';
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Fill colour from feature-state "cls" (choropleth class), set without touching the source. */
export const CHOROPLETH_FILL: ExpressionSpecification = [
  'case',
  ['==', ['feature-state', 'cls'], null], LAND,
  ['==', ['feature-state', 'cls'], -1], CHOROPLETH_ZERO,
  ['match', ['feature-state', 'cls'], 0, CHOROPLETH[0], 1, CHOROPLETH[1], 2, CHOROPLETH[2], 3, CHOROPLETH[3], CHOROPLETH[4]],
];

/** The choropleth colouring is switched on only in the patterns view; a constant fill compiles a simpler shader. */
export const CHOROPLETH_LAYERS = ['nuts0-fill', 'nuts1-fill', 'nuts2-fill'] as const;

export const NUTS_SOURCES = ['nuts0', 'nuts1', 'nuts2', 'nuts3'] as const;

/** The style, with whatever geometry is already at hand inlined so the map tiles it while it starts. */
export function baseStyle(initial: Readonly<Record<string, GeoJSON.FeatureCollection>> = {}): StyleSpecification {
  const geo = (name: string) => ({ type: 'geojson' as const, data: initial[name] ?? EMPTY, promoteId: 'id' });
  return {
    version: 8,
    sources: { context: geo('context'), nuts0: geo('nuts0'), nuts1: geo('nuts1'), nuts2: geo('nuts2'), nuts3: geo('nuts3') },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      { id: 'context-fill', type: 'fill', source: 'context', paint: { 'fill-color': CONTEXT_LAND } },
      { id: 'context-line', type: 'line', source: 'context', paint: { 'line-color': '#C4C4C0', 'line-width': 0.6 } },
      { id: 'nuts0-fill', type: 'fill', source: 'nuts0', paint: { 'fill-color': LAND } },
      { id: 'nuts1-fill', type: 'fill', source: 'nuts1', layout: { visibility: 'none' }, paint: { 'fill-color': CHOROPLETH_FILL } },
      { id: 'nuts2-fill', type: 'fill', source: 'nuts2', layout: { visibility: 'none' }, paint: { 'fill-color': CHOROPLETH_FILL } },
      { id: 'nuts3-line', type: 'line', source: 'nuts3', minzoom: 6, paint: { 'line-color': '#B9B9B4', 'line-width': 0.4 } },
      { id: 'nuts2-line', type: 'line', source: 'nuts2', minzoom: 4.5, paint: { 'line-color': '#A5A5A0', 'line-width': 0.6 } },
      { id: 'nuts1-line', type: 'line', source: 'nuts1', minzoom: 3.5, paint: { 'line-color': '#8E8E88', 'line-width': 0.8 } },
      { id: 'nuts0-line', type: 'line', source: 'nuts0', paint: { 'line-color': '#5E5E58', 'line-width': 1.1 } },
    ],
  };
}
