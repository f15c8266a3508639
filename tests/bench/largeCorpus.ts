/**
 * A large synthetic case table, for the large-table benchmark and browser test: the N largest
 * GeoNames places of 20,000+ inhabitants in the covered countries, each given K initiatives
 * copied from the shipped table (so every coded value is valid). Titles and summaries say that
 * the rows are synthetic. Written into a scratch folder; never shipped.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadGazetteer } from '../../scripts/lib/gazetteer';

export const LARGE_CITIES = 1500;
export const LARGE_PER_CITY = 20;
const MIN_POPULATION = 20_000;

type Row = Record<string, string>;
const readCsv = (file: string): Row[] => Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** Writes cities.csv and initiatives.csv into `dir`; returns the counts written. */
export function writeLargeCorpus(dir: string, cities = LARGE_CITIES, perCity = LARGE_PER_CITY, exclude: ReadonlySet<number> = new Set()): { cities: number; initiatives: number } {
  mkdirSync(dir, { recursive: true });
  const shippedCities = readCsv('geodata/cases/cities.csv');
  const shipped = readCsv('geodata/cases/initiatives.csv');
  const places = loadGazetteer().places
    .filter((p) => p.population >= MIN_POPULATION && !exclude.has(p.geonamesId))
    .sort((a, b) => b.population - a.population || a.geonamesId - b.geonamesId)
    .slice(0, cities);
  const cityRows: Row[] = [];
  const initRows: Row[] = [];
  places.forEach((p, ci) => {
    const model = shippedCities[ci % shippedCities.length]!;
    const id = `${p.country.toLowerCase()}-synthetic-${p.geonamesId}`;
    cityRows.push({
      ...Object.fromEntries(Object.keys(model).map((k) => [k, ''])),
      city_id: id, name: p.name, country: p.country, geonames_id: String(p.geonamesId),
      governance: model.governance ?? '', governance_basis: model.governance_basis ?? '', governance_note: model.governance_note ?? '', sources: model.sources ?? '',
    });
    for (let k = 0; k < perCity; k++) {
      const src = shipped[(ci * perCity + k) % shipped.length]!;
      initRows.push({
        ...src,
        initiative_id: `${id}-${k}`, city_id: id, adopted_from: '',
        title: `Synthetic ${k + 1}: ${src.title}`,
        summary: `Synthetic benchmark row copied from ${src.initiative_id}. ${src.summary}`,
      });
    }
  });
  writeFileSync(join(dir, 'cities.csv'), Papa.unparse(cityRows));
  writeFileSync(join(dir, 'initiatives.csv'), Papa.unparse(initRows));
  return { cities: cityRows.length, initiatives: initRows.length };
}
