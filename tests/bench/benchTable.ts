/** One table of measured figures beside their targets; a miss is flagged, never hidden. */
export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** Target as text (e.g. "<= 15 s"); empty when the figure is informative only. */
  readonly target?: string;
  readonly ok?: boolean;
  readonly note?: string;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function printTable(title: string, rows: readonly BenchRow[]): void {
  const fmt = (r: BenchRow) => `${Number.isInteger(r.value) ? r.value : r.value.toFixed(r.value < 10 ? 2 : 1)} ${r.unit}`;
  const w = Math.max(...rows.map((r) => r.name.length), 10);
  const v = Math.max(...rows.map((r) => fmt(r).length), 8);
  const t = Math.max(...rows.map((r) => (r.target ?? '').length), 6);
  console.log(`\n${title}`);
  console.log(`${'measure'.padEnd(w)}  ${'measured'.padStart(v)}  ${'target'.padEnd(t)}  result`);
  for (const r of rows) {
    const result = r.ok === undefined ? '' : r.ok ? 'ok' : 'MISS';
    console.log(`${r.name.padEnd(w)}  ${fmt(r).padStart(v)}  ${(r.target ?? '').padEnd(t)}  ${result}${r.note ? `  (${r.note})` : ''}`);
  }
  const misses = rows.filter((r) => r.ok === false).length;
  console.log(misses ? `${misses} target(s) missed` : 'all targets met');
}
