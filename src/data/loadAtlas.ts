/**
 * Loads the atlas's data files of one build: manifest.json says each file's length and SHA-256,
 * so a truncated, stale or swapped file is refused before it is parsed; the packed initiatives
 * are then checked column by column as they are unpacked (src/domain/atlasPack.ts) instead of
 * validating every object again, which the build has done.
 */
import type { z } from 'zod';
import { indexHeadSchema, verifiedHeadSchema, manifestSchema, type AtlasData, type Initiative, type Manifest } from '../domain/atlasSchema';
import { PackError, unpackInitiatives, joinTexts, textsFit, type IndexFile, type TextsFile } from '../domain/atlasPack';
import { DataLoadError, fetchBytes, parseJson, validate } from './loadJson';

const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');

/** True where the SHA-256 was checked; false where only the length could be (no Web Crypto). */
async function checkAgainst(manifest: Manifest, file: string, bytes: Uint8Array): Promise<boolean> {
  const entry = manifest.files[file];
  if (!entry) throw new DataLoadError(file, 'is not listed in manifest.json (files from different builds?)');
  if (bytes.length !== entry.bytes) throw new DataLoadError(file, `has ${bytes.length} bytes where manifest.json lists ${entry.bytes} (truncated, or from another build?)`);
  // Web Crypto exists only in secure contexts (https, localhost); elsewhere the length check and the column checks remain.
  if (!globalThis.crypto?.subtle) return false;
  const sum = hex(await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource));
  if (sum !== entry.sha256) throw new DataLoadError(file, 'does not match its checksum in manifest.json (changed, or from another build?)');
  return true;
}

function unpack<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof PackError) throw new DataLoadError(file, `does not match the atlas schema (${e.path}: expected ${e.expected})`);
    throw e;
  }
}

/**
 * Files are taken from the browser's cache when it has them (a presenter who goes offline still
 * gets the texts); a copy that fails its check, perhaps cached from an earlier build, is fetched
 * once more from the server before the check's error stands.
 */
async function retryFresh<T>(load: (cache: RequestCache) => Promise<T>): Promise<T> {
  try {
    return await load('default');
  } catch (e) {
    if (!(e instanceof DataLoadError)) throw e;
    return load('reload');
  }
}

export interface LoadedIndex { readonly atlas: AtlasData; readonly manifest: Manifest }

/** The first-view data: the atlas with empty titles and texts. */
export async function loadIndex(onProgress?: (share: number) => void): Promise<LoadedIndex> {
  const fetchBoth = (cache: RequestCache) => Promise.all([fetchBytes('manifest.json', undefined, cache), fetchBytes('atlas.json', onProgress, cache)]);
  const checked = async ([manifestBytes, bytes]: Uint8Array[]) => {
    const manifest = validate('manifest.json', parseJson('manifest.json', manifestBytes!), manifestSchema);
    const verified = await checkAgainst(manifest, 'atlas.json', bytes!);
    return { manifest, bytes: bytes!, verified };
  };
  const { manifest, bytes, verified } = await retryFresh(async (cache) => checked(await fetchBoth(cache)));
  // The build validated every region and city; bytes that match its checksum are not parsed by the
  // schema again (a tenth of a second before the first view). Without a checksum, they are.
  const head = validate('atlas.json', parseJson('atlas.json', bytes), verified ? verifiedHeadSchema : indexHeadSchema) as z.infer<typeof indexHeadSchema>;
  if (head.meta.dataVersion !== manifest.dataVersion) throw new DataLoadError('atlas.json', `is data version ${head.meta.dataVersion}, manifest.json lists ${manifest.dataVersion}`);
  const initiatives = unpack('atlas.json', () => unpackInitiatives(head as unknown as IndexFile));
  return { atlas: { ...head, initiatives }, manifest };
}

/** The initiatives with their titles, summaries, notes and sources. */
export async function loadTexts(loaded: LoadedIndex): Promise<Initiative[]> {
  const bytes = await retryFresh(async (cache) => {
    const b = await fetchBytes('atlas-texts.json', undefined, cache);
    await checkAgainst(loaded.manifest, 'atlas-texts.json', b);
    return b;
  });
  const texts = parseJson('atlas-texts.json', bytes) as TextsFile;
  if (!textsFit(loaded.atlas.meta, texts)) throw new DataLoadError('atlas-texts.json', 'belongs to another data version than atlas.json');
  return unpack('atlas-texts.json', () => joinTexts(loaded.atlas.initiatives, texts));
}
