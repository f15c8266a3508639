/**
 * Controlled vocabularies of the case corpus. Keys are stable codes used in CSV
 * input, artefacts and URLs; display labels live in the message catalogue.
 * Definitions and inclusion criteria: geodata/codebook.md.
 */
export const GOVERNANCE_MODELS = [
  'in_house',
  'municipal_company',
  'regional_shared_service',
  'national_platform',
  'outsourced',
  'public_private_partnership',
  'open_source_community',
  'multilevel_partnership',
] as const;
export type GovernanceModel = (typeof GOVERNANCE_MODELS)[number];

export const SERVICE_TYPES = [
  'participation',
  'permits_registration',
  'social_welfare',
  'health',
  'education',
  'mobility',
  'environment_energy',
  'urban_planning',
  'business_economy',
  'safety_emergency',
  'tourism_culture',
  'back_office_data',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const DATA_ASPECTS = [
  'open_data',
  'open_source',
  'oasc_mims',
  'fiware',
  'x_road',
  'common_ground',
  'digital_twin',
  'algorithm_register',
] as const;
export type DataAspect = (typeof DATA_ASPECTS)[number];

export const PARTICIPATION_DEPTHS = ['inform', 'consult', 'co_create', 'co_decide'] as const;
export type ParticipationDepth = (typeof PARTICIPATION_DEPTHS)[number];

export const SCALES = ['pilot', 'city_wide', 'replicated', 'national'] as const;
export type Scale = (typeof SCALES)[number];

/** Driving forces a source names for an initiative (codebook: "Enablers"). */
export const ENABLERS = [
  'political_leadership',
  'digital_unit_skills',
  'eu_funding',
  'national_funding',
  'reusable_platform',
  'partnerships',
  'open_standards',
  'citizen_demand',
  'available_data',
  'crisis_response',
  'legal_mandate',
] as const;
export type Enabler = (typeof ENABLERS)[number];

/** Bottlenecks a source names for an initiative (codebook: "Barriers"). */
export const BARRIERS = [
  'funding_gap',
  'skills_shortage',
  'legacy_lock_in',
  'data_protection',
  'legal_procurement',
  'interoperability_gap',
  'low_uptake',
  'fragmented_responsibilities',
  'political_change',
  'technical_problems',
] as const;
export type Barrier = (typeof BARRIERS)[number];

/**
 * Named products, platforms or standards an initiative reuses or that were reused from it
 * (codebook: "Shared solutions"). Keys, not display names, so spread can be traced.
 */
export const SHARED_SOLUTIONS = [
  'decidim',
  'consul',
  'go_vocal',
  'x_road',
  'fiware',
  'oasc_mims',
  'signalen',
  'common_ground_other',
  'ckan',
  'fix_my_street',
  'dipas',
  'efa_ozg',
  'national_eid',
  'national_portal',
  'airc',
  'betterstreet',
  'cityon',
  'crossiety',
  'gecor',
  'imio',
  'katwarn',
  'kommune_kari',
  'linea_verde',
  'munipolis',
  'novoville',
  'odkaz_pre_starostu',
  'openstad',
  'sormas',
] as const;
export type SharedSolution = (typeof SHARED_SOLUTIONS)[number];

export const NETWORKS = ['oasc', 'living_in_eu', 'icc', 'eurocities', 'ua_digital'] as const;
export type Network = (typeof NETWORKS)[number];

export const BASES = ['documented', 'inferred'] as const;
export type Basis = (typeof BASES)[number];

/** Convention of this atlas (not an official class): population bands in inhabitants. */
export const SIZE_CLASSES = ['lt50k', '50k_100k', '100k_250k', '250k_500k', '500k_1m', 'gt1m'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** GISCO NUTS 2021 urban-rural typology (URBN_TYPE) for NUTS 3; 0 = not classified. */
export const URBAN_RURAL = ['urban', 'intermediate', 'rural'] as const;
export type UrbanRural = (typeof URBAN_RURAL)[number];

/** Eurostat degree of urbanisation of a LAU (1 cities, 2 towns and suburbs, 3 rural). */
export const DEGURBA = ['cities', 'towns_suburbs', 'rural'] as const;
export type Degurba = (typeof DEGURBA)[number];

/** Sub-regions of the UN M49 geoscheme (https://unstats.un.org/unsd/methodology/m49/). */
export const MACRO_REGIONS = ['northern', 'western', 'southern', 'eastern', 'western_asia'] as const;
export type MacroRegion = (typeof MACRO_REGIONS)[number];

/** Colour-by categories offered in the map legend. */
export const COLOUR_CATEGORIES = ['governance', 'service_type', 'participation', 'scale'] as const;
export type ColourCategory = (typeof COLOUR_CATEGORIES)[number];

/** Size class for a population (inhabitants). Convention of this atlas. */
export function sizeClassOf(population: number): SizeClass {
  if (population < 50_000) return 'lt50k';
  if (population < 100_000) return '50k_100k';
  if (population < 250_000) return '100k_250k';
  if (population < 500_000) return '250k_500k';
  if (population < 1_000_000) return '500k_1m';
  return 'gt1m';
}

/** Values of the yes/no city attributes (coastal, border, capital) in filters, tables and exports. */
export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];
export const yesNo = (b: boolean): YesNo => (b ? 'yes' : 'no');
