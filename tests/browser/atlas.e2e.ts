/** The atlas as a person sees it, in Chromium against the production build. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasInkShare, colourDistance, pngStats, projectOnMap, startSession, waitForFirstView, waitForMapIdle, type Session } from './harness';
import { clickCityOnMap, clickRegionOnMap, filterOption, matchSummary, optionCount, runAxe, waitForSummaryChange } from './pageActions';
import { readAtlas } from '../unit/readAtlas';
import { ATTRIBUTION } from '../../src/domain/attribution';

const atlas = readAtlas();
const barcelona = atlas.cities.find((c) => c.id === 'es-barcelona')!;
let session: Session;
const open = (query = '', size?: { width: number; height: number }, webgl = true) => session.open(query, { ...size, webgl });

beforeAll(async () => { session = await startSession(); });
afterAll(async () => { await session?.close(); });

describe('map', () => {
  it('draws the map with the case cities in their legend colours, and a credit line', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    expect(await canvasInkShare(page)).toBeGreaterThan(0.2);
    // Inland capitals far from any other case city: each symbol's centre shows one of the colours
    // the map legend names, and a stretch of land with no case city shows land.
    const ids = ['es-madrid', 'pl-warszawa', 'hu-budapest', 'ro-bucuresti'];
    const points = await Promise.all(ids.map((id) => projectOnMap(page, atlas.cities.find((c) => c.id === id)!.lonLat)));
    const empty = await projectOnMap(page, [2.5, 46.5]); // central France, no case city within 100 km
    // The floating legend covers the map's lower left (Madrid at this camera): read the map beneath it.
    const hide = await page.addStyleTag({ content: '.legend { visibility: hidden !important; }' });
    const pixels = (await pngStats(page, await page.locator('.map canvas').first().screenshot(), [...points, empty])).pixels;
    await hide.evaluate((el) => (el as HTMLElement).remove());
    const swatches = await legendSwatches(page, '.legend ul .swatch');
    expect(swatches.length).toBeGreaterThan(3);
    const LAND = [247, 246, 242];
    ids.forEach((id, i) => {
      const px = pixels[i]!;
      expect(colourDistance(px, LAND), `${id} is drawn`).toBeGreaterThan(40);
      expect(Math.min(...swatches.map((s) => colourDistance(px, s))), `${id} has a legend colour`).toBeLessThan(30);
    });
    expect(colourDistance(pixels[ids.length]!, LAND)).toBeLessThan(12);
    const footer = await page.locator('footer').textContent();
    for (const credit of ATTRIBUTION) expect(footer).toContain(credit);
    expect(footer).toContain('Natural Earth');
    const s = await matchSummary(page);
    expect(s).toEqual({ cities: atlas.cities.length, initiatives: atlas.initiatives.length });
  });

  it('draws the city symbols, and a filter hides them without redrawing the base map', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    const hamburg = atlas.cities.find((c) => c.id === 'de-hamburg')!;
    const at = await projectOnMap(page, hamburg.lonLat);
    const canvas = page.locator('.map canvas').first();
    const LAND = [247, 246, 242];
    const before = (await pngStats(page, await canvas.screenshot(), [at])).pixels[0]!;
    expect(colourDistance(before, LAND)).toBeGreaterThan(40);
    const summary = await matchSummary(page);
    await page.getByLabel('Search cities and initiatives').fill('no such place anywhere');
    await waitForSummaryChange(page, summary);
    await expect.poll(async () => colourDistance((await pngStats(page, await canvas.screenshot(), [at])).pixels[0]!, LAND), { timeout: 10_000 }).toBeLessThan(12);
    // A hidden city is not hoverable either.
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + at[0], box.y + at[1]);
    await page.waitForTimeout(400);
    expect(await page.locator('.map-tooltip').count()).toBe(0);
  });

  it('opens a city card by clicking its symbol', async () => {
    const { page } = await open('?at=5,41.4,2.2');
    await waitForMapIdle(page);
    await clickCityOnMap(page, barcelona.lonLat);
    await page.waitForSelector('#city-card-title');
    expect(await page.locator('#city-card-title').textContent()).toContain('Barcelona');
    const card = page.locator('.city-card');
    expect(await card.textContent()).toContain('Territorial context');
    expect(await card.locator('.basis-derived').count()).toBeGreaterThan(0);
    const links = await card.locator('a').evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).href, a.getAttribute('target'), a.getAttribute('rel')]));
    for (const [href, target, rel] of links) { expect(href).toMatch(/^https?:/); expect(target).toBe('_blank'); expect(rel).toContain('noopener'); }
  });
});

describe('keyboard on the map view', () => {
  it('"Go to a city" opens the card and centres the map on it', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    const tartu = atlas.cities.find((c) => c.id === 'ee-tartu')!;
    const select = page.getByLabel('Go to a city');
    await select.focus();
    await select.selectOption('ee-tartu');
    await page.waitForFunction(() => document.querySelector('#city-card-title')?.textContent?.includes('Tartu'));
    await page.waitForFunction(() => location.search.includes('city=ee-tartu'));
    const c = await page.evaluate(() => (window as unknown as { __atlasMap: { getCenter: () => { lng: number; lat: number } } }).__atlasMap.getCenter());
    expect(c.lng).toBeCloseTo(tartu.lonLat[0], 3);
    expect(c.lat).toBeCloseTo(tartu.lonLat[1], 3);
  });
});

describe('filters', () => {
  it('a governance model lowers the city count and the table follows', async () => {
    const { page } = await open();
    const before = await matchSummary(page);
    await (await filterOption(page, 'Governance model', /^Outsourced/)).check();
    const after = await waitForSummaryChange(page, before);
    expect(after.cities).toBeLessThan(before.cities);
    expect(after.cities).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    expect(await page.locator('caption').first().textContent()).toBe(`Matching cities (${after.cities})`);
    // The table renders only the rows in view; it announces them all.
    expect(await page.locator('table.city-table').getAttribute('aria-rowcount')).toBe(String(after.cities + 1));
    const rendered = await page.locator('table.city-table tbody tr:not(.spacer)').count();
    expect(rendered).toBeGreaterThan(Math.min(after.cities, 10) - 1);
    expect(rendered).toBeLessThanOrEqual(after.cities);
    await page.getByRole('button', { name: 'Clear all' }).click();
    expect(await waitForSummaryChange(page, after)).toEqual(before);
  });

  it('facet counts change with the other groups; zero options stay visible, dimmed', async () => {
    const { page } = await open();
    const spainBefore = await optionCount(page, 'Country', /^Spain/);
    // Closed while the other filter changes: opening it again must show the new count.
    await page.locator('details.facet summary', { hasText: 'Country' }).click();
    expect(await page.locator('details.facet', { has: page.locator('summary', { hasText: 'Country' }) }).getAttribute('open')).toBeNull();
    const before = await matchSummary(page);
    await (await filterOption(page, 'Service type', /^Health/)).check();
    await waitForSummaryChange(page, before);
    const spainAfter = await optionCount(page, 'Country', /^Spain/);
    expect(spainAfter).toBeLessThan(spainBefore);
    expect(await page.locator('.facet-option.zero').count()).toBeGreaterThan(0);
  });

  it('barrier and shared-solution groups filter with cross-filter counts, and the card names them', async () => {
    // Expected figures come from the artefact's raw initiatives, counted here by hand.
    const tally = (key: 'barriers' | 'sharedSolutions') => {
      const cities = new Map<string, Set<string>>();
      for (const i of atlas.initiatives) for (const v of i[key].value) cities.set(v, (cities.get(v) ?? new Set()).add(i.cityId));
      return [...cities.entries()].sort((a, b) => b[1].size - a[1].size)[0]!;
    };
    const [barrier, barrierCities] = tally('barriers');
    const { page } = await open();
    const label = (await import('../../src/i18n/en')).en[`vocab.barrier.${barrier}` as 'vocab.barrier.funding_gap'];
    const escaped = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    expect(await optionCount(page, 'Barriers (bottlenecks)', escaped)).toBe(barrierCities.size);
    const before = await matchSummary(page);
    await (await filterOption(page, 'Barriers (bottlenecks)', escaped)).check();
    const after = await waitForSummaryChange(page, before);
    expect(after.cities).toBe(barrierCities.size);
    expect(after.initiatives).toBe(atlas.initiatives.filter((i) => i.barriers.value.includes(barrier as never)).length);
    const [solution, solutionCities] = tally('sharedSolutions');
    const withBoth = [...solutionCities].filter((c) => atlas.initiatives.some((i) => i.cityId === c && i.barriers.value.includes(barrier as never) && i.sharedSolutions.value.includes(solution as never))).length;
    const solLabel = (await import('../../src/i18n/en')).en[`vocab.solution.${solution}` as 'vocab.solution.decidim'];
    expect(await optionCount(page, 'Shared solution', new RegExp(`^${solLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))).toBe(withBoth);
    const cityId = [...barrierCities].sort()[0]!;
    await page.goto(page.url().replace(/\?.*$/, '') + `?city=${cityId}`);
    await page.waitForSelector('#city-card-title');
    const card = page.locator('.city-card');
    expect(await card.locator('dt', { hasText: 'Barriers' }).count()).toBeGreaterThan(0);
    expect(await card.textContent()).toContain(label);
  });

  it('text search is accent-insensitive', async () => {
    const { page } = await open();
    const before = await matchSummary(page);
    await page.getByLabel('Search cities and initiatives').fill('trzic');
    const after = await waitForSummaryChange(page, before);
    expect(after.cities).toBe(1);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    expect(await page.locator('table.city-table tbody').textContent()).toContain('Tržič');
  });
});

describe('cards, comparison and peers', () => {
  it('the map comes first; summaries and sources follow, and the card says so while they load', async () => {
    const first = atlas.initiatives.find((i) => i.cityId === 'ee-tartu')!;
    let release: () => void = () => {};
    const held = new Promise<void>((r) => { release = r; });
    const { page } = await session.open('?city=ee-tartu', {
      webgl: true,
      before: async (p) => { await p.route('**/data/atlas-texts.json', async (r) => { await held; await r.continue(); }); },
    });
    await page.waitForSelector('#city-card-title');
    expect(await page.locator('.city-card .initiative .summary').first().textContent()).toBe('Loading the summary and sources…');
    expect(await page.locator('.city-card .initiative .sources').count()).toBe(0);
    await page.getByRole('button', { name: 'Share and export', exact: true }).click();
    expect(await page.getByRole('button', { name: 'Their initiatives (CSV)' }).isDisabled()).toBe(true);
    release();
    await page.waitForSelector('.app[data-texts="ready"]', { state: 'attached' });
    expect(await page.getByRole('button', { name: 'Their initiatives (CSV)' }).isDisabled()).toBe(false);
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    const summaries = await page.locator('.city-card .initiative .summary').allTextContents();
    expect(summaries).toContain(first.summary);
    expect(await page.locator('.city-card .initiative .sources a').count()).toBeGreaterThan(0);
  });

  it('opens a card from the table with the keyboard, compares two cities, removes one', async () => {
    const { page } = await open('?view=table');
    const openBtn = page.getByRole('button', { name: 'Open card for Barcelona' });
    await openBtn.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#city-card-title');
    expect(await page.locator('#city-card-title').textContent()).toContain('Barcelona');
    await page.getByRole('button', { name: 'Add to comparison' }).press('Enter');
    await page.getByRole('button', { name: 'Open card for Tartu' }).press('Enter');
    await page.waitForFunction(() => document.querySelector('#city-card-title')?.textContent?.includes('Tartu'));
    await page.getByRole('button', { name: 'Add to comparison' }).press('Enter');
    await page.getByRole('button', { name: 'Compare 2 cities' }).press('Enter');
    await page.waitForSelector('.compare-table');
    const heads = await page.locator('.compare-table thead th').allTextContents();
    expect(heads.map((h) => h.replace('✕', '').trim())).toEqual(['Barcelona', 'Tartu']);
    expect(await page.locator('.compare-table tr.differs').count()).toBeGreaterThan(0);
    await page.locator('.compare-table').getByRole('button', { name: 'Remove Tartu from comparison' }).press('Enter');
    await page.waitForSelector('text=Add at least one more city to compare.');
  });

  it('the peer finder lists 10 case cities and 10 European places', async () => {
    const { page } = await open('?city=fi-jamsa');
    await page.getByRole('button', { name: 'Find similar places' }).click();
    await page.waitForSelector('ol[aria-label="Among all European places"] li');
    expect(await page.locator('ol[aria-label="Among case cities"] li').count()).toBe(10);
    expect(await page.locator('ol[aria-label="Among all European places"] li').count()).toBe(10);
    expect(await page.locator('.peers .measure').textContent()).toContain('orders of magnitude');
  });
});

