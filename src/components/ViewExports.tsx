import { useState } from 'react';
import type { City } from '../domain/atlasSchema';
import type { MatchResult } from '../domain/filterMatch';
import type { BriefingContent } from '../export/briefingContent';
import { download } from '../export/download';
import { t } from '../i18n/messages';
import type { TextsState } from './Atlas';

interface Props {
  /** The view's briefing and what it shows (its cities and initiatives go into the pack's CSVs), made when an export is asked for. */
  readonly make: () => { readonly briefing: BriefingContent; readonly shown: MatchResult };
  readonly cityById: ReadonlyMap<string, City>;
  readonly table: { readonly name: string; readonly rows: () => readonly Record<string, string | number>[] };
  /** False where the view has no map (drivers and barriers): no PNG. */
  readonly withMap: boolean;
  readonly texts: TextsState;
}

const exporter = () => import('../export/exportFiles');

/** PNG and briefing pack of a research view as it is on screen (its year, solution, arcs and table). */
export function ViewExports({ make, cityById, table, withMap, texts }: Props) {
  const [status, setStatus] = useState('');
  const run = (label: string, f: () => Promise<void>) => {
    setStatus(t('share.working', { label }));
    f().then(() => setStatus(t('share.done', { label })), (e: Error) => setStatus(t('share.failed', { label, reason: e.message })));
  };
  return (
    <div className="view-exports">
      {withMap && <button type="button" onClick={() => run('PNG', async () => download('atlas-map.png', await (await exporter()).mapImage(make().briefing.image)))}>{t('share.png')}</button>}
      {withMap && <button type="button" onClick={() => run('SVG', async () => download('atlas-map.svg', await (await exporter()).mapSvgText(make().briefing.image), 'image/svg+xml'))}>{t('share.svg')}</button>}
      <button type="button" disabled={texts !== 'ready'} onClick={() => run('ZIP', async () => {
        const { briefing: { citation, altText, url, attribution, image }, shown } = make();
        const p = await (await exporter()).briefingPack({ cities: shown.cities, initiatives: shown.initiatives, cityById, citation, altText, url, attribution, image: withMap ? image : undefined, tables: [{ name: table.name, rows: table.rows() }] });
        download('atlas-briefing.zip', p.blob);
      })}>{t('share.pack')}</button>
      <span role="status" aria-live="polite" className="share-status">{status}</span>
    </div>
  );
}
