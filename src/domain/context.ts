/**
 * A city in context: the shares of its initiatives by a category beside those of its country's case
 * cities and of all case cities, each with its n, so a reader sees what is typical and what stands out.
 */
import type { City, Initiative } from './atlasSchema';
import { initiativeValues } from './cityCategory';
import { categoryValues } from './palettes';
import type { ColourCategory } from './vocabularies';

export interface Profile {
  /** Initiatives counted: the base of every share. */
  readonly n: number;
  /** Initiatives with each value (an initiative with two values counts under both). */
  readonly counts: ReadonlyMap<string, number>;
}

export function profile(cities: readonly City[], byCity: ReadonlyMap<string, readonly Initiative[]>, category: ColourCategory): Profile {
  const counts = new Map<string, number>();
  let n = 0;
  for (const c of cities) {
    for (const i of byCity.get(c.id) ?? []) {
      n++;
      for (const v of initiativeValues(category, c, i)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  return { n, counts };
}

export interface ContextRow { readonly value: string; readonly shares: readonly number[] }
export interface CityContext {
  /** The three profiles: the city, its country's case cities, all case cities. */
  readonly profiles: readonly [Profile, Profile, Profile];
  /** Values the city or its country has, in vocabulary order, with the three shares (0-1). */
  readonly rows: readonly ContextRow[];
}

export function cityContext(city: City, cities: readonly City[], byCity: ReadonlyMap<string, readonly Initiative[]>, category: ColourCategory): CityContext {
  const profiles = [
    profile([city], byCity, category),
    profile(cities.filter((c) => c.country === city.country), byCity, category),
    profile(cities, byCity, category),
  ] as const;
  const share = (p: Profile, v: string) => (p.n ? (p.counts.get(v) ?? 0) / p.n : 0);
  const rows = categoryValues(category)
    .filter((v) => (profiles[0].counts.get(v) ?? 0) > 0 || (profiles[1].counts.get(v) ?? 0) > 0)
    .map((value) => ({ value, shares: profiles.map((p) => share(p, value)) }));
  return { profiles, rows };
}
