/**
 * Message lookup: ICU MessageFormat (intl-messageformat) over one JSON catalogue per language,
 * with English as the fallback. The active language is set once per render of the atlas
 * (setLocale); numbers, lists and country names follow it through Intl.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { COUNTRY_BY_CODE } from '../domain/countries';
import type { FilterGroupKey } from '../domain/filterGroups';
import { yesNo } from '../domain/vocabularies';
import { LANGUAGES, type Language } from '../domain/viewState';
import { en, type MessageKey } from './en';
import fr from './locales/fr.json';
import de from './locales/de.json';
import it from './locales/it.json';

// Typed as complete catalogues: a key missing from a translation fails the type check.
const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { en, fr, de, it };
/** Intl locale of each language: British English, as the atlas has always written numbers. */
const INTL_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE', it: 'it-IT' };

let active: Language = 'en';
const formats = new Map<string, IntlMessageFormat>();

export function setLocale(lang: Language): void { active = lang; }
export const currentLocale = (): Language => active;
export const intlLocale = (): string => INTL_LOCALE[active];

/** The message in a given language, for tests and for the catalogue of one language only. */
/** Messages without arguments (labels, headings), formatted once: a filter change re-renders a hundred labels. */
const plain = new Map<string, string>();

export function messageIn(lang: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const source = CATALOGUES[lang][key] ?? en[key] ?? key;
  // Most labels have no argument and no ICU syntax: they are their own text, without a formatter
  // (making one per label cost tens of milliseconds before the first view).
  if (!source.includes('{') && !source.includes("''")) return source;
  const simple = params && simpleText(source, params);
  if (simple !== undefined) return simple;
  const id = `${lang}\u0000${key}`;
  if (!params) {
    const done = plain.get(id);
    if (done !== undefined) return done;
  }
  let f = formats.get(id);
  if (!f) {
    f = new IntlMessageFormat(source, INTL_LOCALE[lang], undefined, { ignoreTag: true });
    formats.set(id, f);
  }
  const text = String(f.format(params ?? {}));
  if (!params) plain.set(id, text);
  return text;
}

/** Only plain `{name}` arguments, no plural, select, number or quoting. */
const SIMPLE = /^[^{}']*(?:\{\w+\}[^{}']*)*$/;
/**
 * A message whose arguments are all plain `{name}`s filled with strings is the same text with the
 * strings put in: no formatter is made. (Making the first one loads the browser's locale data,
 * 20-30 ms, which the first view should not wait for.) Numbers, plurals, selects and quoted
 * text still go through ICU.
 */
function simpleText(source: string, params: Record<string, string | number>): string | undefined {
  if (!SIMPLE.test(source)) return undefined;
  let ok = true;
  const text = source.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (typeof v !== 'string') ok = false;
    return typeof v === 'string' ? v : '';
  });
  return ok ? text : undefined;
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return messageIn(active, key, params);
}

/** A catalogue entry looked up by a key built at run time; undefined when there is none. */
function lookup(key: string): string | undefined {
  return key in en ? t(key as MessageKey) : undefined;
}

const GROUP_VOCAB: Partial<Record<FilterGroupKey, string>> = {
  governance: 'governance', serviceType: 'serviceType', dataAspect: 'dataAspect', participation: 'participation',
  scale: 'scale', enabler: 'enabler', barrier: 'barrier', solution: 'solution', macroRegion: 'macroRegion', sizeClass: 'sizeClass', urbanRural: 'urbanRural', degurba: 'degurba',
  network: 'network', coastal: 'yesNo', border: 'yesNo', capital: 'yesNo',
};

const displayNames = new Map<Language, Intl.DisplayNames>();
/** A country's name in the active language; English keeps the atlas's own list (Eurostat usage). */
export function countryName(code: string): string {
  const info = COUNTRY_BY_CODE.get(code);
  if (!info || active === 'en') return info?.name ?? code;
  let names = displayNames.get(active);
  if (!names) { names = new Intl.DisplayNames([INTL_LOCALE[active]], { type: 'region' }); displayNames.set(active, names); }
  return names.of(info.iso) ?? info.name;
}

/** Display label of an option of a filter group (vocabulary key, country code, yes/no). */
export function optionLabel(group: FilterGroupKey, option: string): string {
  if (group === 'country') return countryName(option);
  return lookup(`vocab.${GROUP_VOCAB[group]}.${option}`) ?? option;
}

/** Yes or No, as the yes/no filter options are labelled. */
export const yesNoLabel = (b: boolean): string => lookup(`vocab.yesNo.${yesNo(b)}`) ?? yesNo(b);

export function groupLabel(group: FilterGroupKey): string {
  return t(`filters.group.${group}` as MessageKey);
}

/** A CSV column's header: the codebook's field name in English, words in the other languages. */
export const csvHeader = (field: string): string => lookup(`csv.${field}`) ?? field;

/** Intl formatters are costly to make (a table or an alt text formats hundreds of numbers): one per locale and kind. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(kind: string, make: (locale: string) => F): F {
  const key = `${active}\u0000${kind}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) { f = make(intlLocale()); formatters.set(key, f); }
  return f;
}

/** A share (0-1) as a whole percentage, as every table and chart shows it. */
export function formatShare(v: number): string {
  return formatter('share', (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })).format(v);
}

/** A number in the active language; `digits` fixes the decimals (e.g. 2 for a distance score). */
export function formatNumber(n: number, digits?: number): string {
  return formatter(`number:${digits ?? ''}`, (l) => new Intl.NumberFormat(l, digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits })).format(n);
}

/** An ISO date (YYYY-MM-DD) written out in the active language; anything else as it is. */
export function formatDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return formatter('date', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' })).format(new Date(`${iso}T00:00:00Z`));
}

/** "A, B and C" in the active language. */
export function formatList(items: readonly string[]): string {
  return formatter('list', (l) => new Intl.ListFormat(l, { type: 'conjunction' })).format(items);
}

/** The language to show: the link's `lang`, else the first of the browser's languages the atlas has, else English. */
export function pickLanguage(fromLink: Language | undefined, browser: readonly string[]): Language {
  if (fromLink) return fromLink;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    const hit = LANGUAGES.find((l) => l === base);
    if (hit) return hit;
  }
  return 'en';
}

/** A legend class bound as the choropleth legend and the map walk say it: a share, or a number to one decimal. */
export const classBound = (v: number, share: boolean): string => (share ? formatShare(v) : formatNumber(Math.round(v * 10) / 10));
