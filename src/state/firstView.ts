/**
 * Fired once when the first view is on screen (the map idle with its cities drawn, or the map
 * unavailable), so that what the first view does not need loads after it instead of with it.
 */
export const FIRST_VIEW_EVENT = 'atlas:first-view';

let fired = false;
export function announceFirstView(): void {
  if (fired) return;
  fired = true;
  performance.mark('atlas:first-view');
  window.dispatchEvent(new Event(FIRST_VIEW_EVENT));
}
