import type { City, Initiative } from '../domain/atlasSchema';
import { compareColumn, differs, type CompareColumn } from '../domain/compare';
import { SERVICE_TYPES } from '../domain/vocabularies';
import { countryName, formatNumber, optionLabel, t, yesNoLabel } from '../i18n/messages';
import type { MessageKey } from '../i18n/en';
import { cityContext } from '../domain/context';
import { ContextBars } from './ContextBars';

interface Props {
  readonly cities: readonly City[];
  readonly initiatives: readonly Initiative[];
  /** Every case city and its initiatives: the context the compared cities sit in. */
  readonly allCities: readonly City[];
  readonly initiativesByCity: ReadonlyMap<string, readonly Initiative[]>;
  readonly onRemove: (id: string) => void;
}

type Row = { label: MessageKey; value: (c: CompareColumn) => string };
const list = (xs: readonly string[], group: Parameters<typeof optionLabel>[0]) => (xs.length ? xs.map((x) => optionLabel(group, x)).join(', ') : t('map.notKnown'));

const ROWS: readonly Row[] = [
  { label: 'card.country', value: (c) => countryName(c.city.country) },
  { label: 'card.population', value: (c) => (c.city.population !== undefined ? formatNumber(c.city.population) : t('map.notKnown')) },
  { label: 'card.sizeClass', value: (c) => (c.city.sizeClass ? optionLabel('sizeClass', c.city.sizeClass) : t('map.notKnown')) },
  { label: 'card.urbanRural', value: (c) => (c.city.urbanRural ? optionLabel('urbanRural', c.city.urbanRural) : t('map.notKnown')) },
  { label: 'card.coastal', value: (c) => yesNoLabel(c.city.coastal) },
  { label: 'card.border', value: (c) => yesNoLabel(c.city.border) },
  { label: 'card.capital', value: (c) => yesNoLabel(c.city.capital) },
  { label: 'card.governance', value: (c) => list(c.city.governance, 'governance') },
  { label: 'card.networks', value: (c) => list(c.city.networks.map((n) => n.key), 'network') },
  { label: 'compare.initiativeCount', value: (c) => String(c.initiatives.length) },
  { label: 'card.dataAspects', value: (c) => list(c.dataAspects, 'dataAspect') },
  { label: 'card.participation', value: (c) => list(c.participation, 'participation') },
  { label: 'card.scale', value: (c) => list(c.scales, 'scale') },
  { label: 'card.enablers', value: (c) => list(c.enablers, 'enabler') },
  { label: 'card.barriers', value: (c) => list(c.barriers, 'barrier') },
  { label: 'card.solutions', value: (c) => list(c.solutions, 'solution') },
];

export function CompareView({ cities, initiatives, allCities, initiativesByCity, onRemove }: Props) {
  if (cities.length < 2) return <p className="empty">{cities.length === 0 ? t('compare.empty') : t('compare.needMore')}</p>;
  const columns = cities.map((c) => compareColumn(c, initiatives));
  const max = Math.max(1, ...columns.flatMap((c) => Object.values(c.byServiceType)));
  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare.title')}</h2>
      <div className="table-wrap">
        <table className="compare-table">
          <thead>
            <tr>
              <td />
              {columns.map((c) => (
                <th key={c.city.id} scope="col">
                  {c.city.name}{' '}
                  <button type="button" onClick={() => onRemove(c.city.id)} aria-label={t('compare.remove', { name: c.city.name })}>✕</button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((r) => {
              const diff = differs(columns, r.value);
              return (
                <tr key={r.label} className={diff ? 'differs' : undefined}>
                  <th scope="row">{t(r.label)}{diff && <span className="diff-mark"> ◆ {t('compare.differs')}</span>}</th>
                  {columns.map((c) => <td key={c.city.id}>{r.value(c)}</td>)}
                </tr>
              );
            })}
            <tr>
              <th scope="row">{t('compare.byServiceType')}</th>
              {columns.map((c) => (
                <td key={c.city.id}>
                  <ul className="bars">
                    {SERVICE_TYPES.map((s) => (
                      <li key={s} className={differs(columns, (x) => x.byServiceType[s]) ? 'differs' : undefined}>
                        <span className="bar-label">{optionLabel('serviceType', s)}</span>
                        <span className="bar" style={{ width: `${(c.byServiceType[s] / max) * 100}%` }} aria-hidden="true" />
                        <span className="bar-value">{c.byServiceType[s]}</span>
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <h3>{t('context.title')}</h3>
      <p className="chart-note">{t('context.help')}</p>
      <div className="compare-context">
        {cities.map((c) => <ContextBars key={c.id} name={c.name} country={c.country} category="service_type" context={cityContext(c, allCities, initiativesByCity, 'service_type')} />)}
      </div>
    </section>
  );
}
