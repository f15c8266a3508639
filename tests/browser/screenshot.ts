/** Produces docs/screenshot.png and docs/screenshot-fr.png for the README from the production build: `npm run screenshot`. */
import { mkdirSync } from 'node:fs';
import { startSession, waitForMapIdle } from './harness';

const session = await startSession();
try {
  const { page, errors } = await session.newPage({ width: 1280, height: 800 });
  await page.goto(`${session.baseUrl}?city=es-barcelona&compare=es-barcelona,fi-jamsa&at=4.3,50.5,10&colour=service_type`);
  await waitForMapIdle(page);
  await page.waitForSelector('.app[data-texts="ready"]', { state: 'attached' });
  await page.waitForTimeout(500);
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png' });
  // In French, with the language switcher in the header and the keyboard walk on London (Home).
  await page.goto(`${session.baseUrl}?lang=fr&city=ee-tartu`);
  await waitForMapIdle(page);
  await page.locator('.map canvas').first().focus();
  await page.keyboard.press('Home');
  await waitForMapIdle(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshot-fr.png' });
  console.log('wrote docs/screenshot.png and docs/screenshot-fr.png', errors.length ? `with errors: ${errors.join('; ')}` : '');
} finally {
  await session.close();
}
