import type { MacroRegion } from './vocabularies';

/**
 * Countries covered by GISCO's NUTS 2021 (EU27, EFTA, candidate countries, UK).
 * Eurostat codes differ from ISO 3166-1 alpha-2 for Greece (EL/GR) and the UK (UK/GB).
 * Macro-region: UN M49 sub-region (https://unstats.un.org/unsd/methodology/m49/).
 */
export interface CountryInfo {
  readonly code: string;
  readonly iso: string;
  readonly name: string;
  readonly macroRegion: MacroRegion;
  readonly eu: boolean;
}

const row = (code: string, iso: string, name: string, macroRegion: MacroRegion, eu: boolean): CountryInfo => ({
  code,
  iso,
  name,
  macroRegion,
  eu,
});

export const COUNTRIES: readonly CountryInfo[] = [
  row('AT', 'AT', 'Austria', 'western', true),
  row('BE', 'BE', 'Belgium', 'western', true),
  row('BG', 'BG', 'Bulgaria', 'eastern', true),
  row('CY', 'CY', 'Cyprus', 'western_asia', true),
  row('CZ', 'CZ', 'Czechia', 'eastern', true),
  row('DE', 'DE', 'Germany', 'western', true),
  row('DK', 'DK', 'Denmark', 'northern', true),
  row('EE', 'EE', 'Estonia', 'northern', true),
  row('EL', 'GR', 'Greece', 'southern', true),
  row('ES', 'ES', 'Spain', 'southern', true),
  row('FI', 'FI', 'Finland', 'northern', true),
  row('FR', 'FR', 'France', 'western', true),
  row('HR', 'HR', 'Croatia', 'southern', true),
  row('HU', 'HU', 'Hungary', 'eastern', true),
  row('IE', 'IE', 'Ireland', 'northern', true),
  row('IT', 'IT', 'Italy', 'southern', true),
  row('LT', 'LT', 'Lithuania', 'northern', true),
  row('LU', 'LU', 'Luxembourg', 'western', true),
  row('LV', 'LV', 'Latvia', 'northern', true),
  row('MT', 'MT', 'Malta', 'southern', true),
  row('NL', 'NL', 'Netherlands', 'western', true),
  row('PL', 'PL', 'Poland', 'eastern', true),
  row('PT', 'PT', 'Portugal', 'southern', true),
  row('RO', 'RO', 'Romania', 'eastern', true),
  row('SE', 'SE', 'Sweden', 'northern', true),
  row('SI', 'SI', 'Slovenia', 'southern', true),
  row('SK', 'SK', 'Slovakia', 'eastern', true),
  row('IS', 'IS', 'Iceland', 'northern', false),
  row('LI', 'LI', 'Liechtenstein', 'western', false),
  row('NO', 'NO', 'Norway', 'northern', false),
  row('CH', 'CH', 'Switzerland', 'western', false),
  row('UK', 'GB', 'United Kingdom', 'northern', false),
  row('AL', 'AL', 'Albania', 'southern', false),
  row('ME', 'ME', 'Montenegro', 'southern', false),
  row('MK', 'MK', 'North Macedonia', 'southern', false),
  row('RS', 'RS', 'Serbia', 'southern', false),
  row('TR', 'TR', 'Türkiye', 'western_asia', false),
];

export const COUNTRY_BY_CODE: ReadonlyMap<string, CountryInfo> = new Map(COUNTRIES.map((c) => [c.code, c]));
export const COUNTRY_BY_ISO: ReadonlyMap<string, CountryInfo> = new Map(COUNTRIES.map((c) => [c.iso, c]));
export const EU27: readonly string[] = COUNTRIES.filter((c) => c.eu).map((c) => c.code);
