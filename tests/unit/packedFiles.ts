/** An atlas given as data, packed as the build packs it, with its manifest: the files the app would fetch. */
import type { AtlasData } from '../../src/domain/atlasSchema';
import { packAtlas } from '../../src/domain/atlasPack';
import { manifestOf } from '../../scripts/lib/buildPipeline';

export function packedFiles(atlas: AtlasData): Record<string, string> {
  const { index, texts } = packAtlas(atlas);
  const data = [{ name: 'atlas.json', content: JSON.stringify(index) }, { name: 'atlas-texts.json', content: JSON.stringify(texts) }];
  return Object.fromEntries([...data.map((d) => [d.name, d.content]), ['manifest.json', JSON.stringify(manifestOf(atlas.meta.dataVersion, data))]]);
}

/** The files with one replaced by `content`, and the manifest re-listing it (a file that passes the checksum but not the checks). */
export function withFile(files: Record<string, string>, name: string, content: string): Record<string, string> {
  const manifest = JSON.parse(files['manifest.json']!) as { dataVersion: string };
  const data = Object.entries({ ...files, [name]: content }).filter(([n]) => n !== 'manifest.json').map(([n, c]) => ({ name: n, content: c }));
  return { ...Object.fromEntries(data.map((d) => [d.name, d.content])), 'manifest.json': JSON.stringify(manifestOf(manifest.dataVersion, data)) };
}
