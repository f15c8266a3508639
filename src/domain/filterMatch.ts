/**
 * Which cities and initiatives match the filters, and the cross-filter counts shown beside
 * each option (matches given every other group).
 *
 * The index holds one bitset per filter option: over initiatives for initiative-level groups,
 * over cities for city-level ones. A filter state is then a few ANDs and ORs of word arrays, and
 * a count is a walk over set bits, so the cost grows with the number of words (a 32nd of the
 * rows), not with rows times groups times options as an object scan does.
 */
import type { City, Initiative } from './atlasSchema';
import { FILTER_GROUPS, GROUP_BY_KEY, type FilterGroup, type FilterGroupKey } from './filterGroups';
import type { FilterState } from './filterState';
import { foldText, matchesQuery } from './textSearch';
import { Bitset } from './bitset';

export interface IndexedAtlas {
  readonly cities: readonly City[];
  readonly initiatives: readonly Initiative[];
  readonly initiativesByCity: ReadonlyMap<string, readonly Initiative[]>;
  /** Folded city names and initiative titles, for text search. */
  readonly searchText: ReadonlyMap<string, string>;
  /** Per initiative, the index of its city in `cities`. */
  readonly cityOf: Int32Array;
  /** Per city, the indexes of its initiatives, in input order. */
  readonly initiativesOf: readonly (readonly number[])[];
  /** Start year per initiative (0 when not known). */
  readonly startYear: Int32Array;
  /**
   * A fixed-option group's option bitsets (over initiatives or cities, by the group's level), made
   * on first use: the first view, unfiltered, needs none of them, and making all took 15-25 ms.
   */
  readonly bits: (group: FilterGroupKey) => ReadonlyMap<string, Bitset> | undefined;
  /** For an initiative-level group: per option, the cities with at least one initiative that has it (on first use). */
  readonly citiesWith: (group: FilterGroupKey) => ReadonlyMap<string, Bitset> | undefined;
  /** Bitsets of open groups' values (NUTS codes), made on first use. */
  readonly openBits: Map<string, Bitset>;
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
  const cityIndex = new Map(cities.map((c, k) => [c.id, k]));
  const cityOf = new Int32Array(initiatives.length);
  const initiativesOf: number[][] = cities.map(() => []);
  const startYear = new Int32Array(initiatives.length);
  initiatives.forEach((i, k) => {
    const c = cityIndex.get(i.cityId) ?? -1;
    cityOf[k] = c;
    if (c >= 0) initiativesOf[c]!.push(k);
    startYear[k] = i.startYear ?? 0;
  });
  const made = new Map<FilterGroupKey, Map<string, Bitset>>();
  const bits = (key: FilterGroupKey): Map<string, Bitset> | undefined => {
    const g = GROUP_BY_KEY.get(key);
    if (!g || g.pattern) return undefined;
    let byOption = made.get(key);
    if (!byOption) {
      const size = g.level === 'city' ? cities.length : initiatives.length;
      const options = new Map(g.options.map((o) => [o, new Bitset(size)]));
      if (g.level === 'city') cities.forEach((c, k) => { for (const v of g.valuesOf(c)) options.get(v)?.add(k); });
      else initiatives.forEach((i, k) => { const c = cities[cityOf[k]!]; if (c) for (const v of g.valuesOf(c, i)) options.get(v)?.add(k); });
      made.set(key, options);
      byOption = options;
    }
    return byOption;
  };
  const owners = new Map<FilterGroupKey, Map<string, Bitset>>();
  const citiesWith = (key: FilterGroupKey): Map<string, Bitset> | undefined => {
    if (GROUP_BY_KEY.get(key)?.level !== 'initiative') return undefined;
    let byOption = owners.get(key);
    if (!byOption) {
      byOption = new Map([...bits(key)!].map(([o, b]) => {
        const has = new Bitset(cities.length);
        b.forEach((i) => { if (cityOf[i]! >= 0) has.add(cityOf[i]!); });
        return [o, has];
      }));
      owners.set(key, byOption);
    }
    return byOption;
  };
  return { cities, initiatives, initiativesByCity, searchText, cityOf, initiativesOf, startYear, bits, citiesWith, openBits: new Map() };
}

