/**
 * Reads the WebGL renderer's name off the main thread: on a software renderer the first WebGL
 * context of a page can block for hundreds of milliseconds while the graphics process starts.
 */
const canvas = new OffscreenCanvas(1, 1);
const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
if (!gl) {
  postMessage({ kind: 'none' });
} else {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  postMessage({ kind: 'renderer', name: String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '') });
  gl.getExtension('WEBGL_lose_context')?.loseContext();
}
