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

/** Numeric sort keys of rows from a column that is either numeric or textual (ranked). */
export function columnKeys<R>(rows: readonly R[], column: { readonly numeric?: (r: R) => number | undefined; readonly text?: (r: R) => string }, collator: Intl.Collator): Float64Array {
  const keys = new Float64Array(rows.length);
  if (column.numeric) {
    rows.forEach((r, k) => { keys[k] = column.numeric!(r) ?? NaN; });
  } else if (column.text) {
    const texts = rows.map(column.text);
    const ranks = rankStrings(texts, collator);
    texts.forEach((s, k) => { keys[k] = s === '' ? NaN : ranks[k]!; });
  }
  return keys;
}
