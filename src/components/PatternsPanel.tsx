import { useId } from 'react';
import type { Classes, CrossTable } from '../domain/patterns';
import { CHOROPLETH, CHOROPLETH_ZERO, categoryValues } from '../domain/palettes';
import { CLASSIFICATIONS, PATTERN_LEVELS, PATTERN_MEASURES, TYPOLOGIES, type PatternState, type Typology } from '../domain/viewState';
import { COLOUR_CATEGORIES, type ColourCategory } from '../domain/vocabularies';
import { CATEGORY_GROUP } from '../domain/cityCategory';
import { classBound, formatShare, optionLabel, t } from '../i18n/messages';
import type { MessageKey } from '../i18n/en';

interface Props {
  readonly pattern: PatternState;
  readonly classes: Classes;
  readonly zeroRegions: number;
  readonly table: CrossTable;
  readonly onChange: (p: PatternState) => void;
  readonly onCell: (category: ColourCategory, row: string, typology: Typology, col: string) => void;
}



export function PatternsPanel({ pattern, classes, zeroRegions, table, onChange, onCell }: Props) {
  const ids = { level: useId(), measure: useId(), category: useId(), value: useId(), cls: useId(), typ: useId() };
  const share = pattern.measure === 'share';
  const group = CATEGORY_GROUP[pattern.category];
  return (
    <section className="patterns" aria-labelledby="patterns-title">
      <h2 id="patterns-title">{t('view.patterns')}</h2>
      <div className="pattern-controls">
        <label htmlFor={ids.level}>{t('patterns.level')}</label>
        <select id={ids.level} value={pattern.level} onChange={(e) => onChange({ ...pattern, level: Number(e.target.value) as PatternState['level'] })}>
          {PATTERN_LEVELS.map((l) => <option key={l} value={l}>{t(`patterns.level.${l}` as MessageKey)}</option>)}
        </select>
        <label htmlFor={ids.measure}>{t('patterns.measure')}</label>
        <select id={ids.measure} value={pattern.measure} onChange={(e) => onChange({ ...pattern, measure: e.target.value as PatternState['measure'] })}>
          {PATTERN_MEASURES.map((m) => <option key={m} value={m}>{t(`patterns.measure.${m}` as MessageKey)}</option>)}
        </select>
        <label htmlFor={ids.category}>{t('patterns.category')}</label>
        <select id={ids.category} value={pattern.category} onChange={(e) => { const { categoryValue: _v, ...rest } = pattern; onChange({ ...rest, category: e.target.value as ColourCategory }); }}>
          {COLOUR_CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}` as MessageKey)}</option>)}
        </select>
        {share && (
          <>
            <label htmlFor={ids.value}>{t('patterns.categoryValue')}</label>
            <select id={ids.value} value={pattern.categoryValue ?? ''} onChange={(e) => onChange({ ...pattern, categoryValue: e.target.value })}>
              <option value="" disabled>—</option>
              {categoryValues(pattern.category).map((v) => <option key={v} value={v}>{optionLabel(group, v)}</option>)}
            </select>
          </>
        )}
        <label htmlFor={ids.cls}>{t('patterns.classification')}</label>
        <select id={ids.cls} value={pattern.classification} onChange={(e) => onChange({ ...pattern, classification: e.target.value as PatternState['classification'] })}>
          {CLASSIFICATIONS.map((c) => <option key={c} value={c}>{t(`patterns.classification.${c}` as MessageKey)}</option>)}
        </select>
      </div>
      <ul className="choropleth-legend" aria-label={t('map.legend')}>
        <li><span className="swatch" style={{ background: CHOROPLETH_ZERO }} aria-hidden="true" />{t('patterns.zero', { count: zeroRegions })}</li>
        {classes.legend.map((c, i) => (
          <li key={i}><span className="swatch" style={{ background: CHOROPLETH[Math.min(i, CHOROPLETH.length - 1)] }} aria-hidden="true" />
            {t('patterns.legendClass', { from: classBound(c.from, share), to: classBound(c.to, share), count: c.count })}</li>
        ))}
      </ul>
      <label htmlFor={ids.typ}>{t('patterns.typology')}</label>
      <select id={ids.typ} value={pattern.typology} onChange={(e) => onChange({ ...pattern, typology: e.target.value as Typology })}>
        {TYPOLOGIES.map((ty) => <option key={ty} value={ty}>{t(`typology.${ty}` as MessageKey)}</option>)}
      </select>
      <div className="table-wrap">
        <table className="cross-table">
          <caption>{t('patterns.crossTable', { category: t(`category.${pattern.category}` as MessageKey), typology: t(`typology.${pattern.typology}` as MessageKey) })}</caption>
          <thead>
            <tr><td />{table.columns.map((c) => <th key={c} scope="col">{optionLabel(pattern.typology, c)}</th>)}<th scope="col">{t('patterns.total')}</th></tr>
          </thead>
          <tbody>
            {table.rows.map((r, ri) => (
              <tr key={r}>
                <th scope="row">{optionLabel(group, r)}</th>
                {table.columns.map((c, ci) => {
                  const n = table.cells[ri]![ci]!;
                  const total = table.rowTotals[ri]!;
                  const pct = total ? formatShare(n / total) : '–';
                  return (
                    <td key={c}>
                      <button type="button" className="cell-button" disabled={n === 0}
                        aria-label={t('patterns.cellLabel', { count: n, share: pct, row: optionLabel(group, r), col: optionLabel(pattern.typology, c) })}
                        onClick={() => onCell(pattern.category, r, pattern.typology, c)}>
                        {n} <span className="share">({pct})</span>
                      </button>
                    </td>
                  );
                })}
                <td className="num">{table.rowTotals[ri]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
