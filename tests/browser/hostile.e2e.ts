/**
 * Hostile content (case tables can come from anyone) rendered in every view: no script runs,
 * only http(s) links are clickable, layouts hold. The artefact is served with hostile rows
 * injected, as a table that slipped past the build would look.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitForMapIdle, type Session } from './harness';
import { readAtlas } from '../unit/readAtlas';
import { serveAtlas } from './servedAtlas';
import { hoverUntil } from './pageActions';

const LONG = 'Ł'.repeat(10_000);
const hostile = readAtlas();
const [a, b] = [hostile.cities.find((c) => c.id === 'es-barcelona')!, hostile.cities.find((c) => c.id === 'ee-tartu')!];
a.name = '<img src=x onerror="alert(1)">Barça\u202Eevil\u202C\u200B🏛️';
a.nameEn = '<script>alert("name")</script>';
a.governanceNote = '&lt;b&gt;entity&lt;/b&gt; &amp; "quotes" <svg onload=alert(2)>';
a.sources = ['javascript:alert(3)', 'data:text/html,<script>alert(4)</script>', 'https://example.org/ok'];
b.name = `=HYPERLINK("http://evil.example","x")${LONG}`;
// Titles and texts travel in the texts file; the hostile ones replace those of the two cities' initiatives.
for (const i of hostile.initiatives.filter((x) => x.cityId === a.id || x.cityId === b.id)) {
  i.title = '"><script>alert(document.domain)</script><a href="javascript:alert(5)">click</a>';
  i.summary = `\u202Eright-to-left override ${'<b onmouseover=alert(6)>'.repeat(200)} 😀 ${LONG}`;
  i.sources = ['javascript:alert(7)', 'https://example.org/source'];
  i.inferenceNote = '<iframe src="javascript:alert(8)"></iframe>';
}
// "Adopted from" shows another city's name, and an id that slipped past the build as itself.
for (const i of hostile.initiatives.filter((x) => x.cityId === b.id)) i.adoptedFrom = [a.id, '<img src=x onerror=alert(11)>'];

let session: Session;
/** Serves the hostile artefact and seeds a hostile saved scene before the atlas loads. */
async function seedHostile(page: Page): Promise<void> {
  await serveAtlas(page, hostile);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('atlas.scenes', JSON.stringify({ format: 'atlas-scenes', version: 1, scenes: [{ id: 'x', title: '<img src=x onerror=alert(9)>', notes: '<script>alert(10)</script>', query: 'v=1&city=es-barcelona&compare=es-barcelona,ee-tartu' }] }));
      sessionStorage.setItem('seeded', '1');
    }
  });
}

/** Opens the atlas with the hostile data and waits until the initiative texts have arrived too. */
const open = async (query: string): Promise<Page> => {
  const { page } = await session.open(query, { before: seedHostile });
  await page.waitForSelector('.app[data-texts="ready"]', { state: 'attached', timeout: 30_000 });
  return page;
};

async function assertSafe(page: Page) {
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).getAttribute('href') ?? ''));
  for (const h of hrefs) expect(h, h).toMatch(/^(https?:\/\/|#|\/|\?|\.\/|blob:)/);
  expect(hrefs.some((h) => h.startsWith('javascript:') || h.startsWith('data:'))).toBe(false);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('img[src="x"], svg[onload], iframe').count()).toBe(0);
  const width = page.viewportSize()!.width;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

beforeAll(async () => { session = await startSession(); });
afterAll(async () => { await session?.close(); });

describe('hostile rows rendered as text', () => {
  it('adoption links: a hostile city name and a hostile id appear as text', async () => {
    const page = await open('?city=ee-tartu');
    const card = page.locator('.city-card');
    await card.locator('dt', { hasText: 'Adopted from' }).first().waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('<img src=x onerror="alert(1)">Barça');
    expect(text).toContain('<img src=x onerror=alert(11)>');
    await assertSafe(page);
  });

  it('card: names, notes and summaries appear as text; unsafe links are not links', async () => {
    const page = await open('?city=es-barcelona');
    expect(await page.locator('#city-card-title').textContent()).toContain('<img src=x onerror="alert(1)">Barça');
    expect(await page.locator('.city-card').textContent()).toContain('<script>alert(document.domain)</script>');
    expect(await page.locator('.city-card').textContent()).toContain('<b onmouseover=alert(6)>');
    expect(await page.locator('.city-card').textContent()).toContain('<iframe src="javascript:alert(8)"></iframe>');
    expect(await page.locator('.unsafe-link').count()).toBeGreaterThanOrEqual(3);
    await assertSafe(page);
    const card = page.locator('.detail');
    expect(await card.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  });

  it('table, compare and tooltip', async () => {
    const page = await open('?view=table');
    expect(await page.locator('table.city-table').textContent()).toContain('=HYPERLINK(');
    await assertSafe(page);
    await page.goto(`${session.baseUrl}?view=compare&compare=es-barcelona,ee-tartu`);
    await page.waitForSelector('.compare-table');
    expect(await page.locator('.compare-table thead').textContent()).toContain('<img src=x');
    await assertSafe(page);
    await page.goto(`${session.baseUrl}?at=5,41.4,2.2`);
    await waitForMapIdle(page);
    const p = await page.evaluate((ll) => (window as unknown as { __atlasMap: { project: (x: [number, number]) => { x: number; y: number } } }).__atlasMap.project(ll), a.lonLat);
    const box = (await page.locator('.map canvas').first().boundingBox())!;
    await hoverUntil(page, box.x + p.x, box.y + p.y, '.map-tooltip');
    expect(await page.locator('.map-tooltip').textContent()).toContain('<img src=x');
    await assertSafe(page);
  });

  it('presentation and exports', async () => {
    const page = await open('?view=scenes');
    expect(await page.locator('.scene-title').textContent()).toBe('<img src=x onerror=alert(9)>');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.waitForSelector('.presentation-bar');
    await page.keyboard.press('n');
    expect(await page.locator('.speaker-notes').textContent()).toBe('<script>alert(10)</script>');
    await assertSafe(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Share and export', exact: true }).click();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Matching cities (CSV)' }).click()]);
    const csv = readFileSync((await dl.path())!, 'utf8').slice(1);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    const tartu = rows.find((r) => r.city_id === 'ee-tartu')!;
    expect(tartu.name?.startsWith("'=HYPERLINK(")).toBe(true);
    await assertSafe(page);
  });

  it('no script ran and nothing went off the origin', () => {
    expect(session.pages.flatMap((p) => p.errors)).toEqual([]);
    expect(session.pages.flatMap((p) => p.offOrigin)).toEqual([]);
  });
});

describe('content security policy', () => {
  it('the production build forbids inline script and connections off the origin', async () => {
    const page = await open('');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("connect-src 'self'");
    const blocked = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      try { await fetch('https://example.org/'); } catch { /* blocked */ }
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.appendChild(s);
      await new Promise((r) => setTimeout(r, 100));
      return { violations, inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
    });
    expect(blocked.inlineRan).toBe(false);
    expect(blocked.violations).toEqual(expect.arrayContaining(['connect-src', 'script-src-elem']));
  });
});
