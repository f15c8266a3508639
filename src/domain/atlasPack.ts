/**
 * The shipped form of the atlas: a compact index for the first view and a texts file after it.
 *
 * - atlas.json: meta, regions, cities, and the initiatives as columns of small integers (codes
 *   index a vocabulary list stored beside them), without titles or texts. It is all that the map,
 *   the filters and their counts need, and at 30,000 initiatives it stays a fraction of the whole.
 * - atlas-texts.json: titles, summaries, notes and sources as columns in the same order.
 *
 * The build validates the whole atlas before packing; the app checks the file checksums
 * (manifest.json) and the columns' shape while unpacking, instead of re-validating every object.
 */
import type { AtlasData, AtlasMeta, Initiative } from './atlasSchema';
import {
  BARRIERS, BASES, DATA_ASPECTS, ENABLERS, GOVERNANCE_MODELS, PARTICIPATION_DEPTHS, SCALES, SERVICE_TYPES, SHARED_SOLUTIONS,
} from './vocabularies';

const SINGLE = { governance: GOVERNANCE_MODELS, participation: PARTICIPATION_DEPTHS, scale: SCALES } as const;
const MULTI = { serviceTypes: SERVICE_TYPES, dataAspects: DATA_ASPECTS, enablers: ENABLERS, barriers: BARRIERS, sharedSolutions: SHARED_SOLUTIONS } as const;
type SingleField = keyof typeof SINGLE;
type MultiField = keyof typeof MULTI;
type CodedField = SingleField | MultiField;
const SINGLE_FIELDS = Object.keys(SINGLE) as SingleField[];
const MULTI_FIELDS = Object.keys(MULTI) as MultiField[];
const CODED_FIELDS: readonly CodedField[] = [...SINGLE_FIELDS, ...MULTI_FIELDS];
const VOCAB: Record<CodedField, readonly string[]> = { ...SINGLE, ...MULTI };

/** Initiatives as columns: one entry per initiative, in id order. Codes index `vocab[field]`; -1 or [] is "not known"; basis 0 none, 1 documented, 2 inferred; year 0 not known. */
export interface PackedInitiatives {
  readonly vocab: Record<CodedField, readonly string[]>;
  readonly id: readonly string[];
  readonly city: readonly number[];
  readonly startYear: readonly number[];
  readonly endYear: readonly number[];
  readonly single: Record<SingleField, readonly number[]>;
  readonly multi: Record<MultiField, readonly (readonly number[])[]>;
  readonly basis: Record<CodedField, readonly number[]>;
  /** [initiative index, city ids] for the few initiatives a source says were adopted from elsewhere. */
  readonly adoptedFrom: readonly (readonly [number, readonly string[]])[];
  /** Distinct checked dates, and each initiative's index into them (-1 none). */
  readonly checkedDates: readonly string[];
  readonly checked: readonly number[];
}

export interface IndexFile extends Omit<AtlasData, 'initiatives'> { readonly initiatives: PackedInitiatives }

export interface TextsFile {
  readonly meta: { readonly schemaVersion: number; readonly dataVersion: string };
  readonly title: readonly string[];
  readonly titleEn: readonly (string | null)[];
  readonly summary: readonly string[];
  readonly inferenceNote: readonly (string | null)[];
  readonly sources: readonly (readonly string[])[];
}

/** A packed file that does not have the expected shape: `path` names the column and row. */
export class PackError extends Error {
  constructor(readonly path: string, readonly expected: string) {
    super(`${path}: expected ${expected}`);
    this.name = 'PackError';
  }
}

const basisCode = (b: string | undefined) => (b === undefined ? 0 : BASES.indexOf(b as (typeof BASES)[number]) + 1);

