import { useId, useRef, useState } from 'react';
import { scenesFile, type Scene } from '../domain/scenes';
import { download } from '../export/download';
import { t } from '../i18n/messages';

interface Props {
  readonly scenes: readonly Scene[];
  readonly onSave: (title: string, notes: string) => void;
  readonly onRemove: (id: string) => void;
  readonly onMove: (from: number, to: number) => void;
  readonly onImport: (text: string) => string | undefined;
  readonly onPresent: (index: number) => void;
}

/** Save the current view as a scene, order scenes, export/import them, and start a presentation. */
export function ScenesPanel({ scenes, onSave, onRemove, onMove, onImport, onPresent }: Props) {
  const ids = { title: useId(), notes: useId(), file: useId() };
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const [status, setStatus] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section className="scenes" aria-labelledby="scenes-title">
      <h2 id="scenes-title">{t('scenes.title')}</h2>
      <form className="scene-form" onSubmit={(e) => { e.preventDefault(); onSave(title.trim() || t('scenes.untitled'), notes); setTitle(''); setNotes(''); setStatus(t('scenes.saved')); }}>
        <label htmlFor={ids.title}>{t('scenes.sceneTitle')}</label>
        <input id={ids.title} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor={ids.notes}>{t('scenes.notes')}</label>
        <textarea id={ids.notes} value={notes} maxLength={5000} rows={3} onChange={(e) => setNotes(e.target.value)} />
        <button type="submit">{t('scenes.save')}</button>
      </form>
      <p role="status" aria-live="polite">{status}</p>
      {scenes.length === 0 ? <p>{t('scenes.empty')}</p> : (
        <ol className="scene-list">
          {scenes.map((s, i) => (
            <li key={s.id}>
              <span className="scene-title">{s.title}</span>
              <button type="button" onClick={() => onMove(i, i - 1)} disabled={i === 0} aria-label={t('scenes.up', { title: s.title })}>↑</button>
              <button type="button" onClick={() => onMove(i, i + 1)} disabled={i === scenes.length - 1} aria-label={t('scenes.down', { title: s.title })}>↓</button>
              <button type="button" onClick={() => onPresent(i)} aria-label={t('scenes.presentFrom', { title: s.title })}>▶</button>
              <button type="button" onClick={() => onRemove(s.id)} aria-label={t('scenes.delete', { title: s.title })}>✕</button>
            </li>
          ))}
        </ol>
      )}
      <div className="scene-actions">
        <button type="button" disabled={scenes.length === 0} onClick={() => onPresent(0)}>{t('scenes.present')}</button>
        <button type="button" disabled={scenes.length === 0} onClick={() => download('atlas-scenes.json', scenesFile(scenes), 'application/json')}>{t('scenes.export')}</button>
        <label htmlFor={ids.file} className="file-label">{t('scenes.import')}</label>
        <input id={ids.file} ref={fileInput} type="file" accept="application/json,.json" onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          file.text().then((text) => {
            const err = onImport(text);
            setStatus(err ? t('scenes.importFailed', { reason: err }) : t('scenes.imported', { count: JSON.parse(text).scenes.length }));
            if (fileInput.current) fileInput.current.value = '';
          }, () => setStatus(t('scenes.importFailed', { reason: 'unreadable file' })));
        }} />
      </div>
    </section>
  );
}
