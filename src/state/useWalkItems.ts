/**
 * What the keyboard walk of the map visits and says: the shown cities, or in the regional
 * patterns view the regions of the choropleth with their value and class.
 */
import { useEffect, useMemo, useState } from 'react';
import type { City, Initiative, Region } from '../domain/atlasSchema';
import { regionAnchor, type WalkItem } from '../domain/mapWalk';
import type { Classes } from '../domain/patterns';
import type { Language, PatternLevel, PatternState } from '../domain/viewState';
import { classBound, countryName, formatShare, messageIn, optionLabel } from '../i18n/messages';
import type { MessageKey } from '../i18n/en';
import { loadBand } from '../map/geometry';

/** `announce` is made when the walk reaches the item: formatting a sentence for every city on each filter change would cost more than the walk. */
export interface MapWalkItem extends WalkItem { readonly announce: () => string }
export interface MapWalk { readonly kind: 'cities' | 'regions'; readonly items: readonly MapWalkItem[] }

type Anchors = ReadonlyMap<string, readonly [number, number]>;

/** Region anchors of each level, from the geometry the map draws (loaded once, shared with it). */
function useAnchors(wanted: boolean): Partial<Record<PatternLevel, Anchors>> | undefined {
  const [anchors, setAnchors] = useState<Partial<Record<PatternLevel, Anchors>>>();
  useEffect(() => {
    if (!wanted || anchors) return;
    loadBand('low').then((band) => {
      const byLevel: Partial<Record<PatternLevel, Anchors>> = {};
      for (const level of [0, 1, 2] as const) {
        const m = new Map<string, readonly [number, number]>();
        for (const f of band[`nuts${level}`]?.features ?? []) {
          const a = f.geometry ? regionAnchor(f.geometry) : undefined;
          if (a) m.set(String(f.properties?.id ?? ''), a);
        }
        byLevel[level] = m;
      }
      setAnchors(byLevel);
    }, () => undefined);
  }, [wanted, anchors]);
  return anchors;
}

interface Inputs {
  readonly lang: Language;
  readonly cities: readonly City[];
  readonly shownIds: ReadonlySet<string>;
  readonly initiativesByCity: ReadonlyMap<string, readonly Initiative[]>;
  readonly regions: readonly Region[];
  /** Set in the regional patterns view: the walk goes over its regions. */
  readonly patterns?: { readonly pattern: PatternState; readonly classes: Classes; readonly values: ReadonlyMap<string, number> } | undefined;
}

export function useWalkItems(x: Inputs): MapWalk {
  const anchors = useAnchors(x.patterns !== undefined);
  const { lang, cities, shownIds, initiativesByCity, regions, patterns } = x;
  return useMemo((): MapWalk => {
    // Said in the language of this render (the labels inside follow it too).
    const t = (key: MessageKey, params?: Record<string, string | number>) => messageIn(lang, key, params);
    if (!patterns) {
      const items = cities.filter((c) => shownIds.has(c.id)).map((c) => ({
        id: c.id, lonLat: c.lonLat, rank: c.population,
        announce: () => t('map.walkCity', {
          name: c.name, country: countryName(c.country), count: initiativesByCity.get(c.id)?.length ?? 0,
          governance: c.governance.length ? c.governance.map((g) => optionLabel('governance', g)).join(', ') : t('map.notKnown'),
        }),
      }));
      return { kind: 'cities', items };
    }
    // The values the choropleth shows, computed once by the patterns view.
    const { pattern, classes, values } = patterns;
    const share = pattern.measure === 'share';
    const level = anchors?.[pattern.level];
    const items = regions.filter((r) => r.level === pattern.level && level?.has(r.code)).map((r) => {
      const v = values.get(r.code) ?? 0;
      const name = r.level === 0 ? countryName(r.code) : r.name;
      const cls = classes.legend[classes.classOf(v)];
      const value = share ? t('patterns.value.share', { share: formatShare(v) }) : t(pattern.measure === 'cities' ? 'patterns.value.cities' : 'patterns.value.initiatives', { n: v });
      return {
        id: r.code, lonLat: level!.get(r.code)!, rank: v,
        announce: () => v > 0 && cls ? t('map.walkRegion', { name, value, from: classBound(cls.from, share), to: classBound(cls.to, share) }) : t('map.walkRegionNone', { name }),
      };
    });
    return { kind: 'regions', items };
  }, [lang, cities, shownIds, initiativesByCity, regions, patterns, anchors]);
}
