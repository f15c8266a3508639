/**
 * The URL is the single source of shareable state: one pure parse, one pure serialize.
 * Only non-default values are written; codes, never display names. Each parameter parses to
 * valid, invalid (ignored, with a reason) or missing. Old links are upgraded by MIGRATIONS.
 */
import { FILTER_GROUPS, FILTER_GROUP_KEYS, isValidOption, type FilterGroupKey } from './filterGroups';
import { EMPTY_SELECTIONS, type Selections } from './filterState';
import { COLOUR_CATEGORIES, SHARED_SOLUTIONS, type ColourCategory } from './vocabularies';
import {
  CLASSIFICATIONS, DEFAULT_PATTERN, DEFAULT_VIEW_STATE, MAX_COMPARE, PATTERN_LEVELS, PATTERN_MEASURES,
  PANELS, TYPOLOGIES, VIEWS, type Camera, type PatternState, type ViewState,
} from './viewState';

export const URL_VERSION = 1;

/** URL parameter of each filter group. */
export const GROUP_PARAM: Readonly<Record<FilterGroupKey, string>> = {
  governance: 'gov', serviceType: 'svc', dataAspect: 'data', participation: 'part', scale: 'scale',
  enabler: 'enab', barrier: 'barr', solution: 'sol',
  country: 'cc', macroRegion: 'mr', sizeClass: 'size', urbanRural: 'ur', coastal: 'coast',
  border: 'border', capital: 'capital', degurba: 'degurba', network: 'net', region: 'nuts',
};

/** A migration rewrites the parameters of links written by an older URL version. */
export interface Migration { readonly from: number; readonly migrate: (p: URLSearchParams) => URLSearchParams }
export const MIGRATIONS: readonly Migration[] = [];

export interface Ignored { readonly param: string; readonly reason: string }
export interface ParseResult { readonly state: ViewState; readonly ignored: readonly Ignored[] }
export interface ParseContext { readonly cityIds?: ReadonlySet<string> }

const ID = /^[a-z]{2}-[a-z0-9-]{1,80}$/;
const MAX_QUERY = 200;

function applyMigrations(params: URLSearchParams, migrations: readonly Migration[], ignored: Ignored[]): URLSearchParams {
  const raw = params.get('v');
  let version = raw === null ? URL_VERSION : Number(raw);
  if (!Number.isInteger(version) || version < 0 || version > URL_VERSION) {
    if (raw !== null) ignored.push({ param: 'v', reason: `unknown link version "${raw.slice(0, 20)}"` });
    version = URL_VERSION;
  }
  let p = params;
  for (const m of [...migrations].sort((a, b) => a.from - b.from)) if (m.from >= version) p = m.migrate(p);
  return p;
}

function list(p: URLSearchParams, key: string): string[] | undefined {
  const v = p.get(key);
  return v === null ? undefined : v.split(',').filter((s) => s.length > 0);
}

