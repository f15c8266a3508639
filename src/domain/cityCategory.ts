/** The category a city is coloured by: the most frequent value among its (matching) initiatives. */
import type { City, Initiative } from './atlasSchema';
import { effectiveGovernance } from './filterGroups';
import { categoryValues } from './palettes';
import type { ColourCategory } from './vocabularies';
import type { FilterGroupKey } from './filterGroups';

export function initiativeValues(category: ColourCategory, city: City, i: Initiative): readonly string[] {
  switch (category) {
    case 'governance': return effectiveGovernance(city, i);
    case 'service_type': return i.serviceTypes.value;
    case 'participation': return i.participation.value ? [i.participation.value] : [];
    case 'scale': return i.scale.value ? [i.scale.value] : [];
  }
}

const ORDER_INDEX = new Map<ColourCategory, ReadonlyMap<string, number>>();
/** Position of each value in the category's vocabulary order (made once per category). */
function orderIndex(category: ColourCategory): ReadonlyMap<string, number> {
  let m = ORDER_INDEX.get(category);
  if (!m) ORDER_INDEX.set(category, (m = new Map(categoryValues(category).map((v, k) => [v, k]))));
  return m;
}

/** Dominant value; ties go to the value listed first in the vocabulary. Undefined = not known. */
export function dominantValue(category: ColourCategory, city: City, initiatives: readonly Initiative[]): string | undefined {
  const order = categoryValues(category);
  const index = orderIndex(category);
  const counts = new Int32Array(order.length);
  const tally = (v: string | undefined) => { const k = v === undefined ? undefined : index.get(v); if (k !== undefined) counts[k]!++; };
  if (initiatives.length === 0) { if (category === 'governance') for (const v of city.governance) tally(v); }
  // One loop per category, without building a list of values per initiative (this runs for every city on every filter change).
  else if (category === 'participation') for (const i of initiatives) tally(i.participation.value);
  else if (category === 'scale') for (const i of initiatives) tally(i.scale.value);
  else if (category === 'service_type') for (const i of initiatives) for (const v of i.serviceTypes.value) tally(v);
  else for (const i of initiatives) for (const v of effectiveGovernance(city, i)) tally(v);
  let best = -1;
  for (let k = 0; k < counts.length; k++) if (counts[k]! > (best < 0 ? 0 : counts[best]!)) best = k;
  return best < 0 ? undefined : order[best];
}

/** The filter group that holds each colour category's values (labels, filters from a click). */
export const CATEGORY_GROUP: Readonly<Record<ColourCategory, FilterGroupKey>> = {
  governance: 'governance', service_type: 'serviceType', participation: 'participation', scale: 'scale',
};

/** Dominant value of every matching city (computed once per filter or category change) and how many cities have each; '' = not known. */
export function colourValues(category: ColourCategory, cities: readonly City[], byCity: ReadonlyMap<string, readonly Initiative[]>) {
  const valueOf = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const c of cities) {
    const v = dominantValue(category, c, byCity.get(c.id) ?? []) ?? '';
    valueOf.set(c.id, v);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return { valueOf, counts };
}
