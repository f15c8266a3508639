/** The case-table row rules of geodata/README.md, one broken field at a time. */
import { describe, expect, it } from 'vitest';
import { cityRowSchema, initiativeRowSchema, isHttpUrl } from '../../../src/domain/inputSchema';

const opts = { maxYear: 2026 };
const CITY: Record<string, string> = {
  city_id: 'cz-pisek', name: 'Písek', name_en: '', country: 'CZ', lat: '49.3088', lon: '14.1475', population: '30742', population_year: '2023',
  population_source: 'https://www.mesto-pisek.cz/', governance: 'in_house', governance_basis: 'documented', governance_note: '', networks: '',
  sources: 'https://www.mesto-pisek.cz/', nuts3: '', geonames_id: '', degurba: '', checked: '',
};
const INIT: Record<string, string> = {
  initiative_id: 'cz-pisek-budget', city_id: 'cz-pisek', title: 'Rozpočet', title_en: '', start_year: '2020', end_year: '', service_types: 'participation',
  service_types_basis: 'documented', governance: '', governance_basis: '', data_aspects: '', data_aspects_basis: '', participation: 'co_decide',
  participation_basis: 'documented', scale: '', scale_basis: '', inference_note: '', summary: 'A budget.', sources: 'https://www.mesto-pisek.cz/',
  enablers: '', enablers_basis: '', barriers: '', barriers_basis: '', shared_solutions: '', shared_solutions_basis: '', adopted_from: '', checked: '',
};

/** "field: message" of every problem with the row, or [] when it is valid. */
function problems(schema: ReturnType<typeof cityRowSchema> | ReturnType<typeof initiativeRowSchema>, row: Record<string, string>): string[] {
  const r = schema.safeParse(row);
  return r.success ? [] : r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
}
const city = (over: Record<string, string>) => problems(cityRowSchema(opts), { ...CITY, ...over });
const init = (over: Record<string, string>) => problems(initiativeRowSchema(opts), { ...INIT, ...over });

describe('city rows', () => {
  it('the base row is valid, with or without coordinates and population', () => {
    expect(city({})).toEqual([]);
    expect(city({ lat: '', lon: '', population: '', population_year: '', population_source: '' })).toEqual([]);
  });
  it('lat and lon come together, within range', () => {
    expect(city({ lon: '' })).toEqual(['lon: both lat and lon, or neither']);
    expect(city({ lat: '' })).toEqual(['lat: both lat and lon, or neither']);
    expect(city({ lat: '90' })).toEqual([]);
    expect(city({ lat: '90.1' })[0]).toMatch(/^lat: a latitude in decimal degrees between -90 and 90; got "90.1"/);
    expect(city({ lon: '-180.5' })[0]).toMatch(/^lon: a longitude in decimal degrees between -180 and 180/);
    expect(city({ lat: '1e2' })[0]).toMatch(/^lat: /);
  });
  it('population is a whole number with a year and a source', () => {
    expect(city({ population: '30742.5' })[0]).toMatch(/^population: /);
    expect(city({ population: '0' })).toEqual([]);
    expect(city({ population: '50000001' })[0]).toMatch(/^population: a whole number of inhabitants between 0 and 50000000/);
    expect(city({ population_year: '' })).toEqual(['population_source: a population_year and an http(s) population_source whenever population is given']);
    expect(city({ population_source: 'www.x.cz' })[0]).toMatch(/^population_source: /);
  });
  it('governance needs a basis, and an inferred one a note', () => {
    expect(city({ governance_basis: '' })).toEqual(['governance_basis: documented or inferred whenever governance is given']);
    expect(city({ governance: '', governance_basis: '' })).toEqual([]);
    expect(city({ governance_basis: 'inferred' })).toEqual(['governance_note: a short reason when governance is inferred']);
    expect(city({ governance_basis: 'inferred', governance_note: 'why' })).toEqual([]);
    expect(city({ governance: 'in_house;outsourced' })).toEqual([]);
    expect(city({ governance: 'in_hous' })).toEqual(['governance: one of in_house, municipal_company, regional_shared_service, national_platform, outsourced, public_private_partnership, open_source_community, multilevel_partnership; got "in_hous" (did you mean "in_house"?)']);
  });
  it('networks are key or key:YEAR', () => {
    expect(city({ networks: 'oasc;eurocities:1986' })).toEqual([]);
    expect(city({ networks: 'eurocities:86' })).toEqual(['networks: network year as four digits after ":"; got "eurocities:86"']);
    expect(city({ networks: 'eurocities:2100' })).toEqual(['networks: network year as four digits after ":"; got "eurocities:2100"']);
  });
  it('optional columns: GeoNames id, degree of urbanisation, checked date', () => {
    expect(city({ geonames_id: '3067696', degurba: '2', checked: '2026-11-29' })).toEqual([]);
    expect(city({ geonames_id: '12.5' })[0]).toMatch(/^geonames_id: /);
    expect(city({ degurba: '4' })[0]).toMatch(/^degurba: /);
    expect(city({ degurba: '1.5' })[0]).toMatch(/^degurba: /);
    expect(city({ checked: '2026-02-30' })).toEqual(['checked: a date as YYYY-MM-DD between 1990 and 2026; got "2026-02-30"']);
    expect(city({ checked: '1989-12-31' })[0]).toMatch(/^checked: a date as YYYY-MM-DD/);
    expect(city({ checked: '2027-01-01' })[0]).toMatch(/^checked: a date as YYYY-MM-DD/);
    expect(city({ checked: '1990-01-01' })).toEqual([]);
  });
  it('sources: one or more http(s) URLs', () => {
    expect(city({ sources: 'https://a.cz/;https://b.cz/' })).toEqual([]);
    expect(city({ sources: 'ftp://a.cz/' })).toEqual(['sources: an http(s) URL; got "ftp://a.cz/"']);
  });
});

