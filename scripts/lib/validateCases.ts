/** Validates case-table rows against the shared input schema; collects every problem with its line. */
import type { ZodTypeAny, z } from 'zod';
import {
  CITY_COLUMNS, CITY_OPTIONAL_COLUMNS, INITIATIVE_COLUMNS, INITIATIVE_OPTIONAL_COLUMNS,
  cityRowSchema, initiativeRowSchema, type CityRow, type InitiativeRow, type RowSchemaOptions,
} from '../../src/domain/inputSchema';
import { InputError, type InputProblem } from './inputError';
import { parseCsv, type CsvTable } from './csvTable';
import { nearest } from '../../src/domain/suggest';

export interface Located<T> { readonly file: string; readonly line: number; readonly row: T }

export interface CaseTables {
  readonly cities: readonly Located<CityRow>[];
  readonly initiatives: readonly Located<InitiativeRow>[];
  readonly warnings: readonly InputProblem[];
}

const MAX_PROBLEMS = 50;

/** Called every PROGRESS_EVERY rows while validating, with rows done and total. */
export type Progress = (done: number, total: number, file: string) => void;
export const PROGRESS_EVERY = 20_000;

function validateRows<S extends ZodTypeAny>(table: CsvTable, schema: S, problems: InputProblem[], progress?: Progress): Located<z.output<S>>[] {
  const out: Located<z.output<S>>[] = [];
  let n = 0;
  for (const r of table.rows) {
    if (progress && ++n % PROGRESS_EVERY === 0) progress(n, table.rows.length, table.file);
    const res = schema.safeParse(r.values);
    if (res.success) out.push({ file: table.file, line: r.line, row: res.data });
    else for (const issue of res.error.issues) {
      problems.push({ file: table.file, line: r.line, field: String(issue.path[0] ?? '(row)'), expected: issue.message });
    }
  }
  return out;
}

export function parseCityTable(file: string, bytes: Uint8Array): CsvTable {
  return parseCsv(file, bytes, { required: CITY_COLUMNS, optional: CITY_OPTIONAL_COLUMNS });
}

export function parseInitiativeTable(file: string, bytes: Uint8Array): CsvTable {
  return parseCsv(file, bytes, { required: INITIATIVE_COLUMNS, optional: INITIATIVE_OPTIONAL_COLUMNS });
}

/** Validate parsed tables: row schemas, unique ids, initiatives pointing at known cities. */
export function validateCaseTables(cityTables: readonly CsvTable[], initiativeTables: readonly CsvTable[], opts: RowSchemaOptions, progress?: Progress): CaseTables {
  const problems: InputProblem[] = [];
  const cities = cityTables.flatMap((t) => validateRows(t, cityRowSchema(opts), problems, progress));
  const initiatives = initiativeTables.flatMap((t) => validateRows(t, initiativeRowSchema(opts), problems, progress));
  const seenCity = new Map<string, Located<CityRow>>();
  for (const c of cities) {
    const prev = seenCity.get(c.row.city_id);
    if (prev) problems.push({ file: c.file, line: c.line, field: 'city_id', expected: `a unique id; "${c.row.city_id}" is already used at ${prev.file}:${prev.line}` });
    else seenCity.set(c.row.city_id, c);
    if (!c.row.city_id.startsWith(c.row.country.toLowerCase() + '-')) {
      problems.push({ file: c.file, line: c.line, field: 'city_id', expected: `an id starting with the country code "${c.row.country.toLowerCase()}-"` });
    }
  }
  // Initiatives are checked against every id in the cities tables, valid row or not, so one bad city row gives one error.
  const tableCityIds = new Set(cityTables.flatMap((t) => t.rows.map((r) => (r.values.city_id ?? '').trim())));
  const seenInit = new Map<string, Located<InitiativeRow>>();
  for (const i of initiatives) {
    const prev = seenInit.get(i.row.initiative_id);
    if (prev) problems.push({ file: i.file, line: i.line, field: 'initiative_id', expected: `a unique id; "${i.row.initiative_id}" is already used at ${prev.file}:${prev.line}` });
    else seenInit.set(i.row.initiative_id, i);
    if (!tableCityIds.has(i.row.city_id)) {
      problems.push({ file: i.file, line: i.line, field: 'city_id', expected: `the city_id of a row in the cities table; "${i.row.city_id}" is not there` });
    }
    for (const from of i.row.adopted_from) {
      if (!tableCityIds.has(from)) {
        const hint = nearest(from, [...tableCityIds]);
        problems.push({ file: i.file, line: i.line, field: 'adopted_from', expected: `the city_id of a row in the cities table; "${from}" is not there${hint ? ` (did you mean "${hint}"?)` : ''}` });
      }
    }
  }
  if (problems.length > 0) throw new InputError(problems.slice(0, MAX_PROBLEMS));
  return { cities, initiatives, warnings: [...cityTables, ...initiativeTables].flatMap((t) => t.warnings) };
}
