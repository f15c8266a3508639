/** Each link parameter as the README's URL reference describes it: valid values, edges, and what is ignored. */
import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from '../../../src/domain/urlState';
import { DEFAULT_VIEW_STATE } from '../../../src/domain/viewState';

const cityIds = new Set(['es-barcelona', 'pl-lodz', 'de-ulm', 'fi-espoo', 'ee-tartu']);
const parse = (q: string) => parseUrlState(q, { cityIds });
const reasons = (q: string) => parse(q).ignored.map((i) => `${i.param}: ${i.reason}`);

describe('link version', () => {
  it('reads v=1 and v=2; any other version is named and the link is read as current', () => {
    expect(reasons('?v=1&view=table')).toEqual([]);
    expect(reasons('?v=2&view=table')).toEqual([]);
    for (const v of ['3', '0.5', '-1', 'abc']) expect(reasons(`?v=${v}&view=table`)).toEqual([`v: unknown link version "${v}"`]);
    expect(parse('?v=3&view=table').state.view).toBe('table');
    expect(parse('?v=3&pl=2').state.pattern.level).toBe(0);
  });
});

describe('years', () => {
  it('accepts closed and open ranges from 1990 to 2100', () => {
    expect(parse('?years=2015-2020').state.filters).toMatchObject({ yearFrom: 2015, yearTo: 2020 });
    expect(parse('?years=1990-').state.filters).toMatchObject({ yearFrom: 1990 });
    expect(parse('?years=1990-').state.filters.yearTo).toBeUndefined();
    expect(parse('?years=-2100').state.filters).toMatchObject({ yearTo: 2100 });
    expect(parse('?years=-2100').state.filters.yearFrom).toBeUndefined();
    expect(parse('?years=2016-2016').state.filters).toMatchObject({ yearFrom: 2016, yearTo: 2016 });
  });
  it('ignores a reversed, out-of-range or malformed range with a reason, keeping both ends open', () => {
    for (const bad of ['2020-2015', '1989-2000', '2000-2101', 'x2015-2020', '2015-2020x', '15-20', '2015', '']) {
      const r = parse(`?years=${bad}`);
      expect(r.ignored, bad).toEqual([{ param: 'years', reason: 'expected a range like 2015-2020' }]);
      expect(r.state.filters.yearFrom).toBeUndefined();
      expect(r.state.filters.yearTo).toBeUndefined();
    }
  });
  it('writes FROM-TO with an empty open end', () => {
    expect(serializeUrlState({ ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_VIEW_STATE.filters, yearFrom: 2015 } })).toBe('v=2&years=2015-');
    expect(serializeUrlState({ ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_VIEW_STATE.filters, yearTo: 2020 } })).toBe('v=2&years=-2020');
  });
});

describe('search text', () => {
  it('keeps up to 200 characters; longer text is shortened, with a notice', () => {
    expect(parse(`?q=${'a'.repeat(200)}`).ignored).toEqual([]);
    const r = parse(`?q=${'a'.repeat(201)}`);
    expect(r.state.filters.query).toBe('a'.repeat(200));
    expect(r.ignored).toEqual([{ param: 'q', reason: 'longer than 200 characters; shortened' }]);
  });
});

describe('filter selections', () => {
  it('keep the valid codes of a list, name up to three rejected ones, and ignore empty items', () => {
    const r = parse('?svc=health,,bogus1,mobility,bogus2,bogus3,bogus4');
    expect(r.state.filters.selections.serviceType).toEqual(['health', 'mobility']);
    expect(r.ignored).toEqual([{ param: 'svc', reason: 'unknown value(s) "bogus1", "bogus2", "bogus3"' }]);
  });
  it('are written sorted, comma-separated', () => {
    const s = parse('?svc=mobility,health').state;
    expect(serializeUrlState(s)).toBe('v=2&svc=health%2Cmobility');
  });
});

