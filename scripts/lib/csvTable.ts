/**
 * Reads a UTF-8 CSV table into rows keyed by header, with the 1-based line number of each row.
 * Strict about encoding, delimiter and quoting, lenient about a BOM and CRLF line ends
 * (both are what spreadsheet programs write).
 */
import Papa from 'papaparse';
import { InputError, type InputProblem } from './inputError';

export interface CsvRow {
  readonly line: number;
  readonly values: Record<string, string>;
}

export interface CsvTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly warnings: readonly InputProblem[];
}

export interface CsvSpec {
  readonly required: readonly string[];
  readonly optional?: readonly string[];
}

/** Decode bytes as UTF-8, failing with the line of the first invalid byte sequence. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const line = text.slice(0, Math.max(0, bad)).split('\n').length;
    throw new InputError([{ file, line, field: '(encoding)', expected: 'UTF-8 text; found bytes that are not UTF-8 (was the file saved as Latin-1 / Windows-1252? Save it as "CSV UTF-8")' }]);
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function parseCsv(file: string, bytes: Uint8Array, spec: CsvSpec): CsvTable {
  let text = decodeUtf8(file, bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError([{ file, line: 0, field: '(file)', expected: `a header row (${spec.required.join(',')}) and at least one data row; the file is empty` }]);
  const starts = lineStarts(text);
  const rawRows: { cells: string[]; start: number }[] = [];
  let rowStart = 0;
  const problems: InputProblem[] = [];
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (res) => {
      for (const e of res.errors) {
        if (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') {
          problems.push({ file, line: lineOf(starts, rowStart), field: '(quoting)', expected: 'balanced double quotes: a quoted field must end with " and a quote inside a field is written ""' });
        }
      }
      rawRows.push({ cells: res.data, start: rowStart });
      rowStart = res.meta.cursor;
      while (rowStart < text.length && (text[rowStart] === '\n' || text[rowStart] === '\r')) {
        if (text[rowStart] === '\n') { rowStart++; break; }
        rowStart++;
      }
    },
  });
  if (problems.length > 0) throw new InputError(problems.slice(0, 1));
  const nonEmpty = rawRows.filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ''));
  const headerRow = nonEmpty[0];
  if (!headerRow) throw new InputError([{ file, line: 0, field: '(file)', expected: 'a header row; the file is empty' }]);
  const header = headerRow.cells.map((h) => h.trim());
  if (header.length === 1 && /[;\t|]/.test(header[0]!)) {
    const sep = header[0]!.includes(';') ? 'semicolons' : header[0]!.includes('\t') ? 'tabs' : 'pipes';
    throw new InputError([{ file, line: 1, field: '(header)', expected: `comma-separated columns; the header is separated by ${sep} (export the sheet as "CSV UTF-8 (comma delimited)")` }]);
  }
  const missing = spec.required.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new InputError(missing.map((c) => ({ file, line: 1, field: c, expected: `a column named "${c}" in the header row` })));
  const known = new Set([...spec.required, ...(spec.optional ?? [])]);
  const warnings: InputProblem[] = header
    .filter((h) => !known.has(h))
    .map((h) => ({ file, line: 1, field: h, expected: `a known column; "${h}" is not part of the format and is ignored` }));
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) throw new InputError([{ file, line: 1, field: dup, expected: 'each column name once in the header row' }]);
  const rows: CsvRow[] = [];
  for (const r of nonEmpty.slice(1)) {
    const line = lineOf(starts, r.start);
    if (r.cells.length !== header.length) {
      throw new InputError([{ file, line, field: '(row)', expected: `${header.length} comma-separated fields as in the header; found ${r.cells.length}` }]);
    }
    const values: Record<string, string> = {};
    for (const c of spec.optional ?? []) values[c] = '';
    header.forEach((h, i) => { values[h] = r.cells[i] ?? ''; });
    rows.push({ line, values });
  }
  if (rows.length === 0) throw new InputError([{ file, line: 1, field: '(file)', expected: 'at least one data row below the header; the file has only a header' }]);
  return { file, header, rows, warnings };
}
