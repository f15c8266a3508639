import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { sortRows, textRanks, type SortColumn } from '../domain/tableSort';
import { intlLocale } from '../i18n/messages';

export interface Column<R> extends SortColumn<R> {
  readonly label: string;
  readonly cell: (r: R) => ReactNode;
  /** The row header (the column that names the row). */
  readonly rowHeader?: boolean;
}

interface Props<R> {
  readonly id: string;
  readonly caption: string;
  readonly className: string;
  readonly columns: readonly Column<R>[];
  /** The rows shown (matching the filters). */
  readonly rows: readonly R[];
  /** Every row the table could show: text columns are ranked once over these, not on each filter change. */
  readonly allRows: readonly R[];
  readonly rowKey: (r: R) => string;
  readonly selected?: (r: R) => boolean;
  readonly initialSort: string;
  /** Text columns whose values are not loaded yet cannot be sorted. */
  readonly sortable?: (column: string) => boolean;
}

const ROW_PX = 30;
/**
 * Tables up to this many rows render whole (find in page and printing see every row, and the
 * cost is small); longer ones render only the rows in view.
 */
const VIRTUAL_FROM = 600;

/**
 * A sortable table that, beyond VIRTUAL_FROM rows, renders only the rows in view, so that
 * 30,000 rows scroll and sort smoothly. It stays a real table: a screen reader hears the total rows (aria-rowcount) and
 * each row's position (aria-rowindex); the full rows are in the CSV exports.
 */
export function VirtualTable<R>({ id, caption, className, columns, rows, allRows, rowKey, selected, initialSort, sortable }: Props<R>) {
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>({ key: initialSort, dir: 1 });
  const locale = intlLocale();
  // Rank the text columns while the browser is idle, so that the first sort by one is as quick as the next.
  useEffect(() => {
    const pending = columns.filter((c) => c.text && (!sortable || sortable(c.key)));
    if (!('requestIdleCallback' in window) || pending.length === 0) return undefined;
    let handle = 0;
    const next = () => { const c = pending.shift(); if (c) { textRanks(allRows, c, locale); handle = window.requestIdleCallback(next); } };
    handle = window.requestIdleCallback(next);
    return () => window.cancelIdleCallback(handle);
  }, [allRows, columns, sortable, locale]);
  const order = useMemo(() => {
    const col = columns.find((c) => c.key === sort.key);
    return col ? sortRows(rows, allRows, col, sort.dir, locale) : undefined;
  }, [rows, allRows, sort, columns, locale]);
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser re-renders the table itself on scroll; nothing it returns is passed on to memoised children.
  const virtualised = rows.length > VIRTUAL_FROM;
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_PX, overscan: 12, enabled: virtualised });
  const items = virtualised ? virtual.getVirtualItems().map((v) => ({ index: v.index, start: v.start, end: v.end })) : rows.map((_, index) => ({ index, start: 0, end: 0 }));
  const top = virtualised ? items[0]?.start ?? 0 : 0;
  const bottom = virtualised ? virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const rowAt = (n: number) => rows[order ? order[n]! : n]!;
  const captionId = `${id}-caption`;
  return (
    <div className="table-wrap" id={id} ref={scroller} tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className={className} aria-rowcount={rows.length + 1}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((col) => {
              const can = !sortable || sortable(col.key);
              return (
                <th key={col.key} scope="col" aria-sort={sort.key === col.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" disabled={!can} onClick={() => setSort((s) => ({ key: col.key, dir: s.key === col.key ? (s.dir === 1 ? -1 : 1) : 1 }))}>
                    {col.label}
                    <span aria-hidden="true">{sort.key === col.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true" className="spacer" style={{ height: top }} />}
          {items.map((item) => {
            const r = rowAt(item.index);
            return (
              <tr key={rowKey(r)} data-index={item.index} ref={virtualised ? virtual.measureElement : undefined} aria-rowindex={item.index + 2} className={selected?.(r) ? 'selected' : undefined}>
                {columns.map((col) => (col.rowHeader
                  ? <th key={col.key} scope="row">{col.cell(r)}</th>
                  : <td key={col.key} className={col.numeric ? 'num' : undefined}>{col.cell(r)}</td>))}
              </tr>
            );
          })}
          {bottom > 0 && <tr aria-hidden="true" className="spacer" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}
