import type { WebglProbe } from '../domain/renderer';

interface HookWindow { __ATLAS_DISABLE_WEBGL__?: boolean; __ATLAS_ASSUME_GPU__?: boolean }

/**
 * Whether this browser exposes WebGL at all. Deliberately cheap: creating a throw-away context
 * costs hundreds of milliseconds on software renderers, so it is done only after the first view
 * (probeWebgl), and a failed context creation is caught where MapLibre creates its own.
 */
export function hasWebGL(): boolean {
  if ((window as HookWindow).__ATLAS_DISABLE_WEBGL__) return false;
  return typeof WebGL2RenderingContext !== 'undefined' || typeof WebGLRenderingContext !== 'undefined';
}

/**
 * The renderer behind this browser's WebGL, read from a throw-away context that is released at
 * once. Browser tests, which all run on a software renderer, can ask for the WebGL map as a
 * machine with a graphics card gets it (a hook set before the page loads, like the one above).
 */
export function probeWebgl(): WebglProbe {
  const w = window as HookWindow;
  if (!hasWebGL()) return { kind: 'none' };
  if (w.__ATLAS_ASSUME_GPU__) return { kind: 'renderer', name: 'graphics card (assumed by a test)' };
  const canvas = document.createElement('canvas');
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return { kind: 'none' };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { kind: 'renderer', name };
}
