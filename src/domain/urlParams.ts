/**
 * The one table of URL parameters. Each entry says which part of the view state it holds, its
 * key, default, how it is parsed (to a value, or ignored with a reason) and serialised, and what
 * it means. Parsing, serialising, the list of known keys and the README's URL reference all
 * come from this table. The reasons a value is ignored are told to the person, in their language.
 */
import { RENDERERS } from './renderer';
import { FILTER_GROUPS, isValidOption, type FilterGroup, type FilterGroupKey } from './filterGroups';
import { COLOUR_CATEGORIES, SHARED_SOLUTIONS } from './vocabularies';
import { t } from '../i18n/messages';
import {
  capCompare, CLASSIFICATIONS, DEFAULT_PATTERN, DEFAULT_VIEW_STATE, MAX_COMPARE, PATTERN_LEVELS, PATTERN_MEASURES,
  LANGUAGES, PANELS, TABLE_ROWS, TYPOLOGIES, VIEWS, type Language, type Camera, type PatternState, type ViewState,
} from './viewState';

export interface ParseContext { readonly cityIds?: ReadonlySet<string> }

/** A parsed parameter: a value, a reason it was (partly) ignored, or both. */
export interface Parsed<T> { readonly value?: T; readonly problem?: string }

/** One URL parameter, typed by the value it holds. */
export interface UrlParam<T> {
  readonly key: string;
  /** Short name for the URL reference. */
  readonly name: string;
  readonly description: string;
  /** The form a value takes, e.g. "comma-separated codes". */
  readonly format: string;
  readonly default: T;
  readonly get: (s: ViewState) => T;
  readonly set: (s: ViewState, value: T) => ViewState;
  readonly parse: (raw: string, ctx: ParseContext) => Parsed<T>;
  /** The text written to the URL; only called for values that differ from the default. */
  readonly serialise: (value: T) => string;
  /** The default as the URL reference shows it, when it is not the serialised default ("" = none). */
  readonly defaultLabel?: string;
  /** Some parameters are only meaningful beside another (the panel beside a city). */
  readonly writtenWhen?: (s: ViewState) => boolean;
}

