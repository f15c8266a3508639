import { describe, expect, it } from 'vitest';
import { ATTRIBUTION } from '../../src/domain/attribution';
import { briefingContent } from '../../src/export/briefingContent';
import { citiesCsv, citiesGeoJsonText, initiativesCsv } from '../../src/export/exportFiles';
import { readAtlas } from './readAtlas';

const atlas = readAtlas();
const cities = atlas.cities.slice(0, 3);
const initiatives = atlas.initiatives.filter((i) => cities.some((c) => c.id === i.cityId));
const cityById = new Map(atlas.cities.map((c) => [c.id, c]));
const briefing = briefingContent({
  meta: atlas.meta, match: { cities, initiatives } as never, colourBy: 'governance', valueOf: new Map(), counts: new Map(),
  highlighted: [], url: 'http://atlas.test/?v=2', date: '2026-11-29',
});

describe('one attribution list, everywhere', () => {
  it('names the boundaries, the places, the context countries (Natural Earth) and the corpus licence', () => {
    const all = ATTRIBUTION.join('\n');
    for (const credit of ['EuroGeographics', 'GeoNames', 'Natural Earth', 'Case corpus: CC BY 4.0']) expect(all).toContain(credit);
  });
  it('is what the built atlas carries', () => {
    expect(atlas.meta.attribution).toEqual(ATTRIBUTION);
  });
  const outputs: [string, () => string][] = [
    ['PNG footer', () => briefing.image.footer.join('\n')],
    ['citation', () => briefing.citation],
    ['cities CSV', () => citiesCsv(cities, initiatives, briefing.attribution)],
    ['initiatives CSV', () => initiativesCsv(initiatives, cityById, briefing.attribution)],
    ['GeoJSON', () => citiesGeoJsonText(cities, briefing.attribution, initiatives)],
  ];
  for (const [name, text] of outputs) {
    it(`the ${name} carries every credit`, () => {
      const out = text();
      for (const credit of ATTRIBUTION) expect(out).toContain(credit);
    });
  }
});
