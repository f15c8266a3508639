/**
 * Filter groups of the atlas. Each group reads values either from a city (city level) or from
 * one of its initiatives (initiative level). Multi-select within a group is OR; groups are AND.
 */
import type { City, Initiative } from './atlasSchema';
import { COUNTRIES } from './countries';
import {
  BARRIERS, DATA_ASPECTS, DEGURBA, ENABLERS, GOVERNANCE_MODELS, MACRO_REGIONS, NETWORKS,
  PARTICIPATION_DEPTHS, SCALES, SERVICE_TYPES, SHARED_SOLUTIONS, SIZE_CLASSES, URBAN_RURAL, YES_NO, yesNo,
} from './vocabularies';

export const FILTER_GROUP_KEYS = [
  'governance', 'serviceType', 'dataAspect', 'participation', 'scale', 'enabler', 'barrier', 'solution',
  'country', 'macroRegion',
  'sizeClass', 'urbanRural', 'coastal', 'border', 'capital', 'degurba', 'network', 'region',
] as const;
export type FilterGroupKey = (typeof FILTER_GROUP_KEYS)[number];

export interface FilterGroup {
  readonly key: FilterGroupKey;
  readonly level: 'city' | 'initiative';
  readonly options: readonly string[];
  /** Open groups accept any value of this form (NUTS codes) instead of a fixed list. */
  readonly pattern?: RegExp;
  /** Values of a city (city level) or of one initiative of that city (initiative level). */
  readonly valuesOf: (city: City, initiative?: Initiative) => readonly string[];
}

const yn = (b: boolean) => [yesNo(b)];
const one = (v: string | undefined) => (v === undefined ? [] : [v]);

/** Governance of an initiative; when the table leaves it empty, the city's arrangement applies. */
export function effectiveGovernance(city: City, i?: Initiative): readonly string[] {
  return i?.governance.value ? [i.governance.value] : city.governance;
}

export const FILTER_GROUPS: readonly FilterGroup[] = [
  { key: 'governance', level: 'initiative', options: GOVERNANCE_MODELS, valuesOf: effectiveGovernance },
  { key: 'serviceType', level: 'initiative', options: SERVICE_TYPES, valuesOf: (_c, i) => i?.serviceTypes.value ?? [] },
  { key: 'dataAspect', level: 'initiative', options: DATA_ASPECTS, valuesOf: (_c, i) => i?.dataAspects.value ?? [] },
  { key: 'participation', level: 'initiative', options: PARTICIPATION_DEPTHS, valuesOf: (_c, i) => one(i?.participation.value) },
  { key: 'scale', level: 'initiative', options: SCALES, valuesOf: (_c, i) => one(i?.scale.value) },
  { key: 'enabler', level: 'initiative', options: ENABLERS, valuesOf: (_c, i) => i?.enablers.value ?? [] },
  { key: 'barrier', level: 'initiative', options: BARRIERS, valuesOf: (_c, i) => i?.barriers.value ?? [] },
  { key: 'solution', level: 'initiative', options: SHARED_SOLUTIONS, valuesOf: (_c, i) => i?.sharedSolutions.value ?? [] },
  { key: 'country', level: 'city', options: COUNTRIES.map((c) => c.code), valuesOf: (c) => [c.country] },
  { key: 'macroRegion', level: 'city', options: MACRO_REGIONS, valuesOf: (c) => [c.macroRegion] },
  { key: 'sizeClass', level: 'city', options: SIZE_CLASSES, valuesOf: (c) => one(c.sizeClass) },
  { key: 'urbanRural', level: 'city', options: URBAN_RURAL, valuesOf: (c) => one(c.urbanRural) },
  { key: 'coastal', level: 'city', options: YES_NO, valuesOf: (c) => yn(c.coastal) },
  { key: 'border', level: 'city', options: YES_NO, valuesOf: (c) => yn(c.border) },
  { key: 'capital', level: 'city', options: YES_NO, valuesOf: (c) => yn(c.capital) },
  { key: 'degurba', level: 'city', options: DEGURBA, valuesOf: (c) => one(c.degurba) },
  { key: 'network', level: 'city', options: NETWORKS, valuesOf: (c) => c.networks.map((n) => n.key) },
  { key: 'region', level: 'city', options: [], pattern: /^[A-Z]{2}[A-Z0-9]{0,3}$/, valuesOf: (c) => [c.country, c.nuts1, c.nuts2, c.nuts3] },
];

/** Whether `option` is acceptable in group `g`. */
export function isValidOption(g: FilterGroup, option: string): boolean {
  return g.pattern ? g.pattern.test(option) : g.options.includes(option);
}

export const GROUP_BY_KEY: ReadonlyMap<FilterGroupKey, FilterGroup> = new Map(FILTER_GROUPS.map((g) => [g.key, g]));