describe('regional patterns', () => {
  // Cities per country: the country with the most case cities is in the darkest class, the one
  // with the fewest in the lightest; the legend runs from the fewest to the most.
  const perCountry = new Map<string, number>();
  for (const c of atlas.cities) perCountry.set(c.country, (perCountry.get(c.country) ?? 0) + 1);
  const most = [...perCountry].sort((a, b) => b[1] - a[1])[0]!;
  const fewest = [...perCountry].sort((a, b) => a[1] - b[1])[0]!;

  it('colours each country by its class: the most cities darkest, the fewest lightest', async () => {
    // Probe points inside each country, at least 50 km from any case city symbol.
    const probes: Record<string, { at: string; lonLat: [number, number] }> = {
      DE: { at: '6,51,10.5', lonLat: [10.5, 51] },
      IS: { at: '5,64.8,-18.5', lonLat: [-18.5, 64.8] },
    };
    expect([most[0], fewest[0]]).toEqual(['DE', 'IS']);
    for (const [country, probe] of Object.entries(probes)) {
      const { page } = await open(`?view=patterns&at=${probe.at}`);
      await waitForMapIdle(page);
      const legend = await page.locator('.choropleth-legend li').allTextContents();
      expect(legend[1]).toMatch(new RegExp(`^${fewest[1]} – `));
      expect(legend.at(-1)).toMatch(new RegExp(` – ${most[1]}: `));
      const swatches = await legendSwatches(page, '.choropleth-legend .swatch');
      const classes = swatches.slice(1);
      const want = country === most[0] ? classes.at(-1)! : classes[0]!;
      const at = await projectOnMap(page, probe.lonLat);
      // The commonest colour in a 9 × 9 px patch: region outlines may cross the probe point.
      const patch = [-4, -2, 0, 2, 4].flatMap((dx) => [-4, -2, 0, 2, 4].map((dy) => [at[0] + dx, at[1] + dy] as [number, number]));
      await expect.poll(async () => {
        const pixels = (await pngStats(page, await page.locator('.map canvas').first().screenshot(), patch)).pixels;
        return colourDistance(commonest(pixels), want);
      }, { timeout: 10_000 }).toBeLessThan(12);
    }
  });

  it('renders a choropleth legend and a cross-table; a cell click and a region click filter', async () => {
    const { page } = await open('?view=patterns');
    await waitForMapIdle(page);
    const legend = await page.locator('.choropleth-legend li').allTextContents();
    expect(legend.length).toBeGreaterThan(2);
    expect(legend.join(' ')).toMatch(/regions/);
    const before = await matchSummary(page);
    const cell = page.locator('.cross-table button:not([disabled])').first();
    await cell.click();
    const after = await waitForSummaryChange(page, before);
    expect(after.cities).toBeLessThan(before.cities);
    await page.getByRole('button', { name: 'Clear all' }).click();
    await waitForSummaryChange(page, after);
    await clickRegionOnMap(page, [2.5, 46.5]); // central France: a region, no case city
    await page.waitForSelector('.chips .chip');
    expect(await page.locator('.chips .chip').textContent()).toContain('(FR)');
    const fr = await matchSummary(page);
    expect(fr.cities).toBe(atlas.cities.filter((c) => c.country === 'FR').length);
  });
});

