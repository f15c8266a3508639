/**
 * Inter-coder agreement: `npm run kappa -- <first-coding.csv> <second-coding.csv> [--markdown]`.
 * Both files use the initiatives table's column names (initiative_id, governance, service_types,
 * data_aspects, participation, scale, enablers, barriers, shared_solutions); the initiatives rated
 * in both files are compared. Prints Cohen's kappa and the sample size per dimension.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CODING_COLUMNS, agreementByDimension, codingsFromRows } from './lib/agreement';
import { parseCsv } from './lib/csvTable';
import { InputError, formatProblem } from './lib/inputError';
import { BARRIERS, DATA_ASPECTS, ENABLERS, GOVERNANCE_MODELS, PARTICIPATION_DEPTHS, SCALES, SERVICE_TYPES, SHARED_SOLUTIONS } from '../src/domain/vocabularies';

const VOCABULARIES = {
  governance: GOVERNANCE_MODELS, participation: PARTICIPATION_DEPTHS, scale: SCALES, service_types: SERVICE_TYPES,
  data_aspects: DATA_ASPECTS, enablers: ENABLERS, barriers: BARRIERS, shared_solutions: SHARED_SOLUTIONS,
};

const { values, positionals } = parseArgs({ allowPositionals: true, options: { markdown: { type: 'boolean', default: false } } });
const fmt = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(2));

try {
  if (positionals.length !== 2) throw new InputError([{ file: '(command line)', line: 0, field: 'files', expected: 'two coding CSV files: the first coding and the second coding' }]);
  const [first, second] = positionals.map((file) => {
    let bytes: Uint8Array;
    try { bytes = readFileSync(file); } catch { throw new InputError([{ file, line: 0, field: '(file)', expected: 'a readable CSV file' }]); }
    const table = parseCsv(file, bytes, { required: ['initiative_id'], optional: CODING_COLUMNS });
    const { codings, problems } = codingsFromRows(file, table.rows, VOCABULARIES);
    if (problems.length) throw new InputError(problems);
    return codings;
  }) as [ReturnType<typeof codingsFromRows>['codings'], ReturnType<typeof codingsFromRows>['codings']];
  const rows = agreementByDimension(first, second, VOCABULARIES);
  if (values.markdown) {
    console.log('| dimension | n | observed agreement | Cohen\'s kappa |\n|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.dimension} | ${r.n} | ${(r.observed * 100).toFixed(0)}% | kappa ${fmt(r.kappa)} |`);
  } else {
    for (const r of rows) {
      console.log(`${r.dimension.padEnd(18)} n=${String(r.n).padStart(4)}  observed ${(r.observed * 100).toFixed(0).padStart(3)}%  kappa ${fmt(r.kappa)}`);
      for (const v of r.perValue) if (v.kappa.kappa !== undefined) console.log(`    ${v.value.padEnd(28)} kappa ${fmt(v.kappa.kappa)}`);
    }
  }
} catch (e) {
  if (e instanceof InputError) {
    console.error(`Agreement not computed: ${e.problems.length} problem(s).`);
    for (const p of e.problems) console.error(`  ✗ ${formatProblem(p)}`);
  } else console.error((e as Error).stack ?? String(e));
  process.exitCode = 1;
}
