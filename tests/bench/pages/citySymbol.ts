/** How both reference pages draw a case city: the atlas's symbol size, coloured by its first governance model. */
import type { City } from '../../../src/domain/atlasSchema';
import { NOT_KNOWN_COLOUR, paletteFor } from '../../../src/domain/palettes';
import { cityRadius } from '../../../src/map/symbolSize';

const governance = paletteFor('governance');

export function citySymbol(c: City): { readonly r: number; readonly colour: string } {
  return { r: cityRadius(c), colour: governance.get(c.governance[0] ?? '') ?? NOT_KNOWN_COLOUR };
}
