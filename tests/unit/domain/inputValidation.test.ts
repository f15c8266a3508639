/**
 * The validation step alone (CSV parsing and the shared row schemas, no geometry), over the same
 * broken fixtures and hand-written expectations as the full build test: fast enough to run for
 * every mutant in mutation testing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, formatProblem } from '../../../scripts/lib/inputError';
import { parseCityTable, parseInitiativeTable, validateCaseTables } from '../../../scripts/lib/validateCases';
import { BAD_INPUT_EXPECTATIONS } from '../badInputExpectations';

/** Fixtures whose error needs the NUTS geometry or the gazetteer: found after validation. */
const FOUND_WHEN_LOCATING = ['coordinates-outside', 'coordinates-swapped', 'country-mismatch', 'nuts-disagrees', 'nuts-other-version', 'nuts-wrong-level', 'unknown-place'];

function validate(dir: string): string {
  const file = (name: string) => `${dir}/${name}`;
  try {
    validateCaseTables([parseCityTable(file('cities.csv'), readFileSync(file('cities.csv')))], [parseInitiativeTable(file('initiatives.csv'), readFileSync(file('initiatives.csv')))], { maxYear: 2026 });
  } catch (e) {
    if (e instanceof InputError) return e.problems.map(formatProblem).join('\n');
    throw e;
  }
  return '';
}

describe('validation of broken case tables, without geometry', () => {
  it('accepts the small valid tables', () => {
    expect(validate('tests/fixtures/cases-small')).toBe('');
  });
  for (const kind of readdirSync('tests/fixtures/bad').sort()) {
    const want = BAD_INPUT_EXPECTATIONS[kind]!;
    if (FOUND_WHEN_LOCATING.includes(kind)) {
      it(`${kind}: passes validation (the build finds it when locating cities)`, () => expect(validate(`tests/fixtures/bad/${kind}`)).toBe(''));
      continue;
    }
    it(`${kind}: file, line, field and key phrase`, () => {
      const message = validate(`tests/fixtures/bad/${kind}`);
      const where = `tests/fixtures/bad/${kind}/${want.file}${want.line === null ? '' : `:${want.line}`}: field "${want.field}": expected `;
      expect(message.split('\n')).toHaveLength(1);
      expect(message.startsWith(where), message).toBe(true);
      expect(message).toContain(want.phrase);
    });
  }
});
