import { describe, expect, it } from 'vitest';
import { createLatencyTracker } from '../src/latency-tracker.js';

describe('createLatencyTracker', () => {
  it('flags an operation whose recent latency exceeds tolerance × its long-run average', () => {
    const tracker = createLatencyTracker(2);
    for (let i = 0; i < 30; i += 1) tracker.add('search', 10, i);
    expect(tracker.inflated(0)).toBe(false);
    for (let i = 0; i < 10; i += 1) tracker.add('search', 80, 100 + i);
    expect(tracker.inflated(100)).toBe(true);
  });

  it('compares each operation only with itself', () => {
    const tracker = createLatencyTracker(2);
    for (let i = 0; i < 30; i += 1) {
      tracker.add('fast', 2, i);
      tracker.add('slow', 400, i);
    }
    expect(tracker.inflated(0)).toBe(false);
  });

  it('ignores operations without recent samples and operations with too few samples', () => {
    const tracker = createLatencyTracker(2);
    for (let i = 0; i < 30; i += 1) tracker.add('search', 10, i);
    for (let i = 0; i < 10; i += 1) tracker.add('search', 80, 100);
    expect(tracker.inflated(101)).toBe(false);
    const young = createLatencyTracker(2);
    young.add('create', 1, 0);
    for (let i = 0; i < 3; i += 1) young.add('create', 100, 1);
    expect(young.inflated(0)).toBe(false);
  });

  it('follows a lasting change, so a new normal stops counting as inflated', () => {
    const tracker = createLatencyTracker(2);
    for (let i = 0; i < 30; i += 1) tracker.add('search', 10, 0);
    for (let i = 0; i < 10; i += 1) tracker.add('search', 80, 1);
    expect(tracker.inflated(0)).toBe(true);
    for (let i = 0; i < 300; i += 1) tracker.add('search', 80, 2);
    expect(tracker.inflated(0)).toBe(false);
  });

  it('does nothing when the tolerance is infinite, and skips invalid samples', () => {
    const off = createLatencyTracker(Number.POSITIVE_INFINITY);
    for (let i = 0; i < 30; i += 1) off.add('search', 10, 0);
    for (let i = 0; i < 10; i += 1) off.add('search', 1_000, 1);
    expect(off.inflated(0)).toBe(false);
    const on = createLatencyTracker(2);
    for (let i = 0; i < 30; i += 1) on.add('search', 10, 0);
    for (let i = 0; i < 10; i += 1) on.add('search', Number.NaN, 1);
    on.add('search', -5, 1);
    expect(on.inflated(0)).toBe(false);
  });
});
