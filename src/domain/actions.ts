/**
 * What a click does to the view state, as pure named actions. Each action declares whether it
 * adds a browser history entry (push: back undoes it) or replaces the current one (replace: a
 * camera move, which would otherwise flood the history). Components only dispatch them.
 */
import type { RendererSetting } from './renderer';
import type { FilterGroupKey } from './filterGroups';
import { setSelection, toggleOption, type FilterState } from './filterState';
import { parseUrlState, serializeUrlState, type Ignored } from './urlState';
import type { ColourCategory } from './vocabularies';
import { capCompare, type Camera, type Language, type PatternState, type TableRows, type Typology, type View, type ViewState } from './viewState';

/**
 * push: a new history entry (Back undoes it); replace: the current entry follows; none: the
 * link is not written at all (a playing animation: the link is written when it pauses).
 */
export type HistoryMode = 'push' | 'replace' | 'none';

/** The new state, and what (if anything) the user should be told was left out. */
export interface Outcome { readonly state: ViewState; readonly ignored?: readonly Ignored[] }

export interface Action<I> {
  readonly name: string;
  readonly history: HistoryMode;
  readonly apply: (s: ViewState, input: I) => ViewState | Outcome;
}

const action = <I>(name: string, history: HistoryMode, apply: (s: ViewState, input: I) => ViewState | Outcome): Action<I> => ({ name, history, apply });

/** Runs an action; always returns an outcome. */
export function runAction<I>(a: Action<I>, s: ViewState, input: I): Outcome {
  const r = a.apply(s, input);
  return 'state' in r ? r : { state: r };
}

/** "Go to a city" zooms in at least this far, and never zooms out. */
export const GO_TO_MIN_ZOOM = 6;

export const toggleFilter = action<{ group: FilterGroupKey; option: string }>('toggleFilter', 'push',
  (s, { group, option }) => ({ ...s, filters: toggleOption(s.filters, group, option) }));

export const setFilters = action<FilterState>('setFilters', 'push', (s, filters) => ({ ...s, filters }));

export const selectCity = action<string>('selectCity', 'push', (s, id) => ({ ...s, selectedCity: id, panel: 'card' }));

export const closeCity = action<void>('closeCity', 'push', ({ selectedCity: _c, ...rest }) => rest);

export const goToCity = action<{ id: string; lonLat: readonly [number, number] }>('goToCity', 'push', (s, c) => ({
  ...s, selectedCity: c.id, panel: 'card',
  camera: { lon: c.lonLat[0], lat: c.lonLat[1], zoom: Math.max(s.camera?.zoom ?? 0, GO_TO_MIN_ZOOM) },
}));

export const showPeers = action<void>('showPeers', 'push', (s) => ({ ...s, panel: 'peers' }));
export const showCard = action<void>('showCard', 'push', (s) => ({ ...s, panel: 'card' }));

export const addToCompare = action<string>('addToCompare', 'push', (s, id) => ({ ...s, compare: capCompare([...s.compare, id]) }));
export const removeFromCompare = action<string>('removeFromCompare', 'push', (s, id) => ({ ...s, compare: s.compare.filter((c) => c !== id) }));

export const setLanguage = action<Language>('setLanguage', 'push', (s, lang) => ({ ...s, lang }));

export const setView = action<View>('setView', 'push', (s, view) => ({ ...s, view }));
export const setColourBy = action<ColourCategory>('setColourBy', 'push', (s, colourBy) => ({ ...s, colourBy }));
export const setShowPlaces = action<boolean>('setShowPlaces', 'push', (s, showPlaces) => ({ ...s, showPlaces }));
export const setShowRegions = action<boolean>('setShowRegions', 'push', (s, showRegions) => ({ ...s, showRegions }));
export const setPattern = action<PatternState>('setPattern', 'push', (s, pattern) => ({ ...s, pattern }));

/** The map was panned or zoomed: the link follows, without a history entry per move. */
export const moveCamera = action<Camera>('moveCamera', 'replace', (s, camera) => ({ ...s, camera }));

