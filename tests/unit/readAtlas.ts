/** Reads a built atlas (index, texts and manifest) from a folder, checks it as the app does, and validates it whole. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atlasSchema, indexHeadSchema, manifestSchema, type AtlasData } from '../../src/domain/atlasSchema';
import { joinTexts, unpackInitiatives, type IndexFile, type TextsFile } from '../../src/domain/atlasPack';

export function readAtlas(dir = 'public/data'): AtlasData {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  const read = (name: string) => {
    const bytes = readFileSync(join(dir, name));
    if (createHash('sha256').update(bytes).digest('hex') !== manifest.files[name]?.sha256) throw new Error(`${name} does not match manifest.json`);
    return JSON.parse(bytes.toString('utf8')) as unknown;
  };
  const index = indexHeadSchema.parse(read('atlas.json')) as unknown as IndexFile;
  const initiatives = joinTexts(unpackInitiatives(index), read('atlas-texts.json') as TextsFile);
  return atlasSchema.parse({ ...index, initiatives });
}
