import { memo, useId } from 'react';
import type { FilterGroupKey } from '../domain/filterGroups';
import { EMPTY_FILTERS, setSelection, type FilterState } from '../domain/filterState';
import type { Region } from '../domain/atlasSchema';
import { groupLabel, t } from '../i18n/messages';
import { FacetGroup } from './FacetGroup';

const INITIATIVE_GROUPS: readonly FilterGroupKey[] = ['governance', 'serviceType', 'dataAspect', 'participation', 'scale'];
/** Driving forces, bottlenecks and reused solutions: the scaling-up questions. */
const SCALING_GROUPS: readonly FilterGroupKey[] = ['enabler', 'barrier', 'solution'];
const TERRITORIAL_GROUPS: readonly FilterGroupKey[] = ['country', 'macroRegion', 'sizeClass', 'urbanRural', 'coastal', 'border', 'capital', 'degurba', 'network'];

interface Props {
  readonly filters: FilterState;
  readonly facets: Record<FilterGroupKey, Record<string, number>>;
  readonly matchedCities: number;
  readonly matchedInitiatives: number;
  readonly regionByCode: ReadonlyMap<string, Region>;
  readonly onChange: (f: FilterState) => void;
  /** Stable across renders, so unchanged groups skip re-rendering. */
  readonly onToggle: (group: FilterGroupKey, option: string) => void;
  /** Initiative titles load after the first view; until then a search finds city names only. */
  readonly titlesLoaded: boolean;
}

/** Memoised: a change elsewhere in the view (a timeline year, the camera) does not re-render every facet. */
export const FilterPanel = memo(function FilterPanel({ filters, facets, matchedCities, matchedInitiatives, regionByCode, onChange, onToggle, titlesLoaded }: Props) {
  const searchId = useId();
  const fromId = useId();
  const toId = useId();
  const year = (v: string) => (/^\d{4}$/.test(v) ? Number(v) : undefined);
  const group = (key: FilterGroupKey) => (
    <FacetGroup key={key} group={key} counts={facets[key]} selected={filters.selections[key]} onToggle={onToggle} />
  );
  return (
    <section className="filters" aria-labelledby="filters-title">
      <div className="filters-head">
        <h2 id="filters-title">{t('filters.title')}</h2>
        <button type="button" onClick={() => onChange(EMPTY_FILTERS)}>{t('filters.clear')}</button>
      </div>
      <p className="match-summary" role="status" aria-live="polite">{t('filters.summary', { cities: matchedCities, initiatives: matchedInitiatives })}</p>
      <label htmlFor={searchId} className="field-label">{t('filters.search')}</label>
      <input id={searchId} type="search" value={filters.query} placeholder={t('filters.searchPlaceholder')} maxLength={200}
        onChange={(e) => onChange({ ...filters, query: e.target.value })} />
      {filters.query.trim() && !titlesLoaded && <p className="note" role="status">{t('filters.titlesLoading')}</p>}
      {filters.selections.region.length > 0 && (
        <div className="chips" aria-label={groupLabel('region')} role="group">
          {filters.selections.region.map((code) => {
            const name = `${regionByCode.get(code)?.name ?? code} (${code})`;
            return (
              <button type="button" className="chip" key={code} aria-label={t('filters.removeRegion', { name })}
                onClick={() => onChange(setSelection(filters, 'region', filters.selections.region.filter((c) => c !== code)))}>
                {name} ✕
              </button>
            );
          })}
        </div>
      )}
      <h3>{t('filters.initiatives')}</h3>
      {INITIATIVE_GROUPS.map(group)}
      <fieldset className="years">
        <legend>{t('filters.yearFrom')} / {t('filters.yearTo')}</legend>
        <label htmlFor={fromId}>{t('filters.yearFrom')}</label>
        <input id={fromId} type="number" min={1990} max={2100} inputMode="numeric" value={filters.yearFrom ?? ''}
          onChange={(e) => { const { yearFrom: _drop, ...rest } = filters; const y = year(e.target.value); onChange(y === undefined ? rest : { ...rest, yearFrom: y }); }} />
        <label htmlFor={toId}>{t('filters.yearTo')}</label>
        <input id={toId} type="number" min={1990} max={2100} inputMode="numeric" value={filters.yearTo ?? ''}
          onChange={(e) => { const { yearTo: _drop, ...rest } = filters; const y = year(e.target.value); onChange(y === undefined ? rest : { ...rest, yearTo: y }); }} />
      </fieldset>
      <h3>{t('filters.scaling')}</h3>
      {SCALING_GROUPS.map(group)}
      <h3>{t('filters.territorial')}</h3>
      {TERRITORIAL_GROUPS.map(group)}
    </section>
  );
});
