/** Derived data for the current view state, memoised: matches, facet counts, lookups. */
import { useMemo } from 'react';
import type { AtlasData, City, Region } from '../domain/atlasSchema';
import { facetCounts, indexAtlas, matchAtlas } from '../domain/filterMatch';
import type { FilterState } from '../domain/filterState';

export function useAtlasIndex(atlas: AtlasData) {
  return useMemo(() => {
    const index = indexAtlas(atlas.cities, atlas.initiatives);
    const cityById = new Map<string, City>(atlas.cities.map((c) => [c.id, c]));
    const regionByCode = new Map<string, Region>(atlas.regions.map((r) => [r.code, r]));
    const cityIds = new Set(atlas.cities.map((c) => c.id));
    return { index, cityById, regionByCode, cityIds };
  }, [atlas]);
}

export function useMatches(index: ReturnType<typeof useAtlasIndex>['index'], filters: FilterState) {
  const match = useMemo(() => matchAtlas(index, filters), [index, filters]);
  const facets = useMemo(() => facetCounts(index, filters), [index, filters]);
  return { match, facets };
}
