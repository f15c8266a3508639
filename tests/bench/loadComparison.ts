/**
 * Load time of the atlas against reference pages that draw the same first view: an SVG page made
 * with d3-geo (the way eurostat-map draws), MapLibre alone from ready GeoJSON files, and a bare
 * MapLibre page as the floor. Every page is loaded RUNS times in one run, in turns, each time in a
 * fresh browser context; each round starts with the next page so that none always follows another.
 */
import { FIRST_VIEW, MAP_IDLE, type Session } from '../browser/harness';
import { median, type BenchRow } from './benchTable';
import { PAGE_IDLE, loadUntil } from './pageMetrics';
import { copyAtlasData, servePage, writeGeoJson } from './referencePages';

const RUNS = 5;

type Key = 'atlas' | 'svg' | 'webgl' | 'geojson' | 'floor';

const runsNote = (xs: readonly number[]) => `runs ${xs.map((x) => x.toFixed(0)).join(', ')} ms`;
const stages = (marks: Map<string, number[]>) => [...marks].map(([n, ts]) => `${n.replace('atlas:', '')} ${median(ts).toFixed(0)} ms`).join(', ');

export async function loadComparison(session: Session): Promise<BenchRow[]> {
  const servers: { url: string; close: () => Promise<void> }[] = [];
  try {
    for (const [name, prepare] of [['svg-peer', copyAtlasData], ['maplibre-geojson', writeGeoJson], ['floor', undefined]] as const) servers.push(await servePage(name, prepare));
    const [svg, geojson, floor] = servers;
    const pages: { key: Key; url: string; until: string }[] = [
      { key: 'atlas', url: session.baseUrl, until: FIRST_VIEW },
      { key: 'svg', url: svg!.url, until: PAGE_IDLE },
      { key: 'webgl', url: `${session.baseUrl}?map=webgl`, until: MAP_IDLE },
      { key: 'geojson', url: geojson!.url, until: PAGE_IDLE },
      { key: 'floor', url: floor!.url, until: PAGE_IDLE },
    ];
    const ms: Record<Key, number[]> = { atlas: [], svg: [], webgl: [], geojson: [], floor: [] };
    const marks: Record<'atlas' | 'webgl', Map<string, number[]>> = { atlas: new Map(), webgl: new Map() };
    for (let i = 0; i < RUNS; i++) {
      for (let k = 0; k < pages.length; k++) {
        const p = pages[(i + k) % pages.length]!;
        const load = await loadUntil(session, p.url, p.until);
        ms[p.key].push(load.ms);
        if (p.key === 'atlas' || p.key === 'webgl') for (const [n, t] of load.marks) marks[p.key].set(n, [...(marks[p.key].get(n) ?? []), t]);
      }
    }
    const m = (k: Key) => (ms[k].length ? median(ms[k]) : NaN);
    const firstRatio = m('atlas') / m('svg');
    const webglRatio = m('webgl') / m('geojson');
    return [
      { name: `load to first view, atlas (median of ${RUNS})`, value: m('atlas'), unit: 'ms', note: `${runsNote(ms.atlas)}; ${stages(marks.atlas)}` },
      { name: `load to drawn, SVG peer: d3-geo paths (median of ${RUNS})`, value: m('svg'), unit: 'ms', note: runsNote(ms.svg) },
      { name: 'atlas first view / SVG peer ratio', value: firstRatio, unit: 'x', target: '<= 1.0x', ok: firstRatio <= 1 },
      { name: `load to map idle, atlas WebGL map ?map=webgl (median of ${RUNS})`, value: m('webgl'), unit: 'ms', note: `${runsNote(ms.webgl)}; ${stages(marks.webgl)}` },
      { name: `load to idle, MapLibre from GeoJSON files (median of ${RUNS})`, value: m('geojson'), unit: 'ms', note: runsNote(ms.geojson) },
      { name: 'atlas WebGL idle / MapLibre-from-GeoJSON ratio', value: webglRatio, unit: 'x', target: '<= 1.2x', ok: webglRatio <= 1.2 },
      { name: `load to map idle, bare MapLibre floor (median of ${RUNS})`, value: m('floor'), unit: 'ms', note: runsNote(ms.floor) },
      { name: 'atlas WebGL idle / floor ratio', value: m('webgl') / m('floor'), unit: 'x', note: 'informative: the floor draws no data' },
    ];
  } finally {
    for (const s of servers) await s.close();
  }
}
