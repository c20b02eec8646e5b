import { describe, expect, it } from 'vitest';
import { percentile } from '../src/percentile.js';
import { renderTable } from '../src/render-table.js';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3], 0)).toBe(1);
  });

  it('has no percentile of nothing', () => {
    expect(percentile([], 50)).toBeUndefined();
  });
});

describe('renderTable', () => {
  it('pads every column to its widest cell and aligns numbers right', () => {
    const table = renderTable(
      ['type', 'count'],
      [
        ['payment', '1,000'],
        ['review', '7'],
      ],
      ['left', 'right'],
    );
    expect(table.split('\n')).toEqual([
      '  type     count',
      '  ───────  ─────',
      '  payment  1,000',
      '  review       7',
    ]);
  });
});
