/**
 * The atlas in French, German and Italian, and the map walked from the keyboard. One browser
 * session; one page per language visits every view, so that the whole file stays short.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pngStats, projectOnMap, startSession, waitForMapIdle, type Session } from './harness';
import { matchSummary, runAxe, waitForSummaryChange } from './pageActions';
import { readAtlas } from '../unit/readAtlas';

const atlas = readAtlas();
const en = JSON.parse(readFileSync('src/i18n/locales/en.json', 'utf8')) as Record<string, string>;
let session: Session;

beforeAll(async () => { session = await startSession(); });
afterAll(async () => { await session?.close(); });

/** Written by hand: what a few controls are called in each language. */
const NAMES = {
  fr: { map: 'Carte', table: 'Tableau', language: 'Langue', statement: 'Déclaration d’accessibilité', status: 'partiellement conforme' },
  de: { map: 'Karte', table: 'Tabelle', language: 'Sprache', statement: 'Erklärung zur Barrierefreiheit', status: 'teilweise' },
  it: { map: 'Mappa', table: 'Tabella', language: 'Lingua', statement: 'Dichiarazione di accessibilità', status: 'parzialmente conforme' },
} as const;
type Lang = keyof typeof NAMES;

/**
 * Messages that read the same as in English by design: product and network names, codes, and
 * words spelled alike. Any other English message seen on a translated page was left untranslated.
 */
const SAME_BY_DESIGN: Readonly<Record<Lang | 'all', readonly string[]>> = {
  all: ['vocab.solution.', 'vocab.dataAspect.fiware', 'vocab.dataAspect.x_road', 'vocab.dataAspect.common_ground', 'vocab.network.oasc',
    'vocab.network.living_in_eu', 'vocab.network.icc', 'vocab.network.eurocities', 'patterns.level.1', 'patterns.level.2', 'card.populationFromGeonames'],
  fr: ['timeline.pause', 'timeline.initiatives', 'share.citationLabel', 'filters.initiatives', 'card.population', 'card.populationSource', 'card.sources',
    'card.participation', 'compare.initiativeCount', 'patterns.classification', 'patterns.classification.quantile', 'patterns.total', 'table.population',
    'table.initiatives', 'vocab.scale.national'],
  de: ['timeline.pause', 'filters.group.region'],
  it: ['table.governance'],
};

/** The English messages (whole, without arguments) that must not appear on a page in `lang`. */
function englishValues(lang: Lang): string[] {
  const same = [...SAME_BY_DESIGN.all, ...SAME_BY_DESIGN[lang]];
  const isSame = (k: string) => same.some((p) => (p.endsWith('.') ? k.startsWith(p) : k === p));
  const keys = Object.keys(en).filter((k) => !k.startsWith('csv.') && !en[k]!.includes('{') && en[k]!.trim().length >= 3);
  const allowed = new Set(keys.filter(isSame).map((k) => en[k]!.trim()));
  return keys.filter((k) => !isSame(k)).map((k) => en[k]!.trim()).filter((v) => !allowed.has(v));
}

/** Visible text nodes (options through their select) that are one of `english`. */
function untranslated(page: Page, english: readonly string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const set = new Set(list);
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (el && set.has(text) && (el.closest('select') ?? el).checkVisibility()) found.add(text);
    }
    return [...found];
  }, english);
}

/** Each view in turn by its tab, then the accessibility statement from the footer; `check` runs in each. */
async function tour(page: Page, check: (view: string) => Promise<void>): Promise<void> {
  const tabs = page.locator('nav.view-tabs button');
  const count = await tabs.count();
  expect(count).toBe(9);
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await page.waitForSelector(`nav.view-tabs button:nth-child(${i + 1})[aria-pressed="true"]`);
    await check(`tab ${i + 1}`);
  }
  await page.locator('footer a').click();
  await page.waitForSelector('.statement');
  await check('statement');
}

