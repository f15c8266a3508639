import { describe, expect, it } from 'vitest';
import { altText, citation } from '../../../src/domain/briefing';
import { moveScene, parseScenes, scenesFile } from '../../../src/domain/scenes';
import { cityRows, citiesGeoJson, initiativeRows } from '../../../src/domain/tableExport';
import { city, initiative } from './fixtures';

describe('generated texts', () => {
  const cities = [city('de-a', { country: 'DE' }), city('de-b', { country: 'DE', governance: ['outsourced'] }), city('es-c', { country: 'ES' }), city('pl-d', { country: 'PL' }), city('fr-e', { country: 'FR' })];
  it('describes the matching set from the data', () => {
    const text = altText(cities, [initiative('i1', 'de-a')], (c) => c.governance[0], { categoryName: 'Governance model', valueLabel: (v) => (v === 'in_house' ? 'In-house municipal unit' : v) });
    expect(text).toBe('5 cities and 1 initiative match. Most are in Germany (2), Spain (1) and France (1), among 4 countries. By governance model, the largest group is In-house municipal unit (4 cities).');
    expect(altText([], [], () => undefined, { categoryName: 'x', valueLabel: (v) => v })).toBe('No city matches the current filters.');
  });
  it('cites the data version, the view URL and the attributions', () => {
    expect(citation({ title: 'Atlas', dataVersion: 'abc', url: 'http://x/?v=1', date: '2026-11-27', attribution: ['© EuroGeographics for the administrative boundaries'] }))
      .toBe('Atlas, data version abc. View: http://x/?v=1 (accessed 2026-11-27).\n© EuroGeographics for the administrative boundaries');
  });
});

describe('scenes file', () => {
  const scenes = [{ id: 'a', title: 'One', notes: '', query: 'v=1&cc=ES' }, { id: 'b', title: 'Two', notes: 'n', query: '' }];
  it('round-trips and reorders', () => {
    const parsed = parseScenes(scenesFile(scenes));
    expect(parsed).toEqual({ ok: true, scenes });
    expect(moveScene(scenes, 1, 0).map((s) => s.id)).toEqual(['b', 'a']);
    expect(moveScene(scenes, 0, 5).map((s) => s.id)).toEqual(['a', 'b']);
  });
  it('rejects foreign or broken files with a reason and never throws', () => {
    expect(parseScenes('{')).toEqual({ ok: false, reason: 'not valid JSON' });
    const r = parseScenes(JSON.stringify({ format: 'atlas-scenes', version: 1, scenes: [{ id: 1 }] }));
    expect(r.ok).toBe(false);
    expect(parseScenes('null').ok).toBe(false);
  });
});

describe('table exports', () => {
  it('one row per city and per initiative, all fields, with sources', () => {
    const c = city('es-a', { sources: ['https://a.example/', 'https://b.example/'], networks: [{ key: 'eurocities', year: 1986 }] });
    const rows = cityRows([c]);
    expect(rows[0]).toMatchObject({ city_id: 'es-a', networks: 'eurocities:1986', sources: 'https://a.example/; https://b.example/', border_derived: 'no' });
    const irows = initiativeRows([initiative('i', 'es-a')], new Map([[c.id, c]]));
    expect(irows[0]).toMatchObject({ initiative_id: 'i', city: 'es-a', service_types: 'participation', service_types_basis: 'documented' });
    expect(citiesGeoJson([c]).features[0]!.geometry.coordinates).toEqual([10, 50]);
  });
});
