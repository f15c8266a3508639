/**
 * Fired once when the first view is on screen (the map idle with its cities drawn, or the map
 * unavailable), so that what the first view does not need loads after it instead of with it.
 */
export const FIRST_VIEW_EVENT = 'atlas:first-view';

import { useEffect, useState } from 'react';

let fired = false;
export function announceFirstView(): void {
  if (fired) return;
  fired = true;
  performance.mark('atlas:first-view');
  window.dispatchEvent(new Event(FIRST_VIEW_EVENT));
}

/**
 * Runs `run` once the first view is on screen (at once, in a later task, if it already is): for
 * work the first view does not need, such as the first read of the browser's storage, which can
 * block for a quarter of a second on a busy virtual desktop. Returns a function that cancels it.
 */
export function afterFirstView(run: () => void): () => void {
  if (fired) { const h = setTimeout(run, 0); return () => clearTimeout(h); }
  window.addEventListener(FIRST_VIEW_EVENT, run, { once: true });
  return () => window.removeEventListener(FIRST_VIEW_EVENT, run);
}

/** Whether the first view is on screen yet: what it does not show renders after it. */
export function useAfterFirstView(): boolean {
  const [done, setDone] = useState(fired);
  useEffect(() => (done ? undefined : afterFirstView(() => setDone(true))), [done]);
  return done;
}
