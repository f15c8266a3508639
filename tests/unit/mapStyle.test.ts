import { describe, expect, it } from 'vitest';
import { baseStyle, REGION_SOURCE } from '../../src/map/mapStyle';
import type { Tileset } from '../../src/domain/atlasSchema';
import { LAU_ZOOMS, NUTS3_MINZOOM } from '../../src/domain/tileScheme';

const tileset = (path: string, minzoom: number, maxzoom: number): Tileset => ({ path, minzoom, maxzoom, bounds: [-64, -22, 65, 81], files: 1, bytes: 1, sha256: 'c'.repeat(64) });
const regions = tileset('tiles/regions', 0, 6);
const lau = tileset('tiles/lau', LAU_ZOOMS.minzoom, LAU_ZOOMS.maxzoom);

describe('map style over the built tiles', () => {
  it('reads the region tiles by absolute URL from our own origin, keyed by region code', () => {
    const style = baseStyle({ regions }, 'https://atlas.example/sub/');
    expect(style.sources[REGION_SOURCE]).toEqual({
      type: 'vector', tiles: ['https://atlas.example/sub/data/tiles/regions/{z}/{x}/{y}.pbf?v=cccccccccccc'],
      minzoom: 0, maxzoom: 6, bounds: [-64, -22, 65, 81], promoteId: 'id',
    });
    const layers = Object.fromEntries(style.layers.map((l) => [l.id, l as { source?: string; 'source-layer'?: string; minzoom?: number }]));
    expect(layers['nuts2-fill']).toMatchObject({ source: REGION_SOURCE, 'source-layer': 'nuts2' });
    expect(layers['nuts3-line']).toMatchObject({ 'source-layer': 'nuts3', minzoom: NUTS3_MINZOOM });
    expect(style.sources.lau).toBeUndefined();
    expect(layers['lau-line']).toBeUndefined();
  });

  it('draws the municipalities from their zoom on when the build had LAU polygons', () => {
    const style = baseStyle({ regions, lau }, 'http://127.0.0.1:4173/');
    expect(style.sources.lau).toMatchObject({ type: 'vector', minzoom: 7, maxzoom: 8 });
    const line = style.layers.find((l) => l.id === 'lau-line');
    expect(line).toMatchObject({ type: 'line', source: 'lau', 'source-layer': 'lau', minzoom: 7 });
    // Under the NUTS outlines, which stay readable over the municipalities.
    expect(style.layers.findIndex((l) => l.id === 'lau-line')).toBeLessThan(style.layers.findIndex((l) => l.id === 'nuts3-line'));
  });
});
