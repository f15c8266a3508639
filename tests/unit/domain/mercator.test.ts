import { describe, expect, it } from 'vitest';
import { arcControl, panBy, projector, unproject, zoomAround, inView } from '../../../src/domain/mercator';

// Expectations worked out by hand from the Web Mercator formulas with MapLibre's 512-pixel world:
// x = (lon + 180) / 360 × 512 × 2^z, y = (1/2 − ln tan(π/4 + φ/2) / 2π) × 512 × 2^z.
const view = { width: 512, height: 512 };
const world0 = { lon: 0, lat: 0, zoom: 0 };

describe('Web Mercator camera', () => {
  it('puts the camera centre in the middle and the antimeridian at the world edge', () => {
    const p = projector(world0, view);
    expect(p([0, 0])).toEqual([256, 256]);
    expect(p([180, 0])[0]).toBeCloseTo(512, 9);
    expect(p([90, 0])[0]).toBeCloseTo(384, 9);
    // ln tan(π/4 + π/8) = 0.881374; 512 / 2π = 81.48733
    expect(p([0, 45])[1]).toBeCloseTo(256 - 81.48733 * 0.881374, 3);
  });

  it('doubles distances from the centre with each zoom level', () => {
    expect(projector({ lon: 0, lat: 0, zoom: 1 }, view)([90, 0])[0]).toBeCloseTo(512, 9);
    expect(projector({ lon: 0, lat: 0, zoom: 3 }, view)([-11.25, 0])[0]).toBeCloseTo(256 - 128, 9);
  });

  it('centres any camera in a viewport of any size', () => {
    const cam = { lon: 12, lat: 52, zoom: 3.4 };
    const [x, y] = projector(cam, { width: 1280, height: 800 })([12, 52]);
    expect(x).toBeCloseTo(640, 9);
    expect(y).toBeCloseTo(400, 9);
  });

  it('unprojects a pixel back to where it was projected from', () => {
    const cam = { lon: 12, lat: 52, zoom: 3.4 };
    const v = { width: 1000, height: 700 };
    const ll = unproject(cam, v, projector(cam, v)([2.17, 41.39]));
    expect(ll[0]).toBeCloseTo(2.17, 9);
    expect(ll[1]).toBeCloseTo(41.39, 9);
  });

  it('a drag moves every point by the drag', () => {
    const cam = { lon: 12, lat: 52, zoom: 4 };
    const v = { width: 800, height: 600 };
    const before = projector(cam, v)([2.17, 41.39]);
    const after = projector(panBy(cam, v, 30, -20), v)([2.17, 41.39]);
    expect(after[0] - before[0]).toBeCloseTo(30, 6);
    expect(after[1] - before[1]).toBeCloseTo(-20, 6);
  });

  it('a wheel zoom keeps the point under the pointer still and stays within the zoom range', () => {
    const cam = { lon: 12, lat: 52, zoom: 4 };
    const v = { width: 800, height: 600 };
    const at: [number, number] = [150, 420];
    const under = unproject(cam, v, at);
    const zoomed = zoomAround(cam, v, at, 1);
    expect(zoomed.zoom).toBe(5);
    const p = projector(zoomed, v)(under);
    expect(p[0]).toBeCloseTo(150, 6);
    expect(p[1]).toBeCloseTo(420, 6);
    expect(zoomAround({ ...cam, zoom: 11.8 }, v, at, 1).zoom).toBe(12);
    expect(zoomAround({ ...cam, zoom: 1.5 }, v, at, -1)).toEqual({ ...cam, zoom: 1.5 });
  });

  it('tells whether a point is in view', () => {
    const cam = { lon: 12, lat: 52, zoom: 6 };
    expect(inView(cam, view, [12.5, 52.2])).toBe(true);
    expect(inView(cam, view, [2.17, 41.39])).toBe(false);
  });

  it('bows an adoption arc by a fifth of its length, to the left of its direction on screen', () => {
    // From (0, 0) to (10, 0): the midpoint (5, 0) moved 2 pixels down (screen y grows downwards).
    expect(arcControl([0, 0], [10, 0])).toEqual([5, 2]);
    expect(arcControl([0, 0], [0, 10])).toEqual([-2, 5]);
  });
});
