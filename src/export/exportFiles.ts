/** The files of the exports and the briefing pack. Loaded on first export, not with the page. */
import Papa from 'papaparse';
import { zipSync, strToU8 } from 'fflate';
import type { City, Initiative } from '../domain/atlasSchema';
import { cityRows, citiesGeoJson, initiativeRows } from '../domain/tableExport';
import { csvHeader, t } from '../i18n/messages';
import { currentBase } from '../map/mapRegistry';
import { mapSvg } from './mapSvg';
import { UTF8_BOM } from './download';
import { mapImage, type MapImageSpec } from './mapImage';

/**
 * CSV with a BOM; cells that a spreadsheet would run as a formula (=, +, -, @) are escaped. The
 * attributions (boundaries, places, corpus licence) travel in a last column, so a single CSV
 * downloaded on its own still says where its data comes from and under which terms. Headers
 * follow the interface language (English keeps the codebook's field names).
 */
export function csvText(plain: readonly Record<string, string | number>[], attribution: readonly string[] = []): string {
  const rows: readonly Record<string, string | number>[] = attribution.length ? plain.map((r) => ({ ...r, attribution: attribution.join(' · ') })) : plain;
  const fields = rows[0] ? Object.keys(rows[0]) : [];
  return UTF8_BOM + Papa.unparse({ fields: fields.map(csvHeader), data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { escapeFormulae: true, newline: '\r\n' });
}

export const citiesCsv = (cities: readonly City[], initiatives: readonly Initiative[] = [], attribution: readonly string[] = []) =>
  csvText(cityRows(cities, initiatives), attribution);
export const initiativesCsv = (initiatives: readonly Initiative[], cityById: ReadonlyMap<string, City>, attribution: readonly string[] = []) =>
  csvText(initiativeRows(initiatives, cityById), attribution);
export const citiesGeoJsonText = (cities: readonly City[], attribution: readonly string[], initiatives: readonly Initiative[] = []) =>
  JSON.stringify(citiesGeoJson(cities, attribution, initiatives), null, 1);

export { mapImage };

/** The map on screen as an SVG with legend and credits. */
export async function mapSvgText(spec: MapImageSpec): Promise<string> {
  const base = currentBase();
  if (!base) throw new Error(t('share.noMap'));
  return mapSvg(spec, await base());
}

export interface PackInput {
  readonly cities: readonly City[];
  readonly initiatives: readonly Initiative[];
  readonly cityById: ReadonlyMap<string, City>;
  readonly citation: string;
  readonly altText: string;
  readonly url: string;
  readonly attribution: readonly string[];
  readonly image?: MapImageSpec | undefined;
  /** A research view's own data table(s), e.g. timeline.csv, written beside the other files. */
  readonly tables?: readonly { readonly name: string; readonly rows: readonly Record<string, string | number>[] }[] | undefined;
}

/** One zip: map image (when the map is available), CSVs, GeoJSON, citation, alt text, view URL. */
export async function briefingPack(p: PackInput): Promise<{ blob: Blob; files: string[] }> {
  const files: Record<string, Uint8Array> = {
    'cities.csv': strToU8(citiesCsv(p.cities, p.initiatives, p.attribution)),
    'initiatives.csv': strToU8(initiativesCsv(p.initiatives, p.cityById, p.attribution)),
    'cities.geojson': strToU8(citiesGeoJsonText(p.cities, p.attribution, p.initiatives)),
    'citation.txt': strToU8(p.citation + '\n'),
    'map-description.txt': strToU8(p.altText + '\n'),
    'view-url.txt': strToU8(p.url + '\n'),
  };
  for (const tb of p.tables ?? []) files[tb.name] = strToU8(csvText(tb.rows, p.attribution));
  if (p.image) {
    try { files['map.png'] = new Uint8Array(await (await mapImage(p.image)).arrayBuffer()); } catch { /* no map: the pack goes without an image */ }
    try { files['map.svg'] = strToU8(await mapSvgText(p.image)); } catch { /* likewise without the vector map */ }
  }
  const zipped = zipSync(files, { level: 6 });
  return { blob: new Blob([zipped as BlobPart], { type: 'application/zip' }), files: Object.keys(files).sort() };
}
