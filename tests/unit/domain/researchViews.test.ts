import { describe, expect, it } from 'vitest';
import { brushYears, citiesStartedBy, firstYearByCity, stepYear, yearRows, yearStacks } from '../../../src/domain/timeline';
import { adopterRows, adopters, adoptionClass, adoptionRank, solutionUse, spreadArcs } from '../../../src/domain/spread';
import { factorRows, factorTable } from '../../../src/domain/factors';
import { cityContext } from '../../../src/domain/context';
import { city, initiative } from './fixtures';

const svc = (...v: string[]) => ({ value: v as never, basis: 'documented' as const });

describe('timeline', () => {
  const cities = [city('es-a'), city('es-b'), city('de-c')];
  const inits = [
    initiative('1', 'es-a', { startYear: 2012, serviceTypes: svc('health') }),
    initiative('2', 'es-a', { startYear: 2015, serviceTypes: svc('health', 'mobility') }),
    initiative('3', 'es-b', { startYear: 2015, serviceTypes: svc('mobility') }),
    initiative('4', 'de-c', { serviceTypes: svc('health') }),
    initiative('5', 'de-c', { startYear: 2014, serviceTypes: svc() }),
  ];
  it('stacks initiatives by start year, gaps kept, multi-valued counted under each, undated counted apart', () => {
    const s = yearStacks(cities, inits, 'service_type');
    expect(s.years).toEqual([2012, 2013, 2014, 2015]);
    expect(s.totals).toEqual([1, 0, 1, 2]);
    expect(s.undated).toBe(1);
    const at = (year: number, key: string) => s.counts[s.years.indexOf(year)]![s.keys.indexOf(key)];
    expect(at(2015, 'health')).toBe(1);
    expect(at(2015, 'mobility')).toBe(2);
    expect(at(2014, '')).toBe(1); // no service type coded: the "not known" stack
    expect(at(2013, 'health')).toBe(0);
  });
  it('gives the data table one row per year with only the stacks that occur', () => {
    const rows = yearRows(yearStacks(cities, inits, 'service_type'));
    expect(rows[0]).toEqual({ start_year: 2012, initiatives: 1, health: 1, mobility: 0, not_known: 0 });
    expect(rows[3]).toEqual({ start_year: 2015, initiatives: 2, health: 1, mobility: 2, not_known: 0 });
  });
  it('shows a city on the cumulative map from its first dated initiative on', () => {
    const first = firstYearByCity(inits);
    expect([...first].sort()).toEqual([['de-c', 2014], ['es-a', 2012], ['es-b', 2015]]);
    expect([...citiesStartedBy(first, 2011)]).toEqual([]);
    expect([...citiesStartedBy(first, 2014)].sort()).toEqual(['de-c', 'es-a']);
  });
  it('steps through the years and stops at either end', () => {
    const years = [2012, 2013, 2014];
    expect(stepYear(years, undefined, 1)).toBe(2012);
    expect(stepYear(years, 2012, 1)).toBe(2013);
    expect(stepYear(years, 2014, 1)).toBeUndefined();
    expect(stepYear(years, 2012, -1)).toBeUndefined();
    expect(stepYear([], undefined, 1)).toBeUndefined();
  });
  it('turns a brush over equal bars into an inclusive year range, whichever way it was drawn', () => {
    const years = [2010, 2011, 2012, 2013]; // bars 100 px wide in 400 px
    expect(brushYears(years, 150, 320, 400)).toEqual([2011, 2013]);
    expect(brushYears(years, 320, 150, 400)).toEqual([2011, 2013]);
    expect(brushYears(years, -20, 5, 400)).toEqual([2010, 2010]);
    expect(brushYears(years, 390, 900, 400)).toEqual([2013, 2013]);
  });
});

