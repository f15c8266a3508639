/**
 * Locates each case city: coordinates (table, else GeoNames by name and country), NUTS 3 by
 * point-in-polygon through a spatial index, checked against a declared NUTS 3 code.
 */
import { distance } from '@turf/turf';
import { COUNTRY_BY_CODE } from '../../src/domain/countries';
import type { CityRow } from '../../src/domain/inputSchema';
import type { InputProblem } from './inputError';
import type { Located } from './validateCases';
import type { NameIndex, Place } from './gazetteer';
import type { PolygonIndex } from './spatialIndex';
import type { NutsProps } from './nutsGeometry';

/** Bounding box of the area NUTS 2021 covers around Europe (Azores to eastern Türkiye), [lon, lat]. */
export const COVERED_AREA = { minLon: -32, maxLon: 45, minLat: 27, maxLat: 72 } as const;
/** How far (km) a point may lie outside the generalised coastline and still be assigned to the nearest region. */
export const COAST_TOLERANCE_KM = 8;

export function inCoveredArea(lon: number, lat: number): boolean {
  return lon >= COVERED_AREA.minLon && lon <= COVERED_AREA.maxLon && lat >= COVERED_AREA.minLat && lat <= COVERED_AREA.maxLat;
}

export interface LocatedCity {
  readonly source: Located<CityRow>;
  readonly lonLat: [number, number];
  readonly coordSource: 'table' | 'geonames';
  readonly place?: Place;
  readonly nuts3: NutsProps;
  readonly nutsOrigin: 'declared_and_checked' | 'derived';
  readonly capital: boolean;
  readonly distanceToCapitalKm?: number;
}

export interface LocateContext {
  readonly names: NameIndex;
  readonly placesById: ReadonlyMap<number, Place>;
  readonly nuts3Index: PolygonIndex<NutsProps>;
  readonly nutsCodes: ReadonlyMap<string, number>;
  readonly capitals: ReadonlyMap<string, Place>;
}

export function locateCities(rows: readonly Located<CityRow>[], ctx: LocateContext): { cities: LocatedCity[]; problems: InputProblem[]; warnings: InputProblem[] } {
  const problems: InputProblem[] = [];
  const warnings: InputProblem[] = [];
  const cities: LocatedCity[] = [];
  for (const src of rows) {
    const { row, file, line } = src;
    const at = (field: string, expected: string) => problems.push({ file, line, field, expected });
    const countryName = COUNTRY_BY_CODE.get(row.country)?.name ?? row.country;
    const byId = row.geonames_id !== undefined ? ctx.placesById.get(row.geonames_id) : undefined;
    if (row.geonames_id !== undefined && (!byId || byId.country !== row.country)) {
      at('geonames_id', `the id of a GeoNames place in ${countryName} with 1,000+ inhabitants; ${row.geonames_id} is not one`);
      continue;
    }
    const matches = byId ? [byId] : [...ctx.names.lookup(row.country, row.name), ...(row.name_en ? ctx.names.lookup(row.country, row.name_en) : [])];
    let place = matches.sort((a, b) => b.population - a.population)[0];
    let lonLat: [number, number];
    let coordSource: 'table' | 'geonames';
    if (row.lat !== undefined && row.lon !== undefined) {
      if (!inCoveredArea(row.lon, row.lat)) {
        if (inCoveredArea(row.lat, row.lon)) at('lat', `latitude in "lat" and longitude in "lon"; (${row.lat}, ${row.lon}) looks swapped`);
        else at('lat', `coordinates inside the area covered by NUTS 2021 (longitude ${COVERED_AREA.minLon} to ${COVERED_AREA.maxLon}, latitude ${COVERED_AREA.minLat} to ${COVERED_AREA.maxLat}); got lat ${row.lat}, lon ${row.lon}`);
        continue;
      }
      lonLat = [row.lon, row.lat];
      coordSource = 'table';
      if (place && distance(place.lonLat as [number, number], lonLat, { units: 'kilometers' }) > 30) place = undefined;
    } else if (place) {
      lonLat = [place.lonLat[0], place.lonLat[1]];
      coordSource = 'geonames';
    } else {
      at('name', `a place name found in the GeoNames gazetteer for ${countryName}, or a geonames_id, or lat and lon; "${row.name}" was not found`);
      continue;
    }
    const inNuts3 = ctx.nuts3Index.locate(lonLat, COAST_TOLERANCE_KM);
    const hit = inNuts3?.feature;
    const near = inNuts3 && inNuts3.km > 0 ? inNuts3 : undefined;
    if (near) warnings.push({ file, line, field: coordSource === 'table' ? 'lat' : 'name', expected: `a point inside a NUTS 3 polygon; it lies ${near.km.toFixed(1)} km outside the generalised coastline and was assigned to the nearest region, ${near.feature.properties.NUTS_ID}` });
    if (!hit) { at('lat', `coordinates inside a NUTS 2021 region of ${countryName}; (${lonLat[1]}, ${lonLat[0]}) is in none`); continue; }
    if (hit.properties.CNTR_CODE !== row.country) {
      at(coordSource === 'table' ? 'lat' : 'name', `a location in ${countryName}; the point lies in ${hit.properties.NUTS_ID} (${hit.properties.NAME_LATN}, ${hit.properties.CNTR_CODE})`);
      continue;
    }
    let nutsOrigin: LocatedCity['nutsOrigin'] = 'derived';
    if (row.nuts3) {
      const level = ctx.nutsCodes.get(row.nuts3);
      if (level === undefined) { at('nuts3', `a NUTS 2021 code; "${row.nuts3}" does not exist in NUTS 2021 (is it from NUTS 2016 or 2024?)`); continue; }
      if (level !== 3) { at('nuts3', `a NUTS 3 code (5 characters); "${row.nuts3}" is a NUTS ${level} code`); continue; }
      if (row.nuts3 !== hit.properties.NUTS_ID) { at('nuts3', `the NUTS 3 region containing the city's coordinates, ${hit.properties.NUTS_ID} (${hit.properties.NAME_LATN}); got "${row.nuts3}"`); continue; }
      nutsOrigin = 'declared_and_checked';
    }
    if (matches.length > 1 && coordSource === 'geonames' && matches[1]!.population > matches[0]!.population * 0.2 && matches[1]!.geonamesId !== matches[0]!.geonamesId) {
      warnings.push({ file, line, field: 'name', expected: `an unambiguous name; ${matches.length} GeoNames places in ${countryName} are called "${row.name}", the largest was used (add lat and lon to choose)` });
    }
    if (row.population !== undefined && place && place.population > 0) {
      const ratio = row.population / place.population;
      if (ratio > 2 || ratio < 0.5) warnings.push({ file, line, field: 'population', expected: `a figure close to GeoNames' ${place.population.toLocaleString('en')} for ${place.name}; the table says ${row.population.toLocaleString('en')} (municipality versus urban area, or a different year?)` });
    }
    const capitalPlace = ctx.capitals.get(row.country);
    const capital = !!capitalPlace && !!place && capitalPlace.geonamesId === place.geonamesId;
    const located: LocatedCity = {
      source: src, lonLat, coordSource, nuts3: hit.properties, nutsOrigin, capital,
      ...(place ? { place } : {}),
      ...(capitalPlace ? { distanceToCapitalKm: Math.round(distance(capitalPlace.lonLat as [number, number], lonLat, { units: 'kilometers' })) } : {}),
    };
    cities.push(located);
  }
  return { cities, problems, warnings };
}
