import { describe, expect, it } from 'vitest';
import { columnKeys, rankStrings, sortedOrder } from '../../../src/domain/tableSort';

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
  it('a text column sorts by collation, numbers inside names by value, and blanks last', () => {
    const rows = ['Plan 10', 'plan 9', '', 'Éco-quartier', 'Agenda'];
    const keys = columnKeys(rows, { text: (r) => r }, collator);
    expect([...sortedOrder(keys, 1)].map((k) => rows[k])).toEqual(['Agenda', 'Éco-quartier', 'plan 9', 'Plan 10', '']);
  });
  it('a numeric column leaves unknown values last', () => {
    const rows = [{ y: 2015 }, { y: undefined }, { y: 2003 }];
    const keys = columnKeys(rows, { numeric: (r) => r.y }, collator);
    expect([...sortedOrder(keys, -1)].map((k) => rows[k]!.y)).toEqual([2015, 2003, undefined]);
  });
});
