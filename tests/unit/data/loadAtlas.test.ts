import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError } from '../../../src/data/loadJson';
import { loadIndex, loadTexts } from '../../../src/data/loadAtlas';
import { readAtlas } from '../readAtlas';
import { packedFiles, withFile } from '../packedFiles';

const atlas = readAtlas();
const built = packedFiles(atlas);
let served: Record<string, string> = {};
/** What the browser's cache holds, answered unless the request asks the server again. */
let cached: Record<string, string> = {};
const realFetch = globalThis.fetch;
beforeEach(() => {
  (globalThis as { document?: unknown }).document = { baseURI: 'http://atlas.test/' };
  cached = {};
  globalThis.fetch = (async (url: string, init?: RequestInit) => {
    const name = new URL(url).pathname.replace('/data/', '');
    if (init?.cache !== 'reload' && name in cached) return new Response(cached[name]);
    return name in served ? new Response(served[name]) : new Response('', { status: 404 });
  }) as typeof fetch;
});
afterEach(() => {
  delete (globalThis as { document?: unknown }).document;
  globalThis.fetch = realFetch;
});

async function loadError(files: Record<string, string>): Promise<string> {
  served = files;
  try {
    await loadTexts(await loadIndex());
  } catch (e) {
    expect(e).toBeInstanceOf(DataLoadError);
    return (e as Error).message;
  }
  throw new Error('the corrupted data was accepted');
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The built index with one change, re-listed in the manifest (as a hand-edited file would be). */
function editedIndex(edit: (index: Json) => void): Record<string, string> {
  const index = JSON.parse(built['atlas.json']!) as Json;
  edit(index);
  return withFile(built, 'atlas.json', JSON.stringify(index));
}

describe('loading the built data files', () => {
  it('gives back the atlas exactly: first the index without texts, then with them', async () => {
    served = built;
    const loaded = await loadIndex();
    expect(loaded.atlas.initiatives.length).toBe(atlas.initiatives.length);
    expect(loaded.atlas.initiatives.every((i) => i.title === '' && i.summary === '' && i.sources.length === 0)).toBe(true);
    expect(loaded.atlas.cities).toEqual(atlas.cities);
    expect(await loadTexts(loaded)).toEqual(atlas.initiatives);
  });
  it('a copy cached from an earlier build is fetched again from the server, and then accepted', async () => {
    served = built;
    const older = JSON.parse(built['atlas-texts.json']!) as Json;
    older.meta.dataVersion = 'older';
    cached = { 'atlas.json': built['atlas.json']!.slice(0, 100), 'atlas-texts.json': JSON.stringify(older) };
    expect(await loadTexts(await loadIndex())).toEqual(atlas.initiatives);
  });
  it('refuses a cut-off file before parsing it, naming both lengths', async () => {
    const cut = built['atlas.json']!.slice(0, 5000);
    expect(await loadError({ ...built, 'atlas.json': cut })).toBe(`atlas.json: has ${Buffer.byteLength(cut)} bytes where manifest.json lists ${Buffer.byteLength(built["atlas.json"]!)} (truncated, or from another build?)`);
  });
  it('refuses a file changed in place (same length, different bytes)', async () => {
    const texts = built['atlas-texts.json']!;
    const changed = texts.replace('"title":["', '"title":["X').slice(0, -2) + '}';
    expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(texts));
    expect(await loadError({ ...built, 'atlas-texts.json': changed })).toBe('atlas-texts.json: does not match its checksum in manifest.json (changed, or from another build?)');
  });
  it('without Web Crypto (a page served over plain http), validates every city and names a corrupted field', async () => {
    vi.stubGlobal('crypto', {});
    try {
      expect(await loadError(editedIndex((a) => { a.cities[7].sizeClass = 'huge'; }))).toMatch(/^atlas\.json: does not match the atlas schema \(cities\.7\.sizeClass: /);
    } finally {
      vi.unstubAllGlobals();
    }
  });
  it('with Web Crypto, takes the cities of a file that matches its checksum as the build wrote and validated them', async () => {
    served = editedIndex((a) => { a.cities[7].sizeClass = 'huge'; });
    expect((await loadIndex()).atlas.cities[7]!.sizeClass).toBe('huge');
  });
  it('names the column and row of a corrupted initiative code (8 governance models)', async () => {
    expect(await loadError(editedIndex((a) => { a.initiatives.single.governance[12] = 99; }))).toBe('atlas.json: does not match the atlas schema (initiatives.governance[12]: expected a code below 8; got 99)');
  });
  it('names a column of the wrong length', async () => {
    expect(await loadError(editedIndex((a) => { a.initiatives.city.pop(); }))).toBe(`atlas.json: does not match the atlas schema (initiatives.city: expected a list of ${atlas.initiatives.length} entries)`);
  });
  it('names a value missing from the vocabulary', async () => {
    expect(await loadError(editedIndex((a) => { a.initiatives.vocab.scale[1] = 'galactic'; }))).toBe('atlas.json: does not match the atlas schema (initiatives.vocab.scale[1]: expected one of pilot, city_wide, replicated, national; got "galactic")');
  });
  it('names a start year that is not a whole number', async () => {
    expect(await loadError(editedIndex((a) => { a.initiatives.startYear[3] = '2016'; }))).toBe('atlas.json: does not match the atlas schema (initiatives.startYear[3]: expected a whole number (0 = not known); got "2016")');
  });
  it('names the corrupted field of the meta block', async () => {
    expect(await loadError(editedIndex((a) => { delete a.meta.nutsVersion; }))).toContain('(meta.nutsVersion: ');
  });
  it('refuses texts of another data version', async () => {
    const texts = JSON.parse(built['atlas-texts.json']!) as Json;
    texts.meta.dataVersion = 'older';
    expect(await loadError(withFile(built, 'atlas-texts.json', JSON.stringify(texts)))).toBe('atlas-texts.json: belongs to another data version than atlas.json');
  });
  it('says which file the server did not have', async () => {
    const rest = Object.fromEntries(Object.entries(built).filter(([n]) => n !== 'manifest.json'));
    expect(await loadError(rest)).toBe('manifest.json: the server answered 404');
  });
});
