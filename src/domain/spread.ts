/**
 * How a shared solution spread: its adopting case cities in order of adoption, and the links a
 * source names ("adopted from"), drawn as arcs from the earlier to the later adopter.
 */
import type { City, Initiative } from './atlasSchema';
import type { SharedSolution } from './vocabularies';

export interface Adopter {
  readonly city: City;
  /** Earliest start year among the city's initiatives using the solution; undefined = no source states it. */
  readonly year?: number;
  readonly initiatives: readonly Initiative[];
}

export interface SpreadArc {
  readonly from: City;
  readonly to: City;
  /** The initiative whose source names the link. */
  readonly initiativeId: string;
}

const uses = (i: Initiative, solution: string) => i.sharedSolutions.value.includes(solution as SharedSolution);

/** Adopters ordered by year (undated last), then by name; only cities among `cities`. */
export function adopters(solution: string, cities: readonly City[], initiatives: readonly Initiative[]): Adopter[] {
  const cityById = new Map(cities.map((c) => [c.id, c]));
  const byCity = new Map<string, Initiative[]>();
  for (const i of initiatives) {
    if (!uses(i, solution) || !cityById.has(i.cityId)) continue;
    const list = byCity.get(i.cityId) ?? [];
    list.push(i);
    byCity.set(i.cityId, list);
  }
  const out: Adopter[] = [...byCity].map(([id, list]) => {
    const years = list.map((i) => i.startYear).filter((y): y is number => y !== undefined);
    return { city: cityById.get(id)!, initiatives: list, ...(years.length ? { year: Math.min(...years) } : {}) };
  });
  return out.sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.city.name.localeCompare(b.city.name));
}

/** Arcs for the links sources name; a link to a city outside the corpus has no arc (it is listed in the card). */
export function spreadArcs(list: readonly Adopter[], cityById: ReadonlyMap<string, City>): SpreadArc[] {
  const arcs: SpreadArc[] = [];
  for (const a of list) {
    for (const i of a.initiatives) {
      for (const fromId of i.adoptedFrom) {
        const from = cityById.get(fromId);
        if (from && from.id !== a.city.id) arcs.push({ from, to: a.city, initiativeId: i.id });
      }
    }
  }
  return arcs;
}

/** Case cities per solution (among `initiatives`), most used first: the chooser lists these. */
export function solutionUse(initiatives: readonly Initiative[]): Array<[string, number]> {
  const cities = new Map<string, Set<string>>();
  for (const i of initiatives) for (const s of i.sharedSolutions.value) {
    const set = cities.get(s) ?? new Set<string>();
    set.add(i.cityId);
    cities.set(s, set);
  }
  return [...cities].map(([s, set]): [string, number] => [s, set.size]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Adoption rank 0..1 (earliest 0) for colouring; undated adopters get undefined. */
export function adoptionRank(list: readonly Adopter[]): Map<string, number> {
  const dated = list.filter((a) => a.year !== undefined);
  const years = dated.map((a) => a.year!);
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return new Map(dated.map((a) => [a.city.id, hi === lo ? 0 : (a.year! - lo) / (hi - lo)]));
}

/** The adopters' table as flat rows (also the CSV export), in order of adoption. */
export function adopterRows(solution: string, list: readonly Adopter[]): Record<string, string | number>[] {
  return list.map((a, k) => ({
    solution, order: k + 1, city_id: a.city.id, city: a.city.name, country: a.city.country, first_year: a.year ?? '',
    initiatives: a.initiatives.map((i) => i.id).join('; '),
    adopted_from_named_by_source: [...new Set(a.initiatives.flatMap((i) => i.adoptedFrom))].join('; '),
  }));
}

/** Colour class of an adopter: 0 (earliest quarter of the years) to 3 (latest); undefined = year not known. */
export function adoptionClass(rank: number | undefined): number | undefined {
  return rank === undefined ? undefined : Math.min(3, Math.floor(rank * 4));
}
