import { describe, expect, it } from 'vitest';
import { type Contender, measureInRounds, roundOrder } from '../src/suites/measure-in-rounds.js';

const contenders: Contender[] = [
  { id: 'a', label: 'A' },
  { id: 'b', label: 'B' },
  { id: 'c', label: 'C' },
  { id: 'x', label: 'X', unavailable: { status: 'missing', reason: 'not built' } },
];

describe('measureInRounds', () => {
  it('changes who goes first each round and never runs an unavailable contender', async () => {
    const order: string[] = [];
    await measureInRounds(contenders, 3, async (c) => {
      order.push(c.id);
      return { v: 1 };
    });
    expect(order).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
  });
  it('changes who runs right after whom: over a full design, every contender follows every other equally often', () => {
    for (const n of [2, 3, 4, 5, 7]) {
      const rounds = n % 2 === 0 ? n : 2 * n;
      const follows = new Map<string, number>();
      const firsts = new Set<number>();
      for (let round = 0; round < rounds; round++) {
        const order = roundOrder(n, round);
        expect([...order].sort((x, y) => x - y)).toEqual([...Array(n).keys()]);
        firsts.add(order[0] as number);
        for (let i = 1; i < n; i++) {
          const pair = `${order[i - 1]}>${order[i]}`;
          follows.set(pair, (follows.get(pair) ?? 0) + 1);
        }
      }
      expect(follows.size).toBe(n * (n - 1));
      expect(new Set(follows.values())).toEqual(new Set([rounds / n]));
      expect(firsts.size).toBe(n);
    }
  });
  it('does not keep one neighbour before a contender in the first rounds, as a rotation would', () => {
    // Seven contenders, five rounds (the full worker suite): contender 5 must not always follow contender 4.
    const predecessors = new Set(
      [0, 1, 2, 3, 4].map((round) => {
        const order = roundOrder(7, round);
        return order[order.indexOf(5) - 1];
      }),
    );
    expect(predecessors.size).toBeGreaterThan(2);
  });
  it('summarises each contender over its runs in round order', async () => {
    const rows = await measureInRounds(contenders, 3, async (c, round) => ({
      v: c.id === 'a' ? round * 10 : 5,
    }));
    const a = rows.find((r) => r.id === 'a');
    expect(a?.status).toBe('measured');
    expect(a?.metrics.v).toEqual({ median: 10, min: 0, max: 20, runs: [0, 10, 20] });
  });
  it('keeps the reason of an unavailable contender', async () => {
    const rows = await measureInRounds(contenders, 1, async () => ({ v: 1 }));
    expect(rows.find((r) => r.id === 'x')).toEqual({
      id: 'x',
      label: 'X',
      status: 'missing',
      reason: 'not built',
      metrics: {},
    });
  });
  it('reports a contender that fails or throws as failed and stops measuring it', async () => {
    const calls: string[] = [];
    const rows = await measureInRounds(contenders, 3, async (c) => {
      calls.push(c.id);
      if (c.id === 'b') return { failed: '3 calls failed' };
      if (c.id === 'c') throw new Error('child died');
      return { v: 1 };
    });
    expect(calls.filter((id) => id === 'b')).toHaveLength(1);
    expect(calls.filter((id) => id === 'c')).toHaveLength(1);
    expect(rows.find((r) => r.id === 'b')).toMatchObject({ status: 'failed', reason: '3 calls failed' });
    expect(rows.find((r) => r.id === 'c')).toMatchObject({ status: 'failed', reason: 'child died' });
    expect(rows.find((r) => r.id === 'a')?.metrics.v?.runs).toHaveLength(3);
  });
});
