/** The whole shareable state of the atlas: what the user chose, nothing derived. */
import type { RendererSetting } from './renderer';
import { EMPTY_FILTERS, type FilterState } from './filterState';
import type { ColourCategory } from './vocabularies';

export const VIEWS = ['map', 'table', 'compare', 'patterns', 'timeline', 'spread', 'drivers', 'scenes', 'share', 'accessibility'] as const;
export type View = (typeof VIEWS)[number];
/** Views with a tab; the accessibility statement is linked from the footer. */
export const TAB_VIEWS: readonly View[] = VIEWS.filter((v) => v !== 'accessibility');
/** Views with the map on screen (alone or above a panel). */
/** What the table view lists: one row per matching city, or per matching initiative. */
export const TABLE_ROWS = ['cities', 'initiatives'] as const;
export type TableRows = (typeof TABLE_ROWS)[number];

export const MAP_VIEWS: ReadonlySet<View> = new Set<View>(['map', 'patterns', 'share', 'timeline', 'spread']);
/** The research views: each exports what it shows (its own PNG, table and briefing pack). */
export const RESEARCH_VIEWS: ReadonlySet<View> = new Set<View>(['timeline', 'spread', 'drivers']);

/** Languages of the interface; corpus text stays in its own language. */
export const LANGUAGES = ['en', 'fr', 'de', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PANELS = ['card', 'peers'] as const;
export type Panel = (typeof PANELS)[number];

export const PATTERN_MEASURES = ['cities', 'initiatives', 'share'] as const;
export type PatternMeasure = (typeof PATTERN_MEASURES)[number];
export const PATTERN_LEVELS = [0, 1, 2] as const;
export type PatternLevel = (typeof PATTERN_LEVELS)[number];
export const CLASSIFICATIONS = ['quantile', 'threshold'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
export const TYPOLOGIES = ['urbanRural', 'sizeClass', 'coastal', 'border', 'capital', 'macroRegion'] as const;
export type Typology = (typeof TYPOLOGIES)[number];

export interface Camera { readonly lon: number; readonly lat: number; readonly zoom: number }

export interface PatternState {
  readonly level: PatternLevel;
  readonly measure: PatternMeasure;
  readonly classification: Classification;
  /** For the "share" measure and the cross-table rows: which category dimension. */
  readonly category: ColourCategory;
  /** For the "share" measure: which value of the category. */
  readonly categoryValue?: string;
  readonly typology: Typology;
}

export interface ViewState {
  readonly filters: FilterState;
  readonly selectedCity?: string;
  /** What the detail panel shows for the selected city. */
  readonly panel: Panel;
  readonly compare: readonly string[];
  readonly view: View;
  readonly colourBy: ColourCategory;
  readonly showPlaces: boolean;
  readonly showRegions: boolean;
  readonly camera?: Camera;
  readonly pattern: PatternState;
  /** Timeline view: the year the cumulative map shows; undefined = every year (no play-through). */
  readonly year?: number;
  /** Spread view: the shared solution whose adopters are shown. */
  readonly solution?: string;
  /** Table view: cities or initiatives. */
  readonly tableRows: TableRows;
  /** Which map draws: chosen by the browser's WebGL ('auto'), or the 2D or WebGL map as a person asked. */
  readonly renderer: RendererSetting;
  readonly embed: boolean;
  /** The language a person chose; undefined = the browser's. */
  readonly lang?: Language;
}

/** The comparison shows at most this many cities side by side. */
export const MAX_COMPARE = 4;

/** The comparison holds up to MAX_COMPARE distinct cities, in the order they were added; extra ones are not added. */
export function capCompare(ids: readonly string[]): string[] {
  return [...new Set(ids)].slice(0, MAX_COMPARE);
}

export const DEFAULT_PATTERN: PatternState = { level: 0, measure: 'cities', classification: 'quantile', category: 'governance', typology: 'urbanRural' };

export const DEFAULT_VIEW_STATE: ViewState = {
  filters: EMPTY_FILTERS,
  panel: 'card',
  compare: [],
  view: 'map',
  colourBy: 'governance',
  showPlaces: false,
  showRegions: true,
  pattern: DEFAULT_PATTERN,
  tableRows: 'cities',
  renderer: 'auto',
  embed: false,
};

/** Europe as first shown: [lon, lat] centre and zoom. */
export const DEFAULT_CAMERA: Camera = { lon: 12, lat: 52, zoom: 3.4 };
