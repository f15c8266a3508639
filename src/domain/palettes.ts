/**
 * Colour-blind-safe palettes. Okabe & Ito (2008) for up to 8 categories; Paul Tol's "muted"
 * and "light" schemes for the 12 service types; ColorBrewer YlGnBu for the choropleth.
 * Colours are never the only cue: legends, cards and the table name every category.
 */
import type { ColourCategory } from './vocabularies';
import { GOVERNANCE_MODELS, PARTICIPATION_DEPTHS, SCALES, SERVICE_TYPES } from './vocabularies';

export type Rgb = readonly [number, number, number];

export const hexToRgb = (hex: string): Rgb => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];

const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];
const TOL_12 = ['#CC6677', '#332288', '#DDCC77', '#117733', '#88CCEE', '#882255', '#44AA99', '#999933', '#AA4499', '#EE8866', '#77AADD', '#BBCC33'];
const ORDINAL_4 = ['#FDE725', '#35B779', '#31688E', '#440154'];
export const NOT_KNOWN_COLOUR = '#B0B0B0';
/** The page's focus colour (--focus in atlas.css): the keyboard walk's ring on either map. */
export const FOCUS_COLOUR = '#D14900';
/** Order of adoption, earliest to latest: viridis, readable with every common colour-vision deficiency. */
export const ADOPTION_COLOURS = ['#440154', '#31688E', '#35B779', '#FDE725'] as const;
export const CHOROPLETH = ['#FFFFCC', '#A1DAB4', '#41B6C4', '#2C7FB8', '#253494'] as const;
export const CHOROPLETH_ZERO = '#F2F2F2';

export function categoryValues(category: ColourCategory): readonly string[] {
  switch (category) {
    case 'governance': return GOVERNANCE_MODELS;
    case 'service_type': return SERVICE_TYPES;
    case 'participation': return PARTICIPATION_DEPTHS;
    case 'scale': return SCALES;
  }
}

export function paletteFor(category: ColourCategory): ReadonlyMap<string, string> {
  const values = categoryValues(category);
  const colours = category === 'governance' ? OKABE_ITO : category === 'service_type' ? TOL_12 : ORDINAL_4;
  return new Map(values.map((v, i) => [v, colours[i % colours.length]!]));
}
