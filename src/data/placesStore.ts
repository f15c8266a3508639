/** Context places load once, on first need (layer toggle or peer finder): they are the heaviest artefact. */
import { placesSchema, type PlacesData } from '../domain/atlasSchema';
import { loadJson } from './loadJson';

let pending: Promise<PlacesData> | undefined;

export function loadPlaces(): Promise<PlacesData> {
  pending ??= loadJson('places.json', placesSchema).catch((e: unknown) => { pending = undefined; throw e; });
  return pending;
}
