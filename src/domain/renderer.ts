/**
 * Which map a browser gets. The WebGL map (MapLibre and deck.gl) needs a graphics card to be
 * fast; where WebGL is missing or runs in software (virtual desktops without a GPU, where it is
 * several times slower than an SVG map of the same content), the 2D map is the map. A link can
 * ask for either (`map=2d` or `map=webgl`).
 */
export const RENDERERS = ['auto', '2d', 'webgl'] as const;
export type RendererSetting = (typeof RENDERERS)[number];
export type Renderer = '2d' | 'webgl';

/**
 * Renderer strings of software rasterisers, as browsers report them: Chromium's SwiftShader
 * (through ANGLE), Mesa's llvmpipe and softpipe, Windows' Basic Render Driver and WARP, Apple's
 * software renderer, and generic "software" names.
 */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|microsoft basic|\bwarp\b|mesa offscreen/i;

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE.test(renderer);
}

/** What the atlas knows about this browser's WebGL: none, a renderer string, or not yet looked at. */
export type WebglProbe = { readonly kind: 'none' } | { readonly kind: 'renderer'; readonly name: string } | { readonly kind: 'unknown' };

/** The map to draw: the person's choice, else WebGL only where a hardware renderer is known. */
export function chooseRenderer(setting: RendererSetting, probe: WebglProbe): Renderer | 'undecided' {
  if (probe.kind === 'none') return '2d';
  if (setting !== 'auto') return setting;
  if (probe.kind === 'unknown') return 'undecided';
  return isSoftwareRenderer(probe.name) ? '2d' : 'webgl';
}
