import { useMemo, useState } from 'react';
import type { City } from '../domain/atlasSchema';
import { countryName, formatNumber, optionLabel, t } from '../i18n/messages';
import type { MessageKey } from '../i18n/en';

type SortKey = 'name' | 'country' | 'population' | 'initiatives' | 'governance' | 'urbanRural';
const COLUMNS: readonly { key: SortKey; label: MessageKey; numeric?: boolean }[] = [
  { key: 'name', label: 'table.city' },
  { key: 'country', label: 'table.country' },
  { key: 'population', label: 'table.population', numeric: true },
  { key: 'initiatives', label: 'table.initiatives', numeric: true },
  { key: 'governance', label: 'table.governance' },
  { key: 'urbanRural', label: 'table.urbanRural' },
];

interface Props {
  readonly cities: readonly City[];
  readonly initiativesByCity: ReadonlyMap<string, readonly unknown[]>;
  readonly selectedCity?: string | undefined;
  readonly onOpen: (id: string) => void;
}

/** The non-visual alternative to the map: every matching city, sortable, operable by keyboard. */
export function CityTable({ cities, initiativesByCity, selectedCity, onOpen }: Props) {
  const count = (id: string) => initiativesByCity.get(id)?.length ?? 0;
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'name', dir: 1 });
  const value = (c: City, k: SortKey): string | number => {
    switch (k) {
      case 'name': return c.name;
      case 'country': return countryName(c.country);
      case 'population': return c.population ?? -1;
      case 'initiatives': return count(c.id);
      case 'governance': return c.governance.map((g) => optionLabel('governance', g)).join(', ');
      case 'urbanRural': return c.urbanRural ? optionLabel('urbanRural', c.urbanRural) : '';
    }
  };
  const rows = useMemo(() => [...cities].sort((a, b) => {
    const va = value(a, sort.key);
    const vb = value(b, sort.key);
    const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'en');
    return cmp * sort.dir || a.id.localeCompare(b.id);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }), [cities, sort, initiativesByCity]);
  return (
    <div className="table-wrap" id="city-table">
      <table className="city-table">
        <caption>{t('table.caption', { count: cities.length })}</caption>
        <thead>
          <tr>
            {COLUMNS.map((col) => (
              <th key={col.key} scope="col" aria-sort={sort.key === col.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                <button type="button" onClick={() => setSort((s) => ({ key: col.key, dir: s.key === col.key ? (s.dir === 1 ? -1 : 1) : 1 }))}>
                  {t(col.label)}
                  <span aria-hidden="true">{sort.key === col.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} className={c.id === selectedCity ? 'selected' : undefined}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(c.id)} aria-label={t('table.open', { name: c.name })}>{c.name}</button>
              </th>
              <td>{value(c, 'country')}</td>
              <td className="num">{c.population !== undefined ? formatNumber(c.population) : t('map.notKnown')}</td>
              <td className="num">{count(c.id)}</td>
              <td>{value(c, 'governance') || t('map.notKnown')}</td>
              <td>{value(c, 'urbanRural') || t('map.notKnown')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
