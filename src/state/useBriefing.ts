/** Texts and image spec for exports of the current view, derived from the matching set. */
import { useMemo } from 'react';
import type { AtlasData, City } from '../domain/atlasSchema';
import { altText, citation } from '../domain/briefing';
import { dominantValue } from '../domain/cityCategory';
import type { MatchResult } from '../domain/filterMatch';
import { categoryValues, NOT_KNOWN_COLOUR, paletteFor } from '../domain/palettes';
import type { ViewState } from '../domain/viewState';
import { optionLabel, t } from '../i18n/messages';
import type { MessageKey } from '../i18n/en';
import { CATEGORY_GROUP } from '../components/PatternsPanel';
import type { MapImageSpec } from '../export/mapImage';
import { radiusScale } from '../map/symbolSize';

export function useBriefing(atlas: AtlasData, state: ViewState, match: MatchResult, counts: ReadonlyMap<string, number>) {
  return useMemo(() => {
    const group = CATEGORY_GROUP[state.colourBy];
    const byCity = new Map<string, typeof match.initiatives[number][]>();
    for (const i of match.initiatives) byCity.set(i.cityId, [...(byCity.get(i.cityId) ?? []), i]);
    const categoryName = t(`category.${state.colourBy}` as MessageKey);
    const alt = altText(match.cities, match.initiatives, (c: City) => dominantValue(state.colourBy, c, byCity.get(c.id) ?? []), { categoryName, valueLabel: (v) => optionLabel(group, v) });
    const url = window.location.href;
    const date = new Date().toISOString().slice(0, 10);
    const cite = citation({ title: t('app.title'), dataVersion: atlas.meta.dataVersion, url, date, attribution: atlas.meta.attribution });
    const palette = paletteFor(state.colourBy);
    const legend = [
      ...categoryValues(state.colourBy).filter((v) => (counts.get(v) ?? 0) > 0).map((v) => ({ label: `${optionLabel(group, v)} (${counts.get(v)})`, colour: palette.get(v)! })),
      ...((counts.get('') ?? 0) > 0 ? [{ label: `${t('map.notKnown')} (${counts.get('')})`, colour: NOT_KNOWN_COLOUR }] : []),
    ];
    const highlighted = new Set([...(state.selectedCity ? [state.selectedCity] : []), ...state.compare]);
    const symbols = match.cities.map((c) => {
      const v = dominantValue(state.colourBy, c, byCity.get(c.id) ?? []);
      return { lonLat: c.lonLat, radius: radiusScale(c.population ?? 0), colour: (v && palette.get(v)) || NOT_KNOWN_COLOUR, ring: highlighted.has(c.id) };
    });
    const image: MapImageSpec = {
      symbols,
      title: t('app.title'),
      subtitle: t('filters.summary', { cities: match.cities.length, initiatives: match.initiatives.length }),
      legendTitle: `${t('map.colourBy')}: ${categoryName}`,
      legend,
      footer: [`${t('app.dataVersion', { version: atlas.meta.dataVersion })} · ${date} · ${url}`, `${t('credits.boundaries')} · ${t('credits.places')} · ${t('credits.corpus')}`],
    };
    return { altText: alt, citation: cite, url, image, attribution: atlas.meta.attribution };
  }, [atlas, state, match, counts]);
}
