/**
 * The 2D map, as a person on a desktop without a graphics card sees it: the first view, the map
 * itself where WebGL is missing, and the vector export. Pixel positions are worked out here from
 * the Web Mercator formulas (MapLibre's 512-pixel world), not taken from the page.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourDistance, pngStats, startSession, waitForFirstView, type Session } from './harness';
import { matchSummary, waitForSummaryChange } from './pageActions';
import { readAtlas } from '../unit/readAtlas';
import { ATTRIBUTION } from '../../src/domain/attribution';

const atlas = readAtlas();
let session: Session;
beforeAll(async () => { session = await startSession(); });
afterAll(async () => { await session?.close(); });

const LAND = [0xF7, 0xF6, 0xF2];
const PILOT_YELLOW = [0xFD, 0xE7, 0x25]; // the first of the four scale colours (viridis): pilot
const DEFAULT = { lon: 12, lat: 52, zoom: 3.4 };

/** Where [lon, lat] is drawn in a map box of this size at this camera. */
function pixelAt(box: { width: number; height: number }, [lon, lat]: readonly [number, number], cam = DEFAULT): [number, number] {
  const world = 512 * 2 ** cam.zoom;
  const y = (l: number) => (0.5 - Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / (2 * Math.PI)) * world;
  return [box.width / 2 + ((lon - cam.lon) / 360) * world, box.height / 2 + y(lat) - y(cam.lat)];
}

/** The case city farthest from any other in `among`, inside the part of the map box no control covers. */
function loneCity(among: readonly typeof atlas.cities[number][], box: { width: number; height: number }) {
  // Away from the edges, the zoom buttons (top right) and the floating legend (lower left).
  const inside = among.filter((c) => { const [x, y] = pixelAt(box, c.lonLat); return x > 40 && x < box.width - 60 && y > 80 && y < box.height - 40 && !(x < 300 && y > box.height - 330); });
  const gap = (c: typeof among[number]) => Math.min(...atlas.cities.filter((o) => o !== c).map((o) => Math.hypot(...pixelAt(box, o.lonLat).map((v, i) => v - pixelAt(box, c.lonLat)[i]!) as [number, number])));
  return inside.reduce((best, c) => (gap(c) > gap(best) ? c : best));
}