function intIn(raw: string, min: number, max: number): number | undefined {
  if (!/^-?\d{1,6}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

function oneOf<T extends string | number>(raw: string, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => String(a) === raw);
}

export function parseUrlState(search: string, ctx: ParseContext = {}, migrations: readonly Migration[] = MIGRATIONS): ParseResult {
  const ignored: Ignored[] = [];
  let params: URLSearchParams;
  try {
    params = applyMigrations(new URLSearchParams(search), migrations, ignored);
  } catch {
    return { state: DEFAULT_VIEW_STATE, ignored: [{ param: '(all)', reason: 'the link could not be read' }] };
  }
  const bad = (param: string, reason: string) => ignored.push({ param, reason });
  const selections: Record<string, readonly string[]> = { ...EMPTY_SELECTIONS };
  for (const g of FILTER_GROUPS) {
    const key = GROUP_PARAM[g.key];
    const values = list(params, key);
    if (!values) continue;
    // Selections are sets: sort so that a link and its re-serialisation are the same state.
    const ok = [...new Set(values.filter((v) => isValidOption(g, v)))].sort().slice(0, 50);
    const rejected = values.filter((v) => !isValidOption(g, v));
    if (rejected.length > 0) bad(key, `unknown value(s) ${rejected.slice(0, 3).map((r) => `"${r.slice(0, 30)}"`).join(', ')}`);
    selections[g.key] = ok;
  }
  let yearFrom: number | undefined;
  let yearTo: number | undefined;
  const years = params.get('years');
  if (years !== null) {
    const m = /^(\d{4})?-(\d{4})?$/.exec(years);
    const from = m?.[1] ? intIn(m[1], 1990, 2100) : undefined;
    const to = m?.[2] ? intIn(m[2], 1990, 2100) : undefined;
    if (!m || (m[1] && from === undefined) || (m[2] && to === undefined) || (from !== undefined && to !== undefined && from > to)) bad('years', 'expected a range like 2015-2020');
    else { yearFrom = from; yearTo = to; }
  }
  const rawQuery = params.get('q') ?? '';
  if (rawQuery.length > MAX_QUERY) bad('q', `longer than ${MAX_QUERY} characters; shortened`);
  const query = rawQuery.slice(0, MAX_QUERY);

  const knownCity = (id: string) => ID.test(id) && (!ctx.cityIds || ctx.cityIds.has(id));
  let selectedCity: string | undefined;
  const city = params.get('city');
  if (city !== null) { if (knownCity(city)) selectedCity = city; else bad('city', `unknown city "${city.slice(0, 40)}"`); }
  let compare: string[] = [];
  const cmp = list(params, 'compare');
  if (cmp) {
    const known = [...new Set(cmp.filter(knownCity))];
    if (known.length < cmp.length) bad('compare', 'unknown city id(s) dropped');
    if (known.length > MAX_COMPARE) bad('compare', `at most ${MAX_COMPARE} cities; extra ones dropped`);
    compare = known.slice(0, MAX_COMPARE);
  }
  const pick = <T extends string | number>(key: string, allowed: readonly T[], fallback: T): T => {
    const raw = params.get(key);
    if (raw === null) return fallback;
    const v = oneOf(raw, allowed);
    if (v === undefined) { bad(key, `expected one of ${allowed.join(', ')}`); return fallback; }
    return v;
  };
  const flag = (key: string, fallback: boolean): boolean => {
    const raw = params.get(key);
    if (raw === null) return fallback;
    if (raw === '1' || raw === '0') return raw === '1';
    bad(key, 'expected 0 or 1');
    return fallback;
  };
  let camera: Camera | undefined;
  const at = params.get('at');
  if (at !== null) {
    const parts = at.split(',').map(Number);
    const [zoom, lat, lon] = parts;
    if (parts.length === 3 && parts.every(Number.isFinite) && zoom! >= 0 && zoom! <= 16 && Math.abs(lat!) <= 85 && Math.abs(lon!) <= 180) camera = { zoom: zoom!, lat: lat!, lon: lon! };
    else bad('at', 'expected zoom,lat,lon within range');
  }
  const pattern: PatternState = {
    level: pick('pl', PATTERN_LEVELS, DEFAULT_PATTERN.level),
    measure: pick('pm', PATTERN_MEASURES, DEFAULT_PATTERN.measure),
    classification: pick('pk', CLASSIFICATIONS, DEFAULT_PATTERN.classification),
    category: pick('pc', COLOUR_CATEGORIES, DEFAULT_PATTERN.category),
    typology: pick('pt', TYPOLOGIES, DEFAULT_PATTERN.typology),
  };
  const pv = params.get('pv');
  const patternWithValue: PatternState = pv !== null && /^[a-z0-9_]{1,40}$/.test(pv) ? { ...pattern, categoryValue: pv } : pattern;
  if (pv !== null && patternWithValue === pattern) bad('pv', 'expected a category key');
  let year: number | undefined;
  const ty = params.get('ty');
  if (ty !== null) { year = intIn(ty, 1990, 2100); if (year === undefined) bad('ty', 'expected a year between 1990 and 2100'); }
  const spread = params.get('spread');
  const solution = spread === null ? undefined : oneOf(spread, SHARED_SOLUTIONS);
  if (spread !== null && solution === undefined) bad('spread', 'expected a shared solution key');
  const known = new Set(['v', 'ty', 'spread', 'years', 'q', 'city', 'panel', 'compare', 'view', 'colour', 'places', 'regions', 'at', 'pl', 'pm', 'pk', 'pc', 'pt', 'pv', 'embed', ...Object.values(GROUP_PARAM)]);
  for (const key of new Set(params.keys())) if (!known.has(key)) bad(key, 'unknown parameter');
  const state: ViewState = {
    filters: { selections: selections as unknown as Selections, query, ...(yearFrom !== undefined ? { yearFrom } : {}), ...(yearTo !== undefined ? { yearTo } : {}) },
    ...(selectedCity ? { selectedCity } : {}),
    panel: pick('panel', PANELS, DEFAULT_VIEW_STATE.panel),
    compare,
    view: pick('view', VIEWS, DEFAULT_VIEW_STATE.view),
    colourBy: pick<ColourCategory>('colour', COLOUR_CATEGORIES, DEFAULT_VIEW_STATE.colourBy),
    showPlaces: flag('places', DEFAULT_VIEW_STATE.showPlaces),
    showRegions: flag('regions', DEFAULT_VIEW_STATE.showRegions),
    ...(camera ? { camera } : {}),
    pattern: patternWithValue,
    ...(year !== undefined ? { year } : {}),
    ...(solution !== undefined ? { solution } : {}),
    embed: flag('embed', false),
  };
  return { state, ignored };
}

const round = (v: number, d: number) => String(Math.round(v * 10 ** d) / 10 ** d);

/** Serialise only what differs from the defaults, in a fixed parameter order. */
export function serializeUrlState(s: ViewState): string {
  const p = new URLSearchParams();
  for (const k of FILTER_GROUP_KEYS) if (s.filters.selections[k].length) p.set(GROUP_PARAM[k], [...s.filters.selections[k]].sort().join(','));
  if (s.filters.yearFrom !== undefined || s.filters.yearTo !== undefined) p.set('years', `${s.filters.yearFrom ?? ''}-${s.filters.yearTo ?? ''}`);
  if (s.filters.query) p.set('q', s.filters.query);
  if (s.selectedCity) p.set('city', s.selectedCity);
  if (s.selectedCity && s.panel !== DEFAULT_VIEW_STATE.panel) p.set('panel', s.panel);
  if (s.compare.length) p.set('compare', s.compare.join(','));
  if (s.view !== DEFAULT_VIEW_STATE.view) p.set('view', s.view);
  if (s.colourBy !== DEFAULT_VIEW_STATE.colourBy) p.set('colour', s.colourBy);
  if (s.showPlaces !== DEFAULT_VIEW_STATE.showPlaces) p.set('places', s.showPlaces ? '1' : '0');
  if (s.showRegions !== DEFAULT_VIEW_STATE.showRegions) p.set('regions', s.showRegions ? '1' : '0');
  if (s.camera) p.set('at', `${round(s.camera.zoom, 2)},${round(s.camera.lat, 4)},${round(s.camera.lon, 4)}`);
  const d = DEFAULT_PATTERN;
  if (s.pattern.level !== d.level) p.set('pl', String(s.pattern.level));
  if (s.pattern.measure !== d.measure) p.set('pm', s.pattern.measure);
  if (s.pattern.classification !== d.classification) p.set('pk', s.pattern.classification);
  if (s.pattern.category !== d.category) p.set('pc', s.pattern.category);
  if (s.pattern.categoryValue) p.set('pv', s.pattern.categoryValue);
  if (s.pattern.typology !== d.typology) p.set('pt', s.pattern.typology);
  if (s.year !== undefined) p.set('ty', String(s.year));
  if (s.solution) p.set('spread', s.solution);
  if (s.embed) p.set('embed', '1');
  const str = p.toString();
  return str ? `v=${URL_VERSION}&${str}` : '';
}
