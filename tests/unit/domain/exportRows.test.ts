import { describe, expect, it } from 'vitest';
import { compareColumn } from '../../../src/domain/compare';
import { GROUP_BY_KEY } from '../../../src/domain/filterGroups';
import { editDistance, nearest } from '../../../src/domain/suggest';
import { cityRows, citiesGeoJson, initiativeRows } from '../../../src/domain/tableExport';
import { city, initiative } from './fixtures';

const lodz = city('pl-lodz', {
  name: 'Łódź', nameEn: 'Lodz', country: 'PL', lonLat: [19.46, 51.77], population: 655_000, populationYear: 2023, populationSource: 'https://stat.gov.pl/',
  populationOrigin: 'table', sizeClass: '500k_1m', lau: 'PL-1061011', degurba: 'cities', coastal: true, border: true, capital: false, mountain: false,
  distanceToCapitalKm: 119, governance: ['in_house', 'municipal_company'], governanceBasis: 'inferred', governanceNote: 'city IT office',
  networks: [{ key: 'eurocities', year: 1991 }, { key: 'oasc' }], sources: ['https://uml.lodz.pl/', 'https://example.org/b'], checked: '2026-11-29',
});
const bare = city('cz-pisek', { nameEn: undefined, population: undefined, sizeClass: undefined, urbanRural: undefined, governanceBasis: undefined });
const budget = initiative('pl-lodz-budget', 'pl-lodz', {
  title: 'Budżet obywatelski', titleEn: 'Civic budget', startYear: 2013, endYear: 2020,
  serviceTypes: { value: ['participation', 'urban_planning'], basis: 'documented' }, governance: { value: 'in_house', basis: 'inferred' },
  dataAspects: { value: ['open_data'], basis: 'documented' }, participation: { value: 'co_decide', basis: 'documented' }, scale: { value: 'city_wide', basis: 'inferred' },
  enablers: { value: ['political_leadership', 'legal_mandate'], basis: 'documented' }, barriers: { value: ['low_uptake'], basis: 'inferred' },
  sharedSolutions: { value: ['decidim'], basis: 'documented' }, adoptedFrom: ['es-barcelona'], inferenceNote: 'from the budget rules', checked: '2026-11-28',
});
const second = initiative('pl-lodz-app', 'pl-lodz', { enablers: { value: ['eu_funding', 'legal_mandate'] }, barriers: { value: [] } });

describe('city rows (CSV and GeoJSON)', () => {
  it('write every field of a city, lists joined with "; " and yes/no for flags', () => {
    const [row] = cityRows([lodz], [budget, second]);
    expect(row).toMatchObject({
      city_id: 'pl-lodz', name: 'Łódź', name_en: 'Lodz', country_code: 'PL', country: 'Poland', lon: 19.46, lat: 51.77,
      population: 655_000, population_year: 2023, population_source: 'https://stat.gov.pl/', population_origin: 'table',
      size_class: '500k_1m', lau: 'PL-1061011', degurba: 'cities', coastal: 'yes', mountain: 'no', border_derived: 'yes', capital_derived: 'no',
      distance_to_capital_km_derived: 119, governance: 'in_house; municipal_company', governance_basis: 'inferred', governance_note: 'city IT office',
      networks: 'eurocities:1991; oasc', sources: 'https://uml.lodz.pl/; https://example.org/b', sources_checked: '2026-11-29',
      initiative_enablers: 'eu_funding; legal_mandate; political_leadership', initiative_barriers: 'low_uptake', initiative_shared_solutions: 'decidim',
    });
  });
  it('leave unknown values empty, never "undefined"', () => {
    const [row] = cityRows([bare]);
    for (const k of ['name_en', 'population', 'population_year', 'population_source', 'size_class', 'lau', 'degurba', 'urban_rural', 'governance_basis', 'sources_checked', 'initiative_enablers']) expect(row![k], k).toBe('');
  });
  it('GeoJSON puts each city at its [lon, lat] with its row as properties and the attributions beside', () => {
    const g = citiesGeoJson([lodz, bare], ['credit'], [budget]);
    expect(g.attribution).toEqual(['credit']);
    expect(g.features.map((f) => f.geometry.coordinates)).toEqual([[19.46, 51.77], [10, 50]]);
    expect(g.features[0]!.properties.city_id).toBe('pl-lodz');
  });
});

