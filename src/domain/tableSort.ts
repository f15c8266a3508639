/**
 * Sorting of the table view's rows. A column gives each row a numeric key once (a string column
 * ranks its distinct values by collation first), and a sort is then a typed-array sort over
 * numbers: 30,000 rows sort in a few milliseconds instead of the hundreds that collating every
 * pair of strings takes.
 */

/** Ranks of `values` in collation order (equal strings share a rank). */
export function rankStrings(values: readonly string[], collator: Intl.Collator): Int32Array {
  const distinct = [...new Set(values)].sort(collator.compare);
  const rank = new Map(distinct.map((v, k) => [v, k]));
  const out = new Int32Array(values.length);
  values.forEach((v, k) => { out[k] = rank.get(v)!; });
  return out;
}

/**
 * Row positions in sorted order: by `keys` ascending (or descending), rows without a value
 * (NaN) last either way, ties in their original order.
 */
export function sortedOrder(keys: Float64Array, dir: 1 | -1): Uint32Array {
  const n = keys.length;
  let min = Infinity;
  let max = -Infinity;
  let integral = true;
  for (let k = 0; k < n; k++) {
    const v = keys[k]!;
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    if (!Number.isInteger(v)) integral = false;
  }
  // Whole-number keys (ranks, years, counts) pack with the row position into one exactly
  // representable number, so that a plain numeric typed-array sort, with no comparator call per
  // pair, gives the order with ties by position.
  if (integral && n > 0 && ((max === -Infinity ? 0 : max - min) + 2) * n < 2 ** 52) {
    const packed = new Float64Array(n);
    const blank = max === -Infinity ? 0 : max - min + 1;
    for (let k = 0; k < n; k++) {
      const v = keys[k]!;
      packed[k] = (Number.isNaN(v) ? blank : dir === 1 ? v - min : max - v) * n + k;
    }
    packed.sort();
    const order = new Uint32Array(n);
    for (let k = 0; k < n; k++) order[k] = packed[k]! % n;
    return order;
  }
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  return order.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    const na = Number.isNaN(ka);
    const nb = Number.isNaN(kb);
    if (na || nb) return na === nb ? a - b : na ? 1 : -1;
    return ka === kb ? a - b : (ka - kb) * dir;
  });
}

/** A column as sorting sees it: a number per row, or a text that is ranked by collation. */
export interface SortColumn<R> {
  readonly key: string;
  /** A numeric column's value (undefined = not known, sorted last). */
  readonly numeric?: (r: R) => number | undefined;
  /** A text column's sort text ('' = not known, sorted last). */
  readonly text?: (r: R) => string;
}

const collators = new Map<string, Intl.Collator>();
/** Text sorts in the order of the page's language (ä after a in German, before b in Swedish…). */
export function collatorFor(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return c;
}

/**
 * Ranks of text columns per set of rows, column and language: ranked once over every row the
 * table could show, so that a filter change or a sort looks ranks up instead of collating again.
 * New data (the texts arriving) is a new set of rows and starts a new cache.
 */
const RANKS = new WeakMap<readonly unknown[], Map<string, Map<unknown, number>>>();
export function textRanks<R>(allRows: readonly R[], column: SortColumn<R>, locale: string): ReadonlyMap<R, number> {
  let byColumn = RANKS.get(allRows);
  if (!byColumn) RANKS.set(allRows, (byColumn = new Map()));
  const key = `${locale}:${column.key}`;
  let m = byColumn.get(key) as Map<R, number> | undefined;
  if (!m) {
    const texts = allRows.map(column.text!);
    const r = rankStrings(texts, collatorFor(locale));
    m = new Map(allRows.map((row, k) => [row, texts[k] === '' ? NaN : r[k]!]));
    byColumn.set(key, m as Map<unknown, number>);
  }
  return m;
}

/** Positions of `rows` in sorted order by `column`; text columns are ranked over `allRows`. */
export function sortRows<R>(rows: readonly R[], allRows: readonly R[], column: SortColumn<R>, dir: 1 | -1, locale: string): Uint32Array {
  const keys = new Float64Array(rows.length);
  if (column.numeric) rows.forEach((r, k) => { keys[k] = column.numeric!(r) ?? NaN; });
  else if (column.text) {
    const rank = textRanks(allRows, column, locale);
    rows.forEach((r, k) => { keys[k] = rank.get(r) ?? NaN; });
  }
  return sortedOrder(keys, dir);
}
