/** Serves an atlas given as data in place of the built files. */
import type { Page } from 'playwright-core';
import type { AtlasData } from '../../src/domain/atlasSchema';
import { packedFiles } from '../unit/packedFiles';

export async function serveAtlas(page: Page, atlas: AtlasData): Promise<void> {
  for (const [name, body] of Object.entries(packedFiles(atlas))) {
    await page.route(`**/data/${name}`, (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));
  }
}
