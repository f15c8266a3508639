/** Derived, memoised values of the current view: colours, highlighted cities, patterns. */
import { useMemo } from 'react';
import type { City, Initiative } from '../domain/atlasSchema';
import { dominantValue } from '../domain/cityCategory';
import { hexToRgb, NOT_KNOWN_COLOUR, paletteFor, type Rgb } from '../domain/palettes';
import { classify, crossTable, regionValues } from '../domain/patterns';
import type { Region } from '../domain/atlasSchema';
import type { MatchResult } from '../domain/filterMatch';
import type { ViewState } from '../domain/viewState';

/** Patterns are computed only while the patterns view is open: other views never pay for them. */
export function useDerivedView(state: ViewState, match: MatchResult, cityById: ReadonlyMap<string, City>, regions: readonly Region[]) {
  const { colourBy, pattern } = state;
  const colouring = useMemo(() => {
    const palette = paletteFor(colourBy);
    const byCity = new Map<string, Initiative[]>();
    for (const i of match.initiatives) byCity.set(i.cityId, [...(byCity.get(i.cityId) ?? []), i]);
    const valueOf = new Map<string, string>();
    const counts = new Map<string, number>();
    for (const c of cityById.values()) {
      const v = dominantValue(colourBy, c, byCity.get(c.id) ?? []) ?? '';
      valueOf.set(c.id, v);
      if (match.cityIds.has(c.id)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const rgb = new Map<string, Rgb>([...palette].map(([k, hex]) => [k, hexToRgb(hex)]));
    const fallback = hexToRgb(NOT_KNOWN_COLOUR);
    const colourOf = (c: City): Rgb => rgb.get(valueOf.get(c.id) ?? '') ?? fallback;
    return { colourOf, counts, key: `${colourBy}:${match.initiatives.length}:${match.cities.length}` };
  }, [colourBy, match, cityById]);

  const highlighted = useMemo(() => {
    const ids = [...new Set([...(state.selectedCity ? [state.selectedCity] : []), ...state.compare])];
    return ids.map((id) => cityById.get(id)).filter((c): c is City => !!c);
  }, [state.selectedCity, state.compare, cityById]);

  const patternsOn = state.view === 'patterns';
  const patterns = useMemo(() => {
    if (!patternsOn) return undefined;
    const values = regionValues(match.cities, match.initiatives, pattern.level, pattern.measure, pattern.category, pattern.categoryValue);
    const levelRegions = regions.filter((r) => r.level === pattern.level);
    const classes = classify([...values.values()], pattern.classification, pattern.measure);
    const classByCode = new Map<string, number>();
    let zero = 0;
    for (const r of levelRegions) {
      const v = values.get(r.code) ?? 0;
      if (v > 0) classByCode.set(r.code, classes.classOf(v));
      else { classByCode.set(r.code, -1); zero++; }
    }
    const table = crossTable(match.cities, match.initiatives, pattern.category, pattern.typology);
    return { classes, classByCode, zero, table, values, choropleth: { level: pattern.level, classByCode } };
  }, [match, pattern, regions, patternsOn]);

  return { colouring, highlighted, patterns };
}
