import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataLoadError, loadJson } from '../../../src/data/loadJson';
import { atlasFileSchema } from '../../../src/domain/atlasSchema';

/** The real built first-view artefact, as the browser would fetch it. */
const built = (): Record<string, unknown> & { cities: Record<string, unknown>[]; initiatives: Record<string, unknown>[]; meta: Record<string, unknown> } =>
  JSON.parse(readFileSync('public/data/atlas.json', 'utf8'));

let served = '';
const realFetch = globalThis.fetch;
beforeEach(() => {
  (globalThis as { document?: unknown }).document = { baseURI: 'http://atlas.test/' };
  globalThis.fetch = (async () => new Response(served)) as typeof fetch;
});
afterEach(() => {
  delete (globalThis as { document?: unknown }).document;
  globalThis.fetch = realFetch;
});

async function loadError(atlas: unknown): Promise<string> {
  served = JSON.stringify(atlas);
  try {
    await loadJson('atlas.json', atlasFileSchema);
  } catch (e) {
    expect(e).toBeInstanceOf(DataLoadError);
    return (e as Error).message;
  }
  throw new Error('the corrupted artefact was accepted');
}

describe('loading the built atlas.json', () => {
  it('accepts the artefact as built', async () => {
    served = JSON.stringify(built());
    const atlas = await loadJson('atlas.json', atlasFileSchema);
    expect(atlas.cities.length).toBeGreaterThan(400);
  });
  it('names the corrupted field of a city', async () => {
    const a = built();
    a.cities[7]!.sizeClass = 'huge';
    const message = await loadError(a);
    expect(message).toMatch(/^atlas\.json: does not match the atlas schema \(cities\.7\.sizeClass: /);
  });
  it('names the corrupted field of an initiative', async () => {
    const a = built();
    a.initiatives[12]!.startYear = '2016';
    expect(await loadError(a)).toContain('(initiatives.12.startYear: ');
  });
  it('names the corrupted field of the meta block', async () => {
    const a = built();
    delete a.meta.nutsVersion;
    expect(await loadError(a)).toContain('(meta.nutsVersion: ');
  });
  it('says a cut-off file is not valid JSON', async () => {
    served = JSON.stringify(built()).slice(0, 5000);
    await expect(loadJson('atlas.json', atlasFileSchema)).rejects.toThrow('atlas.json: is not valid JSON (truncated');
  });
});
