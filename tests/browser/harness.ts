/**
 * Browser test harness: serves the production build with Vite's preview() on a free port and
 * drives Debian's Chromium through playwright-core. ATLAS_CHROMIUM overrides the browser path.
 */
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';

export const CHROMIUM_PATH = process.env.ATLAS_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--use-gl=angle', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export interface Session {
  readonly baseUrl: string;
  readonly browser: Browser;
  readonly server: PreviewServer;
  /** Every page opened so far, for checks over a whole tour (off-origin requests, errors). */
  readonly pages: readonly TrackedPage[];
  newPage(opts?: PageOptions): Promise<TrackedPage>;
  /** A new page on the atlas at `query`, once the data has loaded; `before` runs before navigation (routes, storage). */
  open(query?: string, opts?: PageOptions & { before?: (page: Page) => Promise<void> }): Promise<TrackedPage>;
  close(): Promise<void>;
}

export interface PageOptions {
  readonly width?: number;
  readonly height?: number;
  readonly webgl?: boolean;
  /**
   * Whether the page takes this browser's WebGL for a graphics card (default true). Every test
   * browser renders WebGL in software, where the atlas's default is the 2D map; the tests of the
   * WebGL map ask for it as a machine with a graphics card gets it, those of the 2D map say false.
   */
  readonly gpu?: boolean;
  /** The browser's language; British English unless a test asks for another, so that the atlas speaks English. */
  readonly locale?: string;
}

export interface TrackedPage {
  readonly page: Page;
  /** Console errors, page errors and dialogs seen so far. */
  readonly errors: string[];
  /** Requests to any origin other than the preview server's. */
  readonly offOrigin: string[];
}

export async function startSession(): Promise<Session> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium" or set ATLAS_CHROMIUM to a Chromium binary.`);
  }
  if (!existsSync('dist/index.html')) throw new Error('No production build in dist/. Run "npm run build" first.');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
  const pages: TrackedPage[] = [];
  const session: Session = {
    baseUrl, browser, server, pages,
    async open(query = '', opts = {}) {
      const tp = await session.newPage(opts);
      await opts.before?.(tp.page);
      await tp.page.goto(`${baseUrl}${query}`);
      await tp.page.waitForSelector('.match-summary', { state: 'attached' });
      return tp;
    },
    async newPage(opts = {}) {
      const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 }, acceptDownloads: true, locale: opts.locale ?? 'en-GB' });
      // Ask the atlas for its test entry (the live map on window.__atlasMap), before any script runs.
      await context.addInitScript(() => { (window as unknown as { __ATLAS_TEST_HOOKS__: boolean }).__ATLAS_TEST_HOOKS__ = true; });
      const page = await context.newPage();
      const errors: string[] = [];
      const offOrigin: string[] = [];
      if (opts.gpu !== false) await page.addInitScript(() => { (window as { __ATLAS_ASSUME_GPU__?: boolean }).__ATLAS_ASSUME_GPU__ = true; });
      if (opts.webgl === false) await page.addInitScript(() => { (window as { __ATLAS_DISABLE_WEBGL__?: boolean }).__ATLAS_DISABLE_WEBGL__ = true; });
      page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
      page.on('request', (r: Request) => {
        const url = r.url();
        if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
      });
      const tracked = { page, errors, offOrigin };
      pages.push(tracked);
      return tracked;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
  return session;
}

/** Serves another built site (a copy of dist/ with other data, a benchmark's reference page) on a free port. */
export async function serveFolder(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({ configFile: false, logLevel: 'silent', build: { outDir: root }, preview: { port: 0, host: '127.0.0.1' } });
  const addr = server.httpServer.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${addr.port}/`, close: () => new Promise<void>((r) => server.httpServer.close(() => r())) };
}

/** The first view (the 2D map, whichever map follows) is on screen. */
export const FIRST_VIEW = '.map-area[data-first-view="1"]';

export async function waitForFirstView(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector(FIRST_VIEW, { timeout, state: 'attached' });
}

/** The atlas's WebGL map once its style has loaded and it has drawn its data and gone idle. */
export const MAP_IDLE = '.map[data-map-ready="1"][data-map-idle="1"]';

/** Waits until the WebGL map has drawn its data and gone idle. */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector(MAP_IDLE, { timeout, state: 'attached' });
}

export interface PngStats {
  readonly width: number;
  readonly height: number;
  /** Share of pixels that differ from the most common colour (the background). */
  readonly ink: number;
}

/** Decodes a PNG in the page and measures it; `points` are read back as [r, g, b]. */
export async function pngStats(page: Page, png: Buffer, points: readonly (readonly [number, number])[] = []): Promise<PngStats & { pixels: [number, number, number][] }> {
  return page.evaluate(async ([b64, pts]) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < d.length; i += 16) {
      const key = (d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const pixels = pts.map(([x, y]) => { const i = (Math.round(y) * c.width + Math.round(x)) * 4; return [d[i]!, d[i + 1]!, d[i + 2]!] as [number, number, number]; });
    return { width: img.width, height: img.height, ink: 1 - Math.max(...counts.values()) / (d.length / 16), pixels };
  }, [png.toString('base64'), points] as const);
}

/** Colour distance (Euclidean in RGB). */
export const colourDistance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** Where a [lon, lat] point is drawn on the map canvas, in CSS pixels. */
export async function projectOnMap(page: Page, lonLat: readonly [number, number]): Promise<[number, number]> {
  const p = await page.evaluate((ll) => (window as unknown as { __atlasMap: { project: (x: [number, number]) => { x: number; y: number } } }).__atlasMap.project([ll[0], ll[1]]), lonLat);
  return [p.x, p.y];
}

/** Share of non-background pixels in the map canvas (read back through a screenshot). */
export async function canvasInkShare(page: Page): Promise<number> {
  return (await pngStats(page, await page.locator('.map canvas').first().screenshot())).ink;
}
