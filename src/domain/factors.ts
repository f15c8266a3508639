/**
 * Drivers and barriers by territory: how many matching initiatives cite each enabler and barrier,
 * by a territorial typology of their city. Small cells are flagged rather than hidden: the count
 * is a fact, but a share of very few initiatives is not worth comparing.
 */
import type { City, Initiative } from './atlasSchema';
import type { FilterGroupKey } from './filterGroups';
import { typologyOf, typologyValues } from './patterns';
import type { Typology } from './viewState';
import { BARRIERS, ENABLERS } from './vocabularies';

/** Cells counting fewer initiatives than this are greyed and marked "too few to compare". */
export const MIN_COMPARABLE = 5;

/** A factor row's kind is also the filter group its cell sets. */
export type FactorKind = Extract<FilterGroupKey, 'enabler' | 'barrier'>;
export interface FactorCell { readonly count: number; readonly share: number; readonly tooFew: boolean }
export interface FactorRow { readonly kind: FactorKind; readonly key: string; readonly cells: readonly FactorCell[]; readonly total: number }
export interface FactorTable {
  readonly columns: readonly string[];
  /** Matching initiatives in each column: the base of every share in that column. */
  readonly bases: readonly number[];
  readonly rows: readonly FactorRow[];
}

export function factorTable(cities: readonly City[], initiatives: readonly Initiative[], typology: Typology): FactorTable {
  const columns = typologyValues(typology);
  const cityById = new Map(cities.map((c) => [c.id, c]));
  const bases = columns.map(() => 0);
  const tally = new Map<string, number[]>();
  for (const i of initiatives) {
    const c = cityById.get(i.cityId);
    const col = c ? columns.indexOf(typologyOf(typology, c) ?? '') : -1;
    if (col < 0) continue;
    bases[col]!++;
    for (const [kind, keys] of [['enabler', i.enablers.value], ['barrier', i.barriers.value]] as const) {
      for (const k of keys) {
        const id = `${kind}:${k}`;
        const row = tally.get(id) ?? columns.map(() => 0);
        row[col]!++;
        tally.set(id, row);
      }
    }
  }
  const rowsOf = (kind: FactorKind, keys: readonly string[]): FactorRow[] => keys.map((key) => {
    const counts = tally.get(`${kind}:${key}`) ?? columns.map(() => 0);
    return {
      kind, key, total: counts.reduce((a, b) => a + b, 0),
      cells: counts.map((count, col) => ({ count, share: bases[col] ? count / bases[col]! : 0, tooFew: count < MIN_COMPARABLE })),
    };
  });
  return { columns, bases, rows: [...rowsOf('enabler', ENABLERS), ...rowsOf('barrier', BARRIERS)] };
}

/** The table as flat rows (also the CSV export). */
export function factorRows(t: FactorTable, typology: Typology): Record<string, string | number>[] {
  return t.rows.flatMap((r) => r.cells.map((c, k) => ({
    kind: r.kind, factor: r.key, typology, class: t.columns[k]!, initiatives_citing: c.count, initiatives_in_class: t.bases[k]!,
    share: Math.round(c.share * 1000) / 1000, comparable: c.tooFew ? 'no (fewer than 5)' : 'yes',
  })));
}
