/**
 * Schema of the case tables (geodata/cases/*.csv): the contract with research teams.
 * Used by the build to validate every row; documented in geodata/README.md.
 */
import { z } from 'zod';
import {
  BARRIERS,
  BASES,
  DATA_ASPECTS,
  ENABLERS,
  GOVERNANCE_MODELS,
  NETWORKS,
  PARTICIPATION_DEPTHS,
  SCALES,
  SERVICE_TYPES,
  SHARED_SOLUTIONS,
} from './vocabularies';
import { COUNTRY_BY_CODE } from './countries';
import { nearest } from './suggest';
import { isHttpUrl } from './httpUrl';

export { isHttpUrl };

/** Separator between values of a multi-valued cell. */
export const MULTI_SEPARATOR = ';';
export const MAX_TEXT = 600;
export const MAX_SUMMARY = 1200;
/** Inference notes collect the reason for every judgement on a row, audit by audit. */
export const MAX_NOTE = 2400;
export const MIN_YEAR = 1990;

export const CITY_COLUMNS = [
  'city_id', 'name', 'name_en', 'country', 'lat', 'lon', 'population', 'population_year',
  'population_source', 'governance', 'governance_basis', 'governance_note', 'networks', 'sources',
] as const;
export const CITY_OPTIONAL_COLUMNS = ['geonames_id', 'nuts3', 'degurba', 'checked'] as const;
export const INITIATIVE_COLUMNS = [
  'initiative_id', 'city_id', 'title', 'title_en', 'start_year', 'end_year', 'service_types',
  'service_types_basis', 'governance', 'governance_basis', 'data_aspects', 'data_aspects_basis',
  'participation', 'participation_basis', 'scale', 'scale_basis', 'inference_note', 'summary', 'sources',
] as const;
/** Added with the scaling-up coding; optional so that older tables still load. */
export const INITIATIVE_OPTIONAL_COLUMNS = [
  'enablers', 'enablers_basis', 'barriers', 'barriers_basis', 'shared_solutions', 'shared_solutions_basis',
  'adopted_from', 'checked',
] as const;

const ID = /^[a-z]{2}-[a-z0-9-]{1,80}$/;

export const splitMulti = (s: string): string[] =>
  s.split(MULTI_SEPARATOR).map((v) => v.trim()).filter((v) => v.length > 0);

/**
 * Splits a cell of URLs at each `;` that starts a new URL (a scheme such as `https:` follows), so
 * a `;` inside a URL (`https://x.org/a;jsessionid=1`, `data:text/html;base64,…`) stays part of it.
 */
export const splitUrls = (s: string): string[] =>
  s.split(/;(?=\s*[a-z][a-z0-9+.-]*:)/i).map((v) => v.trim()).filter((v) => v.length > 0);

const trimmed = z.string().transform((s) => s.trim());
const optionalText = (max: number) =>
  trimmed.pipe(z.string().max(max, `at most ${max} characters`));
const requiredText = (max: number) =>
  trimmed.pipe(z.string().min(1, 'a non-empty value').max(max, `at most ${max} characters`));

