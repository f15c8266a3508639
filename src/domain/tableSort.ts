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
  const order = new Uint32Array(keys.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
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
