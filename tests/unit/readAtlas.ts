/** Reads a built atlas (first-view file and texts file) from a folder and validates it whole. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atlasFileSchema, atlasSchema, textsFileSchema, type AtlasData } from '../../src/domain/atlasSchema';
import { joinTexts } from '../../src/domain/atlasTexts';

export function readAtlas(dir = 'public/data'): AtlasData {
  const file = atlasFileSchema.parse(JSON.parse(readFileSync(join(dir, 'atlas.json'), 'utf8')));
  const texts = textsFileSchema.parse(JSON.parse(readFileSync(join(dir, 'atlas-texts.json'), 'utf8')));
  return atlasSchema.parse(joinTexts(file, texts));
}
