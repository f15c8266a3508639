/**
 * Inter-coder agreement between two codings of the same initiatives (Cohen's kappa).
 * Pure: takes parsed rows, returns figures. The CLI is scripts/kappa.ts.
 */

/** One coder's codes for one initiative: dimension -> values (one value for single-valued dimensions). */
export type Coding = Readonly<Record<string, readonly string[]>>;

/** Codes of dimensions with one value per initiative; empty ("not coded") counts as its own category. */
export const SINGLE_DIMENSIONS = ['governance', 'participation', 'scale'] as const;
/** Codes of dimensions with any number of values; agreement is measured per value (present/absent). */
export const MULTI_DIMENSIONS = ['service_types', 'data_aspects', 'enablers', 'barriers', 'shared_solutions'] as const;
export type Dimension = (typeof SINGLE_DIMENSIONS)[number] | (typeof MULTI_DIMENSIONS)[number];

/** Category used for an empty single-valued cell, so that "one coder left it empty" is a disagreement. */
export const NONE = '(none)';

export interface Kappa {
  /** Items rated by both coders. */
  readonly n: number;
  /** Share of items on which the coders agree, 0-1. */
  readonly observed: number;
  /** Agreement expected by chance from each coder's marginal shares, 0-1. */
  readonly expected: number;
  /** (observed - expected) / (1 - expected); undefined when expected is 1 (a single category used by both). */
  readonly kappa: number | undefined;
}

/**
 * Cohen's kappa for two parallel lists of nominal codes (a[i] and b[i] rate the same item).
 * Undefined kappa when chance agreement is already 1: both coders used one and the same category.
 */
export function cohensKappa(a: readonly string[], b: readonly string[]): Kappa {
  if (a.length !== b.length) throw new Error(`two codings of the same items expected; got ${a.length} and ${b.length} codes`);
  const n = a.length;
  if (n === 0) return { n, observed: 0, expected: 0, kappa: undefined };
  let agree = 0;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree++;
    countA.set(a[i]!, (countA.get(a[i]!) ?? 0) + 1);
    countB.set(b[i]!, (countB.get(b[i]!) ?? 0) + 1);
  }
  const observed = agree / n;
  let expected = 0;
  for (const [cat, ca] of countA) expected += (ca / n) * ((countB.get(cat) ?? 0) / n);
  const kappa = expected >= 1 ? undefined : (observed - expected) / (1 - expected);
  return { n, observed, expected, kappa };
}

export interface DimensionAgreement {
  readonly dimension: Dimension;
  readonly n: number;
  readonly observed: number;
  /** Kappa of the dimension: for multi-valued dimensions, the mean over values whose kappa is defined. */
  readonly kappa: number | undefined;
  /** Per value, for multi-valued dimensions (present/absent kappa). */
  readonly perValue: readonly { readonly value: string; readonly kappa: Kappa }[];
}

const single = (c: Coding, d: Dimension) => c[d]?.[0] ?? NONE;

/**
 * Agreement per dimension over the items coded by both coders. For multi-valued dimensions each
 * value becomes a present/absent code per item; the dimension's kappa is the mean of those kappas
 * (values that neither coder ever used have no defined kappa and are left out of the mean).
 * Observed agreement of a multi-valued dimension is the share of items with identical value sets.
 */
export function agreementByDimension(first: ReadonlyMap<string, Coding>, second: ReadonlyMap<string, Coding>, vocabularies: Readonly<Record<string, readonly string[]>>): DimensionAgreement[] {
  const ids = [...second.keys()].filter((id) => first.has(id)).sort();
  const out: DimensionAgreement[] = [];
  for (const d of SINGLE_DIMENSIONS) {
    const k = cohensKappa(ids.map((id) => single(first.get(id)!, d)), ids.map((id) => single(second.get(id)!, d)));
    out.push({ dimension: d, n: k.n, observed: k.observed, kappa: k.kappa, perValue: [] });
  }
  for (const d of MULTI_DIMENSIONS) {
    const values = vocabularies[d] ?? [];
    const has = (c: Coding, v: string) => ((c[d] ?? []).includes(v) ? 'yes' : 'no');
    const perValue = values.map((value) => ({
      value,
      kappa: cohensKappa(ids.map((id) => has(first.get(id)!, value)), ids.map((id) => has(second.get(id)!, value))),
    }));
    const defined = perValue.map((p) => p.kappa.kappa).filter((k): k is number => k !== undefined);
    const same = ids.filter((id) => [...(first.get(id)![d] ?? [])].sort().join(';') === [...(second.get(id)![d] ?? [])].sort().join(';')).length;
    out.push({
      dimension: d,
      n: ids.length,
      observed: ids.length ? same / ids.length : 0,
      kappa: defined.length ? defined.reduce((s, k) => s + k, 0) / defined.length : undefined,
      perValue,
    });
  }
  return out;
}

/** Columns a coding table may carry; `initiative_id` is required, the dimensions are optional. */
export const CODING_COLUMNS = [...SINGLE_DIMENSIONS, ...MULTI_DIMENSIONS] as const;

/**
 * Codings keyed by initiative id from the rows of a coding table (the initiatives table's own
 * column names). Values outside the vocabulary are reported with file, line and field.
 */
export function codingsFromRows(
  file: string,
  rows: readonly { readonly line: number; readonly values: Readonly<Record<string, string>> }[],
  vocabularies: Readonly<Record<string, readonly string[]>>,
): { codings: Map<string, Coding>; problems: { file: string; line: number; field: string; expected: string }[] } {
  const codings = new Map<string, Coding>();
  const problems: { file: string; line: number; field: string; expected: string }[] = [];
  for (const r of rows) {
    const id = (r.values.initiative_id ?? '').trim();
    if (!id) { problems.push({ file, line: r.line, field: 'initiative_id', expected: 'an initiative id' }); continue; }
    if (codings.has(id)) { problems.push({ file, line: r.line, field: 'initiative_id', expected: `each initiative once; "${id}" is repeated` }); continue; }
    const coding: Record<string, readonly string[]> = {};
    for (const d of CODING_COLUMNS) {
      const values = (r.values[d] ?? '').split(';').map((v) => v.trim()).filter(Boolean);
      const allowed = vocabularies[d] ?? [];
      const bad = values.find((v) => !allowed.includes(v));
      if (bad !== undefined) problems.push({ file, line: r.line, field: d, expected: `one of ${allowed.join(', ')}; got "${bad}"` });
      coding[d] = [...new Set(values)].sort();
    }
    codings.set(id, coding);
  }
  return { codings, problems };
}