/** Horizontal overflow of the page, and visible buttons whose text or box is cut off. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) out.push(`page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    const scrolls = (el: Element) => { for (let p = el.parentElement; p; p = p.parentElement) if (/auto|scroll/.test(getComputedStyle(p).overflowX)) return true; return false; };
    for (const b of document.querySelectorAll('button')) {
      if (!b.checkVisibility()) continue;
      const r = b.getBoundingClientRect();
      if (b.scrollWidth > b.clientWidth + 1) out.push(`text overflows "${b.textContent}"`);
      else if ((r.right > innerWidth + 1 || r.left < -1) && !scrolls(b)) out.push(`off screen "${b.textContent}"`);
    }
    return out;
  });
}

describe('French, German and Italian', () => {
  for (const lang of ['fr', 'de', 'it'] as const) {
    it(`${lang}: every view speaks it, the statement says "partially compliant", and axe-core passes`, async () => {
      // The statement beside a city card: one axe-core run covers the header, filters, card and statement.
      const { page, errors } = await session.open(`?lang=${lang}&city=ee-tartu&view=accessibility`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expect.poll(() => page.getByRole('button', { name: NAMES[lang].map, exact: true }).count()).toBe(1);
      expect(await page.getByRole('button', { name: NAMES[lang].table, exact: true }).count()).toBe(1);
      expect(await page.getByLabel(NAMES[lang].language).inputValue()).toBe(lang);
      expect(await page.locator('.statement h2').textContent()).toBe(NAMES[lang].statement);
      expect(await page.locator('.statement').textContent()).toContain(NAMES[lang].status);
      // Corpus text stays in its own language: the card of Tartu still names the city as the data does.
      expect(await page.locator('.detail h2').first().textContent()).toContain('Tartu');
      expect(await runAxe(page)).toEqual([]);
      const english = englishValues(lang);
      const left: string[] = [];
      // German, the longest of the four, is also held to the layout rules here at 1280 px (390 px below).
      await tour(page, async (view) => {
        for (const s of await untranslated(page, english)) left.push(`${view}: ${s}`);
        if (lang === 'de') for (const p of await layoutProblems(page)) left.push(`${view}, 1280 px: ${p}`);
      });
      expect(left).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('without lang= the browser\'s language is used; the switcher changes it, and the link carries it', async () => {
    const { page } = await session.open('', { locale: 'de-AT' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.getByLabel('Sprache').selectOption('it');
    await page.waitForFunction(() => document.documentElement.lang === 'it');
    expect(await page.getByRole('button', { name: 'Mappa', exact: true }).count()).toBe(1);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'it');
  });
});

describe('German layout', () => {
  it('holds at 390 px in every view: no sideways scroll, no clipped button (1280 px: in the German tour above)', async () => {
    const { page } = await session.open('?lang=de', { width: 390, height: 844 });
    const problems: string[] = [];
    await tour(page, async (view) => { for (const p of await layoutProblems(page)) problems.push(`${view}: ${p}`); });
    expect(problems).toEqual([]);
  });
});

const FOCUS = [209, 73, 0];
/** Pixels of the focus colour in a box around a point of the map canvas. */
async function focusPixels(page: Page, at: readonly [number, number], half = 40): Promise<number> {
  const points: [number, number][] = [];
  for (let dx = -half; dx <= half; dx += 2) for (let dy = -half; dy <= half; dy += 2) points.push([at[0] + dx, at[1] + dy]);
  const { pixels } = await pngStats(page, await page.locator('.map canvas').first().screenshot(), points);
  return pixels.filter((p) => Math.hypot(p[0] - FOCUS[0]!, p[1] - FOCUS[1]!, p[2] - FOCUS[2]!) < 40).length;
}

/** Presses Tab until the map canvas has the focus; returns how many presses it took. */
async function tabToMap(page: Page): Promise<number> {
  for (let n = 1; n <= 300; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('.map canvas') ?? false)) return n;
  }
  throw new Error('Tab never reached the map');
}

const announced = (page: Page) => page.locator('.map-announce').textContent();
const cityOf = (id: string) => atlas.cities.find((c) => c.id === id)!;

describe('walking the map by keyboard', () => {
  it('reaches the map as one tab stop, walks 5 cities with announcements and a ring, opens a card and returns', async () => {
    const { page } = await session.open('');
    await waitForMapIdle(page);
    await tabToMap(page);
    // One tab stop: the next Tab leaves the map (its zoom buttons included), Shift+Tab comes back.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.map') === null)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('.map canvas'))).toBe(true);

    const london = await projectOnMap(page, cityOf('uk-london').lonLat);
    const before = await focusPixels(page, london);
    await page.keyboard.press('Home');
    await expect.poll(() => announced(page)).toBe('London, United Kingdom: 10 initiatives; In-house municipal unit');
    await waitForMapIdle(page);
    expect(await focusPixels(page, london)).toBeGreaterThan(before + 40);

    let previous = cityOf('uk-london');
    for (const [key, moved] of [['ArrowRight', (a: number[], b: number[]) => b[0]! > a[0]!], ['ArrowDown', (a: number[], b: number[]) => b[1]! < a[1]!], ['ArrowLeft', (a: number[], b: number[]) => b[0]! < a[0]!]] as const) {
      await page.keyboard.press(key);
      await page.waitForFunction((id) => document.querySelector('.map')?.getAttribute('data-walk-focus') !== id, previous.id);
      const next = cityOf((await page.locator('.map').getAttribute('data-walk-focus'))!);
      expect(moved([...previous.lonLat], [...next.lonLat]), `${key} from ${previous.name} to ${next.name}`).toBe(true);
      expect(await announced(page)).toMatch(new RegExp(`^${next.name}, [^:]+: \\d+ initiatives?; .+$`));
      previous = next;
    }
    await page.keyboard.press('End');
    await expect.poll(() => announced(page)).toBe('Fabbriche di Vallico, Italy: 1 initiative; not known');

    await page.keyboard.press('Enter');
    await page.waitForSelector('#city-card-title');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Fabbriche di Vallico');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.detail', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.matches('.map canvas'))).toBe(true);
    await page.keyboard.press('+');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('at'));
  });

  it('walks the regions of the regional patterns view, announcing name, value and class; Enter filters to the region', async () => {
    const { page } = await session.open('?view=patterns');
    await waitForMapIdle(page);
    await tabToMap(page);
    await page.keyboard.press('Home');
    const germany = atlas.cities.filter((c) => c.country === 'DE').length;
    await expect.poll(() => announced(page)).toMatch(new RegExp(`^Germany: ${germany} matching cities; class \\d+(\\.\\d)? – ${germany}$`));
    const before = await matchSummary(page);
    await page.keyboard.press('Enter');
    expect((await waitForSummaryChange(page, before)).cities).toBe(germany);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => announced(page)).toMatch(/^[^:]+: (\d+ matching cit(y|ies); class .+|none)$/);
  });
});