describe('initiative rows', () => {
  it('the base row is valid', () => expect(init({})).toEqual([]));
  it('years: four digits, 1990 to the current year, end not before start', () => {
    expect(init({ start_year: '1990', end_year: '2026' })).toEqual([]);
    expect(init({ start_year: '16' })).toEqual(['start_year: a four-digit year between 1990 and 2026; got "16"']);
    expect(init({ end_year: '2019' })).toEqual(['end_year: a year not before start_year 2020']);
    expect(init({ end_year: '2020' })).toEqual([]);
  });
  it('every classification needs a basis; an inferred one needs a note', () => {
    expect(init({ scale: 'pilot' })).toEqual(['scale_basis: documented or inferred whenever the classification is given']);
    expect(init({ governance: 'in_house' })).toEqual(['governance_basis: documented or inferred whenever the classification is given']);
    expect(init({ data_aspects: 'open_data' })).toEqual(['data_aspects_basis: documented or inferred whenever the classification is given']);
    expect(init({ enablers: 'eu_funding' })).toEqual(['enablers_basis: documented or inferred whenever the classification is given']);
    expect(init({ shared_solutions: 'decidim' })).toEqual(['shared_solutions_basis: documented or inferred whenever the classification is given']);
    expect(init({ participation_basis: 'inferred' })).toEqual(['inference_note: a short reason when any classification is inferred']);
    expect(init({ participation_basis: 'inferred', inference_note: 'why' })).toEqual([]);
    // A basis without a value is no inference.
    expect(init({ scale_basis: 'inferred' })).toEqual([]);
  });
  it('service types: at least one', () => {
    expect(init({ service_types: '', service_types_basis: '' })[0]).toMatch(/^service_types: at least 1 value\(s\) from: participation, /);
  });
  it('adopted from: other cities, by id', () => {
    expect(init({ adopted_from: 'es-barcelona;de-ulm' })).toEqual([]);
    expect(init({ adopted_from: 'cz-pisek' })[0]).toMatch(/^adopted_from: another city's id/);
    expect(init({ adopted_from: 'Barcelona' })).toEqual(['adopted_from: city ids like "de-hamburg" separated by ";"; got "Barcelona"']);
  });
});

describe('http(s) URLs', () => {
  it('need an http or https scheme and a host', () => {
    expect(isHttpUrl('https://x.org/a;jsessionid=1')).toBe(true);
    expect(isHttpUrl('HTTP://X.ORG')).toBe(true);
    expect(isHttpUrl('https://')).toBe(false);
    expect(isHttpUrl('mailto:a@x.org')).toBe(false);
    expect(isHttpUrl('https://exa mple.org')).toBe(false);
  });
});
