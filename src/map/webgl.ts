/**
 * Whether this browser exposes WebGL at all. Deliberately cheap: creating a throw-away context
 * costs hundreds of milliseconds on software renderers, so a failed context creation is instead
 * caught where MapLibre creates its own (MapView), which then shows the same message.
 */
export function hasWebGL(): boolean {
  if ((window as { __ATLAS_DISABLE_WEBGL__?: boolean }).__ATLAS_DISABLE_WEBGL__) return false;
  return typeof WebGL2RenderingContext !== 'undefined' || typeof WebGLRenderingContext !== 'undefined';
}
