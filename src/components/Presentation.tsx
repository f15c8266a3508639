import { useEffect, useState } from 'react';
import type { Scene } from '../domain/scenes';
import { t } from '../i18n/messages';

interface Props {
  readonly scenes: readonly Scene[];
  readonly index: number;
  readonly onGo: (index: number) => void;
  readonly onExit: () => void;
}

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const PREV = new Set(['ArrowLeft', 'PageUp']);

/** Presentation chrome: scene title, position, notes; clicker keys step through scenes, Esc leaves. */
export function Presentation({ scenes, index, onGo, onExit }: Props) {
  const [showNotes, setShowNotes] = useState(false);
  const scene = scenes[index];
  useEffect(() => {
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => { if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined); };
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
      if (NEXT.has(e.key)) { e.preventDefault(); onGo(Math.min(index + 1, scenes.length - 1)); }
      else if (PREV.has(e.key)) { e.preventDefault(); onGo(Math.max(index - 1, 0)); }
      else if (e.key === 'Escape') { e.preventDefault(); onExit(); }
      else if (e.key === 'n' || e.key === 'N') setShowNotes((v) => !v);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, scenes.length, onGo, onExit]);
  if (!scene) return null;
  return (
    <div className="presentation-bar" role="region" aria-label={t('present.label')}>
      <h2 className="scene-heading">{scene.title}</h2>
      <span className="scene-position">{t('present.position', { n: index + 1, total: scenes.length })}</span>
      <button type="button" onClick={() => onGo(Math.max(index - 1, 0))} disabled={index === 0}>{t('present.previous')}</button>
      <button type="button" onClick={() => onGo(Math.min(index + 1, scenes.length - 1))} disabled={index === scenes.length - 1}>{t('present.next')}</button>
      <button type="button" aria-pressed={showNotes} onClick={() => setShowNotes((v) => !v)}>{t('present.notes')}</button>
      <button type="button" onClick={onExit}>{t('present.exit')}</button>
      {showNotes && <p className="speaker-notes">{scene.notes || t('present.noNotes')}</p>}
    </div>
  );
}
