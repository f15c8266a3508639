import { describe, expect, it } from 'vitest';
import { rankStrings, sortedOrder, sortRows } from '../../../src/domain/tableSort';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

describe('table sorting', () => {
  it('ranks strings in collation order, accents and case aside, equal strings equal', () => {
    expect([...rankStrings(['Zürich', 'aalborg', 'Ängelholm', 'Berlin', 'aalborg'], collator)]).toEqual([3, 0, 1, 2, 0]);
  });
  it('sorts ascending and descending, empty values last both ways, ties in input order', () => {
    const keys = Float64Array.from([3, NaN, 1, 3, 2]);
    expect([...sortedOrder(keys, 1)]).toEqual([2, 4, 0, 3, 1]);
    expect([...sortedOrder(keys, -1)]).toEqual([0, 3, 4, 2, 1]);
  });
  it('fractional and very large keys sort the same way (by comparison instead of packing)', () => {
    const keys = Float64Array.from([0.5, NaN, -2.25, 0.5, 1e300]);
    expect([...sortedOrder(keys, 1)]).toEqual([2, 0, 3, 4, 1]);
    expect([...sortedOrder(keys, -1)]).toEqual([4, 0, 3, 2, 1]);
  });
  it('a column with no value at all keeps the input order', () => {
    expect([...sortedOrder(Float64Array.from([NaN, NaN, NaN]), -1)]).toEqual([0, 1, 2]);
  });
  it('30,000 rows with repeated keys sort stably', () => {
    const keys = Float64Array.from({ length: 30_000 }, (_, k) => (k * 7919) % 13);
    const order = [...sortedOrder(keys, -1)];
    for (let k = 1; k < order.length; k++) {
      const a = order[k - 1]!;
      const b = order[k]!;
      expect(keys[a]! > keys[b]! || (keys[a] === keys[b] && a < b)).toBe(true);
    }
  });
  it('a text column sorts by collation, numbers inside names by value, and blanks last', () => {
    const rows = ['Plan 10', 'plan 9', '', 'Éco-quartier', 'Agenda'];
    expect([...sortRows(rows, rows, { key: 'name', text: (r) => r }, 1, 'en')].map((k) => rows[k])).toEqual(['Agenda', 'Éco-quartier', 'plan 9', 'Plan 10', '']);
  });
  it('ranks over all rows, so a filtered subset sorts the same way, and each language collates its own way', () => {
    const all = ['Zebra', 'Äpfel', 'Apfel', 'Birne'];
    const shown = [all[0]!, all[1]!, all[3]!];
    const col = { key: 'fruit', text: (r: string) => r };
    expect([...sortRows(shown, all, col, 1, 'de')].map((k) => shown[k])).toEqual(['Äpfel', 'Birne', 'Zebra']);
    // Swedish sorts Ä after Z.
    expect([...sortRows(shown, all, col, 1, 'sv')].map((k) => shown[k])).toEqual(['Birne', 'Zebra', 'Äpfel']);
  });
  it('a numeric column leaves unknown values last', () => {
    const rows = [{ y: 2015 }, { y: undefined }, { y: 2003 }];
    expect([...sortRows(rows, rows, { key: 'y', numeric: (r) => r.y }, -1, 'en')].map((k) => rows[k]!.y)).toEqual([2015, 2003, undefined]);
  });
});
