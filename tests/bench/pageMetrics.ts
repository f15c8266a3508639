/** Measurements of a page in headless Chromium, shared by the front-end benchmarks. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { errors, type Page } from 'playwright-core';
import { FIRST_VIEW, MAP_IDLE, type Session } from '../browser/harness';
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

/** A reference page's drawn view (the atlas's first view is the harness's FIRST_VIEW). */
export const PAGE_IDLE = 'body[data-idle="1"]';

type Watched = { __benchSeen?: Record<string, number> };

/**
 * A page in a fresh context that notes, on its own clock (ms from navigation start), when each of
 * these selectors first matches: a MutationObserver sees an attribute the moment it is set,
 * where waiting from the test would add its polling and a round trip.
 */
async function watchedPage(session: Session, url: string): Promise<Page> {
  // As the headless browser is: WebGL in software, as on a desktop without a graphics card.
  const { page } = await session.newPage({ gpu: false });
  await page.addInitScript((selectors: string[]) => {
    const seen: Record<string, number> = {};
    (window as Watched).__benchSeen = seen;
    // The atlas fetches fewer files than the default buffer holds; a larger one keeps the transfer count whole regardless.
    performance.setResourceTimingBufferSize(2000);
    new MutationObserver(() => {
      for (const s of selectors) if (!(s in seen) && document.querySelector(s)) seen[s] = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, [FIRST_VIEW, MAP_IDLE, PAGE_IDLE]);
  await page.goto(url);
  return page;
}

/** When `selector` first matched, in ms from navigation start; NaN if it did not within `timeout`. */
async function matchedAt(page: Page, selector: string, timeout: number): Promise<number> {
  try {
    const at = await page.waitForFunction((s) => (window as Watched).__benchSeen?.[s] ?? false, selector, { timeout });
    return (await at.jsonValue()) as number;
  } catch (e) {
    if (e instanceof errors.TimeoutError) return NaN;
    throw e;
  }
}

/**
 * Bytes fetched from `baseUrl` until the first view is on screen, each file gzip-compressed
 * (level 6) from `root` as a static server would send it.
 */
export async function firstViewTransfer(session: Session, baseUrl: string, root: string): Promise<{ bytes: number; files: number }> {
  const page = await watchedPage(session, baseUrl);
  const at = await matchedAt(page, FIRST_VIEW, 60_000);
  if (Number.isNaN(at)) throw new Error(`${baseUrl}: no first view within 60 s`);
  const fetched = await page.evaluate((t) => performance.getEntries()
    .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming && e.responseEnd <= t)
    .map((e) => e.name), at);
  const urls = new Set(fetched.filter((u) => u.startsWith(baseUrl)));
  let bytes = 0;
  for (const u of urls) {
    const file = join(root, new URL(u).pathname.replace(/^\//, '') || 'index.html');
    if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 6 }).length;
  }
  await page.context().close();
  return { bytes, files: urls.size };
}

/**
 * Time from navigation start until `selector` matches, in a fresh context, with the page's
 * performance marks; NaN if it did not within `timeout`.
 */
export async function loadUntil(session: Session, url: string, selector: string, timeout = 60_000): Promise<{ ms: number; marks: Map<string, number> }> {
  const page = await watchedPage(session, url);
  const ms = await matchedAt(page, selector, timeout);
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
