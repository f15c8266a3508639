import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { mapSvg } from '../../src/export/mapSvg';
import type { MapImageSpec } from '../../src/export/mapImage';

// One square country from 10°W to 10°E, 10°S to 10°N, at zoom 0 in a 512 × 256 view centred on 0°, 0°.
const square: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { id: 'XX' }, geometry: { type: 'Polygon', coordinates: [[[-10, -10], [10, -10], [10, 10], [-10, 10], [-10, -10]]] } }],
};
const base = {
  low: { nuts0: square, context: { type: 'FeatureCollection', features: [] } as FeatureCollection },
  camera: { lon: 0, lat: 0, zoom: 0 }, view: { width: 512, height: 256 }, showRegions: true,
};
const spec: MapImageSpec = {
  symbols: [
    { lonLat: [90, 0], radius: 10, colour: '#E69F00', ring: false },
    { lonLat: [0, 0], radius: 4, colour: '#56B4E9', ring: true },
    { lonLat: [0, 84], radius: 4, colour: '#56B4E9', ring: false }, // far above the view
  ],
  title: 'Atlas <b>title</b>', subtitle: '2 cities match', legendTitle: 'Colour cities by: Governance',
  legend: [{ label: 'In-house (1)', colour: '#E69F00' }, { label: 'Tom & Jerry "partnership" (1)', colour: '#56B4E9' }],
  footer: ['Data version 1 · 2026-11-30', '© EuroGeographics for the administrative boundaries'],
};

describe('SVG export', () => {
  const svg = mapSvg(spec, base);
  const group = (id: string) => svg.match(new RegExp(`<g id="${id}"[^>]*>(.*?)</g>\\n`, 's'))?.[1] ?? '';

  it('draws the regions as paths in land colour over the sea', () => {
    expect(group('map')).toContain('fill="#DCE8F2"');
    // The square's corners in the ring's order (SW, SE, NE, NW): x = 256 ∓ 512 × 10/360 = 241.8 / 270.2;
    // y = 128 ± 512/2π × ln tan(π/4 + 5°) = 142.3 / 113.7.
    expect(svg).toMatch(/<path d="M241\.8,142\.3L270\.2,142\.3L270\.2,113\.7L241\.8,113\.7Z" fill="#F7F6F2"/);
  });

  it('places the cities in view at their Web Mercator position, larger first, with the selection ring', () => {
    const circles = [...group('cities').matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
    expect(circles).toEqual([[384, 128, 10], [256, 128, 4], [256, 128, 9]]);
  });

  it('has the title, the legend with every item, and every credit line, all escaped', () => {
    expect(svg).toContain('<title>Atlas &lt;b&gt;title&lt;/b&gt;</title>');
    expect(svg).not.toContain('<b>');
    const legend = group('legend');
    expect(legend).toContain('>Colour cities by: Governance</text>');
    expect(legend).toContain('>In-house (1)</text>');
    expect(legend).toContain('>Tom &amp; Jerry &quot;partnership&quot; (1)</text>');
    expect((legend.match(/<circle/g) ?? []).length).toBe(2);
    const credits = group('credits');
    for (const line of spec.footer) expect(credits).toContain(`>${line}</text>`);
  });

  it('names the cities the map names at its zoom, above their symbols, as text', () => {
    const names = (zoom: number) => (zoom >= 4.2 ? [{ id: 'x', lonLat: [0, 0] as const, name: '<img src=x> Bar&ça', radius: 4 }] : []);
    expect(mapSvg({ ...spec, names }, base)).toMatch(/<g id="names"[^>]*><\/g>/); // zoom 0: no names, as on the map
    const named = mapSvg({ ...spec, names }, { ...base, camera: { lon: 0, lat: 0, zoom: 5 } });
    const [, attrs, g] = named.match(/<g id="names"([^>]*)>(.*?)<\/g>/s) ?? [];
    // Centred on the city (256, 128), its centre 4 + 9 pixels above it; semibold 12 px on a white halo.
    expect(g).toBe('<text x="256" y="115" text-anchor="middle" dominant-baseline="central">&lt;img src=x&gt; Bar&amp;ça</text>');
    expect(attrs).toContain('font-size="12" font-weight="600" fill="#141414" stroke="#ffffff"');
  });

  it('is one self-contained document: no scripts, no links to fetch', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="512" height="')).toBe(true);
    expect(svg).not.toMatch(/<script|href=|<image|@import/);
  });
});

describe('the exports\' city names', () => {
  it('are the matching cities the map names at the export\'s zoom', async () => {
    const { briefingContent } = await import('../../src/export/briefingContent');
    const { readAtlas } = await import('./readAtlas');
    const atlas = readAtlas();
    // Two matching cities 2,500 km apart: both named from zoom 6 on, neither at the default zoom.
    const cities = ['es-barcelona', 'ee-tartu'].map((id) => atlas.cities.find((c) => c.id === id)!);
    const { image } = briefingContent({
      meta: atlas.meta, match: { cities, initiatives: [] } as never, colourBy: 'governance', valueOf: new Map(), counts: new Map(),
      highlighted: [], url: 'http://atlas.test/', date: '2026-11-30',
    });
    expect(image.names?.(3.4)).toEqual([]);
    expect(image.names?.(6).map((n) => n.name)).toEqual(['Barcelona', 'Tartu']);
  });
});
