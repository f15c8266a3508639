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

/** The matches; the facet counts only once `withFacets` (the filter panel is on screen). */
export function useMatches(index: ReturnType<typeof useAtlasIndex>['index'], filters: FilterState, withFacets: boolean) {
  const match = useMemo(() => matchAtlas(index, filters), [index, filters]);
  const facets = useMemo(() => (withFacets ? facetCounts(index, filters) : undefined), [index, filters, withFacets]);
  return { match, facets };
}
