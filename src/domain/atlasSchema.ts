/**
 * Schema of the artefact the build writes (public/data/atlas.json) and the app loads.
 * The build validates before it writes; the app validates once when it loads.
 */
import { z } from 'zod';
import {
  BARRIERS, BASES, DATA_ASPECTS, DEGURBA, ENABLERS, GOVERNANCE_MODELS, MACRO_REGIONS, NETWORKS,
  PARTICIPATION_DEPTHS, SCALES, SERVICE_TYPES, SHARED_SOLUTIONS, SIZE_CLASSES, URBAN_RURAL,
} from './vocabularies';

/** 4: initiatives ship as packed columns (atlas.json) and text columns (atlas-texts.json), checked against manifest.json. */
export const SCHEMA_VERSION = 5;

const basis = z.enum(BASES);
const classified = <T extends z.ZodTypeAny>(value: T) => z.object({ value, basis: basis.optional() });

export const regionSchema = z.object({
  code: z.string(),
  level: z.number().int().min(0).max(3),
  name: z.string(),
  country: z.string(),
  /** GISCO URBN_TYPE, NUTS 3 only. */
  urbanRural: z.enum(URBAN_RURAL).optional(),
  /** GISCO COAST_TYPE 1 or 2 (coastal), NUTS 3 only. */
  coastal: z.boolean().optional(),
  /** GISCO MOUNT_TYPE 1-3 (mountain), NUTS 3 only. */
  mountain: z.boolean().optional(),
  /** Derived: NUTS 3 sharing a land border with another country (from topology). */
  border: z.boolean().optional(),
});

export const citySchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().optional(),
  country: z.string(),
  macroRegion: z.enum(MACRO_REGIONS),
  /** [lon, lat] in degrees, WGS84. */
  lonLat: z.tuple([z.number(), z.number()]),
  coordSource: z.enum(['table', 'geonames']),
  geonamesId: z.number().int().optional(),
  population: z.number().int().optional(),
  populationYear: z.number().int().optional(),
  populationSource: z.string().optional(),
  populationOrigin: z.enum(['table', 'geonames']).optional(),
  sizeClass: z.enum(SIZE_CLASSES).optional(),
  nuts1: z.string(),
  nuts2: z.string(),
  nuts3: z.string(),
  nutsOrigin: z.enum(['declared_and_checked', 'derived']),
  lau: z.string().optional(),
  degurba: z.enum(DEGURBA).optional(),
  urbanRural: z.enum(URBAN_RURAL).optional(),
  coastal: z.boolean(),
  mountain: z.boolean(),
  border: z.boolean(),
  capital: z.boolean(),
  /** Derived: great-circle distance to the national capital, km. */
  distanceToCapitalKm: z.number().optional(),
  governance: z.array(z.enum(GOVERNANCE_MODELS)),
  governanceBasis: basis.optional(),
  governanceNote: z.string().optional(),
  networks: z.array(z.object({ key: z.enum(NETWORKS), year: z.number().int().optional() })),
  sources: z.array(z.string()),
  /** Day the row's sources were last read (YYYY-MM-DD), when the table records it. */
  checked: z.string().optional(),
});

export const initiativeSchema = z.object({
  id: z.string(),
  cityId: z.string(),
  title: z.string(),
  titleEn: z.string().optional(),
  startYear: z.number().int().optional(),
  endYear: z.number().int().optional(),
  serviceTypes: classified(z.array(z.enum(SERVICE_TYPES))),
  governance: classified(z.enum(GOVERNANCE_MODELS).optional()),
  dataAspects: classified(z.array(z.enum(DATA_ASPECTS))),
  participation: classified(z.enum(PARTICIPATION_DEPTHS).optional()),
  scale: classified(z.enum(SCALES).optional()),
  /** Driving forces and bottlenecks a source names; empty value = not known. */
  enablers: classified(z.array(z.enum(ENABLERS))),
  barriers: classified(z.array(z.enum(BARRIERS))),
  sharedSolutions: classified(z.array(z.enum(SHARED_SOLUTIONS))),
  /** Cities a source names as the origin this initiative was adopted from. */
  adoptedFrom: z.array(z.string()),
  inferenceNote: z.string().optional(),
  summary: z.string(),
  sources: z.array(z.string()).min(1),
  checked: z.string().optional(),
});

/** A folder of vector tiles under data/`path`/{z}/{x}/{y}.pbf that the map reads by URL (see tileScheme.ts). */
export const tilesetSchema = z.object({
  path: z.string(),
  minzoom: z.number().int().min(0),
  maxzoom: z.number().int().min(0),
  /** [minLon, minLat, maxLon, maxLat]: the map asks for no tile outside them, and every tile inside exists (an empty one is 0 bytes). */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  files: z.number().int(),
  bytes: z.number().int(),
  /** SHA-256 over the tiles' paths and bytes: names the content in the tile URLs. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Tileset = z.infer<typeof tilesetSchema>;

export const metaSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  dataVersion: z.string(),
  nutsVersion: z.literal('2021'),
  geometryScale: z.string(),
  inputs: z.record(z.string(), z.string()),
  attribution: z.array(z.string()),
  lauLoaded: z.boolean(),
  /** The region outlines (context land, NUTS 0-3), and the municipalities when LAU polygons were given. */
  tilesets: z.object({ regions: tilesetSchema, lau: tilesetSchema.optional() }),
  counts: z.object({ cities: z.number(), initiatives: z.number(), countries: z.number(), places: z.number() }),
});

export const atlasSchema = z.object({
  meta: metaSchema,
  regions: z.array(regionSchema),
  cities: z.array(citySchema),
  initiatives: z.array(initiativeSchema),
});

/** Context places, column-oriented to keep the file small. Coordinates ×1e4 (≈11 m). */
export const placesSchema = z.object({
  meta: z.object({ schemaVersion: z.literal(SCHEMA_VERSION), dataVersion: z.string(), coordScale: z.number() }),
  name: z.array(z.string()),
  country: z.array(z.string()),
  lon: z.array(z.number().int()),
  lat: z.array(z.number().int()),
  population: z.array(z.number().int()),
  nuts3: z.array(z.string()),
  capital: z.array(z.number().int()),
});

export type Region = z.infer<typeof regionSchema>;
export type City = z.infer<typeof citySchema>;
export type Initiative = z.infer<typeof initiativeSchema>;
export type AtlasMeta = z.infer<typeof metaSchema>;
export type AtlasData = z.infer<typeof atlasSchema>;
export type PlacesData = z.infer<typeof placesSchema>;

/**
 * atlas.json as the app checks it: meta, regions and cities by schema; the initiatives are packed
 * columns that src/domain/atlasPack.ts checks while unpacking them.
 */
export const indexHeadSchema = atlasSchema.omit({ initiatives: true }).extend({ initiatives: z.unknown() });

/**
 * atlas.json as the app checks it when its SHA-256 matches the manifest: the bytes are then the
 * build's own, which validated every region and city with the schema above, so only the meta
 * block (schema and data version) is checked again and the arrays are taken as they are.
 */
export const verifiedHeadSchema = z.object({ meta: metaSchema, regions: z.array(z.unknown()), cities: z.array(z.unknown()) }).passthrough();

/** manifest.json: what each data file of one build holds, to check a download before using it. */
export const manifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  dataVersion: z.string(),
  files: z.record(z.string(), z.object({ bytes: z.number().int(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type Manifest = z.infer<typeof manifestSchema>;
