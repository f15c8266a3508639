/**
 * A mid-size generated table (small enough for CI), built into a scratch folder and served in place
 * of the shipped data: after the split into index and texts, a card still shows its initiatives
 * with summaries and sources, and the virtualised table holds every row.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, startSession, type Session } from './harness';
import { runBuild } from '../../scripts/lib/buildPipeline';
import { writeLargeCorpus } from '../bench/largeCorpus';

const CITIES = 150;
const PER_CITY = 8;
type Row = Record<string, string>;

let session: Session;
let site: { url: string; close: () => Promise<void> };
let dir: string;
let initiatives: Row[];
let cities: Row[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-mid-'));
  writeLargeCorpus(join(dir, 'cases'), CITIES, PER_CITY);
  await runBuild({ cases: join(dir, 'cases'), out: join(dir, 'data') });
  cpSync('dist', join(dir, 'site'), { recursive: true });
  rmSync(join(dir, 'site', 'data'), { recursive: true });
  cpSync(join(dir, 'data'), join(dir, 'site', 'data'), { recursive: true });
  const read = (f: string) => Papa.parse<Row>(readFileSync(join(dir, 'cases', f), 'utf8'), { header: true, skipEmptyLines: true }).data;
  initiatives = read('initiatives.csv');
  cities = read('cities.csv');
  session = await startSession();
  site = await serveFolder(join(dir, 'site'));
}, 180_000);

afterAll(async () => {
  await session?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`a generated table of ${CITIES} cities and ${CITIES * PER_CITY} initiatives`, () => {
  it('a card opened from a link shows the city\'s initiatives with their summaries and sources once the texts arrive', async () => {
    const city = cities[40]!;
    const own = initiatives.filter((r) => r.city_id === city.city_id);
    expect(own.length).toBe(PER_CITY);
    const { page } = await session.newPage();
    await page.goto(`${site.url}?city=${city.city_id}`);
    await page.waitForSelector('#city-card-title');
    expect(await page.locator('#city-card-title').textContent()).toContain(city.name);
    await page.waitForSelector('.app[data-texts="ready"]', { state: 'attached', timeout: 60_000 });
    const titles = await page.locator('.city-card .initiative h4').allTextContents();
    expect(titles.length).toBe(PER_CITY);
    for (const r of own) expect(titles.some((t) => t.startsWith(r.title!))).toBe(true);
    const summaries = await page.locator('.city-card .initiative .summary').allTextContents();
    for (const r of own) expect(summaries).toContain(r.summary);
    const hrefs = await page.locator('.city-card .initiative .sources a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const r of own) for (const s of r.sources!.split(';')) expect(hrefs).toContain(new URL(s).href);
  });

  it('the initiatives table lists every row, renders only those in view, and sorts by start year', async () => {
    const { page } = await session.newPage();
    await page.goto(`${site.url}?view=table&rows=initiatives`);
    await page.waitForSelector('.app[data-texts="ready"]', { state: 'attached', timeout: 60_000 });
    const table = page.locator('table.initiative-table');
    expect(await table.locator('caption').textContent()).toBe(`Matching initiatives (${new Intl.NumberFormat('en-GB').format(CITIES * PER_CITY)})`);
    expect(await table.getAttribute('aria-rowcount')).toBe(String(CITIES * PER_CITY + 1));
    const rendered = await table.locator('tbody tr:not(.spacer)').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    await table.locator('th button', { hasText: 'Start year' }).click();
    const years = initiatives.map((r) => Number(r.start_year)).filter((y) => y > 0);
    const firstYear = await table.locator('tbody tr:not(.spacer)').first().locator('td').nth(2).textContent();
    expect(Number(firstYear)).toBe(Math.min(...years));
    expect(await table.locator('th', { hasText: 'Start year' }).getAttribute('aria-sort')).toBe('ascending');
    // The last row, scrolled to, is the one with aria-rowindex equal to the row count.
    await page.locator('#city-table').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await page.waitForSelector(`table.initiative-table tr[aria-rowindex="${CITIES * PER_CITY + 1}"]`);
  });
});
