/** Splits the atlas into its first-view file and its texts file, and joins them again. */
import type { AtlasData, AtlasFile, Initiative, TextsFile } from './atlasSchema';

export function splitTexts(atlas: AtlasData): { file: AtlasFile; texts: TextsFile } {
  const texts: TextsFile['initiatives'] = {};
  const initiatives = atlas.initiatives.map(({ summary, inferenceNote, sources, ...core }) => {
    texts[core.id] = inferenceNote === undefined ? { summary, sources } : { summary, inferenceNote, sources };
    return core;
  });
  return {
    file: { ...atlas, initiatives },
    texts: { meta: { schemaVersion: atlas.meta.schemaVersion, dataVersion: atlas.meta.dataVersion }, initiatives: texts },
  };
}

/**
 * The atlas with its texts. Without them (not loaded yet, or from another data version)
 * summaries are empty and sources empty lists, which the card shows as "loading".
 */
export function joinTexts(file: AtlasFile, texts?: TextsFile): AtlasData {
  const usable = texts && textsFit(file, texts) ? texts.initiatives : undefined;
  const initiatives: Initiative[] = file.initiatives.map((core) => {
    const t = usable?.[core.id];
    if (!t) return { ...core, summary: '', sources: [] };
    return t.inferenceNote === undefined ? { ...core, summary: t.summary, sources: t.sources } : { ...core, ...t };
  });
  return { ...file, initiatives };
}

/** Texts belong to an atlas only when both come from the same build (a cached older file does not). */
export const textsFit = (file: AtlasFile, texts: TextsFile): boolean => texts.meta.dataVersion === file.meta.dataVersion;

/** Whether an initiative's texts are present (sources are never empty once loaded). */
export const hasTexts = (i: Initiative): boolean => i.sources.length > 0;
