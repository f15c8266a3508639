/** Flat rows of the matching cities and initiatives for CSV export (all fields, with sources). */
import type { City, Initiative } from './atlasSchema';
import { countryName } from '../i18n/messages';
import { groupByCity } from './filterMatch';
import { yesNo } from './vocabularies';

const join = (xs: readonly (string | number | undefined)[]) => xs.filter((x) => x !== undefined && x !== '').join('; ');
const yn = yesNo;

const union = (xs: readonly (readonly string[])[]) => [...new Set(xs.flat())].sort();

/**
 * One row per city. With the initiatives, each row also carries the enablers, barriers and
 * shared solutions coded on that city's initiatives (their union), so a map export keeps them.
 */
export function cityRows(cities: readonly City[], initiatives: readonly Initiative[] = []): Record<string, string | number>[] {
  const byCity = groupByCity(initiatives);
  const codesOf = (c: City, pick: (i: Initiative) => readonly string[]) => join(union((byCity.get(c.id) ?? []).map(pick)));
  return cities.map((c) => ({
    city_id: c.id, name: c.name, name_en: c.nameEn ?? '', country_code: c.country, country: countryName(c.country),
    lon: c.lonLat[0], lat: c.lonLat[1], coordinates_source: c.coordSource,
    population: c.population ?? '', population_year: c.populationYear ?? '', population_source: c.populationSource ?? '', population_origin: c.populationOrigin ?? '',
    size_class: c.sizeClass ?? '', nuts1: c.nuts1, nuts2: c.nuts2, nuts3: c.nuts3, lau: c.lau ?? '', degurba: c.degurba ?? '',
    urban_rural: c.urbanRural ?? '', coastal: yn(c.coastal), mountain: yn(c.mountain), border_derived: yn(c.border), capital_derived: yn(c.capital),
    distance_to_capital_km_derived: c.distanceToCapitalKm ?? '', macro_region: c.macroRegion,
    governance: join(c.governance), governance_basis: c.governanceBasis ?? '', governance_note: c.governanceNote ?? '',
    networks: join(c.networks.map((n) => (n.year ? `${n.key}:${n.year}` : n.key))), sources: join(c.sources),
    sources_checked: c.checked ?? '',
    initiative_enablers: codesOf(c, (i) => i.enablers.value),
    initiative_barriers: codesOf(c, (i) => i.barriers.value),
    initiative_shared_solutions: codesOf(c, (i) => i.sharedSolutions.value),
  }));
}

export function initiativeRows(initiatives: readonly Initiative[], cityById: ReadonlyMap<string, City>): Record<string, string | number>[] {
  return initiatives.map((i) => ({
    initiative_id: i.id, city_id: i.cityId, city: cityById.get(i.cityId)?.name ?? '', title: i.title, title_en: i.titleEn ?? '',
    start_year: i.startYear ?? '', end_year: i.endYear ?? '',
    service_types: join(i.serviceTypes.value), service_types_basis: i.serviceTypes.basis ?? '',
    governance: i.governance.value ?? '', governance_basis: i.governance.basis ?? '',
    data_aspects: join(i.dataAspects.value), data_aspects_basis: i.dataAspects.basis ?? '',
    participation: i.participation.value ?? '', participation_basis: i.participation.basis ?? '',
    scale: i.scale.value ?? '', scale_basis: i.scale.basis ?? '',
    enablers: join(i.enablers.value), enablers_basis: i.enablers.basis ?? '',
    barriers: join(i.barriers.value), barriers_basis: i.barriers.basis ?? '',
    shared_solutions: join(i.sharedSolutions.value), shared_solutions_basis: i.sharedSolutions.basis ?? '',
    adopted_from: join(i.adoptedFrom), inference_note: i.inferenceNote ?? '',
    summary: i.summary, sources: join(i.sources), sources_checked: i.checked ?? '',
  }));
}

/** GeoJSON of the cities; the attributions travel with it as a foreign member. */
export function citiesGeoJson(cities: readonly City[], attribution: readonly string[] = [], initiatives: readonly Initiative[] = []) {
  return {
    type: 'FeatureCollection' as const,
    attribution,
    features: cityRows(cities, initiatives).map((props, k) => ({ type: 'Feature' as const, properties: props, geometry: { type: 'Point' as const, coordinates: cities[k]!.lonLat } })),
  };
}
