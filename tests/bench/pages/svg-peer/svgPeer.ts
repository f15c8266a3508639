/**
 * Reference page: the atlas's first view drawn the way eurostat-map draws, as SVG paths that
 * d3-geo makes from the same TopoJSON files (context land and NUTS 0 from the low band, NUTS 3
 * from the high band) and one circle per case city from atlas.json, at the atlas's default camera.
 */
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { IndexFile } from '../../../../src/domain/atlasPack';
import { DEFAULT_CAMERA } from '../../../../src/domain/viewState';
import { mapLayers, CONTEXT_LAND, LAND, SEA } from '../../../../src/map/mapStyle';
import { citySymbol } from '../citySymbol';

const WIDTH = 1280;
const HEIGHT = 800;
const SVG = 'http://www.w3.org/2000/svg';

const json = <T>(url: string): Promise<T> => fetch(url).then((r) => r.json() as Promise<T>);
const [low, high, atlas] = await Promise.all([
  json<Topology>('data/nuts-low.topo.json'), json<Topology>('data/nuts-high.topo.json'), json<IndexFile>('data/atlas.json'),
]);
const layer = (topo: Topology, name: string) => feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection;

// MapLibre's Web Mercator: a 512 px wide world at zoom 0, twice as wide at each zoom level.
const { lon, lat, zoom } = DEFAULT_CAMERA;
const projection = geoMercator().scale((512 * 2 ** zoom) / (2 * Math.PI)).center([lon, lat]).translate([WIDTH / 2, HEIGHT / 2]);
const path = geoPath(projection);

/**
 * d3-geo reads a ring's winding on the sphere. The context layer, clipped to the atlas's extent,
 * has a sliver wound the planar way, which d3 would fill as the whole globe less the sliver; such
 * polygons are turned round. The NUTS layers are wound as d3 expects and are drawn as they come.
 */
function sphericallyWound(f: Feature): Feature {
  const g = f.geometry;
  const fix = (rings: Position[][]) => (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings);
  if (g.type === 'Polygon') return { ...f, geometry: { type: 'Polygon', coordinates: fix(g.coordinates) } satisfies Polygon };
  if (g.type === 'MultiPolygon') return { ...f, geometry: { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) } };
  return f;
}

/** Fill, line colour and width of one of the atlas's map layers, so that the peer looks like the atlas. */
function paintOf(id: string, fill: string): Record<string, string> {
  const l = mapLayers().find((x) => x.id === id);
  const paint = (l?.type === 'line' ? l.paint : undefined) ?? {};
  return { fill, stroke: String(paint['line-color'] ?? 'none'), 'stroke-width': String(paint['line-width'] ?? 0) };
}

function group(svg: SVGSVGElement, attrs: Record<string, string>): SVGGElement {
  const g = svg.appendChild(document.createElementNS(SVG, 'g'));
  for (const [k, v] of Object.entries(attrs)) g.setAttribute(k, v);
  return g;
}

function paths(g: SVGGElement, fc: FeatureCollection): void {
  for (const f of fc.features) {
    const d = path(f);
    if (!d) continue;
    const p = g.appendChild(document.createElementNS(SVG, 'path'));
    p.setAttribute('d', d);
  }
}

const svg = document.createElementNS(SVG, 'svg');
svg.setAttribute('width', String(WIDTH));
svg.setAttribute('height', String(HEIGHT));
svg.style.background = SEA;
const context = layer(low, 'context');
paths(group(svg, paintOf('context-line', CONTEXT_LAND)), { ...context, features: context.features.map(sphericallyWound) });
paths(group(svg, paintOf('nuts3-line', LAND)), layer(high, 'nuts3'));
paths(group(svg, paintOf('nuts0-line', 'none')), layer(low, 'nuts0'));
const cities = group(svg, { stroke: '#FFFFFF', 'stroke-width': '1' });
for (const c of atlas.cities) {
  const xy = projection(c.lonLat);
  if (!xy) continue;
  const { r, colour } = citySymbol(c);
  const circle = cities.appendChild(document.createElementNS(SVG, 'circle'));
  circle.setAttribute('cx', xy[0].toFixed(1));
  circle.setAttribute('cy', xy[1].toFixed(1));
  circle.setAttribute('r', r.toFixed(1));
  circle.setAttribute('fill', colour);
}
document.body.appendChild(svg);
// The first rAF runs before the frame that paints the SVG, the second once that frame is done.
requestAnimationFrame(() => requestAnimationFrame(() => { document.body.dataset.idle = '1'; }));