export function packAtlas(atlas: AtlasData): { index: IndexFile; texts: TextsFile } {
  const cityIndex = new Map(atlas.cities.map((c, k) => [c.id, k]));
  const list = atlas.initiatives;
  const code = (f: CodedField) => { const m = new Map(VOCAB[f].map((v, k) => [v, k])); return (v: string) => m.get(v)!; };
  const checkedDates = [...new Set(list.flatMap((i) => (i.checked ? [i.checked] : [])))].sort();
  const dateIndex = new Map(checkedDates.map((d, k) => [d, k]));
  const single = Object.fromEntries(SINGLE_FIELDS.map((f) => { const c = code(f); return [f, list.map((i) => (i[f].value === undefined ? -1 : c(i[f].value)))]; })) as unknown as PackedInitiatives['single'];
  const multi = Object.fromEntries(MULTI_FIELDS.map((f) => { const c = code(f); return [f, list.map((i) => i[f].value.map(c))]; })) as unknown as PackedInitiatives['multi'];
  const basis = Object.fromEntries(CODED_FIELDS.map((f) => [f, list.map((i) => basisCode(i[f].basis))])) as unknown as PackedInitiatives['basis'];
  const index: IndexFile = {
    ...atlas,
    initiatives: {
      vocab: VOCAB, id: list.map((i) => i.id), city: list.map((i) => cityIndex.get(i.cityId)!),
      startYear: list.map((i) => i.startYear ?? 0), endYear: list.map((i) => i.endYear ?? 0),
      single, multi, basis,
      adoptedFrom: list.flatMap((i, k) => (i.adoptedFrom.length ? [[k, i.adoptedFrom] as const] : [])),
      checkedDates, checked: list.map((i) => (i.checked ? dateIndex.get(i.checked)! : -1)),
    },
  };
  const texts: TextsFile = {
    meta: { schemaVersion: atlas.meta.schemaVersion, dataVersion: atlas.meta.dataVersion },
    title: list.map((i) => i.title), titleEn: list.map((i) => i.titleEn ?? null),
    summary: list.map((i) => i.summary), inferenceNote: list.map((i) => i.inferenceNote ?? null), sources: list.map((i) => i.sources),
  };
  return { index, texts };
}

function column<T>(value: unknown, path: string, n: number): readonly T[] {
  if (!Array.isArray(value) || value.length !== n) throw new PackError(path, `a list of ${n} entries`);
  return value as T[];
}

/** Maps a file's codes to the app's vocabulary, checking each listed value once, not each row. */
function vocabOf(file: PackedInitiatives, f: CodedField): readonly string[] {
  const listed = column<string>(file.vocab?.[f], `initiatives.vocab.${f}`, file.vocab?.[f]?.length ?? -1);
  listed.forEach((v, k) => { if (!VOCAB[f].includes(v)) throw new PackError(`initiatives.vocab.${f}[${k}]`, `one of ${VOCAB[f].join(', ')}; got "${v}"`); });
  return listed;
}

/**
 * The initiatives of an index file, without titles and texts (empty until the texts file joins).
 * Throws PackError when a column is missing, of the wrong length, or holds a code out of range.
 */