function vocabMessage(value: string, allowed: readonly string[]): string {
  const hint = nearest(value, allowed);
  return `one of ${allowed.join(', ')}; got "${value}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
}

const vocabList = <T extends string>(allowed: readonly T[], min: number, max = 20) =>
  trimmed.transform((s, ctx) => {
    const values = splitMulti(s);
    for (const v of values) {
      if (!(allowed as readonly string[]).includes(v)) {
        ctx.addIssue({ code: 'custom', message: vocabMessage(v, allowed) });
        return z.NEVER;
      }
    }
    if (values.length < min) {
      ctx.addIssue({ code: 'custom', message: `at least ${min} value(s) from: ${allowed.join(', ')}` });
      return z.NEVER;
    }
    if (values.length > max) {
      ctx.addIssue({ code: 'custom', message: `at most ${max} value(s)` });
      return z.NEVER;
    }
    return [...new Set(values)].sort() as T[];
  });

const vocabOne = <T extends string>(allowed: readonly T[]) =>
  trimmed.transform((s, ctx) => {
    if (s === '') return undefined;
    if (!(allowed as readonly string[]).includes(s)) {
      ctx.addIssue({ code: 'custom', message: vocabMessage(s, allowed) });
      return z.NEVER;
    }
    return s as T;
  });


const urlList = (min: number, max: number) =>
  trimmed.transform((s, ctx) => {
    const urls = splitUrls(s);
    for (const u of urls) {
      if (!isHttpUrl(u)) {
        ctx.addIssue({ code: 'custom', message: `an http(s) URL; got "${u.slice(0, 80)}"` });
        return z.NEVER;
      }
    }
    if (urls.length < min) {
      ctx.addIssue({ code: 'custom', message: `at least ${min} http(s) source URL(s) separated by "${MULTI_SEPARATOR}"` });
      return z.NEVER;
    }
    if (urls.length > max) {
      ctx.addIssue({ code: 'custom', message: `at most ${max} URLs` });
      return z.NEVER;
    }
    return urls;
  });

const optionalUrl = trimmed.refine((s) => s === '' || isHttpUrl(s), 'an http(s) URL or empty')
  .transform((s) => (s === '' ? undefined : s));

const year = (maxYear: number) =>
  trimmed.transform((s, ctx) => {
    if (s === '') return undefined;
    if (!/^\d{4}$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: `a four-digit year between ${MIN_YEAR} and ${maxYear}; got "${s.slice(0, 40)}"` });
      return z.NEVER;
    }
    const y = Number(s);
    if (y < MIN_YEAR || y > maxYear) {
      ctx.addIssue({ code: 'custom', message: `a year between ${MIN_YEAR} and ${maxYear}; got ${y}` });
      return z.NEVER;
    }
    return y;
  });

const optionalNumber = (what: string, min: number, max: number) =>
  trimmed.transform((s, ctx) => {
    if (s === '') return undefined;
    const n = Number(s);
    if (!/^-?\d+(\.\d+)?$/.test(s) || !Number.isFinite(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `${what} between ${min} and ${max}; got "${s.slice(0, 40)}"` });
      return z.NEVER;
    }
    return n;
  });

const basis = vocabOne(BASES);

/** The day a row's sources were last read, as YYYY-MM-DD (ISO 8601 calendar date). */
const checkedDate = (maxYear: number) =>
  trimmed.transform((s, ctx) => {
    if (s === '') return undefined;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    const d = m ? new Date(`${s}T00:00:00Z`) : undefined;
    if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s || Number(m[1]) < MIN_YEAR || Number(m[1]) > maxYear) {
      ctx.addIssue({ code: 'custom', message: `a date as YYYY-MM-DD between ${MIN_YEAR} and ${maxYear}; got "${s.slice(0, 40)}"` });
      return z.NEVER;
    }
    return s;
  });

/** City ids named as the origin of an adopted initiative (checked against the cities tables later). */
const cityIdList = trimmed.transform((s, ctx) => {
  const ids = splitMulti(s);
  for (const id of ids) {
    if (!ID.test(id)) {
      ctx.addIssue({ code: 'custom', message: `city ids like "de-hamburg" separated by "${MULTI_SEPARATOR}"; got "${id.slice(0, 80)}"` });
      return z.NEVER;
    }
  }
  return [...new Set(ids)].sort();
});

const networks = trimmed.transform((s, ctx) => {
  const out: { key: (typeof NETWORKS)[number]; year?: number }[] = [];
  for (const item of splitMulti(s)) {
    const [key = '', y] = item.split(':');
    if (!(NETWORKS as readonly string[]).includes(key)) {
      ctx.addIssue({ code: 'custom', message: `network as key or key:YEAR with key ${vocabMessage(key, NETWORKS)}` });
      return z.NEVER;
    }
    if (y !== undefined && !/^(19|20)\d{2}$/.test(y)) {
      ctx.addIssue({ code: 'custom', message: `network year as four digits after ":"; got "${item}"` });
      return z.NEVER;
    }
    out.push(y === undefined ? { key: key as (typeof NETWORKS)[number] } : { key: key as (typeof NETWORKS)[number], year: Number(y) });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
});

export interface RowSchemaOptions {
  /** Latest acceptable year (the build passes the current calendar year). */
  readonly maxYear: number;
}

export function cityRowSchema(opts: RowSchemaOptions) {
  return z
    .object({
      city_id: trimmed.pipe(z.string().regex(ID, 'an id like "be-antwerp": country code, hyphen, lower-case ASCII letters, digits or hyphens')),
      name: requiredText(200),
      name_en: optionalText(200),
      country: trimmed.refine((c) => COUNTRY_BY_CODE.has(c), 'a Eurostat country code covered by NUTS 2021 (e.g. EL for Greece, UK for the United Kingdom)'),
      lat: optionalNumber('a latitude in decimal degrees', -90, 90),
      lon: optionalNumber('a longitude in decimal degrees', -180, 180),
      nuts3: trimmed,
      geonames_id: optionalNumber('a GeoNames place id (whole number)', 1, 99_999_999).pipe(z.number().int('a whole number').optional()),
      degurba: optionalNumber('a degree of urbanisation code (1, 2 or 3)', 1, 3).pipe(
        z.number().int('1, 2 or 3').optional(),
      ),
      population: optionalNumber('a whole number of inhabitants', 0, 50_000_000).pipe(z.number().int('a whole number of inhabitants').optional()),
      population_year: year(opts.maxYear),
      population_source: optionalUrl,
      governance: vocabList(GOVERNANCE_MODELS, 0),
      governance_basis: basis,
      governance_note: optionalText(MAX_TEXT),
      networks,
      sources: urlList(1, 6),
      checked: checkedDate(opts.maxYear),
    })
    .superRefine((r, ctx) => {
      if ((r.lat === undefined) !== (r.lon === undefined)) {
        ctx.addIssue({ code: 'custom', path: [r.lat === undefined ? 'lat' : 'lon'], message: 'both lat and lon, or neither' });
      }
      if (r.population !== undefined && (!r.population_source || r.population_year === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['population_source'], message: 'a population_year and an http(s) population_source whenever population is given' });
      }
      if (r.governance.length > 0 && !r.governance_basis) {
        ctx.addIssue({ code: 'custom', path: ['governance_basis'], message: 'documented or inferred whenever governance is given' });
      }
      if (r.governance_basis === 'inferred' && r.governance_note === '') {
        ctx.addIssue({ code: 'custom', path: ['governance_note'], message: 'a short reason when governance is inferred' });
      }
    });
}

export function initiativeRowSchema(opts: RowSchemaOptions) {
  return z
    .object({
      initiative_id: trimmed.pipe(z.string().regex(ID, 'an id like "be-antwerp-city-app": lower-case ASCII letters, digits or hyphens')),
      city_id: trimmed.pipe(z.string().regex(ID, 'the city_id of a row in the cities table')),
      title: requiredText(300),
      title_en: optionalText(300),
      start_year: year(opts.maxYear),
      end_year: year(opts.maxYear),
      service_types: vocabList(SERVICE_TYPES, 1),
      service_types_basis: basis,
      governance: vocabOne(GOVERNANCE_MODELS),
      governance_basis: basis,
      data_aspects: vocabList(DATA_ASPECTS, 0),
      data_aspects_basis: basis,
      participation: vocabOne(PARTICIPATION_DEPTHS),
      participation_basis: basis,
      scale: vocabOne(SCALES),
      scale_basis: basis,
      enablers: vocabList(ENABLERS, 0),
      enablers_basis: basis,
      barriers: vocabList(BARRIERS, 0),
      barriers_basis: basis,
      shared_solutions: vocabList(SHARED_SOLUTIONS, 0),
      shared_solutions_basis: basis,
      adopted_from: cityIdList,
      inference_note: optionalText(MAX_NOTE),
      summary: requiredText(MAX_SUMMARY),
      sources: urlList(1, 3),
      checked: checkedDate(opts.maxYear),
    })
    .superRefine((r, ctx) => {
      const pairs: [unknown, unknown, string][] = [
        [r.service_types.length > 0 ? r.service_types : undefined, r.service_types_basis, 'service_types_basis'],
        [r.governance, r.governance_basis, 'governance_basis'],
        [r.data_aspects.length > 0 ? r.data_aspects : undefined, r.data_aspects_basis, 'data_aspects_basis'],
        [r.participation, r.participation_basis, 'participation_basis'],
        [r.scale, r.scale_basis, 'scale_basis'],
        [r.enablers.length > 0 ? r.enablers : undefined, r.enablers_basis, 'enablers_basis'],
        [r.barriers.length > 0 ? r.barriers : undefined, r.barriers_basis, 'barriers_basis'],
        [r.shared_solutions.length > 0 ? r.shared_solutions : undefined, r.shared_solutions_basis, 'shared_solutions_basis'],
      ];
      for (const [value, b, field] of pairs) {
        if (value !== undefined && !b) ctx.addIssue({ code: 'custom', path: [field], message: 'documented or inferred whenever the classification is given' });
      }
      const anyInferred = pairs.some(([v, b]) => v !== undefined && b === 'inferred');
      if (anyInferred && r.inference_note === '') {
        ctx.addIssue({ code: 'custom', path: ['inference_note'], message: 'a short reason when any classification is inferred' });
      }
      // A malformed list has already been reported (and is not a list here).
      if (Array.isArray(r.adopted_from) && r.adopted_from.includes(r.city_id)) {
        ctx.addIssue({ code: 'custom', path: ['adopted_from'], message: `another city's id; an initiative cannot be adopted from its own city "${r.city_id}"` });
      }
      if (r.start_year !== undefined && r.end_year !== undefined && r.end_year < r.start_year) {
        ctx.addIssue({ code: 'custom', path: ['end_year'], message: `a year not before start_year ${r.start_year}` });
      }
    });
}

export type CityRow = z.output<ReturnType<typeof cityRowSchema>>;
export type InitiativeRow = z.output<ReturnType<typeof initiativeRowSchema>>;
