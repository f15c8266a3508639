import { describe, expect, it } from 'vitest';
import { currentBase, setCurrentBase } from '../../src/map/mapRegistry';
import type { BaseMapInput } from '../../src/map2d/baseLayers';

const base = () => async () => ({}) as BaseMapInput;

describe('the base map the exports draw', () => {
  it('is the newest map still on screen, whichever order the maps come and go in', () => {
    const svg = base();
    const webgl = base();
    const offSvg = setCurrentBase(svg);
    const offWebgl = setCurrentBase(webgl);
    expect(currentBase()).toBe(webgl);
    // The WebGL map goes (a lost context): the 2D map's base is the base again.
    offWebgl();
    expect(currentBase()).toBe(svg);
    // The 2D map comes back after the WebGL map registered once more, then the WebGL map leaves.
    const offWebgl2 = setCurrentBase(webgl);
    const svg2 = base();
    const offSvg2 = setCurrentBase(svg2);
    offWebgl2();
    expect(currentBase()).toBe(svg2);
    offSvg2();
    offSvg();
    expect(currentBase()).toBeUndefined();
  });
});
