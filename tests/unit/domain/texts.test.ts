import { describe, expect, it } from 'vitest';
import { altText } from '../../../src/domain/briefing';
import { facetCounts, indexAtlas, matchAtlas } from '../../../src/domain/filterMatch';
import { EMPTY_FILTERS, setSelection, toggleOption } from '../../../src/domain/filterState';
import { parseScenes } from '../../../src/domain/scenes';
import { city, initiative } from './fixtures';

const labels = { categoryName: 'Governance model', valueLabel: (v: string) => v.toUpperCase() };

describe('alt text', () => {
  it('one city: "It is in", singular words', () => {
    expect(altText([city('es-a')], [initiative('i', 'es-a')], () => 'x', labels))
      .toBe('1 city and 1 initiative match. It is in Spain (1). By governance model, the largest group is X (1 city).');
  });
  it('two or three countries: "They are in", listed by count then code, no total', () => {
    const cs = [city('pl-a'), city('es-b'), city('es-c'), city('de-d')];
    expect(altText(cs.slice(0, 3), [], (c) => (c.id === 'pl-a' ? 'b' : 'a'), labels))
      .toBe('3 cities and 0 initiatives match. They are in Spain (2) and Poland (1). By governance model, the largest group is A (2 cities).');
    expect(altText(cs, [], () => undefined, labels)).toBe('4 cities and 0 initiatives match. They are in Spain (2), Germany (1) and Poland (1).');
  });
  it('ties between groups go to the first in alphabetical order', () => {
    expect(altText([city('es-a'), city('es-b')], [], (c) => (c.id === 'es-a' ? 'zeta' : 'alpha'), labels)).toContain('the largest group is ALPHA (1 city)');
  });
  it('an unknown country code is shown as the code', () => {
    expect(altText([city('qq-a')], [], () => undefined, labels)).toContain('It is in QQ (1).');
  });
});

describe('filter state', () => {
  it('toggling adds an option in sorted order and toggling again removes it', () => {
    const a = toggleOption(toggleOption(EMPTY_FILTERS, 'country', 'PL'), 'country', 'ES');
    expect(a.selections.country).toEqual(['ES', 'PL']);
    expect(toggleOption(a, 'country', 'PL').selections.country).toEqual(['ES']);
  });
  it('setting a selection removes duplicates and sorts', () => {
    expect(setSelection(EMPTY_FILTERS, 'country', ['PL', 'ES', 'PL']).selections.country).toEqual(['ES', 'PL']);
  });
});

describe('start years', () => {
  const cs = [city('es-a'), city('es-b'), city('es-c')];
  const is = [initiative('a', 'es-a', { startYear: 2010 }), initiative('b', 'es-b', { startYear: 2020 }), initiative('c', 'es-c')];
  const atlas = indexAtlas(cs, is);
  const ids = (f: typeof EMPTY_FILTERS) => matchAtlas(atlas, f).initiatives.map((i) => i.id);
  it('bounds are inclusive; an initiative without a start year matches only when no year is set', () => {
    expect(ids(EMPTY_FILTERS)).toEqual(['a', 'b', 'c']);
    expect(ids({ ...EMPTY_FILTERS, yearFrom: 2010 })).toEqual(['a', 'b']);
    expect(ids({ ...EMPTY_FILTERS, yearFrom: 2011 })).toEqual(['b']);
    expect(ids({ ...EMPTY_FILTERS, yearTo: 2020 })).toEqual(['a', 'b']);
    expect(ids({ ...EMPTY_FILTERS, yearTo: 2019 })).toEqual(['a']);
    expect(ids({ ...EMPTY_FILTERS, yearFrom: 2010, yearTo: 2010 })).toEqual(['a']);
  });
  it('facet counts follow the years too', () => {
    expect(facetCounts(atlas, { ...EMPTY_FILTERS, yearTo: 2015 }).country.ES).toBe(1);
  });
});

describe('scenes file errors', () => {
  it('name the field that is wrong', () => {
    expect(parseScenes(JSON.stringify({ format: 'atlas-scenes', version: 1, scenes: [{ id: 'x', title: 1, notes: '', query: '' }] })))
      .toEqual({ ok: false, reason: expect.stringMatching(/^not an atlas scenes file \(scenes\.0\.title: Expected string, received number\)$/) });
    expect(parseScenes('[]')).toEqual({ ok: false, reason: expect.stringMatching(/^not an atlas scenes file \(root: /) });
  });
});
