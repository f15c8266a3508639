/**
 * Which cities and initiatives match the filters, and the cross-filter counts shown beside
 * each option (matches given every other group). Pure functions over an indexed dataset.
 */
import type { City, Initiative } from './atlasSchema';
import { FILTER_GROUPS, type FilterGroup, type FilterGroupKey } from './filterGroups';
import type { FilterState } from './filterState';
import { foldText, matchesQuery } from './textSearch';

export interface IndexedAtlas {
  readonly cities: readonly City[];
  readonly initiativesByCity: ReadonlyMap<string, readonly Initiative[]>;
  /** Folded city names and initiative titles, for text search. */
  readonly searchText: ReadonlyMap<string, string>;
}

/** Initiatives grouped by city id, in input order. */
export function groupByCity(initiatives: readonly Initiative[]): Map<string, Initiative[]> {
  const out = new Map<string, Initiative[]>();
  for (const i of initiatives) {
    const list = out.get(i.cityId);
    if (list) list.push(i);
    else out.set(i.cityId, [i]);
  }
  return out;
}

export function indexAtlas(cities: readonly City[], initiatives: readonly Initiative[]): IndexedAtlas {
  const initiativesByCity = groupByCity(initiatives);
  const searchText = new Map<string, string>();
  for (const c of cities) {
    const titles = (initiativesByCity.get(c.id) ?? []).map((i) => `${i.title} ${i.titleEn ?? ''}`).join(' ');
    searchText.set(c.id, foldText(`${c.name} ${c.nameEn ?? ''} ${titles}`));
  }
  return { cities, initiativesByCity, searchText };
}

const intersects = (values: readonly string[], selected: readonly string[]) => values.some((v) => selected.includes(v));

function activeGroups(state: FilterState, skip?: FilterGroupKey): FilterGroup[] {
  return FILTER_GROUPS.filter((g) => g.key !== skip && state.selections[g.key].length > 0);
}

function yearActive(state: FilterState): boolean {
  return state.yearFrom !== undefined || state.yearTo !== undefined;
}

function initiativeMatches(city: City, i: Initiative, groups: readonly FilterGroup[], state: FilterState): boolean {
  if (yearActive(state)) {
    if (i.startYear === undefined) return false;
    if (state.yearFrom !== undefined && i.startYear < state.yearFrom) return false;
    if (state.yearTo !== undefined && i.startYear > state.yearTo) return false;
  }
  return groups.every((g) => intersects(g.valuesOf(city, i), state.selections[g.key]));
}

interface CityMatch { readonly ok: boolean; readonly initiatives: readonly Initiative[] }

/** The active groups split by level, computed once per pass rather than once per city. */
interface ActiveGroups { readonly cityGroups: readonly FilterGroup[]; readonly initGroups: readonly FilterGroup[] }

function splitActive(state: FilterState, skip?: FilterGroupKey): ActiveGroups {
  const groups = activeGroups(state, skip);
  return { cityGroups: groups.filter((g) => g.level === 'city'), initGroups: groups.filter((g) => g.level === 'initiative') };
}

const NO_MATCH: CityMatch = { ok: false, initiatives: [] };

function matchCity(atlas: IndexedAtlas, city: City, state: FilterState, active: ActiveGroups): CityMatch {
  for (const g of active.cityGroups) {
    if (!intersects(g.valuesOf(city), state.selections[g.key])) return NO_MATCH;
  }
  if (state.query.trim() && !matchesQuery(atlas.searchText.get(city.id) ?? '', state.query)) return NO_MATCH;
  const initGroups = active.initGroups;
  const all = atlas.initiativesByCity.get(city.id) ?? [];
  if (initGroups.length === 0 && !yearActive(state)) return { ok: true, initiatives: all };
  const matching = all.filter((i) => initiativeMatches(city, i, initGroups, state));
  return { ok: matching.length > 0, initiatives: matching };
}

export interface MatchResult {
  readonly cityIds: ReadonlySet<string>;
  readonly cities: readonly City[];
  readonly initiatives: readonly Initiative[];
  /** The matching initiatives of each matching city. */
  readonly initiativesByCity: ReadonlyMap<string, readonly Initiative[]>;
}

export function matchAtlas(atlas: IndexedAtlas, state: FilterState): MatchResult {
  const cities: City[] = [];
  const initiatives: Initiative[] = [];
  const initiativesByCity = new Map<string, readonly Initiative[]>();
  const active = splitActive(state);
  for (const c of atlas.cities) {
    const m = matchCity(atlas, c, state, active);
    if (!m.ok) continue;
    cities.push(c);
    initiatives.push(...m.initiatives);
    initiativesByCity.set(c.id, m.initiatives);
  }
  return { cityIds: new Set(cities.map((c) => c.id)), cities, initiatives, initiativesByCity };
}

/** For every group and option: how many cities would match if that option were the group's only choice. */
export function facetCounts(atlas: IndexedAtlas, state: FilterState): Record<FilterGroupKey, Record<string, number>> {
  const out = {} as Record<FilterGroupKey, Record<string, number>>;
  for (const g of FILTER_GROUPS) {
    const counts: Record<string, number> = Object.fromEntries((g.pattern ? state.selections[g.key] : g.options).map((o) => [o, 0]));
    const active = splitActive(state, g.key);
    const seen = new Set<string>();
    for (const c of atlas.cities) {
      const m = matchCity(atlas, c, state, active);
      if (!m.ok) continue;
      seen.clear();
      if (g.level === 'city') for (const v of g.valuesOf(c)) seen.add(v);
      else for (const i of m.initiatives) for (const v of g.valuesOf(c, i)) seen.add(v);
      for (const v of seen) if (v in counts) counts[v]!++;
    }
    out[g.key] = counts;
  }
  return out;
}
