/** What the user chose in the filter panel. Everything else (matches, counts) is derived. */
import { FILTER_GROUP_KEYS, type FilterGroupKey } from './filterGroups';

export type Selections = Readonly<Record<FilterGroupKey, readonly string[]>>;

export interface FilterState {
  readonly selections: Selections;
  /** Inclusive range of initiative start years; undefined ends are open. */
  readonly yearFrom?: number;
  readonly yearTo?: number;
  /** Free text over city and initiative names, accent-insensitive. */
  readonly query: string;
}

export const EMPTY_SELECTIONS: Selections = Object.fromEntries(FILTER_GROUP_KEYS.map((k) => [k, []])) as unknown as Selections;
export const EMPTY_FILTERS: FilterState = { selections: EMPTY_SELECTIONS, query: '' };

export function toggleOption(state: FilterState, group: FilterGroupKey, option: string): FilterState {
  const current = state.selections[group];
  // Kept sorted: a selection is a set, and one canonical order keeps state, URL and history equal.
  const next = current.includes(option) ? current.filter((o) => o !== option) : [...current, option].sort();
  return { ...state, selections: { ...state.selections, [group]: next } };
}

export function setSelection(state: FilterState, group: FilterGroupKey, options: readonly string[]): FilterState {
  return { ...state, selections: { ...state.selections, [group]: [...new Set(options)].sort() } };
}
