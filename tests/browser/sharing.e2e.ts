/** Presenting and sharing, as a presenter and a researcher would use them. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { unzipSync, strFromU8 } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourDistance, pngStats, projectOnMap, startSession, waitForMapIdle, type Session } from './harness';
import { matchSummary } from './pageActions';
import { readAtlas } from '../unit/readAtlas';

const atlas = readAtlas();
const healthCities = new Set(atlas.initiatives.filter((i) => i.serviceTypes.value.includes('health')).map((i) => i.cityId)).size;
let session: Session;
const open = (query = '') => session.open(query);

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path!) };
}

beforeAll(async () => { mkdirSync('test-results', { recursive: true }); session = await startSession(); });
afterAll(async () => { await session?.close(); });

describe('scenes and presentation', () => {
  it('saves scenes, keeps them across reload, reorders, exports, imports and presents them with the keyboard', async () => {
    const { page } = await open('?svc=health&view=scenes');
    await page.getByLabel('Scene title').fill('Health services');
    await page.getByLabel('Speaker notes').fill('Telecare is common in small towns.');
    await page.getByRole('button', { name: 'Save the current view as a scene' }).click();
    await page.goto(`${session.baseUrl}?cc=ES&view=scenes`);
    await page.getByLabel('Scene title').fill('Spain');
    await page.getByRole('button', { name: 'Save the current view as a scene' }).click();
    await page.reload();
    await page.waitForSelector('.scene-list');
    expect(await page.locator('.scene-title').allTextContents()).toEqual(['Health services', 'Spain']);
    await page.getByRole('button', { name: 'Move Spain up' }).click();
    expect(await page.locator('.scene-title').allTextContents()).toEqual(['Spain', 'Health services']);

    const exported = await downloaded(page, () => page.getByRole('button', { name: 'Export scenes (JSON)' }).click());
    const file = JSON.parse(exported.bytes.toString('utf8')) as { scenes: { title: string; query: string }[] };
    expect(file.scenes.map((s) => s.title)).toEqual(['Spain', 'Health services']);
    expect(file.scenes[1]!.query).toContain('svc=health');

    await page.getByLabel('Import scenes (JSON)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something else"}') });
    await page.waitForSelector('text=Nothing was changed');
    expect(await page.locator('.scene-title').count()).toBe(2);
    const one = { ...file, scenes: [file.scenes[1]] };
    await page.getByLabel('Import scenes (JSON)').setInputFiles({ name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(one)) });
    await page.waitForSelector('text=1 scene imported.');
    expect(await page.locator('.scene-title').allTextContents()).toEqual(['Health services']);
    await page.getByLabel('Import scenes (JSON)').setInputFiles({ name: 'both.json', mimeType: 'application/json', buffer: exported.bytes });

    // Presenting needs no network at all, once the atlas has finished loading (the texts follow the first view).
    await page.waitForSelector('.app[data-texts="ready"]', { state: 'attached', timeout: 30_000 });
    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.waitForSelector('.presentation-bar');
    expect(await page.locator('.scene-heading').textContent()).toBe('Spain');
    expect((await matchSummary(page)).cities).toBe(atlas.cities.filter((c) => c.country === 'ES').length);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.scene-heading')?.textContent === 'Health services');
    expect((await matchSummary(page)).cities).toBe(healthCities);
    await page.keyboard.press('n');
    expect(await page.locator('.speaker-notes').textContent()).toBe('Telecare is common in small towns.');
    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => document.querySelector('.scene-heading')?.textContent === 'Spain');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.scene-heading')?.textContent === 'Health services');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.presentation-bar', { state: 'detached' });
    await page.context().setOffline(false);
  });

  it('unreadable saved scenes do not block the atlas: it says so and keeps a copy', async () => {
    const tp = await session.newPage();
    await tp.page.addInitScript(() => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('atlas.scenes', '{"format":"atlas-scenes","version":1,"scenes":[{"id":1}]}garbage'); sessionStorage.setItem('seeded', '1'); } });
    await tp.page.goto(`${session.baseUrl}?view=scenes`);
    await tp.page.waitForSelector('.match-summary');
    expect(await tp.page.locator('.notice').textContent()).toContain('Saved scenes could not be read');
    expect(await tp.page.evaluate(() => localStorage.getItem('atlas.scenes.unreadable'))).toContain('garbage');
    expect(await tp.page.locator('text=No scenes yet').count()).toBe(1);
  });
});

describe('exports', () => {
  it('PNG at 2x with non-blank pixels, CSVs with one row per matching city, GeoJSON, citation and briefing pack', async () => {
    const { page } = await open('?svc=health&view=share');
    await waitForMapIdle(page);
    const mapBox = (await page.locator('.map canvas').first().boundingBox())!;
    // The largest matching city: its symbol must be in the exported image, in a symbol colour.
    const largest = atlas.cities.filter((c) => atlas.initiatives.some((i) => i.cityId === c.id && i.serviceTypes.value.includes('health')))
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0]!;
    const [sx, sy] = await projectOnMap(page, largest.lonLat);
    const { cities } = await matchSummary(page);
    expect(cities).toBe(healthCities);

    const png = await downloaded(page, () => page.getByRole('button', { name: 'Map image (PNG, 2×)' }).click());
    writeFileSync('test-results/export-map.png', png.bytes);
    const HEADER_PX = 64 * 2; // title band above the map in the 2x image (export/mapImage.ts)
    const stats = await pngStats(page, png.bytes, [[sx * 2, sy * 2 + HEADER_PX]]);
    expect(colourDistance(stats.pixels[0]!, [247, 246, 242])).toBeGreaterThan(40); // not bare land
    expect(colourDistance(stats.pixels[0]!, [220, 232, 242])).toBeGreaterThan(40); // not sea
    expect(stats.width).toBe(Math.round(mapBox.width) * 2);
    expect(stats.height).toBeGreaterThan(Math.round(mapBox.height) * 2);
    expect(stats.ink).toBeGreaterThan(0.3); // share of pixels other than the most common colour

    const csv = await downloaded(page, () => page.getByRole('button', { name: 'Matching cities (CSV)' }).click());
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBe(cities);
    expect(rows.every((r) => /^https?:\/\//.test(r.sources ?? ''))).toBe(true);
    // A CSV on its own names its sources and terms: boundaries, places and the corpus licence.
    expect(rows[0]!.attribution).toContain('© EuroGeographics for the administrative boundaries');
    expect(rows[0]!.attribution).toMatch(/Case corpus: .*CC BY 4\.0/);
    const inits = await downloaded(page, () => page.getByRole('button', { name: 'Their initiatives (CSV)' }).click());
    const irows = Papa.parse<Record<string, string>>(inits.bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(irows.length).toBe(atlas.initiatives.filter((i) => i.serviceTypes.value.includes('health')).length);
    expect(irows.every((r) => (r.service_types ?? '').includes('health'))).toBe(true);
    // The scaling-up codes travel with the export, value for value (compared with the artefact by id).
    const byId = new Map(atlas.initiatives.map((i) => [i.id, i]));
    for (const r of irows) {
      const i = byId.get(r.initiative_id ?? '')!;
      expect(r.enablers).toBe(i.enablers.value.join('; '));
      expect(r.barriers).toBe(i.barriers.value.join('; '));
      expect(r.shared_solutions).toBe(i.sharedSolutions.value.join('; '));
      expect(r.sources_checked).toBe(i.checked ?? '');
    }
    expect(irows.some((r) => r.enablers !== '')).toBe(true);

    const geo = await downloaded(page, () => page.getByRole('button', { name: 'Matching cities (GeoJSON)' }).click());
    const geojson = JSON.parse(geo.bytes.toString('utf8')) as { features: unknown[]; attribution: string[] };
    expect(geojson.features.length).toBe(cities);
    const props = (geojson.features as { properties: Record<string, string> }[]).map((f) => f.properties);
    expect(props.some((p) => (p.initiative_enablers ?? '') !== '')).toBe(true);
    expect(geojson.attribution.join(' ')).toContain('© EuroGeographics for the administrative boundaries');
    expect(geojson.attribution.join(' ')).toMatch(/Case corpus: .*CC BY 4\.0/);

    // The citation names the view as it is now, also right after a change (the address bar lags behind).
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.getByLabel('Colour cities by').selectOption('scale');
    await page.getByRole('button', { name: 'Share and export', exact: true }).click();
    const cite = await downloaded(page, () => page.getByRole('button', { name: 'Citation (text)' }).click());
    const text = cite.bytes.toString('utf8');
    expect(text).toContain(`data version ${atlas.meta.dataVersion}`);
    expect(text).toContain('svc=health');
    expect(text).toContain('colour=scale');
    expect(text).toContain('© EuroGeographics for the administrative boundaries');

    const zip = await downloaded(page, () => page.getByRole('button', { name: 'Briefing pack (ZIP)' }).click());
    const files = unzipSync(new Uint8Array(zip.bytes));
    expect(Object.keys(files).sort()).toEqual(['citation.txt', 'cities.csv', 'cities.geojson', 'initiatives.csv', 'map-description.txt', 'map.png', 'map.svg', 'view-url.txt']);
    expect(strFromU8(files['map-description.txt']!)).toMatch(new RegExp(`^${cities} cities and \\d+ initiatives match\\. Most are in `));
    expect(strFromU8(files['view-url.txt']!)).toContain('svc=health');
  });
});

describe('embed and print', () => {
  it('?embed=1 shows the map and legend with minimal chrome and a link to the full atlas', async () => {
    const { page } = await open('?embed=1&cc=ES');
    await waitForMapIdle(page);
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.locator('.legend').isVisible()).toBe(true);
    const href = await page.getByRole('link', { name: 'Open the full atlas' }).getAttribute('href');
    expect(href).toContain('cc=ES');
    expect(href).not.toContain('embed');
  });

  it('prints a one-page briefing with the matching list and credits', async () => {
    const { page } = await open('?svc=health');
    await page.emulateMedia({ media: 'print' });
    // The briefing is made when print media starts (the next frame after emulation), as before printing.
    await page.locator('.print-briefing h2').first().waitFor();
    expect(await page.locator('.print-briefing').isVisible()).toBe(true);
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    const text = await page.locator('.print-briefing').textContent();
    expect(text).toContain(`Matching cities (${healthCities})`);
    expect(text).toContain('© EuroGeographics for the administrative boundaries');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });
});

describe('offline by design', () => {
  it('made no request off the origin while presenting and exporting', async () => {
    // Opens the share and scenes views itself, so that it checks something when run alone.
    for (const query of ['?view=share', '?view=scenes', '?embed=1']) {
      const { page } = await open(query);
      await page.waitForLoadState('networkidle');
    }
    expect(session.pages.length).toBeGreaterThanOrEqual(3);
    expect(session.pages.flatMap((p) => p.offOrigin)).toEqual([]);
    expect(session.pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