describe('initiative rows', () => {
  it('write every coded dimension with its basis', () => {
    const [row] = initiativeRows([budget], new Map([['pl-lodz', lodz]]));
    expect(row).toEqual({
      initiative_id: 'pl-lodz-budget', city_id: 'pl-lodz', city: 'Łódź', title: 'Budżet obywatelski', title_en: 'Civic budget', start_year: 2013, end_year: 2020,
      service_types: 'participation; urban_planning', service_types_basis: 'documented', governance: 'in_house', governance_basis: 'inferred',
      data_aspects: 'open_data', data_aspects_basis: 'documented', participation: 'co_decide', participation_basis: 'documented', scale: 'city_wide', scale_basis: 'inferred',
      enablers: 'political_leadership; legal_mandate', enablers_basis: 'documented', barriers: 'low_uptake', barriers_basis: 'inferred',
      shared_solutions: 'decidim', shared_solutions_basis: 'documented', adopted_from: 'es-barcelona', inference_note: 'from the budget rules',
      summary: 's', sources: 'https://example.org/', sources_checked: '2026-11-28',
    });
  });
  it('leave what is not coded empty', () => {
    const [row] = initiativeRows([initiative('x', 'xx-none')], new Map());
    for (const k of ['city', 'title_en', 'start_year', 'end_year', 'governance', 'governance_basis', 'participation', 'scale', 'enablers', 'enablers_basis', 'adopted_from', 'inference_note', 'sources_checked']) expect(row![k], k).toBe('');
  });
});

describe('filter groups read the right field', () => {
  const values = (key: Parameters<typeof GROUP_BY_KEY.get>[0], i?: typeof budget) => GROUP_BY_KEY.get(key)!.valuesOf(lodz, i);
  it('initiative groups read the initiative, and are empty without one', () => {
    expect(values('serviceType', budget)).toEqual(['participation', 'urban_planning']);
    expect(values('dataAspect', budget)).toEqual(['open_data']);
    expect(values('participation', budget)).toEqual(['co_decide']);
    expect(values('scale', budget)).toEqual(['city_wide']);
    expect(values('enabler', budget)).toEqual(['political_leadership', 'legal_mandate']);
    expect(values('barrier', budget)).toEqual(['low_uptake']);
    expect(values('solution', budget)).toEqual(['decidim']);
    for (const k of ['serviceType', 'dataAspect', 'participation', 'scale', 'enabler', 'barrier', 'solution'] as const) expect(values(k), k).toEqual([]);
    expect(values('participation', second)).toEqual([]);
  });
  it('governance is the initiative\'s, or the city\'s arrangement when the initiative leaves it empty', () => {
    expect(values('governance', budget)).toEqual(['in_house']);
    expect(values('governance', second)).toEqual(['in_house', 'municipal_company']);
  });
  it('city groups read the city', () => {
    expect(values('country')).toEqual(['PL']);
    expect(values('sizeClass')).toEqual(['500k_1m']);
    expect(values('coastal')).toEqual(['yes']);
    expect(values('border')).toEqual(['yes']);
    expect(values('capital')).toEqual(['no']);
    expect(values('degurba')).toEqual(['cities']);
    expect(values('network')).toEqual(['eurocities', 'oasc']);
    expect(values('region')).toEqual(['PL', 'XX1', 'XX11', 'XX111']);
    expect(GROUP_BY_KEY.get('sizeClass')!.valuesOf(bare)).toEqual([]);
    expect(GROUP_BY_KEY.get('urbanRural')!.valuesOf(bare)).toEqual([]);
  });
});

describe('comparison column', () => {
  it('counts initiatives per service type and lists each coded value once, sorted, from the city\'s own initiatives', () => {
    const other = initiative('es-x', 'es-barcelona', { dataAspects: { value: ['fiware'] } });
    const col = compareColumn(lodz, [budget, second, other]);
    expect(col.initiatives.map((i) => i.id)).toEqual(['pl-lodz-budget', 'pl-lodz-app']);
    expect(col.byServiceType.participation).toBe(2);
    expect(col.byServiceType.urban_planning).toBe(1);
    expect(col.byServiceType.health).toBe(0);
    expect(col.dataAspects).toEqual(['open_data']);
    expect(col.participation).toEqual(['co_decide']);
    expect(col.scales).toEqual(['city_wide']);
    expect(col.enablers).toEqual(['eu_funding', 'legal_mandate', 'political_leadership']);
    expect(col.barriers).toEqual(['low_uptake']);
    expect(col.solutions).toEqual(['decidim']);
  });
});

describe('"did you mean" suggestions', () => {
  it('edit distance counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('municipal_compny', 'municipal_company')).toBe(1);
  });
  it('suggests the closest key, ignoring case, only when it is reasonably close', () => {
    const keys = ['in_house', 'municipal_company', 'outsourced'];
    expect(nearest('municipal_compny', keys)).toBe('municipal_company');
    expect(nearest('OUTSOURCED', keys)).toBe('outsourced');
    expect(nearest('zzzzzzzzzzzzzzzzzzzz', keys)).toBeUndefined();
    // Up to 3 edits for short words, half the length for long ones.
    expect(nearest('inhose', ['in_house'])).toBe('in_house');
    expect(nearest('xyz', ['abc'])).toBe('abc');
    expect(nearest('abcd', ['wxyz'])).toBeUndefined();
    expect(nearest('aaaaaaaaaa', ['aaaaabbbbb'])).toBe('aaaaabbbbb');
    expect(nearest('aaaaaaaaaa', ['aaaabbbbbb'])).toBeUndefined();
  });
});
