import type { City } from '../domain/atlasSchema';
import { t } from '../i18n/messages';

interface Props {
  readonly cities: readonly City[];
  readonly onRemove: (id: string) => void;
  readonly onOpen: () => void;
}

export function CompareTray({ cities, onRemove, onOpen }: Props) {
  if (cities.length === 0) return null;
  return (
    <section className="compare-tray" aria-label={t('compare.tray')}>
      <ul>
        {cities.map((c) => (
          <li key={c.id}>
            <span>{c.name}</span>
            <button type="button" onClick={() => onRemove(c.id)} aria-label={t('compare.remove', { name: c.name })}>✕</button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onOpen} disabled={cities.length < 2}>{t('compare.open', { count: cities.length })}</button>
      {cities.length < 2 && <span className="hint">{t('compare.needMore')}</span>}
    </section>
  );
}
