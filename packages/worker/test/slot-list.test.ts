import { describe, expect, it } from 'vitest';
import { createSlotList } from '../src/slot-list.js';

describe('createSlotList', () => {
  it('keeps distinct items in the order they were added, like a Set', () => {
    const list = createSlotList<string>();
    list.add('a');
    list.add('b');
    list.add('a');
    list.add('c');
    expect(list.toArray()).toEqual(['a', 'b', 'c']);
    expect(list.size).toBe(3);
  });

  it('removes an item and keeps the order of the others; removing an absent item changes nothing', () => {
    const list = createSlotList<string>();
    for (const item of ['a', 'b', 'c', 'd']) list.add(item);
    list.delete('b');
    list.delete('x');
    expect(list.toArray()).toEqual(['a', 'c', 'd']);
    list.delete('d');
    list.delete('a');
    expect(list.toArray()).toEqual(['c']);
    expect(list.size).toBe(1);
  });

  it('fills and empties again and again, as a worker does with each batch', () => {
    const list = createSlotList<number>();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5; i++) list.add(round * 10 + i);
      expect(list.toArray()).toEqual([0, 1, 2, 3, 4].map((i) => round * 10 + i));
      for (const i of [3, 0, 4, 1, 2]) list.delete(round * 10 + i);
      expect(list.size).toBe(0);
      expect(list.toArray()).toEqual([]);
    }
  });

  it('hands out a copy, so the list may change while the copy is walked', () => {
    const list = createSlotList<string>();
    list.add('a');
    list.add('b');
    const seen: string[] = [];
    for (const item of list.toArray()) {
      list.delete(item);
      seen.push(item);
    }
    expect(seen).toEqual(['a', 'b']);
    expect(list.size).toBe(0);
  });
});
