/**
 * The base map of the 2D renderer as a list of SVG paths, in the order and colours of the WebGL
 * map's style (src/map/mapStyle.ts): sea, context land, NUTS 0 land, the choropleth's regions,
 * then the region outlines from the zooms at which the WebGL map shows them. Used by the live 2D
 * map and by the SVG export, so that both draw the same map.
 */
import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { projector, unitX, unitY, worldTransform, type Viewport } from '../domain/mercator';
import type { Camera, PatternLevel } from '../domain/viewState';
import { CHOROPLETH, CHOROPLETH_ZERO } from '../domain/palettes';
import { CONTEXT_LAND, LAND, SEA } from '../map/mapStyle';

export { SEA };

export interface BaseMapInput {
  readonly low: Readonly<Record<string, FeatureCollection>>;
  /** The detailed band (NUTS 3), once loaded. */
  readonly high?: Readonly<Record<string, FeatureCollection>> | undefined;
  readonly camera: Camera;
  readonly view: Viewport;
  readonly choropleth?: { readonly level: PatternLevel; readonly classByCode: ReadonlyMap<string, number> } | undefined;
  readonly showRegions: boolean;
}

export interface PathSpec {
  readonly key: string;
  readonly d: string;
  readonly fill?: string;
  readonly stroke?: string;
  readonly width?: number;
  /** The NUTS code of a choropleth region: a click on it filters to the region. */
  readonly region?: string;
}

/** Outlines: [source, from zoom, colour, width], as in the WebGL style. */
const OUTLINES = [
  ['nuts3', 6, '#B9B9B4', 0.4],
  ['nuts2', 4.5, '#A5A5A0', 0.6],
  ['nuts1', 3.5, '#8E8E88', 0.8],
  ['nuts0', 0, '#5E5E58', 1.1],
] as const;

/** A d3 path generator over the camera's planar Web Mercator (no spherical clipping or resampling: fast, and winding-agnostic). */
export function pathFor(camera: Camera, view: Viewport) {
  // The projector's arithmetic inlined: tens of thousands of points, without a pair allocated for each.
  const { size, ox, oy } = worldTransform(camera, view);
  const transform = geoTransform({
    point(lon, lat) { this.stream.point(ox + unitX(lon) * size, oy + unitY(lat) * size); },
  });
  return geoPath(transform).digits(1);
}

const boxes = new WeakMap<Feature, [number, number, number, number]>();
/** A feature's [west, south, east, north], computed once. */
function bboxOf(f: Feature): [number, number, number, number] {
  let b = boxes.get(f);
  if (!b) {
    b = [Infinity, Infinity, -Infinity, -Infinity];
    const walk = (c: unknown): void => {
      if (typeof (c as number[])[0] === 'number') {
        const [x, y] = c as [number, number];
        if (x < b![0]) b![0] = x; if (y < b![1]) b![1] = y; if (x > b![2]) b![2] = x; if (y > b![3]) b![3] = y;
      } else for (const cc of c as unknown[]) walk(cc);
    };
    const g = f.geometry;
    if (g && 'coordinates' in g) walk(g.coordinates);
    boxes.set(f, b);
  }
  return b;
}

/** The features whose box meets the viewport (with a margin), so a zoomed-in map draws only what is in view. */
function inViewport(fc: FeatureCollection, camera: Camera, view: Viewport): FeatureCollection {
  const p = projector(camera, view);
  const m = 64;
  return {
    type: 'FeatureCollection',
    features: fc.features.filter((f) => {
      const [w, s, e, n] = bboxOf(f);
      const [x0, y0] = p([w, n]);
      const [x1, y1] = p([e, s]);
      return x1 >= -m && y1 >= -m && x0 <= view.width + m && y0 <= view.height + m;
    }),
  };
}

export function classColour(cls: number | undefined): string {
  return cls === undefined || cls < 0 ? CHOROPLETH_ZERO : CHOROPLETH[Math.min(cls, CHOROPLETH.length - 1)]!;
}

export function baseLayers(x: BaseMapInput): PathSpec[] {
  const path = pathFor(x.camera, x.view);
  const source = (name: string) => (name === 'nuts3' ? x.high?.[name] : x.low[name]);
  const visible = (name: string) => { const fc = source(name); return fc ? inViewport(fc, x.camera, x.view) : undefined; };
  const out: PathSpec[] = [];
  // A source drawn twice (NUTS 0 as land and as borders) is one path string.
  const drawn = new Map<string, string | null>();
  const whole = (key: string, name: string, style: Omit<PathSpec, 'key' | 'd'>) => {
    if (!drawn.has(name)) { const fc = visible(name); drawn.set(name, fc && fc.features.length ? path(fc) : null); }
    const d = drawn.get(name);
    if (d) out.push({ key, d, ...style });
  };
  whole('context-fill', 'context', { fill: CONTEXT_LAND, stroke: '#C4C4C0', width: 0.6 });
  whole('nuts0-fill', 'nuts0', { fill: LAND });
  const ch = x.choropleth;
  if (ch) {
    for (const f of visible(`nuts${ch.level}`)?.features ?? []) {
      const id = String(f.properties?.id ?? '');
      const d = path(f);
      if (d) out.push({ key: `region-${id}`, d, fill: classColour(ch.classByCode.get(id)), region: id });
    }
  }
  for (const [name, from, colour, width] of OUTLINES) {
    if ((name !== 'nuts0' && !x.showRegions) || x.camera.zoom < from) continue;
    whole(`${name}-line`, name, { stroke: colour, width });
  }
  return out;
}
