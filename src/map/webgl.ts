/** Whether this browser can create a WebGL context (MapLibre and deck.gl need one). */
export function hasWebGL(): boolean {
  try {
    if ((window as { __ATLAS_DISABLE_WEBGL__?: boolean }).__ATLAS_DISABLE_WEBGL__) return false;
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
