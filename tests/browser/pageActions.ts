/** What a person does in the atlas, as reusable steps for the browser tests. */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The match summary, e.g. "1 city, 1,037 initiatives match" (numbers as British English writes them). */
const SUMMARY = '([\\d,]+) cit(?:y|ies), ([\\d,]+) initiatives? match';

export async function matchSummary(page: Page): Promise<{ cities: number; initiatives: number }> {
  const text = (await page.locator('.match-summary').textContent()) ?? '';
  const m = new RegExp(SUMMARY).exec(text);
  if (!m) throw new Error(`no match summary in "${text}"`);
  return { cities: Number(m[1]!.replace(/,/g, '')), initiatives: Number(m[2]!.replace(/,/g, '')) };
}

export async function waitForSummaryChange(page: Page, before: { cities: number; initiatives: number }): Promise<{ cities: number; initiatives: number }> {
  await page.waitForFunction(([b, pattern]) => {
    const m = new RegExp(pattern).exec(document.querySelector('.match-summary')?.textContent ?? '');
    const n = (i: number) => Number(m![i]!.replace(/,/g, ''));
    return m !== null && (n(1) !== b.cities || n(2) !== b.initiatives);
  }, [before, SUMMARY] as const);
  return matchSummary(page);
}

/** Opens a filter group by its visible label and returns the checkbox of an option. */
export async function filterOption(page: Page, group: string, option: RegExp) {
  const details = page.locator('details.facet', { has: page.locator('summary', { hasText: group }) }).first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details.getByRole('checkbox', { name: option });
}

/** Option count shown beside an option label, e.g. "Spain (4)". */
export async function optionCount(page: Page, group: string, option: RegExp): Promise<number> {
  const box = await filterOption(page, group, option);
  const label = (await box.evaluate((el) => document.querySelector(`label[for="${el.id}"]`)?.textContent)) ?? '';
  return Number(/\((\d+)\)\s*$/.exec(label)?.[1] ?? NaN);
}

/**
 * Rests the pointer on a point of the map until `selector` shows, nudging it by a pixel now and
 * then as a hand does: deck.gl picks on pointer moves, and a single move can land before the
 * symbol layer's first frame on a loaded software renderer.
 */
export async function hoverUntil(page: Page, x: number, y: number, selector: string, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  for (let i = 0; ; i++) {
    await page.mouse.move(x + (i % 2), y);
    try {
      await page.waitForSelector(selector, { timeout: 1_500 });
      return;
    } catch (e) {
      if (Date.now() > until) throw e;
    }
  }
}

/** Where a place lies on the WebGL map, in page pixels. */
async function pagePoint(page: Page, lonLat: readonly [number, number]): Promise<{ x: number; y: number }> {
  await page.locator('.map').scrollIntoViewIfNeeded();
  const point = await page.evaluate((ll) => {
    const map = (window as unknown as { __atlasMap: { project: (p: [number, number]) => { x: number; y: number } } }).__atlasMap;
    return map.project([ll[0], ll[1]]);
  }, lonLat);
  const box = (await page.locator('.map canvas').first().boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Clicks a case city's symbol on the map at its projected position. */
export async function clickCityOnMap(page: Page, lonLat: readonly [number, number]): Promise<void> {
  const { x, y } = await pagePoint(page, lonLat);
  // Hover first, as a person does: deck.gl picks on pointer move, and its tooltip says the symbol is under the pointer.
  await hoverUntil(page, x, y, '.map-tooltip');
  await page.mouse.click(x, y);
}

/** Clicks the map where no case city is (a region, in the regional patterns). */
export async function clickRegionOnMap(page: Page, lonLat: readonly [number, number]): Promise<void> {
  const { x, y } = await pagePoint(page, lonLat);
  await page.mouse.move(x, y);
  await page.mouse.click(x, y);
}

export async function runAxe(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const res = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}