function optionBits(atlas: IndexedAtlas, g: FilterGroup, option: string): Bitset | undefined {
  if (!g.pattern) return atlas.bits(g.key)?.get(option);
  const key = `${g.key}:${option}`;
  let b = atlas.openBits.get(key);
  if (!b) {
    b = new Bitset(atlas.cities.length);
    atlas.cities.forEach((c, k) => { if (g.valuesOf(c).includes(option)) b!.add(k); });
    atlas.openBits.set(key, b);
  }
  return b;
}

/** The rows a group's selection admits: the OR of its options' bitsets. */
function groupMask(atlas: IndexedAtlas, g: FilterGroup, selected: readonly string[]): Bitset {
  const mask = new Bitset(g.level === 'city' ? atlas.cities.length : atlas.initiatives.length);
  for (const o of selected) { const b = optionBits(atlas, g, o); if (b) mask.or(b); }
  return mask;
}

/** The masks of one filter state, each computed once; a facet count leaves out its own group's. */
interface Masks {
  readonly city: ReadonlyMap<FilterGroupKey, Bitset>;
  readonly initiative: ReadonlyMap<FilterGroupKey, Bitset>;
  /** Cities whose name or initiative titles hold the query; undefined when there is no query. */
  readonly query?: Bitset;
  /** Initiatives inside the start-year range; undefined when no range is set. */
  readonly years?: Bitset;
}

function masksOf(atlas: IndexedAtlas, state: FilterState): Masks {
  const city = new Map<FilterGroupKey, Bitset>();
  const initiative = new Map<FilterGroupKey, Bitset>();
  for (const g of FILTER_GROUPS) {
    const selected = state.selections[g.key];
    if (selected.length === 0) continue;
    (g.level === 'city' ? city : initiative).set(g.key, groupMask(atlas, g, selected));
  }
  let query: Bitset | undefined;
  if (state.query.trim()) {
    query = new Bitset(atlas.cities.length);
    atlas.cities.forEach((c, k) => { if (matchesQuery(atlas.searchText.get(c.id) ?? '', state.query)) query!.add(k); });
  }
  let years: Bitset | undefined;
  if (state.yearFrom !== undefined || state.yearTo !== undefined) {
    years = new Bitset(atlas.initiatives.length);
    const from = state.yearFrom ?? -Infinity;
    const to = state.yearTo ?? Infinity;
    atlas.startYear.forEach((y, k) => { if (y !== 0 && y >= from && y <= to) years!.add(k); });
  }
  return { city, initiative, query, years };
}

/** Cities passing the city-level groups (all but `skip`) and the query. */
function cityPass(atlas: IndexedAtlas, m: Masks, skip?: FilterGroupKey): Bitset {
  const out = Bitset.full(atlas.cities.length);
  for (const [key, mask] of m.city) if (key !== skip) out.and(mask);
  if (m.query) out.and(m.query);
  return out;
}

/** Initiatives passing the initiative-level groups (all but `skip`) and the years; undefined when none of those is active. */
function initiativePass(atlas: IndexedAtlas, m: Masks, skip?: FilterGroupKey): Bitset | undefined {
  let out: Bitset | undefined;
  for (const [key, mask] of m.initiative) if (key !== skip) (out ??= Bitset.full(atlas.initiatives.length)).and(mask);
  if (m.years) (out ??= Bitset.full(atlas.initiatives.length)).and(m.years);
  return out;
}

/** Narrows `cities` to those with at least one initiative in `inits`. */
function withInitiative(atlas: IndexedAtlas, cities: Bitset, inits: Bitset): Bitset {
  const out = new Bitset(atlas.cities.length);
  const w = inits.words;
  const cw = cities.words;
  for (let k = 0; k < w.length; k++) {
    let word = w[k]!;
    while (word !== 0) {
      const low = word & -word;
      const c = atlas.cityOf[(k << 5) + 31 - Math.clz32(low)]!;
      if (c >= 0 && (cw[c >>> 5]! & (1 << (c & 31))) !== 0) out.add(c);
      word ^= low;
    }
  }
  return out;
}

