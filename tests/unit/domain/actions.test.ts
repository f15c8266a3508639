import { describe, expect, it } from 'vitest';
import * as actions from '../../../src/domain/actions';
import { runAction, type Action } from '../../../src/domain/actions';
import { EMPTY_FILTERS, setSelection } from '../../../src/domain/filterState';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/domain/viewState';

const run = <I>(a: Action<I>, s: ViewState, input: I) => runAction(a, s, input).state;
const base: ViewState = DEFAULT_VIEW_STATE;

describe('comparison cap', () => {
  it('holds at most 4 cities, in the order they were added; a fifth is not added', () => {
    let s = base;
    for (const id of ['es-a', 'es-b', 'es-c', 'es-d', 'es-e']) s = run(actions.addToCompare, s, id);
    expect(s.compare).toEqual(['es-a', 'es-b', 'es-c', 'es-d']);
  });
  it('adding a city that is already there changes nothing; removing frees a place', () => {
    const s = { ...base, compare: ['es-a', 'es-b'] };
    expect(run(actions.addToCompare, s, 'es-a').compare).toEqual(['es-a', 'es-b']);
    const full = { ...base, compare: ['es-a', 'es-b', 'es-c', 'es-d'] };
    expect(run(actions.addToCompare, run(actions.removeFromCompare, full, 'es-b'), 'es-e').compare).toEqual(['es-a', 'es-c', 'es-d', 'es-e']);
  });
});

describe('go to a city', () => {
  const tartu = { id: 'ee-tartu', lonLat: [26.72, 58.38] as const };
  it('opens its card and centres the map on it at zoom 6 from the overview', () => {
    const s = run(actions.goToCity, { ...base, panel: 'peers' }, tartu);
    expect(s.selectedCity).toBe('ee-tartu');
    expect(s.panel).toBe('card');
    expect(s.camera).toEqual({ lon: 26.72, lat: 58.38, zoom: 6 });
  });
  it('never zooms out: from zoom 9 it stays at 9, from zoom 3 it goes to 6', () => {
    expect(run(actions.goToCity, { ...base, camera: { lon: 0, lat: 50, zoom: 9 } }, tartu).camera?.zoom).toBe(9);
    expect(run(actions.goToCity, { ...base, camera: { lon: 0, lat: 50, zoom: 3 } }, tartu).camera?.zoom).toBe(6);
  });
});

describe('regional patterns', () => {
  it('a cross-table cell filters to its row value and its column value, replacing earlier choices in those two groups only', () => {
    const filters = setSelection(setSelection(setSelection(EMPTY_FILTERS, 'governance', ['outsourced', 'in_house']), 'urbanRural', ['rural']), 'country', ['ES']);
    const s = run(actions.filterToCell, { ...base, filters }, { categoryGroup: 'governance', row: 'municipal_company', typology: 'urbanRural', column: 'urban' });
    expect(s.filters.selections.governance).toEqual(['municipal_company']);
    expect(s.filters.selections.urbanRural).toEqual(['urban']);
    expect(s.filters.selections.country).toEqual(['ES']);
  });
  it('a region click filters to that region alone', () => {
    const s = run(actions.filterToRegion, { ...base, filters: setSelection(EMPTY_FILTERS, 'region', ['ES51', 'PL7']) }, 'FR');
    expect(s.filters.selections.region).toEqual(['FR']);
  });
});

describe('history', () => {
  it('a camera move and a timeline year step replace the history entry, a playing step writes no link; every other action adds one', () => {
    const all = (Object.values(actions) as unknown[]).filter((a): a is Action<never> => typeof a === 'object' && a !== null && 'history' in a);
    expect(all.length).toBeGreaterThan(15);
    expect(all.filter((a) => a.history === 'replace').map((a) => a.name)).toEqual(['moveCamera', 'setYear']);
    expect(all.filter((a) => a.history === 'none').map((a) => a.name)).toEqual(['playYear']);
  });
});

describe('research views', () => {
  it('a brushed range sets both ends of the start-year filter; an open end is left out', () => {
    expect(runAction(actions.setYearRange, base, { from: 2014, to: 2016 }).state.filters).toMatchObject({ yearFrom: 2014, yearTo: 2016 });
    const open = runAction(actions.setYearRange, { ...base, filters: { ...base.filters, yearFrom: 2000, yearTo: 2001 } }, { from: 2014 }).state.filters;
    expect(open.yearFrom).toBe(2014);
    expect('yearTo' in open).toBe(false);
  });
  it('a drivers cell shows the map filtered to the factor and the territorial class, replacing earlier choices there', () => {
    const s = { ...base, view: 'drivers' as const, filters: setSelection(setSelection(EMPTY_FILTERS, 'barrier', ['funding_gap']), 'urbanRural', ['urban']) };
    const after = runAction(actions.filterToFactor, s, { group: 'barrier', key: 'skills_shortage', typology: 'urbanRural', column: 'rural' }).state;
    expect(after.view).toBe('map');
    expect(after.filters.selections.barrier).toEqual(['skills_shortage']);
    expect(after.filters.selections.urbanRural).toEqual(['rural']);
  });
  it('"who else uses this" opens the spread view of that solution', () => {
    expect(runAction(actions.openSpread, base, 'decidim').state).toMatchObject({ view: 'spread', solution: 'decidim' });
  });
  it('a scene saved from the scenes view keeps the view the presenter came from', () => {
    const q = actions.sceneQuery({ ...base, view: 'scenes', year: 2015 }, 'timeline');
    expect(q).toContain('view=timeline');
    expect(q).toContain('ty=2015');
  });
});

describe('scenes', () => {
  const cityIds = new Set(['es-barcelona', 'ee-tartu', 'pl-lodz']);
  it('a scene saved from the share or scenes view shows the map; everything else comes back as saved', () => {
    const s: ViewState = { ...base, view: 'share', selectedCity: 'ee-tartu', compare: ['es-barcelona', 'pl-lodz'], filters: setSelection(EMPTY_FILTERS, 'country', ['EE']) };
    const back = runAction(actions.replayScene, base, { query: actions.sceneQuery(s), cityIds });
    expect(back.ignored).toEqual([]);
    expect(back.state).toEqual({ ...s, view: 'map' });
    expect(run(actions.replayScene, base, { query: actions.sceneQuery({ ...s, view: 'compare' }), cityIds }).view).toBe('compare');
  });
  it('replaying a scene whose cities are gone shows the rest and names the missing cities', () => {
    const query = actions.sceneQuery({ ...base, selectedCity: 'de-gone', compare: ['es-barcelona', 'fr-vanished', 'ee-tartu'] });
    const r = runAction(actions.replayScene, base, { query, cityIds });
    expect(r.state.compare).toEqual(['es-barcelona', 'ee-tartu']);
    expect(r.state.selectedCity).toBeUndefined();
    const told = (r.ignored ?? []).map((i) => `${i.param}: ${i.reason}`).join('\n');
    expect(told).toContain('"de-gone"');
    expect(told).toContain('"fr-vanished"');
  });
});

describe('card', () => {
  it('closing the card clears the selected city; peers and back switch the panel', () => {
    const s = { ...base, selectedCity: 'ee-tartu' };
    expect(run(actions.closeCity, s, undefined).selectedCity).toBeUndefined();
    expect(run(actions.showPeers, s, undefined).panel).toBe('peers');
    expect(run(actions.showCard, { ...s, panel: 'peers' as const }, undefined).panel).toBe('card');
  });
});
