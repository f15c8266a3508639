/**
 * Which map draws, and why. The 2D map always paints the first view; then, where the link leaves
 * the choice to the atlas, WebGL is probed in an idle moment and the WebGL map takes over only on
 * a graphics card. A lost WebGL context falls back to the 2D map.
 */
import { useCallback, useEffect, useState } from 'react';
import { chooseRenderer, type RendererSetting, type WebglProbe } from '../domain/renderer';
import { hasWebGL, probeWebgl } from '../map/webgl';
import type { MessageKey } from '../i18n/en';

export interface RendererState {
  readonly renderer: '2d' | 'webgl' | 'undecided';
  /** Why the 2D map is the map, when it is. */
  readonly why?: MessageKey | undefined;
  /** The 2D first view is on screen. */
  readonly onFirstView: () => void;
  /** The WebGL map could not start or lost its context. */
  readonly onWebglFailed: () => void;
}

export function useRenderer(setting: RendererSetting): RendererState {
  // Whether this browser has WebGL at all is asked at once only where the link asks for the WebGL
  // map: the first look at WebGL's interfaces costs a few milliseconds the 2D first view need not wait for.
  const [probe, setProbe] = useState<WebglProbe>(() => (setting === 'webgl' && !hasWebGL() ? { kind: 'none' } : { kind: 'unknown' }));
  const [lost, setLost] = useState(false);
  const [firstView, setFirstView] = useState(false);
  useEffect(() => {
    if (!firstView || setting !== 'auto' || probe.kind !== 'unknown') return undefined;
    let live = true;
    const run = () => { void probeWebgl().then((p) => { if (live) setProbe(p); }); };
    if ('requestIdleCallback' in window) { const h = window.requestIdleCallback(run, { timeout: 1000 }); return () => { live = false; window.cancelIdleCallback(h); }; }
    const h = setTimeout(run, 0);
    return () => { live = false; clearTimeout(h); };
  }, [firstView, setting, probe]);
  const onFirstView = useCallback(() => setFirstView(true), []);
  const onWebglFailed = useCallback(() => setLost(true), []);
  const renderer = lost ? '2d' : chooseRenderer(setting, probe);
  const why: MessageKey | undefined = renderer !== '2d' ? undefined
    : lost ? 'map.why.lost' : probe.kind === 'none' || (firstView && setting === '2d' && !hasWebGL()) ? 'map.why.noWebgl' : setting === '2d' ? 'map.why.chosen' : 'map.why.software';
  return { renderer, why, onFirstView, onWebglFailed };
}
