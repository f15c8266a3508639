/**
 * Front-end benchmarks in headless Chromium against the production build (`npm run build` first):
 * first-view transfer, load time against reference pages that draw the same first view
 * (loadComparison.ts), and filter-change main-thread time versus rebuilding a filtered GeoJSON source.
 */
import { existsSync } from 'node:fs';
import { startSession, waitForMapIdle } from '../browser/harness';
import { filterToggles, firstViewTransfer, taskMs } from './pageMetrics';
import { median, printTable, type BenchRow } from './benchTable';
import { loadComparison } from './loadComparison';
import { PLAY_STEP_MS } from '../../src/domain/timeline';

export async function frontendBench(): Promise<BenchRow[]> {
  if (!existsSync('dist/index.html')) throw new Error('Run "npm run build" first.');
  const session = await startSession();
  const rows: BenchRow[] = [];
  try {
    const transfer = await firstViewTransfer(session, session.baseUrl, 'dist');
    const kib = transfer.bytes / 1024;
    rows.push({
      name: `first view transfer (${transfer.files} files, gzip)`, value: kib, unit: 'KiB', target: '<= 600 KiB', ok: kib <= 600, note: 'until data-first-view',
    });
    rows.push(...await loadComparison(session));

    // Filter change with the context layer (all places) and all NUTS 3 regions loaded, on the WebGL
    // map, which the naive comparison adds its GeoJSON source to.
    const { page } = await session.newPage();
    await page.goto(`${session.baseUrl}?map=webgl&places=1&at=5.5,50,10`);
    await page.waitForSelector('.map[data-places="1"]', { state: 'attached', timeout: 60_000 });
    await waitForMapIdle(page);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    const { ours, idle } = await filterToggles(page);
    // The naive approach: a GeoJSON source holding every place, the cities and all NUTS 3 regions,
    // rebuilt with the filtered cities and setData() on every change.
    await page.evaluate(async () => {
      const map = (window as unknown as { __atlasMap: { addSource: (id: string, s: unknown) => void; addLayer: (l: unknown) => void } }).__atlasMap;
      const [places, atlas] = await Promise.all(['data/places.json', 'data/atlas.json'].map((u) => fetch(u).then((r) => r.json())));
      (window as unknown as { __naive: unknown }).__naive = { places, atlas };
      map.addSource('naive', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({ id: 'naive', type: 'circle', source: 'naive', paint: { 'circle-radius': 2 } });
    });
    const naive: number[] = [];
    for (let i = 0; i < 12; i++) {
      naive.push(await taskMs(page, () => page.evaluate((odd) => {
        type P = { name: string[]; lon: number[]; lat: number[]; meta: { coordScale: number } };
        type A = { cities: { id: string; lonLat: [number, number]; governance: string[] }[] };
        const w = window as unknown as { __naive: { places: P; atlas: A }; __atlasMap: { getSource: (id: string) => { setData: (d: unknown) => void } } };
        const { places, atlas } = w.__naive;
        const features: unknown[] = [];
        for (let k = 0; k < places.name.length; k++) features.push({ type: 'Feature', properties: { name: places.name[k], kind: 'place' }, geometry: { type: 'Point', coordinates: [places.lon[k]! / places.meta.coordScale, places.lat[k]! / places.meta.coordScale] } });
        for (const c of atlas.cities) if (odd || c.governance.includes('in_house')) features.push({ type: 'Feature', properties: { id: c.id, kind: 'city' }, geometry: { type: 'Point', coordinates: c.lonLat } });
        w.__atlasMap.getSource('naive').setData({ type: 'FeatureCollection', features });
      }, i % 2 === 1)));
    }
    const base = median(idle);
    const oursMs = Math.max(0, median(ours) - base);
    const naiveMs = Math.max(0, median(naive) - base);
    rows.push({ name: 'filter change main-thread time, atlas (median of 12)', value: oursMs, unit: 'ms', target: '<= 8 ms', ok: oursMs <= 8, note: `idle baseline ${base.toFixed(1)} ms subtracted` });
    rows.push({ name: 'filter change main-thread time, naive setData (median of 12)', value: naiveMs, unit: 'ms' });
    rows.push({ name: 'naive / atlas filter time', value: naiveMs / Math.max(oursMs, 0.1), unit: 'x', target: '>= 20x', ok: naiveMs / Math.max(oursMs, 0.1) >= 20 });
    await page.context().close();

    // The timeline play-through with all places shown: main-thread time of the animation's steps
    // (Play runs one step every PLAY_STEP_MS), and of a manual step (Next/Previous, which also writes the link).
    {
      const { page: tl } = await session.newPage();
      await tl.goto(`${session.baseUrl}?map=webgl&view=timeline&ty=1995&places=1&at=5.5,50,10`);
      await tl.waitForSelector('.map[data-places="1"]', { state: 'attached', timeout: 60_000 });
      await waitForMapIdle(tl);
      await tl.waitForSelector('.app[data-texts="ready"]', { state: 'attached', timeout: 60_000 });
      await tl.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
      // Play steps once every PLAY_STEP_MS. Around each step, main-thread task time in a window that
      // holds the step is compared with an equal window later in the same interval that holds none.
      const cdp = await tl.context().newCDPSession(tl);
      await cdp.send('Performance.enable');
      const taskTotal = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
      const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));
      const STEPS = 12;
      const WINDOW = 550;
      const costs: number[] = [];
      await tl.locator('.timeline-controls button', { hasText: 'Play' }).click();
      const t0 = Date.now();
      for (let k = 1; k <= STEPS; k++) {
        const step = t0 + k * PLAY_STEP_MS;
        await sleepUntil(step - 100);
        const a = await taskTotal();
        await sleepUntil(step - 100 + WINDOW);
        const b = await taskTotal();
        await sleepUntil(step + 850);
        const c = await taskTotal();
        await sleepUntil(step + 850 + WINDOW);
        const d = await taskTotal();
        costs.push((b - a) - (d - c));
      }
      await tl.locator('.timeline-controls button', { hasText: 'Pause' }).click();
      await cdp.detach();
      const perStep = Math.max(0, median(costs));
      rows.push({ name: `timeline play step main-thread time, 62k places shown (median of ${STEPS} steps)`, value: perStep, unit: 'ms', target: '<= 16 ms', ok: perStep <= 16, note: `step window minus a quiet ${WINDOW} ms window of the same interval; steps ${costs.map((c) => c.toFixed(0)).join(', ')} ms` });
      const next = (await tl.locator('.timeline-controls button', { hasText: 'Next year' }).elementHandle())!;
      const prev = (await tl.locator('.timeline-controls button', { hasText: 'Previous year' }).elementHandle())!;
      const steps: number[] = [];
      const still: number[] = [];
      for (let i = 0; i < 12; i++) {
        still.push(await taskMs(tl, async () => {}));
        steps.push(await taskMs(tl, async () => { await (i % 2 === 0 ? next : prev).evaluate((el) => (el as HTMLButtonElement).click()); }));
      }
      const stepMs = Math.max(0, median(steps) - median(still));
      rows.push({ name: 'timeline manual step incl. writing the link (median of 12)', value: stepMs, unit: 'ms', note: `idle baseline ${median(still).toFixed(1)} ms subtracted` });
      await tl.context().close();
    }
  } finally {
    await session.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printTable('Front-end benchmark (headless Chromium, SwiftShader WebGL)', await frontendBench());
}
