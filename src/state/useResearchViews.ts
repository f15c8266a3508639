/** Derived values of the research views (timeline, spread, drivers, city context), each computed only while needed. */
import { useCallback, useMemo } from 'react';
import type { City, Initiative } from '../domain/atlasSchema';
import { matchAtlas, type IndexedAtlas, type MatchResult } from '../domain/filterMatch';
import type { ViewState } from '../domain/viewState';
import { mapDisplay } from '../domain/mapDisplay';
import { yearStacks } from '../domain/timeline';
import { solutionUse } from '../domain/spread';
import { factorTable } from '../domain/factors';
import { cityContext, type CityContext } from '../domain/context';
import { ADOPTION_COLOURS, hexToRgb, NOT_KNOWN_COLOUR, type Rgb } from '../domain/palettes';
import type { ColourCategory } from '../domain/vocabularies';

const CONTEXT_CATEGORIES: readonly ColourCategory[] = ['service_type', 'governance', 'participation'];
const ADOPTION_RGB = ADOPTION_COLOURS.map(hexToRgb);
const NOT_KNOWN_RGB = hexToRgb(NOT_KNOWN_COLOUR);

export function useResearchViews(state: ViewState, match: MatchResult, index: IndexedAtlas, cityById: ReadonlyMap<string, City>,
  allByCity: ReadonlyMap<string, readonly Initiative[]>, allCities: readonly City[], colourOf: (c: City) => Rgb) {
  const { view, year, solution, colourBy, filters } = state;
  const display = useMemo(() => mapDisplay({ view, year, solution }, match, cityById), [view, year, solution, match, cityById]);
  const spread = display.spread;
  // In the spread view cities take the colour of their adoption class; elsewhere the category colours.
  const spreadColourOf = useMemo(() => (spread
    ? (c: City): Rgb => { const k = spread.classOf.get(c.id); return k === undefined ? NOT_KNOWN_RGB : ADOPTION_RGB[k]!; }
    : undefined), [spread]);
  // The chart shows every year of the other filters' matches, so the brushed range sits inside the whole timeline.
  const stacks = useMemo(() => {
    if (view !== 'timeline') return undefined;
    const unbounded = filters.yearFrom === undefined && filters.yearTo === undefined ? match : matchAtlas(index, { selections: filters.selections, query: filters.query });
    return yearStacks(unbounded.cities, unbounded.initiatives, colourBy);
  }, [view, match, index, filters, colourBy]);
  const solutionChoices = useMemo(() => (view === 'spread' ? solutionUse(match.initiatives) : []), [view, match]);
  const factors = useMemo(() => (view === 'drivers' ? factorTable(match.cities, match.initiatives, state.pattern.typology) : undefined), [view, match, state.pattern.typology]);
  const contextOf = useCallback((c: City): (readonly [ColourCategory, CityContext])[] =>
    CONTEXT_CATEGORIES.map((k) => [k, cityContext(c, allCities, allByCity, k)] as const), [allCities, allByCity]);
  return { display, colourOf: spreadColourOf ?? colourOf, stacks, solutionChoices, factors, contextOf };
}
