/** Measurements of a page in headless Chromium, shared by the front-end benchmarks. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { waitForMapIdle, type Session } from '../browser/harness';
import { filterOption } from '../browser/pageActions';

/** Main-thread task time (CDP TaskDuration) spent during `action` and the 400 ms after it. */
export async function taskMs(page: Page, action: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const before = await read();
  await action();
  await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
  const after = await read();
  await cdp.detach();
  return after - before;
}

/**
 * Bytes fetched from `baseUrl` until the map is idle with its cities drawn, each file
 * gzip-compressed (level 6) from `root` as a static server would send it.
 */
export async function firstViewTransfer(session: Session, baseUrl: string, root: string): Promise<{ bytes: number; files: number }> {
  const { page } = await session.newPage();
  const urls = new Set<string>();
  page.on('response', (r) => { if (r.url().startsWith(baseUrl)) urls.add(r.url()); });
  await page.goto(baseUrl);
  await waitForMapIdle(page);
  let bytes = 0;
  for (const u of urls) {
    const file = join(root, new URL(u).pathname.replace(/^\//, '') || 'index.html');
    if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 6 }).length;
  }
  await page.context().close();
  return { bytes, files: urls.size };
}

/** Time from navigation start to the map idle with its cities drawn, in a fresh context, plus the page's performance marks. */
export async function loadToIdle(session: Session, url: string): Promise<{ ms: number; marks: Map<string, number> }> {
  const { page } = await session.newPage();
  await page.goto(url);
  await waitForMapIdle(page);
  const ms = await page.evaluate(() => performance.now());
  const marks = new Map(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as [string, number])));
  await page.context().close();
  return { ms, marks };
}

/** Twelve toggles of a governance filter, each measured beside an equal idle window (the page's map idle). */
export async function filterToggles(page: Page): Promise<{ ours: number[]; idle: number[] }> {
  // Resolve the checkbox once: locator look-ups inside the measured window would bill the page for test work.
  const box = (await (await filterOption(page, 'Governance model', /^In-house/)).elementHandle())!;
  const ours: number[] = [];
  const idle: number[] = [];
  for (let i = 0; i < 12; i++) {
    idle.push(await taskMs(page, async () => {}));
    ours.push(await taskMs(page, async () => { await box.evaluate((el) => (el as HTMLInputElement).click()); }));
  }
  return { ours, idle };
}
