/**
 * Builds the atlas data: `npm run build:data [-- --cases <dir|file>] [--lau <geojson>] [--out <dir>]`.
 * Thin CLI over scripts/lib; exits non-zero on bad input and leaves earlier artefacts untouched.
 */
import { parseArgs } from 'node:util';
import { InputError, formatProblem } from './lib/inputError';
import { runBuild } from './lib/buildPipeline';
import { progressReporter } from './lib/progress';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: 'geodata/cases' },
    lau: { type: 'string' },
    out: { type: 'string', default: 'public/data' },
    quiet: { type: 'boolean', default: false },
  },
});

const log = (s: string) => { if (!values.quiet) console.log(s); };

try {
  log(`Building atlas data from ${values.cases}${values.lau ? ` with LAU ${values.lau}` : ''} into ${values.out}`);
  const t0 = performance.now();
  // Progress goes to stderr so that it shows even with --quiet on large tables.
  const progress = (done: number, total: number, file: string) => process.stderr.write(`  … ${file}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} rows validated\n`);
  const stepProgress = progressReporter({ write: (s) => process.stderr.write(s), isTTY: process.stderr.isTTY, now: () => performance.now() });
  const report = await runBuild({ cases: values.cases, out: values.out, log, progress, stepProgress, ...(values.lau ? { lau: values.lau } : {}) });
  log('\nJoin report');
  log(`  cities: ${report.counts.cities} in ${report.counts.countries} countries; initiatives: ${report.counts.initiatives}; context places: ${report.counts.places}`);
  log(`  warnings: ${report.warnings.length}`);
  for (const w of report.warnings) log(`  ! ${formatProblem(w)}`);
  for (const [name, size] of Object.entries(report.sizes)) log(`  ${name}: ${(size / 1024).toFixed(1)} KiB`);
  log(`Done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
} catch (e) {
  if (e instanceof InputError) {
    console.error(`Build failed: ${e.problems.length} problem(s) in the input. Nothing was written.`);
    for (const p of e.problems) console.error(`  ✗ ${formatProblem(p)}`);
  } else {
    console.error(`Build failed: ${(e as Error).stack ?? String(e)}`);
  }
  process.exitCode = 1;
}
