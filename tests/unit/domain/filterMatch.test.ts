import { describe, expect, it } from 'vitest';
import { facetCounts, indexAtlas, matchAtlas } from '../../../src/domain/filterMatch';
import { EMPTY_FILTERS, setSelection, toggleOption } from '../../../src/domain/filterState';
import { foldText, matchesQuery } from '../../../src/domain/textSearch';
import { city, initiative } from './fixtures';

const cities = [
  city('pl-lodz', { name: 'Łódź', country: 'PL', macroRegion: 'eastern', population: 670_000, sizeClass: '500k_1m', coastal: false }),
  city('es-barcelona', { name: 'Barcelona', country: 'ES', macroRegion: 'southern', coastal: true, governance: ['municipal_company'], networks: [{ key: 'eurocities' }] }),
  city('de-ulm', { name: 'Ulm', country: 'DE', border: false }),
];
const inits = [
  initiative('pl-lodz-budget', 'pl-lodz', { title: 'Budżet obywatelski', startYear: 2013 }),
  initiative('es-barcelona-decidim', 'es-barcelona', { title: 'Decidim', governance: { value: 'open_source_community', basis: 'documented' }, startYear: 2016 }),
  initiative('es-barcelona-sentilo', 'es-barcelona', { title: 'Sentilo', serviceTypes: { value: ['back_office_data'], basis: 'documented' }, startYear: 2012 }),
  initiative('de-ulm-lora', 'de-ulm', { title: 'LoRaPark', serviceTypes: { value: ['back_office_data', 'environment_energy'], basis: 'inferred' } }),
];
const atlas = indexAtlas(cities, inits);

describe('text search', () => {
  it('is accent- and case-insensitive, including letters Unicode does not decompose', () => {
    expect(foldText('Łódź')).toBe('lodz');
    expect(matchesQuery(foldText('Zürich Göteborg Iași Škofja Loka'), 'zurich goteborg iasi skofja')).toBe(true);
    expect(matchesQuery(foldText('Łódź'), 'krakow')).toBe(false);
  });
});

describe('matching', () => {
  it('matches everything without filters', () => {
    const m = matchAtlas(atlas, EMPTY_FILTERS);
    expect(m.cities.length).toBe(3);
    expect(m.initiatives.length).toBe(4);
  });
  it('"lodz" finds Łódź; initiative titles are searched too', () => {
    expect(matchAtlas(atlas, { ...EMPTY_FILTERS, query: 'lodz' }).cities.map((c) => c.id)).toEqual(['pl-lodz']);
    expect(matchAtlas(atlas, { ...EMPTY_FILTERS, query: 'decidim' }).cities.map((c) => c.id)).toEqual(['es-barcelona']);
  });
  it('ORs within a group and ANDs across groups; initiative groups count only matching initiatives', () => {
    const s = setSelection(EMPTY_FILTERS, 'serviceType', ['back_office_data']);
    const m = matchAtlas(atlas, s);
    expect(m.cities.map((c) => c.id)).toEqual(['es-barcelona', 'de-ulm']);
    expect(m.initiatives.map((i) => i.id)).toEqual(['es-barcelona-sentilo', 'de-ulm-lora']);
    const both = setSelection(s, 'coastal', ['yes']);
    expect(matchAtlas(atlas, both).cities.map((c) => c.id)).toEqual(['es-barcelona']);
    const or = toggleOption(both, 'coastal', 'no');
    expect(matchAtlas(atlas, or).cities.length).toBe(2);
  });
  it('governance falls back to the city arrangement when an initiative does not state one', () => {
    const m = matchAtlas(atlas, setSelection(EMPTY_FILTERS, 'governance', ['municipal_company']));
    expect(m.initiatives.map((i) => i.id)).toEqual(['es-barcelona-sentilo']);
  });
  it('a start-year range excludes initiatives without a known year', () => {
    const m = matchAtlas(atlas, { ...EMPTY_FILTERS, yearFrom: 2013 });
    expect(m.initiatives.map((i) => i.id)).toEqual(['pl-lodz-budget', 'es-barcelona-decidim']);
  });
  it('the region group matches any NUTS level', () => {
    expect(matchAtlas(atlas, setSelection(EMPTY_FILTERS, 'region', ['XX11'])).cities.length).toBe(3);
    expect(matchAtlas(atlas, setSelection(EMPTY_FILTERS, 'region', ['ES'])).cities.map((c) => c.id)).toEqual(['es-barcelona']);
  });
});

describe('cross-filter facet counts', () => {
  it('count each option given the other groups, not the own group', () => {
    const f = setSelection(EMPTY_FILTERS, 'country', ['ES']);
    const counts = facetCounts(atlas, f);
    expect(counts.country).toMatchObject({ ES: 1, PL: 1, DE: 1, FR: 0 });
    expect(counts.serviceType.participation).toBe(1);
    expect(counts.serviceType.back_office_data).toBe(1);
    expect(counts.serviceType.environment_energy).toBe(0);
    const g = setSelection(f, 'serviceType', ['environment_energy']);
    expect(facetCounts(atlas, g).country).toMatchObject({ ES: 0, DE: 1, PL: 0 });
  });
});
