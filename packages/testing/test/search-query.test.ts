import { describe, expect, it } from 'vitest';
import { matchField, runSearch, type SearchDescriptor } from '../src/search/search-query.js';

interface Row {
  key: string;
  name: string | null;
  n: number;
}

const rows: Row[] = [
  { key: '10', name: 'alpha', n: 3 },
  { key: '11', name: 'beta', n: 1 },
  { key: '12', name: null, n: 2 },
  { key: '9', name: 'a*b', n: 2 },
];
const sorted = [...rows].sort((a, b) => Number(a.key) - Number(b.key));

const descriptor: SearchDescriptor<Row> = {
  entity: 'row',
  key: (r) => r.key,
  all: () => rows,
  filters: { name: { kind: 'string', get: (r) => r.name }, n: { kind: 'integer', get: (r) => r.n } },
  sorts: { name: { kind: 'string', get: (r) => r.name }, n: { kind: 'integer', get: (r) => r.n } },
};

describe('search query', () => {
  it('matches the spec operators', () => {
    expect(matchField('string', 'f', 'abc', 'abc')).toBe(true);
    expect(matchField('string', 'f', 'abc', { $like: 'a?c' })).toBe(true);
    expect(matchField('string', 'f', 'a*c', { $like: 'a\\*c' })).toBe(true);
    expect(matchField('string', 'f', 'abc', { $like: 'a\\*c' })).toBe(false);
    expect(matchField('string', 'f', null, { $exists: false })).toBe(true);
    expect(matchField('string', 'f', 'x', { $in: ['y', 'x'], $neq: 'z' })).toBe(true);
    expect(matchField('string', 'f', 'x', { $notIn: ['x'] })).toBe(false);
    expect(matchField('integer', 'f', 5, { $gt: 4, $lte: 5 })).toBe(true);
    expect(matchField('date', 'f', Date.parse('2030-01-02T00:00:00Z'), { $lt: '2030-01-01T00:00:00Z' })).toBe(
      false,
    );
    expect(() => matchField('string', 'f', 'x', { $regex: 'x' })).toThrow(/unknown operator/);
    expect(() => matchField('integer', 'f', 1, 'one')).toThrow(/expects an integer/);
  });

  it('orders by key when unsorted, puts nulls last, and breaks ties by key', () => {
    expect(runSearch(descriptor, {}).items.map((r) => r.key)).toEqual(sorted.map((r) => r.key));
    expect(runSearch(descriptor, { sort: [{ field: 'name' }] }).items.map((r) => r.name)).toEqual([
      'a*b',
      'alpha',
      'beta',
      null,
    ]);
    expect(runSearch(descriptor, { sort: [{ field: 'n', order: 'DESC' }] }).items.map((r) => r.key)).toEqual([
      '10',
      '9',
      '12',
      '11',
    ]);
  });

  it('pages with cursors that stay stable across sorts', () => {
    const body = { sort: [{ field: 'n' }], page: { limit: 2 } };
    const first = runSearch(descriptor, body);
    expect(first.items.map((r) => r.key)).toEqual(['11', '9']);
    const second = runSearch(descriptor, { ...body, page: { limit: 2, after: first.page.endCursor } });
    expect(second.items.map((r) => r.key)).toEqual(['12', '10']);
    const back = runSearch(descriptor, { ...body, page: { limit: 5, before: second.page.startCursor } });
    expect(back.items.map((r) => r.key)).toEqual(['11', '9']);
    expect(second.page).toMatchObject({ totalItems: 4, hasMoreTotalItems: false });
  });

  it('rejects unknown filter and sort fields', () => {
    expect(() => runSearch(descriptor, { filter: { other: 1 } })).toThrow(/filter property 'other'/);
    expect(() => runSearch(descriptor, { sort: [{ field: 'other' }] })).toThrow(/sort field 'other'/);
    expect(() => runSearch(descriptor, { page: { limit: 0 } })).toThrow(/limit/);
  });
});
