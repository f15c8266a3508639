/**
 * MapLibre's Web Mercator camera in plain arithmetic, so that the 2D map (SVG) draws every point
 * where the WebGL map does and the hand-over between them does not move anything: the world is
 * 512 × 2^zoom pixels wide (MapLibre's tile size), the camera's centre is the viewport's centre.
 */
import type { Camera } from './viewState';

export interface Viewport { readonly width: number; readonly height: number }
export type LonLat = readonly [number, number];

/** MapLibre clamps latitudes to this, where the square Web Mercator world ends. */
export const MAX_LATITUDE = 85.051129;
export const MIN_ZOOM = 1.5;
export const MAX_ZOOM = 12;

export const worldSize = (zoom: number): number => 512 * 2 ** zoom;

/** [x, y] of a point in world pixels at zoom 0 scale 1 (0..1 × 0..1 from the top left). */
export function mercatorUnit([lon, lat]: LonLat): [number, number] {
  return [unitX(lon), unitY(lat)];
}

/** The two halves of mercatorUnit, for hot loops that should not allocate a pair per point. */
export const unitX = (lon: number): number => (lon + 180) / 360;
export function unitY(lat: number): number {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
}

function unitToLonLat(x: number, y: number): [number, number] {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

/** A projection of [lon, lat] to viewport pixels for one camera and viewport. */
export function projector(camera: Camera, view: Viewport): (p: LonLat) => [number, number] {
  const { size, ox, oy } = worldTransform(camera, view);
  return (p) => { const [x, y] = mercatorUnit(p); return [ox + x * size, oy + y * size]; };
}

/** The [lon, lat] under a viewport pixel. */
export function unproject(camera: Camera, view: Viewport, [px, py]: readonly [number, number]): [number, number] {
  const size = worldSize(camera.zoom);
  const [cx, cy] = mercatorUnit([camera.lon, camera.lat]);
  return unitToLonLat(cx + (px - view.width / 2) / size, cy + (py - view.height / 2) / size);
}

/** The camera moved so that the content moves by (dx, dy) pixels (a drag). */
export function panBy(camera: Camera, view: Viewport, dx: number, dy: number): Camera {
  const [lon, lat] = unproject(camera, view, [view.width / 2 - dx, view.height / 2 - dy]);
  return { lon: wrapLon(lon), lat: Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)), zoom: camera.zoom };
}

/** The camera zoomed by `dz` (clamped to the map's zoom range) keeping the point under `at` fixed, as a wheel zoom does. */
export function zoomAround(camera: Camera, view: Viewport, at: readonly [number, number], dz: number): Camera {
  const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, camera.zoom + dz));
  if (zoom === camera.zoom) return camera;
  const fixed = unproject(camera, view, at);
  const [fx, fy] = mercatorUnit(fixed);
  const size = worldSize(zoom);
  const [lon, lat] = unitToLonLat(fx - (at[0] - view.width / 2) / size, fy - (at[1] - view.height / 2) / size);
  return { lon: wrapLon(lon), lat, zoom };
}

/** Whether a point lies inside the viewport. */
export function inView(camera: Camera, view: Viewport, p: LonLat): boolean {
  const [x, y] = projector(camera, view)(p);
  return x >= 0 && y >= 0 && x <= view.width && y <= view.height;
}

const wrapLon = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/**
 * The control point of the curved line between two adopters (a quadratic curve bowed to the left
 * of the direction of travel by a fifth of its length), as the map, the PNG and the SVG draw it.
 */
export function arcControl([x0, y0]: readonly [number, number], [x1, y1]: readonly [number, number]): [number, number] {
  return [(x0 + x1) / 2 - (y1 - y0) * 0.2, (y0 + y1) / 2 + (x1 - x0) * 0.2];
}

/** The world's scale and offset for a camera and viewport: x = ox + unitX × size (as projector). */
export function worldTransform(camera: Camera, view: Viewport): { size: number; ox: number; oy: number } {
  const size = worldSize(camera.zoom);
  const [cx, cy] = mercatorUnit([camera.lon, camera.lat]);
  return { size, ox: view.width / 2 - cx * size, oy: view.height / 2 - cy * size };
}
