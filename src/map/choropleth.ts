import type { PatternLevel } from '../domain/viewState';

/** The regional-patterns view's map: each region of a NUTS level in a class of the legend. */
export interface Choropleth { readonly level: PatternLevel; readonly classByCode: ReadonlyMap<string, number> }
