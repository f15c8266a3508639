import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('browser test harness', () => {
  it('fails with install instructions when no browser is found (never a silent skip)', () => {
    const code = "import('./tests/browser/harness.ts').then((h) => h.startSession()).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); })";
    const res = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8', env: { ...process.env, ATLAS_CHROMIUM: '/nonexistent/chromium' } });
    expect(res.status).toBe(3);
    expect(res.stderr).toContain('No Chromium at /nonexistent/chromium. Install it with "apt-get install -y chromium" or set ATLAS_CHROMIUM');
  });
});