describe('URL state', () => {
  it('a link restores filters, selection, comparison and view; back and forward work', async () => {
    const { page } = await open('?svc=health&compare=es-barcelona,ee-tartu&city=ee-tartu&view=table&at=5.5,50,10&colour=scale');
    const restored = await matchSummary(page);
    expect(restored.cities).toBe(new Set(atlas.initiatives.filter((i) => i.serviceTypes.value.includes('health')).map((i) => i.cityId)).size);
    expect(await page.locator('#city-card-title').textContent()).toContain('Tartu');
    expect(await page.locator('.compare-tray li').count()).toBe(2);
    expect(await page.locator('caption').first().textContent()).toBe(`Matching cities (${restored.cities})`);
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.waitForFunction(() => !location.search.includes('view=table'));
    await waitForMapIdle(page);
    const cam = await page.evaluate(() => { const m = (window as unknown as { __atlasMap: { getZoom: () => number; getCenter: () => { lng: number; lat: number } } }).__atlasMap; return { zoom: m.getZoom(), ...m.getCenter() }; });
    expect(cam.zoom).toBeCloseTo(5.5, 5);
    expect(cam.lat).toBeCloseTo(50, 4);
    expect(cam.lng).toBeCloseTo(10, 4);
    expect(await page.getByLabel('Colour cities by').inputValue()).toBe('scale');
    await page.goBack();
    await page.waitForSelector('table.city-table');
    await page.goForward();
    await page.waitForFunction(() => !document.querySelector('table.city-table'));
  });

  it('a tampered link loads with a notice and keeps the valid parts', async () => {
    const { page, errors } = await open('?gov=in_house,<script>alert(1)</script>&city=zz-nowhere&at=banana&view=table');
    expect(await page.locator('.notice').textContent()).toMatch(/gov .*city .*at /);
    expect(await page.locator('table.city-table').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('degraded environments', () => {
  it('without WebGL: the 2D map is the map, and the table and cards still work', async () => {
    const { page } = await open('', undefined, false);
    await waitForFirstView(page);
    // WebGL is looked for after the first view; without it, the 2D map stays the map.
    await page.waitForSelector('.map-area[data-renderer="2d"]', { state: 'attached' });
    expect(await page.locator('.map2d circle[data-city]').count()).toBeGreaterThan(100);
    expect(await page.locator('.maplibregl-map').count()).toBe(0);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('button', { name: 'Open card for Barcelona' }).click();
    expect(await page.locator('#city-card-title').textContent()).toContain('Barcelona');
  });

  it('a lost WebGL context hands the map back to the 2D map, and every export still works', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    await page.evaluate(() => {
      const canvas = document.querySelector('.map canvas') as HTMLCanvasElement;
      (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    await page.waitForSelector('.map-area[data-renderer="2d"] .map2d circle[data-city]');
    expect(await page.locator('.maplibregl-map').count()).toBe(0);
    expect(await page.locator('.legend .renderer-why').textContent()).toContain('context was lost');
    await page.getByRole('button', { name: 'Share and export', exact: true }).click();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Matching cities (CSV)' }).click()]);
    expect(readFileSync((await dl.path())!, 'utf8').split('\r\n').filter(Boolean).length).toBe(atlas.cities.length + 1);
    // The map image is drawn from the 2D map: regions and symbols, not an empty frame.
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Map image (PNG, 2×)' }).click()]);
    const stats = await pngStats(page, readFileSync((await png.path())!));
    expect(stats.width).toBeGreaterThan(1000);
    expect(stats.ink).toBeGreaterThan(0.2);
  });

  it('a slow network shows a loading state with progress', async () => {
    const tp = await session.newPage();
    await tp.page.route('**/data/atlas.json', async (r) => { await new Promise((res) => setTimeout(res, 1500)); await r.continue(); });
    await tp.page.goto(session.baseUrl);
    await tp.page.waitForSelector('progress');
    expect(await tp.page.locator('[role="status"]').first().textContent()).toContain('Loading atlas data');
    await tp.page.waitForSelector('.match-summary', { timeout: 30_000 });
  });

  it('a truncated data artefact gives a clear error screen', async () => {
    const tp = await session.newPage();
    await tp.page.route('**/data/atlas.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"meta": {"schemaVersion": 1, "dataV' }));
    await tp.page.goto(session.baseUrl);
    await tp.page.waitForSelector('.load-error');
    // The manifest lists the real file's length, so the cut-off copy is refused before it is parsed.
    expect(await tp.page.locator('.load-error').textContent()).toMatch(/atlas\.json: has 36 bytes where manifest\.json lists \d+ \(truncated, or from another build\?\)/);
  });

  it('works on a phone-sized screen: map first, filters folded, no horizontal scrolling', async () => {
    const { page } = await open('?city=es-barcelona', { width: 390, height: 844 });
    const toggle = page.getByRole('button', { name: `Filters: ${atlas.cities.length} cities, ${new Intl.NumberFormat('en-GB').format(atlas.initiatives.length)} initiatives` });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.filters').isVisible()).toBe(false);
    await toggle.click();
    expect(await page.getByLabel('Search cities and initiatives').isVisible()).toBe(true);
    expect(await page.locator('#city-card-title').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  for (const [name, query] of [['atlas', '?city=es-barcelona'], ['table', '?view=table'], ['compare', '?view=compare&compare=es-barcelona,ee-tartu,fi-jamsa'], ['patterns', '?view=patterns'], ['peers', '?city=ee-tartu&panel=peers']] as const) {
    it(`${name} view has no violations`, async () => {
      const { page } = await open(query);
      if (name === 'atlas' || name === 'patterns') await waitForMapIdle(page);
      expect(await runAxe(page)).toEqual([]);
    });
  }
});

describe('accessibility on a phone', () => {
  it('the phone layout has no violations either', async () => {
    const { page } = await open('?city=ee-tartu', { width: 390, height: 844 });
    await waitForMapIdle(page);
    expect(await runAxe(page)).toEqual([]);
  });
});

describe('offline by design', () => {
  it('makes no request to any host but its own origin, in every view', async () => {
    // Opens its own pages so that it holds when run alone, and checks them with the whole tour.
    for (const query of ['', '?view=patterns&level=2', '?view=table&city=es-barcelona', '?view=compare&compare=es-barcelona,ee-tartu', '?city=ee-tartu&panel=peers']) {
      const { page } = await open(query);
      await page.waitForLoadState('networkidle');
    }
    expect(session.pages.length).toBeGreaterThanOrEqual(5);
    expect(session.pages.flatMap((p) => p.offOrigin)).toEqual([]);
  });
});

/** The colours of the legend swatches, as [r, g, b], read from the page. */
async function legendSwatches(page: Session['pages'][number]['page'], selector: string): Promise<[number, number, number][]> {
  const css = await page.locator(selector).evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  return css.map((c) => (/rgba?\((\d+), (\d+), (\d+)/.exec(c) ?? []).slice(1, 4).map(Number) as [number, number, number]);
}

/** The colour that occurs most often among `pixels`. */
function commonest(pixels: readonly [number, number, number][]): [number, number, number] {
  const counts = new Map<string, number>();
  for (const p of pixels) counts.set(p.join(), (counts.get(p.join()) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0].split(',').map(Number) as [number, number, number];
}
