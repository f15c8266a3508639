import { useId } from 'react';
import { factorRows, MIN_COMPARABLE, type FactorKind, type FactorTable } from '../domain/factors';
import { TYPOLOGIES, type Typology } from '../domain/viewState';
import { formatShare, optionLabel, t } from '../i18n/messages';
import type { MessageKey } from '../i18n/en';
import { ChartCsvButton } from './ChartCsvButton';

interface Props {
  readonly table: FactorTable;
  readonly typology: Typology;
  readonly attribution: readonly string[];
  readonly onTypology: (t: Typology) => void;
  readonly onCell: (kind: FactorKind, key: string, typology: Typology, col: string) => void;
}


/** Enablers and barriers × a territorial typology; a cell filters the map to its initiatives. */
export function DriversPanel({ table, typology, attribution, onTypology, onCell }: Props) {
  const id = useId();
  const typName = t(`typology.${typology}` as MessageKey);
  const section = (kind: FactorKind) => (
    <tbody key={kind}>
      <tr className="section-row"><th scope="rowgroup" colSpan={table.columns.length + 2}>{t(kind === 'enabler' ? 'drivers.enablers' : 'drivers.barriers')}</th></tr>
      {table.rows.filter((r) => r.kind === kind).map((r) => {
        const name = optionLabel(kind, r.key);
        return (
          <tr key={r.key}>
            <th scope="row">{name}</th>
            {r.cells.map((c, k) => {
              const col = table.columns[k]!;
              // The accessible name starts with the visible text (WCAG 2.5.3), then says what it counts.
              const visible = c.tooFew ? `${c.count} ${t('drivers.tooFew')}` : `${c.count} (${formatShare(c.share)})`;
              return (
                <td key={col} className={c.tooFew ? 'too-few' : undefined}>
                  <button type="button" className="cell-button" disabled={c.count === 0} data-count={c.count}
                    aria-label={`${visible}: ` + t('drivers.cellLabel', { count: c.count, base: table.bases[k]!, share: formatShare(c.share), col: optionLabel(typology, col), row: name, tooFew: c.tooFew ? t('drivers.tooFewLabel') : '' })}
                    onClick={() => onCell(kind, r.key, typology, col)}>
                    {c.count} <span className="share">{c.tooFew ? t('drivers.tooFew') : `(${formatShare(c.share)})`}</span>
                  </button>
                </td>
              );
            })}
            <td className="num">{r.total}</td>
          </tr>
        );
      })}
    </tbody>
  );
  return (
    <section className="drivers" aria-labelledby="drivers-title">
      <h2 id="drivers-title">{t('drivers.title')}</h2>
      <p className="chart-note">{t('drivers.help', { min: MIN_COMPARABLE })}</p>
      <label htmlFor={id}>{t('drivers.typology')}</label>
      <select id={id} value={typology} onChange={(e) => onTypology(e.target.value as Typology)}>
        {TYPOLOGIES.map((ty) => <option key={ty} value={ty}>{t(`typology.${ty}` as MessageKey)}</option>)}
      </select>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('drivers.caption', { typology: typName })}>
        <table className="cross-table drivers-table">
          <caption>{t('drivers.caption', { typology: typName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('drivers.factor')}</th>
              {table.columns.map((c, k) => <th key={c} scope="col">{optionLabel(typology, c)}<br /><span className="muted">{t('drivers.base', { n: table.bases[k]! })}</span></th>)}
              <th scope="col">{t('patterns.total')}</th>
            </tr>
          </thead>
          {section('enabler')}
          {section('barrier')}
        </table>
      </div>
      <p className="chart-note">{t('drivers.note')}</p>
      <ChartCsvButton name={`atlas-drivers-${typology}.csv`} rows={() => factorRows(table, typology)} attribution={attribution} />
    </section>
  );
}
