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
