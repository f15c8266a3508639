/**
 * The bitset filter index against a brute-force reading of the rules, on a generated table of a
 * few thousand initiatives and random filter states.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { City, Initiative } from '../../../src/domain/atlasSchema';
import { Bitset } from '../../../src/domain/bitset';
import { FILTER_GROUPS, type FilterGroupKey } from '../../../src/domain/filterGroups';
import { EMPTY_SELECTIONS, type FilterState } from '../../../src/domain/filterState';
import { facetCounts, indexAtlas, matchAtlas } from '../../../src/domain/filterMatch';
import { bruteFacetCounts, bruteMatches } from './bruteMatch';
import {
  BARRIERS, DATA_ASPECTS, DEGURBA, ENABLERS, GOVERNANCE_MODELS, MACRO_REGIONS, NETWORKS, PARTICIPATION_DEPTHS, SCALES, SERVICE_TYPES,
  SHARED_SOLUTIONS, SIZE_CLASSES, URBAN_RURAL,
} from '../../../src/domain/vocabularies';
import { city, initiative } from './fixtures';

describe('Bitset', () => {
  it('adds, tests, counts and walks rows across word boundaries', () => {
    const a = new Bitset(70);
    for (const k of [0, 31, 32, 33, 69]) a.add(k);
    expect([0, 1, 31, 32, 33, 34, 68, 69].map((k) => a.has(k))).toEqual([true, false, true, true, true, false, false, true]);
    const b = new Bitset(70);
    for (const k of [31, 33, 40, 69]) b.add(k);
    expect(a.countAnd(b)).toBe(3);
    const walked: number[] = [];
    a.forEachAnd(b, (k) => walked.push(k));
    expect(walked).toEqual([31, 33, 69]);
    const all: number[] = [];
    a.forEach((k) => all.push(k));
    expect(all).toEqual([0, 31, 32, 33, 69]);
  });
  it('a full set holds exactly its size, and AND/OR combine in place', () => {
    const full = Bitset.full(70);
    expect(full.countAnd(full)).toBe(70);
    const a = new Bitset(70);
    a.add(5);
    const b = new Bitset(70);
    b.add(64);
    expect(a.or(b).countAnd(full)).toBe(2);
    expect(a.and(b).countAnd(full)).toBe(1);
    expect(a.has(64) && !a.has(5)).toBe(true);
  });
});

/** A deterministic pseudo-random table: `n` cities with up to `per` initiatives each. */
function generatedTable(n: number, per: number, seed: number): { cities: City[]; initiatives: Initiative[] } {
  let s = seed;
  const rnd = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T,>(xs: readonly T[], p = 0.25) => xs.filter(() => rnd() < p / Math.max(1, xs.length / 6));
  const maybe = <T,>(x: T) => (rnd() < 0.7 ? x : undefined);
  const countries = ['ES', 'PL', 'IT', 'SE', 'EE'];
  const cities: City[] = [];
  const initiatives: Initiative[] = [];
  for (let c = 0; c < n; c++) {
    const country = pick(countries);
    const id = `${country.toLowerCase()}-g${c}`;
    const sizeClass = maybe(pick(SIZE_CLASSES));
    const urbanRural = maybe(pick(URBAN_RURAL));
    const degurba = maybe(pick(DEGURBA));
    cities.push(city(id, {
      name: `Town ${c} ${pick(['Nord', 'Süd', 'Łąka', 'Porto'])}`, country, macroRegion: pick(MACRO_REGIONS),
      nuts1: `${country}${c % 3}`, nuts2: `${country}${c % 3}${c % 2}`, nuts3: `${country}${c % 3}${c % 2}${c % 4}`,
      coastal: rnd() < 0.3, border: rnd() < 0.2, capital: rnd() < 0.05, governance: some(GOVERNANCE_MODELS, 0.6),
      networks: some(NETWORKS, 0.4).map((key) => ({ key })),
      ...(sizeClass ? { sizeClass } : { sizeClass: undefined }), ...(urbanRural ? { urbanRural } : { urbanRural: undefined }), ...(degurba ? { degurba } : {}),
    }));
    const k = Math.floor(rnd() * (per + 1));
    for (let j = 0; j < k; j++) {
      const governance = maybe(pick(GOVERNANCE_MODELS));
      const participation = maybe(pick(PARTICIPATION_DEPTHS));
      const scale = maybe(pick(SCALES));
      initiatives.push(initiative(`${id}-${j}`, id, {
        title: `${pick(['Portal', 'Datenplattform', 'Città aperta', 'e-Tjänst'])} ${j}`,
        ...(rnd() < 0.6 ? { startYear: 2000 + Math.floor(rnd() * 26) } : {}),
        serviceTypes: { value: some(SERVICE_TYPES, 0.5) }, governance: governance ? { value: governance } : {},
        dataAspects: { value: some(DATA_ASPECTS) }, participation: participation ? { value: participation } : {},
        scale: scale ? { value: scale } : {}, enablers: { value: some(ENABLERS) }, barriers: { value: some(BARRIERS) },
        sharedSolutions: { value: some(SHARED_SOLUTIONS, 0.1) },
      }));
    }
  }
  return { cities, initiatives };
}

