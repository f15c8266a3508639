import { useState } from 'react';
import type { City, Initiative } from '../domain/atlasSchema';
import type { BriefingContent } from '../export/briefingContent';
import { download } from '../export/download';
import { t } from '../i18n/messages';
import type { TextsState } from './Atlas';

interface Props {
  /** The view's briefing, made when an export is asked for. */
  readonly briefing: () => BriefingContent;
  /** What the view shows: its cities and initiatives go into the pack's CSVs. */
  readonly cities: readonly City[];
  readonly initiatives: readonly Initiative[];
  readonly cityById: ReadonlyMap<string, City>;
  readonly table: { readonly name: string; readonly rows: () => readonly Record<string, string | number>[] };
  /** False where the view has no map (drivers and barriers): no PNG. */
  readonly withMap: boolean;
  readonly texts: TextsState;
}

const exporter = () => import('../export/exportFiles');

/** PNG and briefing pack of a research view as it is on screen (its year, solution, arcs and table). */
export function ViewExports({ briefing, cities, initiatives, cityById, table, withMap, texts }: Props) {
  const [status, setStatus] = useState('');
  const run = (label: string, f: () => Promise<void>) => {
    setStatus(t('share.working', { label }));
    f().then(() => setStatus(t('share.done', { label })), (e: Error) => setStatus(t('share.failed', { label, reason: e.message })));
  };
  return (
    <div className="view-exports">
      {withMap && <button type="button" onClick={() => run('PNG', async () => download('atlas-map.png', await (await exporter()).mapImage(briefing().image)))}>{t('share.png')}</button>}
      <button type="button" disabled={texts !== 'ready'} onClick={() => run('ZIP', async () => {
        const { citation, altText, url, attribution, image } = briefing();
        const p = await (await exporter()).briefingPack({ cities, initiatives, cityById, citation, altText, url, attribution, image: withMap ? image : undefined, tables: [{ name: table.name, rows: table.rows() }] });
        download('atlas-briefing.zip', p.blob);
      })}>{t('share.pack')}</button>
      <span role="status" aria-live="polite" className="share-status">{status}</span>
    </div>
  );
}
