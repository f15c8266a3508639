/**
 * What the map shows beyond the filters in the research views: the cumulative map of a timeline
 * year and the adopters of a shared solution (with their adoption classes and arcs). Other views
 * show every matching city.
 */
import type { City } from './atlasSchema';
import type { MatchResult } from './filterMatch';
import { adopters, adoptionClass, adoptionRank, spreadArcs, type Adopter, type SpreadArc } from './spread';
import { citiesStartedBy, firstYearByCity } from './timeline';
import type { ViewState } from './viewState';

export interface MapDisplay {
  /** Cities drawn on the map. */
  readonly shownIds: ReadonlySet<string>;
  /** Spread view: adopters in order, their colour class (0 earliest … 3 latest, undefined = year not known) and arcs. */
  readonly spread?: { readonly adopters: readonly Adopter[]; readonly classOf: ReadonlyMap<string, number | undefined>; readonly arcs: readonly SpreadArc[] };
}

export function mapDisplay(state: Pick<ViewState, 'view' | 'year' | 'solution'>, match: MatchResult, cityById: ReadonlyMap<string, City>): MapDisplay {
  if (state.view === 'timeline' && state.year !== undefined) {
    const started = citiesStartedBy(firstYearByCity(match.initiatives), state.year);
    return { shownIds: new Set([...match.cityIds].filter((id) => started.has(id))) };
  }
  if (state.view === 'spread' && state.solution) {
    const list = adopters(state.solution, match.cities, match.initiatives);
    const rank = adoptionRank(list);
    return {
      shownIds: new Set(list.map((a) => a.city.id)),
      spread: { adopters: list, classOf: new Map(list.map((a) => [a.city.id, adoptionClass(rank.get(a.city.id))])), arcs: spreadArcs(list, cityById) },
    };
  }
  return { shownIds: match.cityIds };
}

/**
 * The matches as the map shows them: only the drawn cities, and in the timeline only the
 * initiatives started by the year. Exports and alt text of a research view describe this.
 */
export function displayedMatch(match: MatchResult, display: MapDisplay, year: number | undefined): MatchResult {
  if (display.shownIds === match.cityIds) return match;
  const cities = match.cities.filter((c) => display.shownIds.has(c.id));
  const keep = (i: { startYear?: number | undefined }) => year === undefined || (i.startYear !== undefined && i.startYear <= year);
  const initiativesByCity = new Map(cities.map((c) => [c.id, (match.initiativesByCity.get(c.id) ?? []).filter(keep)]));
  return { cityIds: display.shownIds, cities, initiatives: cities.flatMap((c) => initiativesByCity.get(c.id)!), initiativesByCity };
}
