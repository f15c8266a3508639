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
 * once: in a worker where the browser can (OffscreenCanvas), else on the page. Browser tests,
 * which all run on a software renderer, can ask for the WebGL map as a machine with a graphics
 * card gets it (a hook set before the page loads, like the one above).
 */
export async function probeWebgl(): Promise<WebglProbe> {
  const w = window as HookWindow;
  if (!hasWebGL()) return { kind: 'none' };
  if (w.__ATLAS_ASSUME_GPU__) return { kind: 'renderer', name: 'graphics card (assumed by a test)' };
  if (typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined') {
    try {
      const answer = await inWorker();
      // A worker without WebGL (some browsers offer it on the page only) leaves it to the page.
      if (answer.kind === 'renderer') return answer;
    } catch { /* no module workers here: ask on the page */ }
  }
  return onPage();
}

function inWorker(): Promise<WebglProbe> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./probeWorker.ts', import.meta.url), { type: 'module' });
    const done = () => { clearTimeout(timer); worker.terminate(); };
    const timer = setTimeout(() => { done(); reject(new Error('no answer')); }, 5000);
    worker.onmessage = (e: MessageEvent<WebglProbe>) => { done(); resolve(e.data); };
    worker.onerror = () => { done(); reject(new Error('worker failed')); };
  });
}

function onPage(): WebglProbe {
  const canvas = document.createElement('canvas');
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return { kind: 'none' };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { kind: 'renderer', name };
}
