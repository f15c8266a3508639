/** Side-by-side comparison rows for 2-4 cities, with the rows where cities differ marked. */
import type { City, Initiative } from './atlasSchema';
import { SERVICE_TYPES, type ServiceType } from './vocabularies';

export interface CompareColumn {
  readonly city: City;
  readonly initiatives: readonly Initiative[];
  readonly byServiceType: Readonly<Record<ServiceType, number>>;
  readonly dataAspects: readonly string[];
  readonly participation: readonly string[];
  readonly scales: readonly string[];
  readonly enablers: readonly string[];
  readonly barriers: readonly string[];
  readonly solutions: readonly string[];
}

const uniqSorted = (xs: readonly (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();

export function compareColumn(city: City, initiatives: readonly Initiative[]): CompareColumn {
  const own = initiatives.filter((i) => i.cityId === city.id);
  const byServiceType = Object.fromEntries(SERVICE_TYPES.map((s) => [s, own.filter((i) => i.serviceTypes.value.includes(s)).length])) as Record<ServiceType, number>;
  return {
    city,
    initiatives: own,
    byServiceType,
    dataAspects: uniqSorted(own.flatMap((i) => i.dataAspects.value)),
    participation: uniqSorted(own.map((i) => i.participation.value)),
    scales: uniqSorted(own.map((i) => i.scale.value)),
    enablers: uniqSorted(own.flatMap((i) => i.enablers.value)),
    barriers: uniqSorted(own.flatMap((i) => i.barriers.value)),
    solutions: uniqSorted(own.flatMap((i) => i.sharedSolutions.value)),
  };
}

/** True when the columns do not all show the same value. */
export function differs<T>(columns: readonly CompareColumn[], valueOf: (c: CompareColumn) => T): boolean {
  const keys = columns.map((c) => JSON.stringify(valueOf(c)));
  return new Set(keys).size > 1;
}
