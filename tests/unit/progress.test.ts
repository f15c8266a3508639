import { describe, expect, it } from 'vitest';
import { progressReporter, PROGRESS_LOG_EVERY_MS } from '../../scripts/lib/progress';

function sink(isTTY: boolean) {
  let t = 0;
  const out: string[] = [];
  return { out, tick: (ms: number) => { t += ms; }, sink: { write: (s: string) => out.push(s), isTTY, now: () => t } };
}

describe('build progress display', () => {
  it('in a log: the first count, then a line every few seconds, and always the last', () => {
    const s = sink(false);
    const report = progressReporter(s.sink);
    report('LAU polygons checked', 1000, 100_000);
    for (let done = 2000; done < 100_000; done += 1000) { s.tick(100); report('LAU polygons checked', done, 100_000); }
    report('LAU polygons checked', 100_000, 100_000);
    expect(s.out[0]).toBe('  … LAU polygons checked: 1,000 of 100,000 (1%)\n');
    expect(s.out.at(-1)).toBe('  … LAU polygons checked: 100,000 of 100,000 (100%)\n');
    // 9.8 s of reports at one line per PROGRESS_LOG_EVERY_MS, plus the first and the last.
    expect(s.out.length).toBe(2 + Math.floor(9800 / PROGRESS_LOG_EVERY_MS));
  });

  it('a new step prints at once', () => {
    const s = sink(false);
    const report = progressReporter(s.sink);
    report('LAU polygons checked', 10, 10);
    report('LAU tiles cut', 500, 6000);
    expect(s.out).toEqual(['  … LAU polygons checked: 10 of 10 (100%)\n', '  … LAU tiles cut: 500 of 6,000 (8%)\n']);
  });

  it('on a terminal: one line rewritten in place, ended when the step is done', () => {
    const s = sink(true);
    const report = progressReporter(s.sink);
    report('LAU tiles cut', 500, 1000);
    s.tick(50);
    report('LAU tiles cut', 600, 1000); // too soon after the last: skipped
    s.tick(100);
    report('LAU tiles cut', 700, 1000);
    report('LAU tiles cut', 1000, 1000);
    expect(s.out).toEqual([
      '\r  … LAU tiles cut: 500 of 1,000 (50%)\x1b[K',
      '\r  … LAU tiles cut: 700 of 1,000 (70%)\x1b[K',
      '\r  … LAU tiles cut: 1,000 of 1,000 (100%)\x1b[K\n',
    ]);
  });
});
