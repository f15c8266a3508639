import { describe, expect, it } from 'vitest';
import type { AtlasData } from '../../../src/domain/atlasSchema';
import { hasTexts, joinTexts, splitTexts } from '../../../src/domain/atlasTexts';
import { city, initiative } from './fixtures';

const atlas = {
  meta: { schemaVersion: 3, dataVersion: 'v1' },
  regions: [],
  cities: [city('es-a')],
  initiatives: [
    initiative('es-a-one', 'es-a', { summary: 'First.', sources: ['https://example.org/1'], inferenceNote: 'Because.' }),
    initiative('es-a-two', 'es-a', { summary: 'Second.', sources: ['https://example.org/2'] }),
  ],
} as unknown as AtlasData;

describe('initiative texts apart from the first view', () => {
  it('the first-view file carries no summary, note or source; the texts file carries them by id', () => {
    const { file, texts } = splitTexts(atlas);
    expect(JSON.stringify(file)).not.toMatch(/First\.|Because\.|example\.org\/1/);
    expect(texts.meta.dataVersion).toBe('v1');
    expect(texts.initiatives['es-a-one']).toEqual({ summary: 'First.', inferenceNote: 'Because.', sources: ['https://example.org/1'] });
    expect(texts.initiatives['es-a-two']).toEqual({ summary: 'Second.', sources: ['https://example.org/2'] });
  });
  it('joining gives back the atlas exactly', () => {
    const { file, texts } = splitTexts(atlas);
    expect(joinTexts(file, texts)).toEqual(atlas);
  });
  it('without texts, or with texts of another data version, initiatives show as not loaded', () => {
    const { file, texts } = splitTexts(atlas);
    expect(joinTexts(file).initiatives.map(hasTexts)).toEqual([false, false]);
    const stale = { ...texts, meta: { ...texts.meta, dataVersion: 'v0' } };
    expect(joinTexts(file, stale).initiatives.every((i) => i.summary === '' && !hasTexts(i))).toBe(true);
  });
});
