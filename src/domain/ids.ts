/** Branded identifiers: a NUTS code is not a city id, and the compiler says so. */
export type NutsCode = string & { readonly __brand: 'NutsCode' };
export type CityId = string & { readonly __brand: 'CityId' };
export type InitiativeId = string & { readonly __brand: 'InitiativeId' };

export const asNutsCode = (s: string): NutsCode => s as NutsCode;
export const asCityId = (s: string): CityId => s as CityId;
export const asInitiativeId = (s: string): InitiativeId => s as InitiativeId;

/** NUTS level of a code: 2 letters = 0, each further character one level down. */
export function nutsLevel(code: string): number {
  return code.length - 2;
}