describe('city, panel and comparison', () => {
  it('the panel is written only beside a selected city', () => {
    expect(serializeUrlState({ ...DEFAULT_VIEW_STATE, panel: 'peers' })).toBe('');
    expect(serializeUrlState({ ...DEFAULT_VIEW_STATE, selectedCity: 'ee-tartu', panel: 'peers' })).toBe('v=2&city=ee-tartu&panel=peers');
  });
  it('compare keeps at most 4 known cities and says why others were left out', () => {
    const r = parse('?compare=es-barcelona,pl-lodz,xx-gone,de-ulm,fi-espoo,ee-tartu,es-barcelona');
    expect(r.state.compare).toEqual(['es-barcelona', 'pl-lodz', 'de-ulm', 'fi-espoo']);
    expect(r.ignored).toEqual([{ param: 'compare', reason: 'unknown cities left out: "xx-gone"; at most 4 cities; extra ones dropped' }]);
    expect(parse('?compare=es-barcelona,pl-lodz,de-ulm,fi-espoo').ignored).toEqual([]);
  });
});

describe('flags', () => {
  it('places, regions and embed take 1 or 0; anything else is ignored with a reason', () => {
    expect(parse('?places=1&regions=0&embed=1').state).toMatchObject({ showPlaces: true, showRegions: false, embed: true });
    expect(parse('?places=0&regions=1&embed=0').state).toMatchObject({ showPlaces: false, showRegions: true, embed: false });
    expect(reasons('?places=yes&regions=&embed=2')).toEqual(['places: expected 0 or 1', 'regions: expected 0 or 1', 'embed: expected 0 or 1']);
    expect(serializeUrlState({ ...DEFAULT_VIEW_STATE, showPlaces: true, showRegions: false, embed: true })).toBe('v=2&places=1&regions=0&embed=1');
  });
});

describe('map camera', () => {
  it('accepts zoom 0-16, latitude within ±85 and longitude within ±180, edges included', () => {
    expect(parse('?at=0,-85,-180').state.camera).toEqual({ zoom: 0, lat: -85, lon: -180 });
    expect(parse('?at=16,85,180').state.camera).toEqual({ zoom: 16, lat: 85, lon: 180 });
  });
  it('ignores anything else with a reason', () => {
    for (const bad of ['-0.1,0,0', '16.1,0,0', '5,85.1,0', '5,-85.1,0', '5,0,180.1', '5,0,-180.1', '5,0', '5,0,0,0', '5,x,0', '']) {
      const r = parse(`?at=${bad}`);
      expect(r.state.camera, bad).toBeUndefined();
      expect(r.ignored).toEqual([{ param: 'at', reason: 'expected zoom,lat,lon within range' }]);
    }
  });
  it('writes zoom to 2 decimals and lat, lon to 4', () => {
    expect(serializeUrlState({ ...DEFAULT_VIEW_STATE, camera: { zoom: 5.123, lat: 41.123456, lon: 2.987654 } })).toBe('v=2&at=5.12%2C41.1235%2C2.9877');
  });
});

describe('pattern parameters', () => {
  it('read each choice and ignore unknown ones with the list of valid ones', () => {
    expect(parse('?level=1&measure=initiatives&classes=threshold&category=scale&catvalue=pilot&typology=capital').state.pattern)
      .toEqual({ level: 1, measure: 'initiatives', classification: 'threshold', category: 'scale', categoryValue: 'pilot', typology: 'capital' });
    expect(reasons('?level=3')).toEqual(['level: expected one of 0, 1, 2']);
    expect(reasons('?catvalue=Not-A-Key')).toEqual(['catvalue: expected a category key']);
    expect(reasons(`?catvalue=${'a'.repeat(41)}`)).toEqual(['catvalue: expected a category key']);
    expect(parse(`?catvalue=${'a'.repeat(40)}`).state.pattern.categoryValue).toBe('a'.repeat(40));
  });
});