describe('spread of a shared solution', () => {
  const a = city('es-a', { name: 'Alpha' });
  const b = city('es-b', { name: 'Beta' });
  const c = city('it-c', { name: 'Gamma' });
  const d = city('it-d', { name: 'Delta' });
  const sol = (...v: string[]) => ({ value: v as never, basis: 'documented' as const });
  const inits = [
    initiative('a1', 'es-a', { startYear: 2016, sharedSolutions: sol('decidim') }),
    initiative('b1', 'es-b', { startYear: 2019, sharedSolutions: sol('decidim'), adoptedFrom: ['es-a'] }),
    initiative('b2', 'es-b', { startYear: 2018, sharedSolutions: sol('decidim') }),
    initiative('c1', 'it-c', { sharedSolutions: sol('decidim'), adoptedFrom: ['es-a', 'xx-nowhere'] }),
    initiative('d1', 'it-d', { startYear: 2010, sharedSolutions: sol('consul') }),
  ];
  const cities = [a, b, c, d];
  it('orders adopters by their first year, undated last', () => {
    const list = adopters('decidim', cities, inits);
    expect(list.map((x) => [x.city.name, x.year])).toEqual([['Alpha', 2016], ['Beta', 2018], ['Gamma', undefined]]);
  });
  it('draws an arc only where a source names the link and both cities are in the atlas', () => {
    const arcs = spreadArcs(adopters('decidim', cities, inits), new Map(cities.map((x) => [x.id, x])));
    expect(arcs.map((x) => `${x.from.name}>${x.to.name}`)).toEqual(['Alpha>Beta', 'Alpha>Gamma']);
  });
  it('counts cities (not initiatives) per solution for the chooser', () => {
    expect(solutionUse(inits)).toEqual([['decidim', 3], ['consul', 1]]);
  });
  it('lists adopters in a table with the links sources name', () => {
    const rows = adopterRows('decidim', adopters('decidim', cities, inits));
    expect(rows.map((r) => [r.order, r.city, r.first_year, r.adopted_from_named_by_source])).toEqual([[1, 'Alpha', 2016, ''], [2, 'Beta', 2018, 'es-a'], [3, 'Gamma', '', 'es-a; xx-nowhere']]);
  });
  it('puts adopters in four colour classes by year', () => {
    expect([0, 0.24, 0.25, 0.99, 1].map(adoptionClass)).toEqual([0, 0, 1, 3, 3]);
    expect(adoptionClass(undefined)).toBeUndefined();
  });
  it('ranks adopters from earliest (0) to latest (1)', () => {
    const r = adoptionRank(adopters('decidim', cities, inits));
    expect(r.get('es-a')).toBe(0);
    expect(r.get('es-b')).toBe(1);
    expect(r.has('it-c')).toBe(false);
  });
});

describe('drivers and barriers by territory', () => {
  const urban = Array.from({ length: 6 }, (_, k) => city(`de-u${k}`, { urbanRural: 'urban' }));
  const rural = [city('de-r0', { urbanRural: 'rural' })];
  const en = (...v: string[]) => ({ value: v as never, basis: 'documented' as const });
  const inits = [
    ...urban.map((c) => initiative(`${c.id}-1`, c.id, { enablers: en('eu_funding'), barriers: en('skills_shortage') })),
    ...urban.slice(0, 2).map((c) => initiative(`${c.id}-2`, c.id)),
    initiative('r1', 'de-r0', { barriers: en('skills_shortage') }),
    initiative('r2', 'de-r0'),
  ];
  const table = factorTable([...urban, ...rural], inits, 'urbanRural');
  const row = (kind: string, key: string) => table.rows.find((r) => r.kind === kind && r.key === key)!;
  const col = (v: string) => table.columns.indexOf(v);
  it('counts initiatives citing each factor per typology class, with shares of that class', () => {
    expect(table.bases[col('urban')]).toBe(8);
    expect(table.bases[col('rural')]).toBe(2);
    expect(row('barrier', 'skills_shortage').cells[col('urban')]).toEqual({ count: 6, share: 0.75, tooFew: false });
    expect(row('barrier', 'skills_shortage').cells[col('rural')]).toEqual({ count: 1, share: 0.5, tooFew: true });
    expect(row('barrier', 'skills_shortage').total).toBe(7);
  });
  it('exports one row per factor and class, marking cells too small to compare', () => {
    const rows = factorRows(table, 'urbanRural').filter((r) => r.factor === 'skills_shortage');
    expect(rows.find((r) => r.class === 'rural')).toEqual({ kind: 'barrier', factor: 'skills_shortage', typology: 'urbanRural', class: 'rural', initiatives_citing: 1, initiatives_in_class: 2, share: 0.5, comparable: 'no (fewer than 5)' });
    expect(rows.find((r) => r.class === 'urban')!.comparable).toBe('yes');
  });
  it('lists every enabler before every barrier, zero rows included', () => {
    expect(table.rows[0]!.kind).toBe('enabler');
    expect(table.rows.at(-1)!.kind).toBe('barrier');
    expect(row('enabler', 'citizen_demand').total).toBe(0);
    expect(table.rows.length).toBe(21);
  });
});