/** How many cities of `cities` own an initiative in both `a` and `b`; `seen` marks cities already counted with `stamp`. */
function distinctCities(atlas: IndexedAtlas, a: Bitset, b: Bitset, cities: Bitset, seen: Int32Array, stamp: number): number {
  const aw = a.words;
  const bw = b.words;
  const cw = cities.words;
  const cityOf = atlas.cityOf;
  let n = 0;
  for (let w = 0; w < aw.length; w++) {
    let word = aw[w]! & bw[w]!;
    while (word !== 0) {
      const low = word & -word;
      const c = cityOf[(w << 5) + 31 - Math.clz32(low)]!;
      if (c >= 0 && seen[c] !== stamp && (cw[c >>> 5]! & (1 << (c & 31))) !== 0) { seen[c] = stamp; n++; }
      word ^= low;
    }
  }
  return n;
}

export interface MatchResult {
  readonly cityIds: ReadonlySet<string>;
  readonly cities: readonly City[];
  readonly initiatives: readonly Initiative[];
  /** The matching initiatives of each matching city. */
  readonly initiativesByCity: ReadonlyMap<string, readonly Initiative[]>;
}

/**
 * A city matches when it passes the city-level groups and the query and, where an
 * initiative-level group or a year range is set, at least one of its initiatives passes them all;
 * its matching initiatives are then those (or all of its initiatives when none is set).
 */
export function matchAtlas(atlas: IndexedAtlas, state: FilterState): MatchResult {
  const m = masksOf(atlas, state);
  const cityOk = cityPass(atlas, m);
  const initOk = initiativePass(atlas, m);
  const cities: City[] = [];
  const initiatives: Initiative[] = [];
  const initiativesByCity = new Map<string, readonly Initiative[]>();
  const words = initOk?.words;
  cityOk.forEach((c) => {
    const own = atlas.initiativesOf[c]!;
    const list: Initiative[] = [];
    for (const i of own) if (!words || (words[i >>> 5]! & (1 << (i & 31))) !== 0) list.push(atlas.initiatives[i]!);
    if (words && list.length === 0) return;
    const city = atlas.cities[c]!;
    cities.push(city);
    for (const i of list) initiatives.push(i);
    initiativesByCity.set(city.id, list);
  });
  return { cityIds: new Set(cities.map((c) => c.id)), cities, initiatives, initiativesByCity };
}

/** For every group and option: how many cities would match if that option were the group's only choice. */
export function facetCounts(atlas: IndexedAtlas, state: FilterState): Record<FilterGroupKey, Record<string, number>> {
  const m = masksOf(atlas, state);
  const out = {} as Record<FilterGroupKey, Record<string, number>>;
  const allCities = cityPass(atlas, m);
  const allInits = initiativePass(atlas, m);
  const seen = new Int32Array(atlas.cities.length);
  let stamp = 0;
  for (const g of FILTER_GROUPS) {
    const options = g.pattern ? state.selections[g.key] : g.options;
    const counts: Record<string, number> = {};
    if (g.level === 'city') {
      // Another city-level group's choice never changes which initiatives pass, only which cities.
      const pass = m.city.has(g.key) ? cityPass(atlas, m, g.key) : allCities;
      const base = allInits ? withInitiative(atlas, pass, allInits) : pass;
      for (const o of options) { const b = optionBits(atlas, g, o); counts[o] = b ? base.countAnd(b) : 0; }
    } else {
      const inits = m.initiative.has(g.key) ? initiativePass(atlas, m, g.key) : allInits;
      for (const o of options) {
        const b = optionBits(atlas, g, o);
        if (!b) { counts[o] = 0; continue; }
        // With no other initiative-level filter, a city counts when any of its initiatives has the option.
        if (!inits) { counts[o] = allCities.countAnd(atlas.citiesWith(g.key)!.get(o)!); continue; }
        counts[o] = distinctCities(atlas, b, inits, allCities, seen, ++stamp);
      }
    }
    out[g.key] = counts;
  }
  return out;
}