/** A click on a choropleth region filters to that region alone. */
export const filterToRegion = action<string>('filterToRegion', 'push', (s, code) => ({ ...s, filters: setSelection(s.filters, 'region', [code]) }));

/**
 * A click on a cross-table cell filters to the cell: its row value in the category's filter
 * group and its column value in the typology's group, replacing earlier choices in both.
 */
export const filterToCell = action<{ categoryGroup: FilterGroupKey; row: string; typology: Typology; column: string }>('filterToCell', 'push',
  (s, c) => ({ ...s, filters: setSelection(setSelection(s.filters, c.categoryGroup, [c.row]), c.typology, [c.column]) }));

/**
 * The view as a scene stores it. Scenes are saved from the scenes view, so a scene keeps the view
 * the presenter came from (`from`: timeline, spread, patterns…), or the map.
 */
export function sceneQuery(s: ViewState, from: View = 'map'): string {
  const back = from === 'scenes' || from === 'share' ? 'map' : from;
  return serializeUrlState({ ...s, view: s.view === 'scenes' || s.view === 'share' ? back : s.view });
}

/** Timeline: the year of the cumulative map. Replaces the history entry: Back should not walk through a play-through year by year. */
export const setYear = action<number | undefined>('setYear', 'replace', ({ year: _y, ...rest }, year) => (year === undefined ? rest : { ...rest, year }));

/** Timeline: a brushed range sets the start-year filter (undefined ends are open). */
export const setYearRange = action<{ from?: number | undefined; to?: number | undefined }>('setYearRange', 'push', (s, { from, to }) => {
  const { yearFrom: _f, yearTo: _t, ...filters } = s.filters;
  return { ...s, filters: { ...filters, ...(from !== undefined ? { yearFrom: from } : {}), ...(to !== undefined ? { yearTo: to } : {}) } };
});

/** A step of a playing timeline: shown at once, the link is written when play stops (setYear). */
export const playYear = action<number>('playYear', 'none', (s, year) => ({ ...s, year }));

/** Spread: the solution whose adopters are shown. */
export const setSolution = action<string | undefined>('setSolution', 'push', ({ solution: _s, ...rest }, solution) => (solution ? { ...rest, solution } : rest));

/** "Who else uses this?" in a city card: the spread view of that solution. */
export const openSpread = action<string>('openSpread', 'push', (s, solution) => ({ ...s, view: 'spread', solution }));

/** Table view: list cities or initiatives. */
/** The 2D or WebGL map, as a person chose (a device's choice, but kept in the link like every other view setting). */
export const setRenderer = action<RendererSetting>('setRenderer', 'push', (s, renderer) => ({ ...s, renderer }));
export const setTableRows = action<TableRows>('setTableRows', 'push', (s, tableRows) => ({ ...s, tableRows }));

export const setTypology = action<Typology>('setTypology', 'push', (s, typology) => ({ ...s, pattern: { ...s.pattern, typology } }));

/**
 * A drivers-and-barriers cell: the map, filtered to initiatives citing that factor in cities of
 * that territorial class (earlier choices in both groups replaced).
 */
export const filterToFactor = action<{ group: FilterGroupKey; key: string; typology: Typology; column: string }>('filterToFactor', 'push',
  (s, c) => ({ ...s, view: 'map', filters: setSelection(setSelection(s.filters, c.group, [c.key]), c.typology, [c.column]) }));

/**
 * Shows a saved scene. Cities the atlas no longer has (the data changed since the scene was
 * saved) are left out and named, so the presenter knows the scene is not what it was.
 */
export const replayScene = action<{ query: string; cityIds: ReadonlySet<string> }>('replayScene', 'push', (s, { query, cityIds }) => {
  const parsed = parseUrlState(query, { cityIds });
  // A scene saved without a language choice is shown in the language the presenter has now.
  const lang = parsed.state.lang ?? s.lang;
  return { state: lang ? { ...parsed.state, lang } : parsed.state, ignored: parsed.ignored };
});
