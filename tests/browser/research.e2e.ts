/**
 * The research views as a person uses them: timeline (brush, play, pause, step), spread of a
 * shared solution (cities, order, arcs), drivers and barriers by territory (a cell filters the map),
 * a city in context. Expected figures are counted here from the case tables, not read from the app.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourDistance, pngStats, projectOnMap, startSession, waitForMapIdle, type Session } from './harness';
import { matchSummary, runAxe, waitForSummaryChange } from './pageActions';
import { readAtlas } from '../unit/readAtlas';
import type { Download, Page } from 'playwright-core';
import { unzipSync, strFromU8 } from 'fflate';

async function downloaded(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  return readFileSync((await dl.path())!);
}

type Row = Record<string, string>;
const table = (f: string) => Papa.parse<Row>(readFileSync(f, 'utf8'), { header: true, skipEmptyLines: true }).data;
const rows = table('geodata/cases/initiatives.csv');
const list = (cell: string | undefined) => (cell ?? '').split(';').filter(Boolean);
const atlas = readAtlas();
const lonLatOf = (id: string) => atlas.cities.find((c) => c.id === id)!.lonLat;

let session: Session;
beforeAll(async () => { session = await startSession(); });
afterAll(async () => { await session?.close(); });

const canvasPixel = async (page: import('playwright-core').Page, at: readonly [number, number]) =>
  (await pngStats(page, await page.locator('.map canvas').first().screenshot(), [at])).pixels[0]!;

describe('timeline', () => {
  const withYear = (y: number) => rows.filter((r) => Number(r.start_year) === y).length;
  const between = (a: number, b: number) => rows.filter((r) => r.start_year && Number(r.start_year) >= a && Number(r.start_year) <= b);

  it('draws one bar per year with the initiatives that started then, and a data table behind it', async () => {
    const { page } = await session.open('?view=timeline');
    for (const y of [2012, 2017, 2020]) {
      expect(await page.locator(`.timeline-chart g.bar[data-year="${y}"]`).getAttribute('data-total')).toBe(String(withYear(y)));
    }
    // Taller bar for the busier year: marks are drawn to scale.
    const h = async (y: number) => (await page.locator(`.timeline-chart g.bar[data-year="${y}"]`).boundingBox())!.height;
    const [a, b] = [2012, 2017].sort((x, z) => withYear(x) - withYear(z));
    expect(await h(b!)).toBeGreaterThan(await h(a!));
    await page.locator('.chart-table summary').click();
    const row = page.locator('.chart-table tbody tr', { has: page.locator('th', { hasText: /^2017$/ }) });
    expect(await row.locator('td').first().textContent()).toBe(String(withYear(2017)));
    expect(await page.locator('.chart-note').first().textContent()).toContain(`${rows.filter((r) => !r.start_year).length} matching initiatives have no start year`);
  });

  it('brushing the chart sets the start-year filter; the range shows on the chart and in the inputs', async () => {
    const { page } = await session.open('?view=timeline');
    const before = await matchSummary(page);
    await page.locator('.timeline-chart').scrollIntoViewIfNeeded();
    const bar = async (y: number) => (await page.locator(`.timeline-chart g.bar[data-year="${y}"] rect`).first().boundingBox())!;
    const from = await bar(2014);
    const to = await bar(2016);
    await page.mouse.move(from.x + from.width / 2, from.y + from.height - 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height - 2, { steps: 5 });
    await page.mouse.up();
    const after = await waitForSummaryChange(page, before);
    expect(after.initiatives).toBe(between(2014, 2016).length);
    await expect.poll(() => page.url()).toContain('years=2014-2016');
    expect(await page.getByLabel('Start year from').inputValue()).toBe('2014');
    expect(await page.getByLabel('Start year to').inputValue()).toBe('2016');
    expect(await page.locator('.timeline-chart .brush-range').count()).toBe(1);
    expect(await page.locator('.timeline-chart g.bar.out-of-range[data-year="2013"]').count()).toBe(1);
    expect(await page.locator('.timeline-chart g.bar.out-of-range[data-year="2015"]').count()).toBe(0);
  });

  it('steps, plays and pauses year by year; the year shows large on the map and cities appear as they start', async () => {
    // A city far from every other case city, whose first dated initiative starts in a known year.
    const first = new Map<string, number>();
    for (const r of rows) if (r.start_year) first.set(r.city_id!, Math.min(first.get(r.city_id!) ?? 9999, Number(r.start_year)));
    const far = (id: string) => atlas.cities.every((c) => c.id === id || Math.hypot(c.lonLat[0] - lonLatOf(id)[0], (c.lonLat[1] - lonLatOf(id)[1]) * 1.6) > 2.2);
    const candidates = [...first].filter(([id, y]) => y > 2005 && y < 2024 && far(id)).sort((a, b) => a[0].localeCompare(b[0]));
    // Pick the first candidate drawn well inside the map at the first view's camera.
    const probe = await session.open('?view=timeline');
    await waitForMapIdle(probe.page);
    const size = (await probe.page.locator('.map canvas').first().boundingBox())!;
    let pick: [string, number] | undefined;
    for (const c of candidates) {
      const [x, y] = await projectOnMap(probe.page, lonLatOf(c[0]));
      if (x > 30 && y > 30 && x < size.width - 30 && y < size.height - 30) { pick = c; break; }
    }
    expect(pick).toBeDefined();
    const [city, year] = pick!;

    const { page } = await session.open(`?view=timeline&ty=${year - 1}`);
    await waitForMapIdle(page);
    expect(await page.locator('.map-year-value').textContent()).toBe(String(year - 1));
    const at = await projectOnMap(page, lonLatOf(city));
    const hidden = await canvasPixel(page, at);
    await page.getByRole('button', { name: 'Next year ▶' }).click();
    await expect.poll(() => page.locator('.map-year-value').textContent()).toBe(String(year));
    await expect.poll(() => page.url()).toContain(`ty=${year}`);
    await expect.poll(async () => colourDistance(await canvasPixel(page, at), hidden), { timeout: 10_000 }).toBeGreaterThan(40);
    // Keyboard: ← steps back, and the city disappears again.
    await page.locator('.timeline-controls button').first().focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('.map-year-value').textContent()).toBe(String(year - 1));
    await expect.poll(async () => colourDistance(await canvasPixel(page, at), hidden), { timeout: 10_000 }).toBeLessThan(12);
    // Play advances on its own; Pause stops it.
    await page.getByRole('button', { name: '▶ Play' }).click();
    await expect.poll(() => page.locator('.map-year-value').textContent(), { timeout: 5_000 }).toBe(String(year));
    await page.getByRole('button', { name: '⏸ Pause' }).click();
    const paused = await page.locator('.map-year-value').textContent();
    await page.waitForTimeout(2_500);
    expect(await page.locator('.map-year-value').textContent()).toBe(paused);
    // While playing the link is left alone; once paused it holds the year on screen.
    await expect.poll(() => page.url()).toContain(`ty=${paused}`);
    await page.getByRole('button', { name: 'Show all years' }).click();
    await expect.poll(() => page.locator('.map-year-value').count()).toBe(0);
  });
});

describe('timeline in scenes and presentation', () => {
  it('a scene saved from the timeline replays it: the view, its year on the map and the play controls', async () => {
    const { page } = await session.open('?view=timeline&ty=2015');
    await page.getByRole('button', { name: 'Scenes', exact: true }).click();
    await page.getByLabel('Scene title').fill('Adoption by 2015');
    await page.getByRole('button', { name: 'Save the current view as a scene' }).click();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.getByRole('button', { name: 'Scenes', exact: true }).click();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.waitForSelector('.presentation-bar');
    expect(await page.locator('.scene-heading').textContent()).toBe('Adoption by 2015');
    await expect.poll(() => page.locator('.map-year-value').textContent()).toBe('2015');
    expect(await page.locator('.timeline-controls').count()).toBe(1);
    // Stepping the year from the timeline's own controls does not change the scene.
    await page.getByRole('button', { name: 'Next year ▶' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.map-year-value').textContent()).toBe('2016');
    expect(await page.locator('.scene-heading').textContent()).toBe('Adoption by 2015');
  });
});

describe('spread of a shared solution', () => {
  const users = (sol: string) => rows.filter((r) => list(r.shared_solutions).includes(sol));

  it('lists its cities in order of adoption and draws the links sources name as arcs', async () => {
    const decidim = users('decidim');
    const cities = [...new Set(decidim.map((r) => r.city_id))];
    const firstYear = (id: string) => Math.min(...decidim.filter((r) => r.city_id === id && r.start_year).map((r) => Number(r.start_year)));
    const expectedOrder = [...cities].sort((a, b) => firstYear(a!) - firstYear(b!) || 0);
    const links = decidim.flatMap((r) => list(r.adopted_from).filter((f) => atlas.cities.some((c) => c.id === f) && f !== r.city_id).map((f) => [f, r.city_id!] as const));
    expect(links.length).toBeGreaterThan(0);

    const [from, to] = links[0]!;
    // Centre the camera between the two linked cities so the arc is on screen.
    const [fa, fb] = [lonLatOf(from), lonLatOf(to)];
    const { page } = await session.open(`?view=spread&at=5,${(fa[1] + fb[1]) / 2},${(fa[0] + fb[0]) / 2}`);
    await waitForMapIdle(page);
    const a = await projectOnMap(page, lonLatOf(from));
    const b = await projectOnMap(page, lonLatOf(to));
    const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const empty = await canvasPixel(page, mid);
    await page.locator('.spread select').selectOption('decidim');
    await page.waitForSelector('.spread-table');
    const listed = await page.locator('.spread-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-city')));
    expect([...listed].sort()).toEqual([...cities].sort());
    // Dated adopters come in year order; undated ones last.
    const dated = listed.filter((id) => Number.isFinite(firstYear(id!)));
    expect(dated).toEqual(expectedOrder.filter((id) => Number.isFinite(firstYear(id!))).filter((id) => dated.includes(id!)));
    expect(await page.locator('.spread').textContent()).toContain(`${links.length} links named by sources are drawn as arcs`);
    await expect.poll(() => page.url()).toContain('spread=decidim');
    expect((await matchSummary(page)).cities).toBe(atlas.cities.length); // the view does not change the filters
    // The arc passes half-way between the two cities; before a solution was chosen nothing was there.
    await waitForMapIdle(page);
    await expect.poll(async () => colourDistance(await canvasPixel(page, mid), empty), { timeout: 10_000 }).toBeGreaterThan(40);
  });

  it('exports the spread as it is on screen: adopters in their order colours, and the adopters table in the pack', async () => {
    const decidimCities = new Set(users('decidim').map((r) => r.city_id));
    const { page } = await session.open('?view=spread&spread=decidim&at=4.5,44,6');
    await waitForMapIdle(page);
    await page.waitForSelector('.view-exports button:not([disabled]):has-text("Briefing pack")');
    const [x, y] = await projectOnMap(page, lonLatOf('es-barcelona'));
    const png = await downloaded(page, () => page.locator('.view-exports').getByRole('button', { name: 'Map image (PNG, 2×)' }).click());
    const HEADER_PX = 64 * 2;
    const px = (await pngStats(page, png, [[x * 2, y * 2 + HEADER_PX]])).pixels[0]!;
    expect(colourDistance(px, [0x44, 0x01, 0x54])).toBeLessThan(60); // the earliest adopter, darkest class
    const zip = unzipSync(new Uint8Array(await downloaded(page, () => page.locator('.view-exports').getByRole('button', { name: 'Briefing pack (ZIP)' }).click())));
    expect(Object.keys(zip)).toContain('spread-decidim.csv');
    const table = Papa.parse<Row>(strFromU8(zip['spread-decidim.csv']!).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(new Set(table.map((r) => r.city_id))).toEqual(decidimCities);
    expect(Papa.parse<Row>(strFromU8(zip['cities.csv']!).slice(1), { header: true, skipEmptyLines: true }).data.length).toBe(decidimCities.size);
    expect(strFromU8(zip['view-url.txt']!)).toContain('spread=decidim');
  });

  it('opens from a city card: "who else uses this"', async () => {
    const { page } = await session.open('?city=es-barcelona');
    await page.getByRole('button', { name: /Who else uses Decidim/ }).click();
    await page.waitForSelector('.spread-table');
    expect(await page.locator('.spread select').inputValue()).toBe('decidim');
  });
});

describe('drivers and barriers by territory', () => {
  it('counts initiatives per factor and class, greys small cells, and a cell filters the map', async () => {
    const { page } = await session.open('?view=drivers');
    const cityClass = new Map(atlas.cities.map((c) => [c.id, c.urbanRural]));
    const citing = (key: string, cls: string) => rows.filter((r) => list(r.barriers).includes(key) && cityClass.get(r.city_id!) === cls);
    const row = page.locator('.drivers-table tbody tr', { has: page.locator('th', { hasText: /^Skills or staff shortage/ }) });
    const cells = row.locator('td .cell-button');
    const heads = await page.locator('.drivers-table thead th').allTextContents();
    const ruralCol = heads.findIndex((h) => h.startsWith('Predominantly rural')) - 1;
    const urbanCol = heads.findIndex((h) => h.startsWith('Predominantly urban')) - 1;
    const rural = citing('skills_shortage', 'rural').length;
    const urban = citing('skills_shortage', 'urban').length;
    expect(await cells.nth(ruralCol).getAttribute('data-count')).toBe(String(rural));
    expect(await cells.nth(urbanCol).getAttribute('data-count')).toBe(String(urban));
    // Fewer than five: greyed and said in words. Which cell that is, is counted here from the tables.
    const allRows = await page.locator('.drivers-table tbody tr:not(.section-row)').evaluateAll((trs) => trs.map((tr) => tr.querySelector('th')!.textContent));
    expect(allRows.length).toBe(21); // 11 enablers and 10 barriers, every one listed
    const few = ['funding_gap', 'legal_procurement', 'data_protection', 'skills_shortage', 'political_change'].find((key) => { const n = citing(key, 'rural').length; return n > 0 && n < 5; });
    expect(few, 'a barrier cited by 1-4 rural initiatives').toBeDefined();
    const fewCell = page.locator('.drivers-table td.too-few .cell-button', { hasText: new RegExp(`^${citing(few!, 'rural').length} too few$`) });
    expect(await fewCell.count()).toBeGreaterThan(0);
    expect(urban).toBeGreaterThanOrEqual(5);
    const big = urbanCol;
    expect(await cells.nth(big).textContent()).not.toContain('too few');
    await cells.nth(big).click();
    await page.waitForSelector('.map');
    const cls = 'urban';
    const expected = new Set(citing('skills_shortage', cls).map((r) => r.city_id));
    await expect.poll(async () => (await matchSummary(page)).cities).toBe(expected.size);
    await expect.poll(() => page.url()).toMatch(/barr=skills_shortage/);
    expect(page.url()).toMatch(new RegExp(`ur=${cls}`));
  });
});

describe('a city in context', () => {
  it('the card shows the city beside its country and all case cities, with n', async () => {
    const bcn = rows.filter((r) => r.city_id === 'es-barcelona');
    const es = rows.filter((r) => r.city_id!.startsWith('es-'));
    const share = (rs: Row[], svc: string) => `${Math.round((rs.filter((r) => list(r.service_types).includes(svc)).length / rs.length) * 100)}%`;
    const { page } = await session.open('?city=es-barcelona');
    await page.getByText('In context').click();
    const t = page.locator('.context-bars').first();
    const heads = await t.locator('thead th').allTextContents();
    expect(heads[1]).toBe(`Barcelona (n = ${bcn.length})`);
    expect(heads[2]).toBe(`Spain (n = ${es.length})`);
    expect(heads[3]).toBe(`All case cities (n = ${new Intl.NumberFormat('en-GB').format(rows.length)})`);
    const participation = t.locator('tbody tr', { has: page.locator('th', { hasText: /^Civic participation/ }) });
    const values = await participation.locator('td .bar-value').allTextContents();
    expect(values).toEqual([share(bcn, 'participation'), share(es, 'participation'), share(rows, 'participation')]);
    // Each bar is drawn to its value: its width is that share of its cell's content width.
    const drawn = await participation.locator('td .bar').evaluateAll((bars) => bars.map((b) => {
      const td = b.parentElement!;
      const cs = getComputedStyle(td);
      return b.getBoundingClientRect().width / (td.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight));
    }));
    values.forEach((v, k) => expect(drawn[k]!).toBeCloseTo(Number(v.replace('%', '')) / 100, 1));
  });

  it('compare: service-type labels never run into each other or into their bars', async () => {
    const { page } = await session.open('?view=compare&compare=es-barcelona,de-berlin', { width: 1280, height: 800 });
    const boxes = await page.locator('.compare-table .bars li').first().locator('xpath=..').locator('li').evaluateAll((lis) => lis.map((li) => {
      const l = li.querySelector('.bar-label')!.getBoundingClientRect();
      const b = li.querySelector('.bar')!.getBoundingClientRect();
      return { top: l.top, bottom: l.bottom, right: l.right, barLeft: b.left };
    }));
    for (let i = 0; i < boxes.length; i++) {
      expect(boxes[i]!.right).toBeLessThanOrEqual(boxes[i]!.barLeft + 0.5);
      if (i > 0) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 0.5);
    }
    expect(await page.locator('.compare-context .context-bars').count()).toBe(2);
  });
});

describe('accessibility of the research views (axe-core, WCAG 2.1 A/AA)', () => {
  for (const [name, query] of [['timeline', '?view=timeline&ty=2015'], ['spread', '?view=spread&spread=consul'], ['drivers', '?view=drivers&pt=sizeClass'], ['card in context', '?city=es-barcelona']] as const) {
    it(`${name} has no violations`, async () => {
      const { page } = await session.open(query);
      if (name === 'card in context') await page.getByText('In context').click();
      if (name === 'timeline') await page.locator('.chart-table summary').click();
      expect(await runAxe(page)).toEqual([]);
    });
  }
  it('made no request to any host but its own origin', () => {
    expect(session.pages.flatMap((p) => p.offOrigin)).toEqual([]);
  });
});

describe('polish a new user hits at once', () => {
  it('city names do not collide: where the name Korneuburg would run into Wien, only Wien is named', async () => {
    const { page } = await session.open('?at=6.3,48.15,16.8');
    await waitForMapIdle(page);
    await page.waitForTimeout(500);
    const k = atlas.cities.find((c) => c.id === 'at-korneuburg')!;
    const [kx, ky] = await projectOnMap(page, k.lonLat);
    const [wx] = await projectOnMap(page, lonLatOf('at-wien'));
    // Symbol radii as drawn (scaleSqrt 0..3.5M -> 3..26 px); names sit 9 px above the symbol.
    const r = (pop: number) => 3 + Math.sqrt(Math.min(pop, 3_500_000) / 3_500_000) * 23;
    const wien = atlas.cities.find((c) => c.id === 'at-wien')!;
    const [, wy] = await projectOnMap(page, wien.lonLat);
    const png = await page.locator('.map canvas').first().screenshot();
    const dark = (p: number[]) => p[0]! < 70 && p[1]! < 70 && p[2]! < 70;
    const grid = (x0: number, x1: number, y0: number, y1: number) => {
      const pts: [number, number][] = [];
      for (let x = x0; x <= x1; x += 2) for (let y = y0; y <= y1; y += 2) pts.push([x, y]);
      return pts;
    };
    // Where the first letters of "Korneuburg" would be drawn (left of Wien's short name): no text.
    const ky0 = ky - r(k.population ?? 0) - 9;
    const korneuburg = (await pngStats(page, png, grid(Math.min(kx, wx) - 36, Math.min(kx, wx) - 22, ky0 - 5, ky0 + 5))).pixels;
    expect(korneuburg.filter(dark).length).toBe(0);
    // Wien's own name is drawn, in dark text.
    const wy0 = wy - r(wien.population ?? 0) - 9;
    const wienPx = (await pngStats(page, png, grid(wx - 12, wx + 12, wy0 - 5, wy0 + 5))).pixels;
    expect(wienPx.filter(dark).length).toBeGreaterThan(3);
  });

  it('the legend covers little of the map at 1280x800, and docks beside it (kept after a reload)', async () => {
    const { page } = await session.open('', { width: 1280, height: 800 });
    await waitForMapIdle(page);
    const area = async () => {
      const l = (await page.locator('.legend').boundingBox())!;
      const m = (await page.locator('.map').boundingBox())!;
      const ix = Math.max(0, Math.min(l.x + l.width, m.x + m.width) - Math.max(l.x, m.x));
      const iy = Math.max(0, Math.min(l.y + l.height, m.y + m.height) - Math.max(l.y, m.y));
      return (ix * iy) / (m.width * m.height);
    };
    expect(await area()).toBeLessThan(0.12);
    await page.getByRole('button', { name: 'Dock beside the map' }).click();
    await expect.poll(area).toBe(0);
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(area).toBe(0);
    expect(await page.getByRole('button', { name: 'Float over the map' }).getAttribute('aria-pressed')).toBe('true');
  });
});
