/** Derived, memoised values of the current view: colours, highlighted cities, patterns. */
import { useMemo } from 'react';
import type { City, Region } from '../domain/atlasSchema';
import { colourValues } from '../domain/cityCategory';
import { hexToRgb, NOT_KNOWN_COLOUR, paletteFor, type Rgb } from '../domain/palettes';
import { classify, crossTable, regionValues } from '../domain/patterns';
import type { MatchResult } from '../domain/filterMatch';
import type { ViewState } from '../domain/viewState';

/** Patterns are computed only while the patterns view is open: other views never pay for them. */
export function useDerivedView(state: ViewState, match: MatchResult, cityById: ReadonlyMap<string, City>, regions: readonly Region[]) {
  const { colourBy, pattern } = state;
  const colouring = useMemo(() => {
    const { valueOf, counts } = colourValues(colourBy, match.cities, match.initiativesByCity);
    const rgb = new Map<string, Rgb>([...paletteFor(colourBy)].map(([k, hex]) => [k, hexToRgb(hex)]));
    const fallback = hexToRgb(NOT_KNOWN_COLOUR);
    // A new function whenever the colours change: deck.gl uses it as the recolouring trigger.
    const colourOf = (c: City): Rgb => rgb.get(valueOf.get(c.id) ?? '') ?? fallback;
    return { colourOf, valueOf, counts };
  }, [colourBy, match]);

  const highlighted = useMemo(() => {
    const ids = [...new Set([...(state.selectedCity ? [state.selectedCity] : []), ...state.compare])];
    return ids.map((id) => cityById.get(id)).filter((c): c is City => !!c);
  }, [state.selectedCity, state.compare, cityById]);

  const patternsOn = state.view === 'patterns';
  const patterns = useMemo(() => {
    if (!patternsOn) return undefined;
    const values = regionValues(match.cities, match.initiativesByCity, pattern.level, pattern.measure, pattern.category, pattern.categoryValue);
    const classes = classify([...values.values()], pattern.classification, pattern.measure);
    const classByCode = new Map<string, number>();
    let zero = 0;
    for (const r of regions) {
      if (r.level !== pattern.level) continue;
      const v = values.get(r.code) ?? 0;
      if (v > 0) classByCode.set(r.code, classes.classOf(v));
      else { classByCode.set(r.code, -1); zero++; }
    }
    const table = crossTable(match.cities, match.initiatives, pattern.category, pattern.typology);
    return { values, classes, zero, table, choropleth: { level: pattern.level, classByCode } };
  }, [match, pattern, regions, patternsOn]);

  return { colouring, highlighted, patterns };
}
