/**
 * Whether the page is being printed (or shown as print media): the print briefing is made only
 * then, so that a filter change on screen does not pay for a page nobody sees.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let beforePrint = false;
const listeners = new Set<() => void>();
const notify = () => { for (const l of listeners) l(); };
// Rendered before the listener returns: the browser lays out the printed page right after `beforeprint`.
const onBefore = () => { beforePrint = true; flushSync(notify); };
const onAfter = () => { beforePrint = false; notify(); };

let printMedia: MediaQueryList | undefined;
const media = () => (printMedia ??= window.matchMedia('print'));

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    media().addEventListener('change', notify);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
    media().removeEventListener('change', notify);
  };
}

const printing = () => beforePrint || media().matches;

/**
 * True from `beforeprint` to `afterprint`, and while print media is emulated (the briefing then
 * follows in the next frame).
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, printing, () => false);
}
