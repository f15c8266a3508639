/** The filter rules read literally, as a slow reference for the bitset index (tests and the large-table benchmark). */
import type { City, Initiative } from '../../../src/domain/atlasSchema';
import { FILTER_GROUPS, type FilterGroupKey } from '../../../src/domain/filterGroups';
import type { FilterState } from '../../../src/domain/filterState';
import { foldText, matchesQuery } from '../../../src/domain/textSearch';

const owners = new WeakMap<readonly Initiative[], Map<string, Initiative[]>>();
/** A city's initiatives in input order (a lookup built once per table, to keep the reference fast enough to run often). */
function ownOf(initiatives: readonly Initiative[], cityId: string): Initiative[] {
  let by = owners.get(initiatives);
  if (!by) {
    by = new Map();
    for (const i of initiatives) by.set(i.cityId, [...(by.get(i.cityId) ?? []), i]);
    owners.set(initiatives, by);
  }
  return by.get(cityId) ?? [];
}

/** The rules read literally: a city matches when every active group admits it or, for initiative groups, one of its initiatives. */
export function bruteMatches(cities: readonly City[], initiatives: readonly Initiative[], state: FilterState): Map<string, Initiative[]> {
  const groups = FILTER_GROUPS.filter((g) => state.selections[g.key].length > 0);
  const years = state.yearFrom !== undefined || state.yearTo !== undefined;
  const out = new Map<string, Initiative[]>();
  for (const c of cities) {
    const own = ownOf(initiatives, c.id);
    if (!groups.filter((g) => g.level === 'city').every((g) => g.valuesOf(c).some((v) => state.selections[g.key].includes(v)))) continue;
    if (state.query.trim() && !matchesQuery(foldText(`${c.name} ${c.nameEn ?? ''} ${own.map((i) => `${i.title} ${i.titleEn ?? ''}`).join(' ')}`), state.query)) continue;
    const initGroups = groups.filter((g) => g.level === 'initiative');
    if (initGroups.length === 0 && !years) { out.set(c.id, own); continue; }
    const ok = own.filter((i) => (!years || (i.startYear !== undefined && i.startYear >= (state.yearFrom ?? -Infinity) && i.startYear <= (state.yearTo ?? Infinity)))
      && initGroups.every((g) => g.valuesOf(c, i).some((v) => state.selections[g.key].includes(v))));
    if (ok.length > 0) out.set(c.id, ok);
  }
  return out;
}

/** Facet counts by their definition: for each option, the cities matching with it as its group's only choice. */
export function bruteFacetCounts(cities: readonly City[], initiatives: readonly Initiative[], state: FilterState): Record<FilterGroupKey, Record<string, number>> {
  const out = {} as Record<FilterGroupKey, Record<string, number>>;
  for (const g of FILTER_GROUPS) {
    out[g.key] = {};
    for (const o of g.pattern ? state.selections[g.key] : g.options) {
      out[g.key][o] = bruteMatches(cities, initiatives, { ...state, selections: { ...state.selections, [g.key]: [o] } }).size;
    }
  }
  return out;
}
