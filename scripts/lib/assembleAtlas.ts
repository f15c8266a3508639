/** Joins located cities, initiatives and regions into the atlas artefact (pure; no I/O). */
import type { AtlasData, City, Initiative, Region } from '../../src/domain/atlasSchema';
import { COUNTRY_BY_CODE } from '../../src/domain/countries';
import type { InitiativeRow } from '../../src/domain/inputSchema';
import { sizeClassOf, DEGURBA } from '../../src/domain/vocabularies';
import type { LocatedCity } from './locateCities';
import type { Located } from './validateCases';

/** Decimal places kept for city coordinates: 1e-5 degree is about 1.1 m of latitude. */
export const CITY_COORD_DECIMALS = 5;
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
const opt = <K extends string, V>(key: K, v: V | undefined | '') => (v === undefined || v === '' ? {} : ({ [key]: v } as Record<K, V>));

export function cityRecord(c: LocatedCity, regionByCode: ReadonlyMap<string, Region>, lauId?: string): City {
  const r = c.source.row;
  const code3 = c.nuts3.NUTS_ID;
  const region = regionByCode.get(code3);
  const country = COUNTRY_BY_CODE.get(r.country)!;
  const fromTable = r.population !== undefined;
  // GeoNames records 0 when it does not know a population: that is "not known", not zero.
  const gazetteerPopulation = c.place && c.place.population > 0 ? c.place.population : undefined;
  const population = r.population ?? gazetteerPopulation;
  return {
    id: r.city_id,
    name: r.name,
    ...opt('nameEn', r.name_en),
    country: r.country,
    macroRegion: country.macroRegion,
    lonLat: [round(c.lonLat[0], CITY_COORD_DECIMALS), round(c.lonLat[1], CITY_COORD_DECIMALS)],
    coordSource: c.coordSource,
    ...opt('geonamesId', c.place?.geonamesId),
    ...opt('population', population),
    ...(fromTable
      ? { populationYear: r.population_year, populationSource: r.population_source, populationOrigin: 'table' as const }
      : c.place && gazetteerPopulation !== undefined ? { populationSource: `https://www.geonames.org/${c.place.geonamesId}`, populationOrigin: 'geonames' as const } : {}),
    ...opt('sizeClass', population !== undefined ? sizeClassOf(population) : undefined),
    nuts1: code3.slice(0, 3),
    nuts2: code3.slice(0, 4),
    nuts3: code3,
    nutsOrigin: c.nutsOrigin,
    ...opt('lau', lauId),
    ...opt('degurba', r.degurba !== undefined ? DEGURBA[r.degurba - 1] : undefined),
    ...opt('urbanRural', region?.urbanRural),
    coastal: region?.coastal ?? false,
    mountain: region?.mountain ?? false,
    border: region?.border ?? false,
    capital: c.capital,
    ...opt('distanceToCapitalKm', c.distanceToCapitalKm),
    governance: r.governance,
    ...opt('governanceBasis', r.governance_basis),
    ...opt('governanceNote', r.governance_note),
    networks: r.networks,
    sources: r.sources,
    ...opt('checked', r.checked),
  };
}

export function initiativeRecord(src: Located<InitiativeRow>): Initiative {
  const r = src.row;
  return {
    id: r.initiative_id,
    cityId: r.city_id,
    title: r.title,
    ...opt('titleEn', r.title_en),
    ...opt('startYear', r.start_year),
    ...opt('endYear', r.end_year),
    serviceTypes: { value: r.service_types, ...opt('basis', r.service_types_basis) },
    governance: { ...opt('value', r.governance), ...opt('basis', r.governance_basis) },
    dataAspects: { value: r.data_aspects, ...opt('basis', r.data_aspects.length ? r.data_aspects_basis : undefined) },
    participation: { ...opt('value', r.participation), ...opt('basis', r.participation_basis) },
    scale: { ...opt('value', r.scale), ...opt('basis', r.scale_basis) },
    enablers: { value: r.enablers, ...opt('basis', r.enablers.length ? r.enablers_basis : undefined) },
    barriers: { value: r.barriers, ...opt('basis', r.barriers.length ? r.barriers_basis : undefined) },
    sharedSolutions: { value: r.shared_solutions, ...opt('basis', r.shared_solutions.length ? r.shared_solutions_basis : undefined) },
    adoptedFrom: r.adopted_from,
    ...opt('inferenceNote', r.inference_note),
    summary: r.summary,
    sources: r.sources,
    ...opt('checked', r.checked),
  };
}

export function assembleAtlas(parts: AtlasData): AtlasData {
  const cities = [...parts.cities].sort((a, b) => (a.id < b.id ? -1 : 1));
  const initiatives = [...parts.initiatives].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ...parts, cities, initiatives };
}
