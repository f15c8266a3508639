/**
 * Content floors of the shipped case corpus (corpus second round and coding issues), measured on
 * the built artefact. The big-city list is computed from the gazetteer the build uses, so it
 * cannot drift. A floor the corpus does not meet honestly is listed in SHORTFALLS with the
 * figure reached: the test then holds that figure (no regression) and fails as soon as the
 * floor is met, so the entry has to be removed rather than left stale.
 */
import { describe, expect, it } from 'vitest';
import type { City } from '../../src/domain/atlasSchema';
import { readAtlas } from './readAtlas';
import { groupByCity } from '../../src/domain/filterMatch';
import { EU27 } from '../../src/domain/countries';
import { SERVICE_TYPES } from '../../src/domain/vocabularies';
import { loadGazetteer, type Place } from '../../scripts/lib/gazetteer';

const atlas = readAtlas();
const byCity = groupByCity(atlas.initiatives);
const initiativesOf = (c: City) => byCity.get(c.id) ?? [];

/** EU27 + NO, CH, IS, UK, RS (Eurostat codes; the build's gazetteer converts GeoNames' ISO codes). */
const SCOPE = new Set([...EU27, 'NO', 'CH', 'IS', 'UK', 'RS']);

/** Great-circle distance in km between [lon, lat] points. */
function km(a: readonly [number, number], b: readonly [number, number]): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b[1] - a[1]) * r) / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(((b[0] - a[0]) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** A GeoNames place is covered when a case city carries its id, or sits within 10 km in the same country. */
function covered(place: Place): boolean {
  return atlas.cities.some((c) => c.geonamesId === place.geonamesId || (c.country === place.country && km(c.lonLat, place.lonLat) < 10));
}

type Measure = { readonly floor: number; readonly measured: number };
const measures: Record<string, () => Measure> = {
  'case cities': () => ({ floor: 250, measured: atlas.cities.length }),
  'countries with a case city': () => ({ floor: 32, measured: new Set(atlas.cities.map((c) => c.country)).size }),
  'initiatives': () => ({ floor: 750, measured: atlas.initiatives.length }),
  'cities under 50,000 inhabitants': () => ({ floor: 60, measured: atlas.cities.filter((c) => c.population !== undefined && c.population < 50_000).length }),
  'EU27 NUTS 2 regions with a case city, %': () => {
    const n2 = atlas.regions.filter((r) => r.level === 2 && (EU27 as readonly string[]).includes(r.country));
    const withCity = new Set(atlas.cities.map((c) => c.nuts2));
    return { floor: 60, measured: Math.floor((100 * n2.filter((r) => withCity.has(r.code)).length) / n2.length) };
  },
  'initiatives with a known start year, %': () => ({ floor: 85, measured: Math.floor((100 * atlas.initiatives.filter((i) => i.startYear !== undefined).length) / atlas.initiatives.length) }),
  'cities of 100,000+ with an official population, %': () => {
    const big = atlas.cities.filter((c) => (c.population ?? 0) >= 100_000);
    return { floor: 90, measured: Math.floor((100 * big.filter((c) => c.populationOrigin === 'table').length) / big.length) };
  },
  'initiatives with enablers, %': () => ({ floor: 40, measured: Math.floor((100 * atlas.initiatives.filter((i) => i.enablers.value.length > 0).length) / atlas.initiatives.length) }),
  'initiatives with barriers, %': () => ({ floor: 25, measured: Math.floor((100 * atlas.initiatives.filter((i) => i.barriers.value.length > 0).length) / atlas.initiatives.length) }),
  'initiatives with a named shared solution, %': () => ({ floor: 20, measured: Math.floor((100 * atlas.initiatives.filter((i) => i.sharedSolutions.value.length > 0).length) / atlas.initiatives.length) }),
  'fewest initiatives of any service type': () => ({ floor: 25, measured: Math.min(...SERVICE_TYPES.map((s) => atlas.initiatives.filter((i) => i.serviceTypes.value.includes(s)).length)) }),
};

/** Floors not met honestly, with the figure the corpus reached (quoted in the closing note). */
const SHORTFALLS: Readonly<Record<string, number>> = {
  // Sources rarely state a start year; the audit cleared years taken from publication dates.
  'initiatives with a known start year, %': 63,
  // Statistical-office tables in the stored sources seldom showed the city's row; no press figures.
  'cities of 100,000+ with an official population, %': 13,
  // Coded only where a source names the bottleneck or the reused product.
  'initiatives with barriers, %': 20,
  'initiatives with a named shared solution, %': 13,
};

describe('corpus floors', () => {
  for (const [name, measure] of Object.entries(measures)) {
    it(name, () => {
      const { floor, measured } = measure();
      const reached = SHORTFALLS[name];
      if (reached === undefined) {
        expect(measured, `${name}: ${measured} against a floor of ${floor}`).toBeGreaterThanOrEqual(floor);
      } else {
        expect(measured, `${name} is listed as a shortfall but now meets its floor: remove it from SHORTFALLS`).toBeLessThan(floor);
        expect(measured, `${name} fell below the ${reached} reached before`).toBeGreaterThanOrEqual(reached);
      }
    });
  }
});

describe('every capital and every big city', () => {
  it('has the capital of every EU member state, the UK, Norway, Switzerland, Iceland and Serbia', () => {
    const withCapital = new Set(atlas.cities.filter((c) => c.capital).map((c) => c.country));
    expect([...SCOPE].filter((c) => !withCapital.has(c)).sort()).toEqual([]);
  });

  it('has every GeoNames place of 500,000+ inhabitants in that area', () => {
    const big = loadGazetteer().places.filter((p) => SCOPE.has(p.country) && p.population >= 500_000);
    expect(big.length).toBeGreaterThan(50);
    expect(big.filter((p) => !covered(p)).map((p) => `${p.name} (${p.country})`)).toEqual([]);
  });

  it('capitals have 6+ initiatives and cities of 250,000+ have 5+, over at least 3 service types', () => {
    const short = atlas.cities.flatMap((c) => {
      const need = c.capital ? 6 : (c.population ?? 0) >= 250_000 ? 5 : 0;
      if (need === 0) return [];
      const own = initiativesOf(c);
      const types = new Set(own.flatMap((i) => i.serviceTypes.value)).size;
      return own.length >= need && types >= 3 ? [] : [`${c.id}: ${own.length} initiatives over ${types} service types (needs ${need} over 3)`];
    });
    expect(short.filter((s) => !KNOWN_THIN_CITIES.includes(s)), 'below the minimum').toEqual([]);
    expect(KNOWN_THIN_CITIES.filter((s) => !short.includes(s)), 'listed as thin but changed: update the list').toEqual([]);
  });

  it('every city and initiative records the date its sources were checked', () => {
    expect(atlas.cities.filter((c) => !c.checked).map((c) => c.id)).toEqual([]);
    expect(atlas.initiatives.filter((i) => !i.checked).map((i) => i.id)).toEqual([]);
  });
});

/** Distinctive names of shared solutions, as they appear in titles and summaries. */
const SOLUTION_NAMES: Readonly<Record<string, RegExp>> = {
  decidim: /\bdecidim\b/i, consul: /\bconsul\b/i, go_vocal: /citizenlab|go vocal/i, x_road: /x-road|x-tee\b/i,
  fiware: /\bfiware\b/i, ckan: /\bckan\b/i, fix_my_street: /fixmystreet/i, dipas: /\bdipas\b/i,
  crossiety: /crossiety/i, kommune_kari: /kommune-kari/i, betterstreet: /betterstreet/i, munipolis: /munipolis|mobiln[ií] rozhlas/i,
  odkaz_pre_starostu: /odkaz pre starostu/i, openstad: /openstad/i, sormas: /\bsormas\b/i, gecor: /\bgecor\b/i,
  linea_verde: /l[ií]nea verde/i, cityon: /\bcityon\b/i, novoville: /novoville/i, katwarn: /katwarn/i,
};

describe('shared solutions are coded consistently', () => {
  it('an initiative whose title or summary names a shared solution carries its key', () => {
    const missing = atlas.initiatives.flatMap((i) => Object.entries(SOLUTION_NAMES)
      .filter(([key, re]) => re.test(`${i.title} ${i.titleEn ?? ''} ${i.summary}`) && !i.sharedSolutions.value.includes(key as never))
      .map(([key]) => `${i.id}: ${key}`));
    expect(missing.filter((m) => !SOLUTION_MENTIONS_NOT_USED.includes(m))).toEqual([]);
  });
});

/** Rows that name a solution without using it (e.g. "replaced CONSUL"), checked by hand. */
const SOLUTION_MENTIONS_NOT_USED: readonly string[] = [
  'be-bruxelles-fixmystreet: fix_my_street', // the Brussels regional platform of the same name, not mySociety's software
  'de-koln-dikoma: sormas', // Cologne built its own tool instead of adopting SORMAS
  'es-mijas-gecor: linea_verde', // Gecor replaced the Línea Verde app
];

/** Big cities whose public sources did not yield the minimum in this round (closing note). */
const KNOWN_THIN_CITIES: readonly string[] = [];