export function unpackInitiatives(index: IndexFile): Initiative[] {
  const p = index.initiatives;
  const n = column<string>(p?.id, 'initiatives.id', p?.id?.length ?? -1).length;
  const cityIds = index.cities.map((c) => c.id);
  const city = column<number>(p.city, 'initiatives.city', n);
  const start = column<number>(p.startYear, 'initiatives.startYear', n);
  const end = column<number>(p.endYear, 'initiatives.endYear', n);
  const checked = column<number>(p.checked, 'initiatives.checked', n);
  const checkedDates = column<string>(p.checkedDates, 'initiatives.checkedDates', p.checkedDates?.length ?? -1);
  const vocab = Object.fromEntries(CODED_FIELDS.map((f) => [f, vocabOf(p, f)])) as Record<CodedField, readonly string[]>;
  const single = Object.fromEntries(SINGLE_FIELDS.map((f) => [f, column<number>(p.single?.[f], `initiatives.single.${f}`, n)]));
  const multi = Object.fromEntries(MULTI_FIELDS.map((f) => [f, column<number[]>(p.multi?.[f], `initiatives.multi.${f}`, n)]));
  const basis = Object.fromEntries(CODED_FIELDS.map((f) => [f, column<number>(p.basis?.[f], `initiatives.basis.${f}`, n)]));
  const term = (f: CodedField, c: number, k: number) => {
    const v = vocab[f][c];
    if (v === undefined) throw new PackError(`initiatives.${f}[${k}]`, `a code below ${vocab[f].length}; got ${c}`);
    return v;
  };
  const basisOf = (f: CodedField, k: number) => {
    const b = basis[f]![k]!;
    if (b === 0) return {};
    const v = BASES[b - 1];
    if (v === undefined) throw new PackError(`initiatives.basis.${f}[${k}]`, `0, 1 or 2; got ${b}`);
    return { basis: v };
  };
  const year = (col: readonly number[], name: string, k: number): number => {
    const v = col[k];
    if (!Number.isInteger(v)) throw new PackError(`initiatives.${name}[${k}]`, `a whole number (0 = not known); got ${JSON.stringify(v)}`);
    return v!;
  };
  const adopted = new Map(p.adoptedFrom ?? []);
  const out: Initiative[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const cityId = cityIds[city[k]!];
    if (cityId === undefined) throw new PackError(`initiatives.city[${k}]`, `a city index below ${cityIds.length}; got ${city[k]}`);
    if (typeof p.id[k] !== 'string') throw new PackError(`initiatives.id[${k}]`, `a text; got ${JSON.stringify(p.id[k])}`);
    const rec: Record<string, unknown> = { id: p.id[k], cityId, title: '' };
    if (year(start, 'startYear', k)) rec.startYear = start[k];
    if (year(end, 'endYear', k)) rec.endYear = end[k];
    for (const f of SINGLE_FIELDS) { const c = single[f]![k]!; rec[f] = c < 0 ? { ...basisOf(f, k) } : { value: term(f, c, k), ...basisOf(f, k) }; }
    for (const f of MULTI_FIELDS) {
      const codes = multi[f]![k];
      if (!Array.isArray(codes)) throw new PackError(`initiatives.multi.${f}[${k}]`, `a list of codes; got ${JSON.stringify(codes)}`);
      rec[f] = { value: codes.map((c) => term(f, c, k)), ...basisOf(f, k) };
    }
    rec.adoptedFrom = adopted.get(k) ?? [];
    rec.summary = '';
    rec.sources = [];
    if (checked[k]! >= 0) rec.checked = checkedDates[checked[k]!];
    out[k] = rec as unknown as Initiative;
  }
  return out;
}

/** Texts belong to an index only when both come from the same build (a cached older file does not). */
export const textsFit = (meta: AtlasMeta, texts: TextsFile): boolean =>
  texts.meta?.dataVersion === meta.dataVersion && texts.meta?.schemaVersion === meta.schemaVersion;

/** The initiatives with their titles and texts; throws PackError when the texts file is out of shape. */
export function joinTexts(initiatives: readonly Initiative[], texts: TextsFile): Initiative[] {
  const n = initiatives.length;
  const title = column<string>(texts.title, 'title', n);
  const titleEn = column<string | null>(texts.titleEn, 'titleEn', n);
  const summary = column<string>(texts.summary, 'summary', n);
  const note = column<string | null>(texts.inferenceNote, 'inferenceNote', n);
  const sources = column<string[]>(texts.sources, 'sources', n);
  return initiatives.map((i, k) => {
    const out: Initiative = { ...i, title: String(title[k]), summary: String(summary[k]), sources: sources[k]!.map(String) };
    if (titleEn[k] !== null) out.titleEn = String(titleEn[k]);
    if (note[k] !== null) out.inferenceNote = String(note[k]);
    return out;
  });
}

/** Whether an initiative's texts are present (sources are never empty once loaded). */
export const hasTexts = (i: Initiative): boolean => i.sources.length > 0;
