/** Message lookup with {placeholder} substitution. One catalogue per language; English is the fallback. */
import { COUNTRY_BY_CODE } from '../domain/countries';
import type { FilterGroupKey } from '../domain/filterGroups';
import { yesNo } from '../domain/vocabularies';
import { en, type MessageKey } from './en';

const catalogue: Record<string, string> = en;

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogue[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

const GROUP_VOCAB: Partial<Record<FilterGroupKey, string>> = {
  governance: 'governance', serviceType: 'serviceType', dataAspect: 'dataAspect', participation: 'participation',
  scale: 'scale', enabler: 'enabler', barrier: 'barrier', solution: 'solution', macroRegion: 'macroRegion', sizeClass: 'sizeClass', urbanRural: 'urbanRural', degurba: 'degurba',
  network: 'network', coastal: 'yesNo', border: 'yesNo', capital: 'yesNo',
};

/** Display label of an option of a filter group (vocabulary key, country code, yes/no). */
export function optionLabel(group: FilterGroupKey, option: string): string {
  if (group === 'country') return COUNTRY_BY_CODE.get(option)?.name ?? option;
  const vocab = GROUP_VOCAB[group];
  const key = `vocab.${vocab}.${option}`;
  return catalogue[key] ?? option;
}

/** Yes or No, as the yes/no filter options are labelled. */
export const yesNoLabel = (b: boolean): string => catalogue[`vocab.yesNo.${yesNo(b)}`] ?? yesNo(b);

export function groupLabel(group: FilterGroupKey): string {
  return t(`filters.group.${group}` as MessageKey);
}

/** A share (0-1) as a whole percentage, as every table and chart shows it. */
export function formatShare(v: number): string {
  return `${Math.round(v * 100)}%`;
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat('en-GB').format(n);
}
