import type { City, Initiative } from '../../../src/domain/atlasSchema';

export function city(id: string, over: Partial<City> = {}): City {
  return {
    id, name: id, country: id.slice(0, 2).toUpperCase(), macroRegion: 'western', lonLat: [10, 50], coordSource: 'geonames',
    population: 100_000, sizeClass: '100k_250k', nuts1: 'XX1', nuts2: 'XX11', nuts3: 'XX111', nutsOrigin: 'derived',
    urbanRural: 'urban', coastal: false, mountain: false, border: false, capital: false, governance: ['in_house'],
    governanceBasis: 'documented', networks: [], sources: ['https://example.org/'], ...over,
  };
}

export function initiative(id: string, cityId: string, over: Partial<Initiative> = {}): Initiative {
  return {
    id, cityId, title: id, serviceTypes: { value: ['participation'], basis: 'documented' }, governance: {},
    dataAspects: { value: [] }, participation: {}, scale: {}, enablers: { value: [] }, barriers: { value: [] },
    sharedSolutions: { value: [] }, adoptedFrom: [], summary: 's', sources: ['https://example.org/'], ...over,
  };
}
