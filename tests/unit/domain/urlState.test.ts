import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, type Migration } from '../../../src/domain/urlState';
import { setSelection, EMPTY_FILTERS } from '../../../src/domain/filterState';
import { DEFAULT_VIEW_STATE, MAX_COMPARE, type ViewState } from '../../../src/domain/viewState';
import { FILTER_GROUPS, isValidOption } from '../../../src/domain/filterGroups';

const cityIds = new Set(['es-barcelona', 'pl-lodz', 'de-ulm', 'fi-espoo', 'ee-tartu']);

describe('URL state', () => {
  it('writes nothing for the default view', () => {
    expect(serializeUrlState(DEFAULT_VIEW_STATE)).toBe('');
  });
  it('round-trips a full view state with codes, not names', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      filters: { ...setSelection(setSelection(EMPTY_FILTERS, 'governance', ['in_house', 'outsourced']), 'region', ['ES51']), query: 'łódź', yearFrom: 2015 },
      selectedCity: 'pl-lodz', panel: 'peers', compare: ['es-barcelona', 'de-ulm'], view: 'patterns', colourBy: 'scale', showPlaces: true,
      camera: { lon: 19.4, lat: 51.7, zoom: 6.5 }, pattern: { level: 2, measure: 'share', classification: 'threshold', category: 'service_type', categoryValue: 'health', typology: 'coastal' },
      year: 2016, solution: 'decidim',
    };
    const search = serializeUrlState(state);
    expect(search).toContain('gov=in_house%2Coutsourced');
    expect(search).toContain('ty=2016');
    expect(search).toContain('spread=decidim');
    expect(search.startsWith('v=2&')).toBe(true);
    expect(search).toContain('level=2&measure=share&classes=threshold&category=service_type&catvalue=health&typology=coastal');
    const back = parseUrlState(search, { cityIds });
    expect(back.ignored).toEqual([]);
    expect(back.state).toEqual(state);
  });
  it('ignores bad parameters with a reason and keeps the rest', () => {
    const r = parseUrlState('?gov=in_house,bogus&city=xx-nowhere&view=nope&at=99,1,1&compare=es-barcelona&zzz=1&ty=1800&spread=nothing', { cityIds });
    expect(r.state.filters.selections.governance).toEqual(['in_house']);
    expect(r.state.compare).toEqual(['es-barcelona']);
    expect(r.state.view).toBe('map');
    expect(r.state.selectedCity).toBeUndefined();
    expect(r.ignored.map((i) => i.param).sort()).toEqual(['at', 'city', 'gov', 'spread', 'ty', 'view', 'zzz']);
  });
  it('reads a selection as a set: any order of codes gives the same state and the same link', () => {
    const a = parseUrlState('?cc=ES,AL', { cityIds }).state;
    const b = parseUrlState('?cc=AL,ES', { cityIds }).state;
    expect(a.filters.selections.country).toEqual(['AL', 'ES']);
    expect(b).toEqual(a);
    expect(serializeUrlState(a)).toBe(serializeUrlState(b));
  });
  it('upgrades old links through the migrations list', () => {
    const renameGov: Migration = { from: 0, migrate: (p) => { const q = new URLSearchParams(p); const v = q.get('governance'); if (v !== null) { q.delete('governance'); q.set('gov', v); } return q; } };
    const r = parseUrlState('?v=0&governance=in_house', { cityIds }, [renameGov]);
    expect(r.state.filters.selections.governance).toEqual(['in_house']);
    expect(r.ignored).toEqual([]);
  });
  it('applies a migration only to links older than the version it upgrades from', () => {
    const renameGov: Migration = { from: 0, migrate: (p) => { const q = new URLSearchParams(p); const v = q.get('governance'); if (v !== null) { q.delete('governance'); q.set('gov', v); } return q; } };
    // A current link has no "governance" parameter: it is unknown there, not renamed.
    const r = parseUrlState('?v=2&governance=in_house', { cityIds }, [renameGov]);
    expect(r.state.filters.selections.governance).toEqual([]);
    expect(r.ignored).toEqual([{ param: 'governance', reason: 'unknown parameter' }]);
  });
  it('opens real version-1 links as they were written, and reads their old keys only in old links', () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/links/v1.json', 'utf8')) as { links: { link: string; view: string; governance: string[]; country: string[]; pattern: object }[] };
    for (const old of fixture.links) {
      const r = parseUrlState(old.link, { cityIds });
      expect(r.ignored, old.link).toEqual([]);
      expect(r.state.view).toBe(old.view);
      expect(r.state.filters.selections.governance).toEqual(old.governance);
      expect(r.state.filters.selections.country).toEqual(old.country);
      expect(r.state.pattern).toEqual(old.pattern);
    }
    const current = parseUrlState('?v=2&view=patterns&pl=2', { cityIds });
    expect(current.state.pattern.level).toBe(0);
    expect(current.ignored).toEqual([{ param: 'pl', reason: 'unknown parameter' }]);
  });
  it('never throws and always yields a valid state for 10,000 random and mutated URLs', () => {
    const good = serializeUrlState({ ...DEFAULT_VIEW_STATE, filters: setSelection(EMPTY_FILTERS, 'country', ['ES', 'PL']), compare: ['es-barcelona', 'pl-lodz'], selectedCity: 'de-ulm', camera: { lon: 1, lat: 2, zoom: 3 } });
    const keys = ['v', 'gov', 'svc', 'cc', 'nuts', 'years', 'q', 'city', 'compare', 'view', 'colour', 'places', 'at', 'pl', 'pm', 'pk', 'pc', 'pv', 'pt', 'level', 'measure', 'classes', 'category', 'catvalue', 'typology', 'ty', 'spread', 'embed', 'panel', 'x'];
    const param = fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('1', '0', '-1', 'NaN', '2015-2010', 'es-barcelona,es-barcelona,pl-lodz,de-ulm,fi-espoo,ee-tartu', '%', '%E0%A4%A', '<script>', '9'.repeat(400))));
    const url = fc.oneof(
      fc.array(param, { maxLength: 12 }).map((ps) => ps.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
      fc.string({ maxLength: 300 }),
      fc.tuple(fc.nat(good.length), fc.string({ maxLength: 20 })).map(([i, s]) => good.slice(0, i) + s + good.slice(i)),
    );
    fc.assert(fc.property(url, (u) => {
      const { state } = parseUrlState(u, { cityIds });
      expect(state.compare.length).toBeLessThanOrEqual(MAX_COMPARE);
      expect(new Set(state.compare).size).toBe(state.compare.length);
      for (const id of [...state.compare, ...(state.selectedCity ? [state.selectedCity] : [])]) expect(cityIds.has(id)).toBe(true);
      for (const g of FILTER_GROUPS) for (const o of state.filters.selections[g.key]) expect(isValidOption(g, o)).toBe(true);
      if (state.camera) expect(Math.abs(state.camera.lat)).toBeLessThanOrEqual(85);
      expect(state.filters.query.length).toBeLessThanOrEqual(200);
      expect(() => serializeUrlState(state)).not.toThrow();
      expect(parseUrlState(serializeUrlState(state), { cityIds }).state).toEqual(state);
    }), { numRuns: Number(process.env.URL_PROPERTY_RUNS ?? 10_000) });
  });
});
