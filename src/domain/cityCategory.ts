/** The category a city is coloured by: the most frequent value among its (matching) initiatives. */
import type { City, Initiative } from './atlasSchema';
import { effectiveGovernance } from './filterGroups';
import { categoryValues } from './palettes';
import type { ColourCategory } from './vocabularies';

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