describe('2D map', () => {
  it('paints the first view in 2D on a software renderer, in the colours of the link, and stays the map', async () => {
    // Pilot initiatives only, coloured by scale: every city shown has the pilot colour.
    const { page } = await session.open('?scale=pilot&colour=scale', { gpu: false });
    await waitForFirstView(page);
    const map = page.locator('.map2d');
    // The renderer is probed after the first view: it says software, so the 2D map stays.
    await page.waitForSelector('.map-area[data-renderer="2d"]', { state: 'attached' });
    const hide = await page.addStyleTag({ content: '.legend, .map2d-zoom { visibility: hidden !important; }' });
    const box = (await map.boundingBox())!;
    const pilots = new Set(atlas.initiatives.filter((i) => i.scale.value === 'pilot').map((i) => i.cityId));
    const withPilot = loneCity(atlas.cities.filter((c) => pilots.has(c.id)), box);
    const without = loneCity(atlas.cities.filter((c) => !pilots.has(c.id)), box);
    const points = [pixelAt(box, withPilot.lonLat), pixelAt(box, without.lonLat), pixelAt(box, [2.5, 46.5])];
    const [a, b, land] = (await pngStats(page, await map.screenshot(), points)).pixels;
    await hide.evaluate((el) => (el as HTMLElement).remove());
    expect(colourDistance(a!, PILOT_YELLOW), `${withPilot.name} is drawn in the pilot colour`).toBeLessThan(30);
    expect(colourDistance(b!, PILOT_YELLOW), `${without.name} (no pilot) is not drawn`).toBeGreaterThan(100);
    expect(colourDistance(land!, LAND), 'central France shows land').toBeLessThan(12);
    // No WebGL map follows: MapLibre is not even loaded.
    await page.waitForTimeout(1500);
    expect(await page.locator('.maplibregl-map').count()).toBe(0);
    expect(await page.locator('.legend .renderer-why').textContent()).toContain('without a graphics card');
  });

  it('without WebGL: regions and cities drawn; a click on a city opens its card, on a region filters to it', async () => {
    const { page, errors } = await session.open('?view=patterns', { webgl: false });
    await waitForFirstView(page);
    expect(await page.locator('.map2d path[data-region]').count()).toBeGreaterThan(30);
    const box = (await page.locator('.map2d').boundingBox())!;
    const before = await matchSummary(page);
    const [fx, fy] = pixelAt(box, [2.5, 46.5]); // central France: a region, no case city
    await page.mouse.click(box.x + fx, box.y + fy);
    await waitForSummaryChange(page, before);
    expect(await page.locator('.chips .chip').textContent()).toContain('(FR)');
    expect((await matchSummary(page)).cities).toBe(atlas.cities.filter((c) => c.country === 'FR').length);
    // Back on the map view, a city's symbol opens its card.
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    // The map has taken the larger size of the map view before a symbol is aimed at.
    await page.waitForFunction(() => { const m = document.querySelector('.map2d'); const svg = m?.querySelector('svg'); return !!m && !!svg && svg.width.baseVal.value === m.clientWidth && svg.height.baseVal.value === m.clientHeight; });
    const city = loneCity(atlas.cities.filter((c) => c.country === 'FR'), box);
    const mapBox = (await page.locator('.map2d').boundingBox())!;
    const [cx, cy] = pixelAt(mapBox, city.lonLat);
    await page.mouse.click(mapBox.x + cx, mapBox.y + cy);
    await page.waitForSelector('#city-card-title');
    expect(await page.locator('#city-card-title').textContent()).toContain(city.name);
    expect(await page.locator('.legend .renderer-why').textContent()).toContain('cannot draw WebGL');
    expect(errors).toEqual([]);
  });

  it('pans with a drag, zooms with the wheel and the buttons, and walks from the keyboard', async () => {
    const { page } = await session.open('', { gpu: false });
    await waitForFirstView(page);
    const box = (await page.locator('.map2d').boundingBox())!;
    const camera = async () => { const at = new URL(page.url()).searchParams.get('at'); return at ? at.split(',').map(Number) as [number, number, number] : undefined; };
    await page.mouse.move(box.x + 400, box.y + 300);
    await page.mouse.down();
    await page.mouse.move(box.x + 450, box.y + 300, { steps: 5 });
    await page.mouse.up();
    // 50 pixels east at zoom 3.4 (a world of 512 × 2^3.4 = 5,405 pixels) moves the centre 3.33° west.
    await expect.poll(camera).toBeDefined();
    const [zoom, lat, lon] = (await camera())!;
    expect(zoom).toBe(3.4);
    expect(lat).toBeCloseTo(52, 3);
    expect(lon).toBeCloseTo(12 - (50 / (512 * 2 ** 3.4)) * 360, 2);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await camera())?.[0]).toBe(4.4);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(async () => (await camera())?.[0]).toBeLessThan(4.4);
    // The keyboard: Home goes to the largest matching city, Enter opens its card.
    const largest = [...atlas.cities].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0]!;
    await page.locator('.map2d').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.map2d .map-announce').textContent()).toContain(largest.name);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#city-card-title');
    expect(await page.locator('#city-card-title').textContent()).toContain(largest.name);
  });

  it('names the cities from zoom 4.2 on, each above its symbol, as the WebGL map does', async () => {
    const { page } = await session.open('', { gpu: false });
    await waitForFirstView(page);
    expect(await page.locator('.map2d-labels text').count()).toBe(0); // zoom 3.4: symbols only
    const barcelona = atlas.cities.find((c) => c.id === 'es-barcelona')!;
    const cam = { lon: barcelona.lonLat[0], lat: barcelona.lonLat[1], zoom: 6 };
    await page.goto(`${session.baseUrl}?at=6,${cam.lat},${cam.lon}`);
    await waitForFirstView(page);
    const label = page.locator('.map2d-labels text', { hasText: 'Barcelona' });
    await label.waitFor();
    const box = (await page.locator('.map2d').boundingBox())!;
    const at = (await label.boundingBox())!;
    const [x, y] = pixelAt(box, barcelona.lonLat, cam);
    // The symbol's radius: 3 to 26 pixels by the square root of the population (capped at 3.5 million).
    const r = 3 + 23 * Math.sqrt(Math.min(barcelona.population!, 3_500_000) / 3_500_000);
    expect(at.x + at.width / 2 - box.x).toBeCloseTo(x, 0);
    expect(Math.abs(at.y + at.height / 2 - box.y - (y - r - 9))).toBeLessThan(3);
  });

  it('exports the map as an SVG with regions, cities, legend and every credit', async () => {
    const { page } = await session.open('?map=2d');
    await waitForFirstView(page);
    await page.getByRole('button', { name: 'Share and export', exact: true }).click();
    // The export draws the map as it is on screen above the share panel: the cities whose symbol
    // reaches into the map's box (symbol radii are 3 to 26 pixels).
    const box = (await page.locator('.map2d').boundingBox())!;
    const within = (m: number) => atlas.cities.filter((c) => { const [x, y] = pixelAt(box, c.lonLat); return x > -m && y > -m && x < box.width + m && y < box.height + m; }).length;
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Map as vector graphic (SVG)' }).click()]);
    expect(dl.suggestedFilename()).toBe('atlas-map.svg');
    const text = readFileSync((await dl.path())!, 'utf8');
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const q = (s: string) => doc.querySelectorAll(s);
      return {
        error: q('parsererror').length, root: doc.documentElement.nodeName,
        regions: q('#regions path').length, cities: q('#cities circle').length, scripts: q('script').length,
        legend: doc.querySelector('#legend')?.textContent ?? '', credits: doc.querySelector('#credits')?.textContent ?? '',
      };
    }, text);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe('svg');
    expect(parsed.regions).toBeGreaterThan(2);
    expect(parsed.cities).toBeGreaterThanOrEqual(within(0));
    expect(parsed.cities).toBeLessThanOrEqual(within(26));
    expect(within(0)).toBeGreaterThan(atlas.cities.length / 3);
    expect(parsed.scripts).toBe(0);
    expect(parsed.legend).toContain('Colour cities by: Governance model');
    expect(parsed.legend).toContain('In-house municipal unit');
    for (const credit of ATTRIBUTION) expect(parsed.credits).toContain(credit);
  });
});