describe('a city in context', () => {
  const x = city('es-x');
  const y = city('es-y');
  const z = city('pt-z', { country: 'PT' });
  const by = new Map([
    ['es-x', [initiative('x1', 'es-x', { serviceTypes: svc('health') }), initiative('x2', 'es-x', { serviceTypes: svc('health', 'mobility') })]],
    ['es-y', [initiative('y1', 'es-y', { serviceTypes: svc('mobility') }), initiative('y2', 'es-y', { serviceTypes: svc('education') })]],
    ['pt-z', [initiative('z1', 'pt-z', { serviceTypes: svc('culture') }), initiative('z2', 'pt-z', { serviceTypes: svc('culture') }), initiative('z3', 'pt-z', { serviceTypes: svc('culture') }), initiative('z4', 'pt-z', { serviceTypes: svc('culture') })]],
  ]);
  it('puts the city beside its country and all case cities, with n', () => {
    const ctx = cityContext(x, [x, y, z], by, 'service_type');
    expect(ctx.profiles.map((p) => p.n)).toEqual([2, 4, 8]);
    const health = ctx.rows.find((r) => r.value === 'health')!;
    expect(health.shares).toEqual([1, 0.5, 0.25]);
    // culture: neither the city nor Spain has it, so it is not listed
    expect(ctx.rows.map((r) => r.value).includes('culture')).toBe(false);
    expect(ctx.rows.find((r) => r.value === 'education')!.shares).toEqual([0, 0.25, 0.125]);
  });
});

describe('what the map shows in the research views', async () => {
  const { mapDisplay } = await import('../../../src/domain/mapDisplay');
  const cs = [city('es-a'), city('es-b'), city('es-c')];
  const inits = [
    initiative('a1', 'es-a', { startYear: 2012, sharedSolutions: { value: ['decidim'], basis: 'documented' } }),
    initiative('b1', 'es-b', { startYear: 2018, sharedSolutions: { value: ['decidim'], basis: 'documented' }, adoptedFrom: ['es-a'] }),
    initiative('c1', 'es-c'),
  ];
  const match = { cityIds: new Set(cs.map((c) => c.id)), cities: cs, initiatives: inits, initiativesByCity: new Map(cs.map((c) => [c.id, inits.filter((i) => i.cityId === c.id)])) };
  const byId = new Map(cs.map((c) => [c.id, c]));
  it('the timeline year hides cities whose first initiative starts later, and undated ones', () => {
    expect([...mapDisplay({ view: 'timeline', year: 2015 }, match, byId).shownIds]).toEqual(['es-a']);
    expect(mapDisplay({ view: 'timeline' }, match, byId).shownIds.size).toBe(3);
  });
  it('the spread view shows only adopters, earliest dark class 0, latest 3, with the named arc', () => {
    const d = mapDisplay({ view: 'spread', solution: 'decidim' }, match, byId);
    expect([...d.shownIds]).toEqual(['es-a', 'es-b']);
    expect([...d.spread!.classOf]).toEqual([['es-a', 0], ['es-b', 3]]);
    expect(d.spread!.arcs.map((x) => `${x.from.id}>${x.to.id}`)).toEqual(['es-a>es-b']);
  });
  it('other views show every matching city', () => {
    expect(mapDisplay({ view: 'map', year: 2015, solution: 'decidim' }, match, byId).shownIds).toBe(match.cityIds);
  });
});

describe('exports of a research view describe what the map shows', async () => {
  const { displayedMatch, mapDisplay } = await import('../../../src/domain/mapDisplay');
  const cs = [city('es-a'), city('es-b')];
  const inits = [initiative('a1', 'es-a', { startYear: 2012 }), initiative('a2', 'es-a', { startYear: 2019 }), initiative('b1', 'es-b', { startYear: 2018 })];
  const match = { cityIds: new Set(['es-a', 'es-b']), cities: cs, initiatives: inits, initiativesByCity: new Map([['es-a', inits.slice(0, 2)], ['es-b', inits.slice(2)]]) };
  it('keeps the cities drawn at the timeline year and the initiatives started by then', () => {
    const d = displayedMatch(match, mapDisplay({ view: 'timeline', year: 2015 }, match, new Map()), 2015);
    expect(d.cities.map((c) => c.id)).toEqual(['es-a']);
    expect(d.initiatives.map((i) => i.id)).toEqual(['a1']);
  });
  it('is the match itself when the map shows every matching city', () => {
    expect(displayedMatch(match, mapDisplay({ view: 'map' }, match, new Map()), undefined)).toBe(match);
  });
});
