/**
 * Optional LAU (municipality) polygons, e.g. a GISCO LAU GeoJSON in EPSG:4326. When given,
 * each case city is matched to the LAU containing it, and the outlines ship as vector tiles.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { booleanValid, kinks } from '@turf/turf';
import { InputError } from './inputError';
import { polygonIndex, type PolygonIndex } from './spatialIndex';

export interface LauProps { readonly id: string; readonly name: string }
/** Property names that hold the LAU id and name in GISCO LAU files, in order of preference. */
export const LAU_ID_PROPS = ['LAU_ID', 'GISCO_ID', 'id'] as const;
export const LAU_NAME_PROPS = ['LAU_NAME', 'LAU_LATIN', 'name'] as const;
/** Decimal places kept for shipped LAU outlines: 1e-4 degree is about 11 m. */
export const LAU_COORD_DECIMALS = 4;

/** Closed rings of at least 4 positions, and no ring crossing or touching itself or another. */
export function isValidPolygon(g: Polygon | MultiPolygon): boolean {
  return booleanValid(g) && kinks(g).features.length === 0;
}

/** Polygons checked so far of all in the file. */
export type LauProgress = (done: number, total: number) => void;
const PROGRESS_EVERY = 1000;

export function parseLau(file: string, text: string, progress?: LauProgress): { features: Feature<Polygon | MultiPolygon, LauProps>[]; index: PolygonIndex<LauProps> } {
  let json: unknown;
  try { json = JSON.parse(text); } catch (e) {
    throw new InputError([{ file, line: 0, field: '(file)', expected: `valid JSON (${(e as Error).message})` }]);
  }
  const fc = json as Partial<FeatureCollection>;
  if (typeof json !== 'object' || json === null || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new InputError([{ file, line: 0, field: 'type', expected: 'a GeoJSON FeatureCollection with a "features" array' }]);
  }
  const out: Feature<Polygon | MultiPolygon, LauProps>[] = [];
  fc.features.forEach((f, i) => {
    const where = `features[${i}]`;
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const idKey = LAU_ID_PROPS.find((k) => typeof props[k] === 'string' || typeof props[k] === 'number');
    if (!idKey) throw new InputError([{ file, line: 0, field: `${where}.properties`, expected: `an id property (${LAU_ID_PROPS.join(' or ')})` }]);
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      throw new InputError([{ file, line: 0, field: `${where}.geometry`, expected: 'a Polygon or MultiPolygon geometry' }]);
    }
    if (!isValidPolygon(f.geometry)) {
      throw new InputError([{ file, line: 0, field: `${where}.geometry`, expected: 'a valid polygon (closed rings of at least 4 positions, no self-intersection)' }]);
    }
    const nameKey = LAU_NAME_PROPS.find((k) => typeof props[k] === 'string');
    out.push({ type: 'Feature', properties: { id: String(props[idKey]), name: nameKey ? String(props[nameKey]) : '' }, geometry: f.geometry });
    if (progress && (i + 1) % PROGRESS_EVERY === 0) progress(i + 1, fc.features!.length);
  });
  progress?.(out.length, out.length);
  return { features: out, index: polygonIndex(out) };
}