/** A table entry with its value type closed over, so that entries of any type sit in one list. */
export interface UrlParamEntry {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly format: string;
  /** The default as it would be written ("" when it is "nothing"). */
  readonly defaultText: string;
  /** Applies a raw value to the state; returns the reason when (part of) it was ignored. */
  readonly read: (s: ViewState, raw: string, ctx: ParseContext) => { state: ViewState; problem?: string };
  /** The text to write for this state, or undefined when the parameter is left out. */
  readonly write: (s: ViewState) => string | undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function entry<T>(p: UrlParam<T>): UrlParamEntry {
  return {
    key: p.key, name: p.name, description: p.description, format: p.format,
    defaultText: p.defaultLabel ?? (p.default === undefined || same(p.default, []) || same(p.default, '') ? '' : p.serialise(p.default)),
    read: (s, raw, ctx) => {
      const r = p.parse(raw, ctx);
      return { state: r.value === undefined ? s : p.set(s, r.value), ...(r.problem ? { problem: r.problem } : {}) };
    },
    write: (s) => {
      const v = p.get(s);
      if (same(v, p.default) || (p.writtenWhen && !p.writtenWhen(s))) return undefined;
      return p.serialise(v);
    },
  };
}

const CITY_ID = /^[a-z]{2}-[a-z0-9-]{1,80}$/;
const knownCity = (id: string, ctx: ParseContext) => CITY_ID.test(id) && (!ctx.cityIds || ctx.cityIds.has(id));
/** Longest free-text query kept from a link. */
export const MAX_QUERY = 200;
/** Most values kept for one filter group from a link. */
const MAX_SELECTED = 50;

const commaList = (raw: string) => raw.split(',').filter((s) => s.length > 0);

function oneOf<T extends string | number>(allowed: readonly T[], fallback: T): Pick<UrlParam<T>, 'parse' | 'serialise' | 'format' | 'default'> {
  return {
    default: fallback,
    format: `one of ${allowed.join(', ')}`,
    parse: (raw) => {
      const v = allowed.find((a) => String(a) === raw);
      return v === undefined ? { problem: t('link.oneOf', { list: allowed.join(', ') }) } : { value: v };
    },
    serialise: String,
  };
}

function flag(fallback: boolean): Pick<UrlParam<boolean>, 'parse' | 'serialise' | 'format' | 'default'> {
  return {
    default: fallback,
    format: '1 (on) or 0 (off)',
    parse: (raw) => (raw === '1' || raw === '0' ? { value: raw === '1' } : { problem: t('link.flag') }),
    serialise: (v) => (v ? '1' : '0'),
  };
}

function intIn(raw: string, min: number, max: number): number | undefined {
  if (!/^-?\d{1,6}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

const round = (v: number, d: number) => String(Math.round(v * 10 ** d) / 10 ** d);

/** Key and meaning of each filter group's parameter. */
export const FILTER_PARAMS: Readonly<Record<FilterGroupKey, { key: string; description: string }>> = {
  governance: { key: 'gov', description: 'Initiatives with any of these governance models.' },
  serviceType: { key: 'svc', description: 'Initiatives of any of these service types.' },
  dataAspect: { key: 'data', description: 'Initiatives with any of these data and platform aspects.' },
  participation: { key: 'part', description: 'Initiatives with any of these participation depths.' },
  scale: { key: 'scale', description: 'Initiatives at any of these scales.' },
  enabler: { key: 'enab', description: 'Initiatives with any of these enablers.' },
  barrier: { key: 'barr', description: 'Initiatives with any of these barriers.' },
  solution: { key: 'sol', description: 'Initiatives reusing any of these shared solutions.' },
  country: { key: 'cc', description: 'Cities in any of these countries (Eurostat codes: EL Greece, UK United Kingdom).' },
  macroRegion: { key: 'mr', description: 'Cities in any of these macro-regions.' },
  sizeClass: { key: 'size', description: 'Cities of any of these size classes.' },
  urbanRural: { key: 'ur', description: 'Cities in NUTS 3 regions of any of these urban-rural types.' },
  coastal: { key: 'coast', description: 'Coastal cities (yes) or inland ones (no).' },
  border: { key: 'border', description: 'Cities in a border region (yes) or not (no).' },
  capital: { key: 'capital', description: 'National capitals (yes) or other cities (no).' },
  degurba: { key: 'degurba', description: 'Cities of any of these degrees of urbanisation.' },
  network: { key: 'net', description: 'Cities in any of these city networks.' },
  region: { key: 'nuts', description: 'Cities in any of these NUTS 2021 regions (codes of any level).' },
};

function filterParam(g: FilterGroup): UrlParamEntry {
  const { key, description } = FILTER_PARAMS[g.key];
  return entry<readonly string[]>({
    key, name: `filter: ${g.key}`, description,
    format: g.options.length > 0 && g.options.length <= 12 ? `comma-separated, of ${g.options.join(', ')}` : 'comma-separated codes (see geodata/codebook.md)',
    default: [],
    get: (s) => s.filters.selections[g.key],
    set: (s, v) => ({ ...s, filters: { ...s.filters, selections: { ...s.filters.selections, [g.key]: v } } }),
    parse: (raw) => {
      const values = commaList(raw);
      const rejected = values.filter((v) => !isValidOption(g, v));
      // Selections are sets: sorted, so that a link and its re-serialisation are the same state.
      const value = [...new Set(values.filter((v) => isValidOption(g, v)))].sort().slice(0, MAX_SELECTED);
      return { value, ...(rejected.length ? { problem: t('link.unknownValues', { list: rejected.slice(0, 3).map((r) => `"${r.slice(0, 30)}"`).join(', ') }) } : {}) };
    },
    serialise: (v) => [...v].sort().join(','),
  });
}

type Years = readonly [number | undefined, number | undefined];

const pattern = <K extends keyof PatternState>(k: K) => ({
  get: (s: ViewState) => s.pattern[k],
  set: (s: ViewState, v: PatternState[K]) => ({ ...s, pattern: { ...s.pattern, [k]: v } }),
});

/** Every URL parameter except the link version, in the order they are written. */
export const URL_PARAMS: readonly UrlParamEntry[] = [
  ...FILTER_GROUPS.map(filterParam),
  entry<Years>({
    key: 'years', name: 'start years', description: 'Initiatives started within these years (either end may be left open).',
    format: 'FROM-TO, e.g. 2015-2020, 2015- or -2020', default: [undefined, undefined], defaultLabel: '',
    get: (s) => [s.filters.yearFrom, s.filters.yearTo],
    set: (s, [from, to]) => {
      const { yearFrom: _f, yearTo: _t, ...rest } = s.filters;
      return { ...s, filters: { ...rest, ...(from !== undefined ? { yearFrom: from } : {}), ...(to !== undefined ? { yearTo: to } : {}) } };
    },
    parse: (raw) => {
      const m = /^(\d{4})?-(\d{4})?$/.exec(raw);
      const from = m?.[1] ? intIn(m[1], 1990, 2100) : undefined;
      const to = m?.[2] ? intIn(m[2], 1990, 2100) : undefined;
      if (!m || (m[1] && from === undefined) || (m[2] && to === undefined) || (from !== undefined && to !== undefined && from > to)) return { problem: t('link.range') };
      return { value: [from, to] };
    },
    serialise: ([from, to]) => `${from ?? ''}-${to ?? ''}`,
  }),
  entry<string>({
    key: 'q', name: 'search', description: `Free text over city and initiative names, accent-insensitive (at most ${MAX_QUERY} characters).`,
    format: 'text', default: '',
    get: (s) => s.filters.query,
    set: (s, v) => ({ ...s, filters: { ...s.filters, query: v } }),
    parse: (raw) => ({ value: raw.slice(0, MAX_QUERY), ...(raw.length > MAX_QUERY ? { problem: t('link.tooLong', { max: MAX_QUERY }) } : {}) }),
    serialise: (v) => v,
  }),
  entry<string | undefined>({
    key: 'city', name: 'selected city', description: 'The city whose card (or peer list) is open.',
    format: 'a city id, e.g. es-barcelona', default: undefined,
    get: (s) => s.selectedCity,
    set: (s, v) => { const { selectedCity: _c, ...rest } = s; return v === undefined ? rest : { ...rest, selectedCity: v }; },
    parse: (raw, ctx) => (knownCity(raw, ctx) ? { value: raw } : { problem: t('link.unknownCity', { id: raw.slice(0, 40) }) }),
    serialise: (v) => v ?? '',
  }),
  entry({
    key: 'panel', name: 'city panel', description: 'What the panel of the selected city shows (written only with city).',
    ...oneOf(PANELS, DEFAULT_VIEW_STATE.panel),
    get: (s) => s.panel, set: (s, v) => ({ ...s, panel: v }),
    writtenWhen: (s) => s.selectedCity !== undefined,
  }),
  entry<readonly string[]>({
    key: 'compare', name: 'comparison', description: `Cities side by side in the comparison (at most ${MAX_COMPARE}).`,
    format: 'comma-separated city ids', default: [],
    get: (s) => s.compare, set: (s, v) => ({ ...s, compare: v }),
    parse: (raw, ctx) => {
      const ids = commaList(raw);
      const unknown = ids.filter((id) => !knownCity(id, ctx));
      const known = [...new Set(ids.filter((id) => knownCity(id, ctx)))];
      const problems = [
        ...(unknown.length ? [t('link.unknownCities', { list: unknown.slice(0, 4).map((id) => `"${id.slice(0, 40)}"`).join(', ') })] : []),
        ...(known.length > MAX_COMPARE ? [t('link.tooMany', { max: MAX_COMPARE })] : []),
      ];
      return { value: capCompare(known), ...(problems.length ? { problem: problems.join('; ') } : {}) };
    },
    serialise: (v) => v.join(','),
  }),
  entry({ key: 'view', name: 'view', description: 'The view shown beside the filters.', ...oneOf(VIEWS, DEFAULT_VIEW_STATE.view), get: (s) => s.view, set: (s, v) => ({ ...s, view: v }) }),
  entry({ key: 'colour', name: 'colour cities by', description: 'The category that colours the city symbols.', ...oneOf(COLOUR_CATEGORIES, DEFAULT_VIEW_STATE.colourBy), get: (s) => s.colourBy, set: (s, v) => ({ ...s, colourBy: v }) }),
  entry({ key: 'places', name: 'places layer', description: 'Show the GeoNames places of 1,000+ inhabitants.', ...flag(DEFAULT_VIEW_STATE.showPlaces), get: (s) => s.showPlaces, set: (s, v) => ({ ...s, showPlaces: v }) }),
  entry({ key: 'regions', name: 'regions layer', description: 'Show the NUTS region outlines.', ...flag(DEFAULT_VIEW_STATE.showRegions), get: (s) => s.showRegions, set: (s, v) => ({ ...s, showRegions: v }) }),
  entry<Camera | undefined>({
    key: 'at', name: 'map camera', description: 'Zoom and centre of the map; without it the map shows Europe.',
    format: 'zoom,lat,lon, e.g. 6,41.4,2.2', default: undefined,
    get: (s) => s.camera,
    set: (s, v) => { const { camera: _c, ...rest } = s; return v === undefined ? rest : { ...rest, camera: v }; },
    parse: (raw) => {
      const parts = raw.split(',').map(Number);
      const [zoom, lat, lon] = parts as [number, number, number];
      if (parts.length === 3 && parts.every(Number.isFinite) && zoom >= 0 && zoom <= 16 && Math.abs(lat) <= 85 && Math.abs(lon) <= 180) return { value: { zoom, lat, lon } };
      return { problem: t('link.camera') };
    },
    serialise: (c) => (c ? `${round(c.zoom, 2)},${round(c.lat, 4)},${round(c.lon, 4)}` : ''),
  }),
  entry({ key: 'level', name: 'pattern regions', description: 'NUTS level of the regional patterns (0 countries, 1, 2).', ...oneOf(PATTERN_LEVELS, DEFAULT_PATTERN.level), ...pattern('level') }),
  entry({ key: 'measure', name: 'pattern measure', description: 'What the choropleth counts: matching cities, initiatives, or the share of cities with a category value.', ...oneOf(PATTERN_MEASURES, DEFAULT_PATTERN.measure), ...pattern('measure') }),
  entry({ key: 'classes', name: 'pattern classes', description: 'How the choropleth legend is classed.', ...oneOf(CLASSIFICATIONS, DEFAULT_PATTERN.classification), ...pattern('classification') }),
  entry({ key: 'category', name: 'pattern category', description: 'Category of the share measure and of the cross-table rows.', ...oneOf(COLOUR_CATEGORIES, DEFAULT_PATTERN.category), ...pattern('category') }),
  entry<string | undefined>({
    key: 'catvalue', name: 'pattern category value', description: 'The category value whose share the choropleth maps.',
    format: 'a category code, e.g. health', default: undefined,
    get: (s) => s.pattern.categoryValue,
    set: (s, v) => { const { categoryValue: _v, ...rest } = s.pattern; return { ...s, pattern: v === undefined ? rest : { ...rest, categoryValue: v } }; },
    parse: (raw) => (/^[a-z0-9_]{1,40}$/.test(raw) ? { value: raw } : { problem: t('link.categoryKey') }),
    serialise: (v) => v ?? '',
  }),
  entry({ key: 'typology', name: 'pattern typology', description: 'Territorial typology of the cross-table columns (regional patterns, drivers and barriers).', ...oneOf(TYPOLOGIES, DEFAULT_PATTERN.typology), ...pattern('typology') }),
  entry<number | undefined>({
    key: 'ty', name: 'timeline year', description: 'The year the timeline\'s cumulative map shows: cities whose first initiative started by then.',
    format: 'a year, e.g. 2015', default: undefined,
    get: (s) => s.year,
    set: (s, v) => { const { year: _y, ...rest } = s; return v === undefined ? rest : { ...rest, year: v }; },
    parse: (raw) => { const v = intIn(raw, 1990, 2100); return v === undefined ? { problem: t('link.year') } : { value: v }; },
    serialise: (v) => String(v ?? ''),
  }),
  entry<string | undefined>({
    key: 'spread', name: 'shared solution spread', description: 'The shared solution whose adopting cities the spread view shows.',
    format: 'a solution code, e.g. decidim', default: undefined,
    get: (s) => s.solution,
    set: (s, v) => { const { solution: _v, ...rest } = s; return v === undefined ? rest : { ...rest, solution: v }; },
    parse: (raw) => ((SHARED_SOLUTIONS as readonly string[]).includes(raw) ? { value: raw } : { problem: t('link.solutionKey') }),
    serialise: (v) => v ?? '',
  }),
  entry<Language | undefined>({
    key: 'lang', name: 'language', description: 'Language of the interface; without it the browser\'s language (English when the atlas does not have it).',
    format: `one of ${LANGUAGES.join(', ')}`, default: undefined,
    get: (s) => s.lang,
    set: (s, v) => { const { lang: _l, ...rest } = s; return v === undefined ? rest : { ...rest, lang: v }; },
    parse: (raw) => { const v = LANGUAGES.find((l) => l === raw); return v ? { value: v } : { problem: t('link.oneOf', { list: LANGUAGES.join(', ') }) }; },
    serialise: (v) => v ?? '',
  }),
  entry({ key: 'map', name: 'map renderer', description: 'Which map draws: auto (WebGL where a graphics card draws it, else the 2D map), 2d, or webgl.', ...oneOf(RENDERERS, DEFAULT_VIEW_STATE.renderer), get: (s) => s.renderer, set: (s, v) => ({ ...s, renderer: v }) }),
  entry({ key: 'rows', name: 'table rows', description: 'What the table view lists: matching cities or matching initiatives.', ...oneOf(TABLE_ROWS, DEFAULT_VIEW_STATE.tableRows), get: (s) => s.tableRows, set: (s, v) => ({ ...s, tableRows: v }) }),
  entry({ key: 'embed', name: 'embed', description: 'A minimal map for an iframe.', ...flag(DEFAULT_VIEW_STATE.embed), get: (s) => s.embed, set: (s, v) => ({ ...s, embed: v }) }),
];
