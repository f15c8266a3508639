import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/lib/buildPipeline';
import { InputError, formatProblem } from '../../scripts/lib/inputError';
import { BAD_INPUT_EXPECTATIONS } from './badInputExpectations';
import { listFiles } from '../../scripts/lib/writeArtefacts';

const out = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
const snapshot = () => Object.fromEntries(listFiles(out).map((f) => [f, createHash('sha256').update(readFileSync(join(out, f))).digest('hex')]));
let before: Record<string, string>;

async function failure(opts: Parameters<typeof runBuild>[0]): Promise<string> {
  try {
    await runBuild(opts);
  } catch (e) {
    if (e instanceof InputError) return e.problems.map(formatProblem).join('\n');
    throw e;
  }
  throw new Error('the build accepted broken input');
}

beforeAll(async () => {
  await runBuild({ cases: 'tests/fixtures/cases-small', out, maxYear: 2026 });
  before = snapshot();
  expect(Object.keys(before).filter((f) => !f.startsWith('tiles/'))).toEqual(['atlas-texts.json', 'atlas.json', 'manifest.json', 'nuts-high.topo.json', 'nuts-low.topo.json', 'places.json']);
  expect(Object.keys(before).filter((f) => f.startsWith('tiles/regions/')).length).toBeGreaterThan(500);
});

describe('broken case tables', () => {
  const kinds = readdirSync('tests/fixtures/bad').sort();
  it('covers every fixture with a hand-written expectation', () => {
    expect(kinds).toEqual(Object.keys(BAD_INPUT_EXPECTATIONS).sort());
    expect(kinds.length).toBeGreaterThanOrEqual(30);
  });
  for (const kind of kinds) {
    it(`${kind}: names file, line and field, and leaves earlier artefacts untouched`, async () => {
      const message = await failure({ cases: `tests/fixtures/bad/${kind}`, out, maxYear: 2026 });
      const want = BAD_INPUT_EXPECTATIONS[kind]!;
      expect(message.split('\n')).toHaveLength(1);
      const parts = /^(?<file>[^:]+?)(?::(?<line>\d+))?: field "(?<field>[^"]+)": expected (?<text>.+)$/.exec(message)?.groups;
      expect(parts, message).toBeDefined();
      expect(parts!.file).toBe(`tests/fixtures/bad/${kind}/${want.file}`);
      expect(parts!.line === undefined ? null : Number(parts!.line)).toBe(want.line);
      expect(parts!.field).toBe(want.field);
      expect(parts!.text).toContain(want.phrase);
      expect(snapshot()).toEqual(before);
    });
  }
});

describe('broken LAU polygons', () => {
  const cases: [string, string][] = [
    ['not-a-collection', 'tests/fixtures/lau/not-a-collection.geojson: field "type": expected a GeoJSON FeatureCollection with a "features" array'],
    ['invalid-polygon', 'tests/fixtures/lau/invalid-polygon.geojson: field "features[1].geometry": expected a valid polygon (closed rings of at least 4 positions, no self-intersection)'],
    ['missing-id', 'tests/fixtures/lau/missing-id.geojson: field "features[0].properties": expected an id property (LAU_ID or GISCO_ID or id)'],
    ['no-such-file', 'tests/fixtures/lau/no-such-file.geojson: field "--lau": expected an existing GeoJSON file of LAU polygons'],
  ];
  for (const [name, expected] of cases) {
    it(name, async () => {
      expect(await failure({ cases: 'tests/fixtures/cases-small', lau: `tests/fixtures/lau/${name}.geojson`, out, maxYear: 2026 })).toBe(expected);
      expect(snapshot()).toEqual(before);
    });
  }
});

describe('output folder', () => {
  it('rejects an output path that cannot be a writable folder', async () => {
    const file = join(out, 'atlas.json');
    const message = await failure({ cases: 'tests/fixtures/cases-small', out: join(file, 'sub'), maxYear: 2026 });
    expect(message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/sub: field "--out": expected a writable output folder \\(ENOTDIR`));
    expect(snapshot()).toEqual(before);
  });
});

describe('spreadsheet habits that are accepted', () => {
  const variant = (name: string, transform: (cities: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
    cpSync('tests/fixtures/cases-small', dir, { recursive: true });
    writeFileSync(join(dir, 'cities.csv'), transform(readFileSync(join(dir, 'cities.csv'), 'utf8')));
    return dir;
  };
  it('a byte-order mark and CRLF line ends build the same atlas', async () => {
    const dir = variant('bom-crlf', (s) => '\uFEFF' + s.replace(/\n/g, '\r\n'));
    const o = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    const report = await runBuild({ cases: dir, out: o, maxYear: 2026 });
    expect(report.counts.cities).toBe(3);
    const cities = (JSON.parse(readFileSync(join(o, 'atlas.json'), 'utf8')) as { cities: { name: string }[] }).cities.map((c) => c.name);
    expect(cities).toEqual(['Písek', 'Barcelona', 'Łódź']);
  });
  it('an unknown extra column is a warning, not an error', async () => {
    const dir = variant('extra', (s) => s.replace(/\n/g, ',x\n').replace('nuts3,x', 'nuts3,notes'));
    const o = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    const report = await runBuild({ cases: dir, out: o, maxYear: 2026 });
    expect(report.warnings.map(formatProblem)).toEqual([`${dir}/cities.csv:1: field "notes": expected a known column; "notes" is not part of the format and is ignored`]);
  });
});

describe('command line', () => {
  it('exits non-zero and prints the problem on bad input', () => {
    mkdirSync(join(out, 'cli'), { recursive: true });
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-atlas.ts', '--cases', 'tests/fixtures/bad/unknown-vocabulary', '--out', join(out, 'cli')], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('Build failed: 1 problem(s) in the input. Nothing was written.');
    expect(res.stderr).toContain('(did you mean "municipal_company"?)');
    expect(readdirSync(join(out, 'cli'))).toEqual([]);
  });
});
