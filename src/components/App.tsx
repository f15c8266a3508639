import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Initiative } from '../domain/atlasSchema';
import { loadIndex, loadTexts, type LoadedIndex } from '../data/loadAtlas';
import { t } from '../i18n/messages';
import { Atlas, type TextsState } from './Atlas';
import { FIRST_VIEW_EVENT } from '../state/firstView';
import { loadBand } from '../map/geometry';

/** Upper bound on the wait for the texts when no first view is announced (no map on screen). */
const TEXTS_FALLBACK_MS = 8000;
/** Pause between the first view and the texts prefetch. */
const TEXTS_AFTER_FIRST_VIEW_MS = 1500;

type Load = { status: 'loading'; progress: number } | { status: 'error'; message: string } | { status: 'ready'; loaded: LoadedIndex };

/**
 * Loads and checks the atlas's first-view data once; a bad file gives a clear error screen. The
 * initiative texts (titles, summaries, notes, sources) follow the first view: cards, exports and
 * title search wait for them, the map and filters do not.
 */
export function App() {
  const [load, setLoad] = useState<Load>({ status: 'loading', progress: 0 });
  const [texts, setTexts] = useState<Initiative[] | 'error' | undefined>();
  useEffect(() => {
    // The first geometry band is in hand before the atlas renders (it comes in parallel, and
    // smaller), so that the first render draws the map; a failed band leaves the map to retry it.
    const index = loadIndex((p) => setLoad({ status: 'loading', progress: p }));
    Promise.all([index, loadBand('low').catch(() => undefined)]).then(([loaded]) => loaded).then(
      (loaded) => { performance.mark('atlas:data-ready'); setLoad({ status: 'ready', loaded }); },
      (e: Error) => setLoad({ status: 'error', message: e.message }),
    );
  }, []);
  // The texts load once the first view is drawn, when a view asks for them, or after a while anyway.
  const [wantTexts, setWantTexts] = useState(false);
  const needTexts = useCallback(() => setWantTexts(true), []);
  const ready = load.status === 'ready';
  useEffect(() => {
    if (!ready) return undefined;
    // After the first view the map still hands over its NUTS 1/2 layers; let that settle, then
    // prefetch in a quiet moment rather than compete with it.
    const quiet = () => { if ('requestIdleCallback' in window) window.requestIdleCallback(needTexts, { timeout: 2000 }); else needTexts(); };
    const afterFirstView = () => { setTimeout(quiet, TEXTS_AFTER_FIRST_VIEW_MS); };
    window.addEventListener(FIRST_VIEW_EVENT, afterFirstView);
    const fallback = setTimeout(needTexts, TEXTS_FALLBACK_MS);
    return () => { window.removeEventListener(FIRST_VIEW_EVENT, afterFirstView); clearTimeout(fallback); };
  }, [ready, needTexts]);
  const loaded = load.status === 'ready' ? load.loaded : undefined;
  useEffect(() => {
    if (wantTexts && loaded) loadTexts(loaded).then(setTexts, () => setTexts('error'));
  }, [wantTexts, loaded]);
  const atlas = useMemo(() => (loaded && Array.isArray(texts) ? { ...loaded.atlas, initiatives: texts } : loaded?.atlas), [loaded, texts]);
  const textsState: TextsState = texts === undefined ? 'loading' : texts === 'error' ? 'error' : 'ready';
  if (atlas) return <Atlas atlas={atlas} texts={textsState} onNeedTexts={needTexts} />;
  return (
    <main className="splash">
      <h1>{t('app.title')}</h1>
      {load.status === 'loading' ? (
        <div role="status" aria-live="polite">
          <p>{load.progress > 0 ? t('app.loadingProgress', { percent: Math.round(load.progress * 100) }) : t('app.loading')}</p>
          <progress max={100} value={Math.round(load.progress * 100)} aria-label={t('app.loading')} />
        </div>
      ) : (
        <div role="alert" className="load-error">
          <h2>{t('app.loadError')}</h2>
          <p>{load.status === 'error' ? load.message : ''}</p>
          <p>{t('app.loadErrorHelp')}</p>
        </div>
      )}
    </main>
  );
}
