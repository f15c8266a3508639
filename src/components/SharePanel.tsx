import { useId, useState } from 'react';
import { viewUrl } from '../state/viewUrl';
import type { ViewState } from '../domain/viewState';
import type { MapImageSpec } from '../export/mapImage';
import { download } from '../export/download';
import type { PackInput } from '../export/exportFiles';
import { t } from '../i18n/messages';
import type { TextsState } from './Atlas';

interface Props extends PackInput {
  readonly state: ViewState;
  readonly image: MapImageSpec;
  /** The initiatives' summaries and sources arrive after the first view; their exports wait. */
  readonly texts: TextsState;
}

const exporter = () => import('../export/exportFiles');

/** One-click exports of the current view, the citation, the embed code and the briefing pack. */
export function SharePanel({ texts, state, cities, initiatives, cityById, citation, altText, url, attribution, image }: Props) {
  const [status, setStatus] = useState('');
  const ids = { cite: useId(), alt: useId(), embed: useId() };
  const run = (label: string, f: () => Promise<void>) => {
    setStatus(t('share.working', { label }));
    f().then(() => setStatus(t('share.done', { label })), (e: Error) => setStatus(t('share.failed', { label, reason: e.message })));
  };
  const embedUrl = viewUrl({ ...state, embed: true, view: 'map' });
  const embedCode = `<iframe src="${embedUrl}" title="${t('app.title')}" width="800" height="600" style="border:0"></iframe>`;
  return (
    <section className="share" aria-labelledby="share-title">
      <h2 id="share-title">{t('share.title')}</h2>
      <p>{t('filters.summary', { cities: cities.length, initiatives: initiatives.length })}</p>
      <div className="share-buttons">
        <button type="button" onClick={() => run('PNG', async () => download('atlas-map.png', await (await exporter()).mapImage(image)))}>{t('share.png')}</button>
        <button type="button" onClick={() => run('SVG', async () => download('atlas-map.svg', await (await exporter()).mapSvgText(image), 'image/svg+xml'))}>{t('share.svg')}</button>
        <button type="button" onClick={() => run('CSV', async () => download('atlas-cities.csv', (await exporter()).citiesCsv(cities, initiatives, attribution), 'text/csv;charset=utf-8'))}>{t('share.citiesCsv')}</button>
        <button type="button" disabled={texts !== 'ready'} onClick={() => run('CSV', async () => download('atlas-initiatives.csv', (await exporter()).initiativesCsv(initiatives, cityById, attribution), 'text/csv;charset=utf-8'))}>{t('share.initiativesCsv')}</button>
        <button type="button" onClick={() => run('GeoJSON', async () => download('atlas-cities.geojson', (await exporter()).citiesGeoJsonText(cities, attribution, initiatives), 'application/geo+json'))}>{t('share.geojson')}</button>
        <button type="button" onClick={() => run('TXT', async () => download('atlas-citation.txt', citation + '\n'))}>{t('share.citation')}</button>
        <button type="button" disabled={texts !== 'ready'} onClick={() => run('ZIP', async () => { const p = await (await exporter()).briefingPack({ cities, initiatives, cityById, citation, altText, url, attribution, image }); download('atlas-briefing.zip', p.blob); })}>{t('share.pack')}</button>
      </div>
      {texts !== 'ready' && <p className="share-note">{t(texts === 'error' ? 'card.textsError' : 'share.textsLoading')}</p>}
      <p role="status" aria-live="polite" className="share-status">{status}</p>
      <label htmlFor={ids.cite}>{t('share.citationLabel')}</label>
      <textarea id={ids.cite} readOnly value={citation} rows={5} />
      <label htmlFor={ids.alt}>{t('share.altLabel')}</label>
      <textarea id={ids.alt} readOnly value={altText} rows={3} />
      <label htmlFor={ids.embed}>{t('share.embedLabel')}</label>
      <textarea id={ids.embed} readOnly value={embedCode} rows={3} />
    </section>
  );
}