const table = generatedTable(300, 14, 7);
const index = indexAtlas(table.cities, table.initiatives);

const OPTIONS: Record<FilterGroupKey, readonly string[]> = Object.fromEntries(
  FILTER_GROUPS.map((g) => [g.key, g.pattern ? ['ES', 'PL1', 'IT10', 'SE012', 'EE', 'XX9'] : g.options]),
) as Record<FilterGroupKey, readonly string[]>;

const stateArb: fc.Arbitrary<FilterState> = fc.record({
  groups: fc.subarray([...FILTER_GROUPS.map((g) => g.key)], { maxLength: 4 }),
  picks: fc.array(fc.nat(), { minLength: 18, maxLength: 18 }),
  query: fc.constantFrom('', '', '', 'portal', 'lak', 'town 1', 'zzz'),
  yearFrom: fc.option(fc.integer({ min: 1998, max: 2026 }), { nil: undefined }),
  yearTo: fc.option(fc.integer({ min: 1998, max: 2028 }), { nil: undefined }),
}).map(({ groups, picks, query, yearFrom, yearTo }) => {
  const selections = { ...EMPTY_SELECTIONS } as Record<FilterGroupKey, readonly string[]>;
  groups.forEach((key, n) => {
    const opts = OPTIONS[key];
    const p = picks[n]!;
    selections[key] = [...new Set([opts[p % opts.length]!, ...(p % 3 === 0 ? [opts[(p >> 2) % opts.length]!] : [])])].sort();
  });
  return { selections, query, ...(yearFrom !== undefined ? { yearFrom } : {}), ...(yearTo !== undefined ? { yearTo } : {}) };
});

describe('filtering a generated table of a few thousand initiatives', () => {
  it(`the table is large and varied enough to mean something (${table.cities.length} cities, ${table.initiatives.length} initiatives)`, () => {
    expect(table.initiatives.length).toBeGreaterThan(1500);
    expect(table.cities.some((c) => !table.initiatives.some((i) => i.cityId === c.id))).toBe(true); // cities with none
  });
  it('matching cities and their matching initiatives equal the brute-force reading', () => {
    fc.assert(fc.property(stateArb, (state) => {
      const fast = matchAtlas(index, state);
      const brute = bruteMatches(table.cities, table.initiatives, state);
      expect(fast.cities.map((c) => c.id)).toEqual([...brute.keys()]);
      for (const [id, list] of brute) expect(fast.initiativesByCity.get(id)!.map((i) => i.id)).toEqual(list.map((i) => i.id));
    }), { numRuns: 120, seed: 11 });
  });
  it('facet counts equal, for every option, the cities that match with that option as its group\'s only choice', () => {
    fc.assert(fc.property(stateArb, (state) => {
      expect(facetCounts(index, state)).toEqual(bruteFacetCounts(table.cities, table.initiatives, state));
    }), { numRuns: 40, seed: 5 });
  });
});
