import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeLargeTables } from './largeTable';

// Large enough for several progress lines; the 200,000-row build is timed by npm run bench:build.
const ROWS = 60_000;

describe('a 60,000-row table', () => {
  it('builds, showing progress while it validates (time measured by npm run bench:build)', () => {
    const dir = writeLargeTables(ROWS);
    const out = mkdtempSync(join(tmpdir(), 'atlas-large-out-'));
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-atlas.ts', '--quiet', '--cases', dir, '--out', out], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(res.stderr).toContain('20,000 of 60,000 rows validated');
    expect(res.stderr).toContain('40,000 of 60,000 rows validated');
    expect(res.stderr).toContain(`${ROWS.toLocaleString('en')} of ${ROWS.toLocaleString('en')} rows validated`);
    expect(res.status).toBe(0);
    const meta = (JSON.parse(readFileSync(join(out, 'atlas.json'), 'utf8')) as { meta: { counts: { initiatives: number } } }).meta;
    expect(meta.counts.initiatives).toBe(ROWS);
  }, 120_000);
});
