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

/** Dominant value; ties go to the value listed first in the vocabulary. Undefined = not known. */
export function dominantValue(category: ColourCategory, city: City, initiatives: readonly Initiative[]): string | undefined {
  const counts = new Map<string, number>();
  const values = initiatives.length > 0 ? initiatives.flatMap((i) => initiativeValues(category, city, i)) : category === 'governance' ? city.governance : [];
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestN = 0;
  for (const v of categoryValues(category)) {
    const n = counts.get(v) ?? 0;
    if (n > bestN) { best = v; bestN = n; }
  }
  return best;
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
