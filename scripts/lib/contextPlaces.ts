/** The compact, column-oriented table of context places (all GeoNames places in covered countries). */
import type { PlacesData } from '../../src/domain/atlasSchema';
import { SCHEMA_VERSION } from '../../src/domain/atlasSchema';
import type { Place } from './gazetteer';

/** Coordinates are stored as integers of 1e-4 degree (about 11 m): small and exact in JSON. */
export const PLACE_COORD_SCALE = 1e4;

export function contextPlaces(places: readonly Place[], nuts3: readonly string[], dataVersion: string): PlacesData {
  const order = places.map((_, i) => i).sort((a, b) => places[b]!.population - places[a]!.population || places[a]!.geonamesId - places[b]!.geonamesId);
  const out: PlacesData = { meta: { schemaVersion: SCHEMA_VERSION, dataVersion, coordScale: PLACE_COORD_SCALE }, name: [], country: [], lon: [], lat: [], population: [], nuts3: [], capital: [] };
  for (const i of order) {
    const p = places[i]!;
    out.name.push(p.name);
    out.country.push(p.country);
    out.lon.push(Math.round(p.lonLat[0] * PLACE_COORD_SCALE));
    out.lat.push(Math.round(p.lonLat[1] * PLACE_COORD_SCALE));
    out.population.push(p.population);
    out.nuts3.push(nuts3[i] ?? '');
    out.capital.push(p.capital ? 1 : 0);
  }
  return out;
}
