import { useEffect, useState } from 'react';
import { atlasSchema, type AtlasData } from '../domain/atlasSchema';
import { loadJson } from '../data/loadJson';
import { t } from '../i18n/messages';
import { Atlas } from './Atlas';

type Load = { status: 'loading'; progress: number } | { status: 'error'; message: string } | { status: 'ready'; atlas: AtlasData };

/** Loads and validates the atlas artefact once; a bad artefact gives a clear error screen. */
export function App() {
  const [load, setLoad] = useState<Load>({ status: 'loading', progress: 0 });
  useEffect(() => {
    loadJson('atlas.json', atlasSchema, (p) => setLoad({ status: 'loading', progress: p })).then(
      (atlas) => { performance.mark('atlas:data-ready'); setLoad({ status: 'ready', atlas }); },
      (e: Error) => setLoad({ status: 'error', message: e.message }),
    );
  }, []);
  if (load.status === 'ready') return <Atlas atlas={load.atlas} />;
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
          <p>{load.message}</p>
          <p>{t('app.loadErrorHelp')}</p>
        </div>
      )}
    </main>
  );
}
