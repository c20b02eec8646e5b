import { describe, expect, it } from 'vitest';
import { createEngineClock } from '../src/engine-clock.js';

describe('engine clock', () => {
  it('fires manual timers in due order only when advanced', () => {
    const clock = createEngineClock({ mode: 'manual', startMs: 1_000 });
    const fired: string[] = [];
    clock.schedule(3_000, () => fired.push('c'));
    clock.schedule(2_000, () => fired.push('a'));
    clock.schedule(2_000, () => fired.push('b'));
    const cancelled = clock.schedule(2_500, () => fired.push('x'));
    cancelled.cancel();
    clock.advance(999);
    expect(fired).toEqual([]);
    clock.advance(1);
    expect(fired).toEqual(['a', 'b']);
    clock.advance(5_000);
    expect(fired).toEqual(['a', 'b', 'c']);
    expect(clock.now()).toBe(7_000);
  });

  it('fires timers scheduled by timers in the same advance, and survives a throwing callback', () => {
    const errors: unknown[] = [];
    const clock = createEngineClock({ mode: 'manual', startMs: 0, onError: (e) => errors.push(e) });
    const fired: number[] = [];
    clock.schedule(10, () => {
      fired.push(10);
      clock.schedule(20, () => fired.push(20));
      throw new Error('boom');
    });
    clock.advance(100);
    expect(fired).toEqual([10, 20]);
    expect(errors).toHaveLength(1);
  });

  it('set and reset move a manual clock and fire what falls due', () => {
    const clock = createEngineClock({ mode: 'manual', startMs: 0 });
    let fired = false;
    clock.schedule(500, () => {
      fired = true;
    });
    clock.set(600);
    expect(fired).toBe(true);
    clock.reset();
    expect(clock.now()).toBe(0);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  it('a pinned real clock stands still at the pinned time until pinned again, moved or reset', async () => {
    const clock = createEngineClock({ mode: 'real' });
    const pinnedAt = Date.parse('2031-06-01T00:00:00Z');
    const fired: string[] = [];
    clock.schedule(pinnedAt - 1, () => fired.push('before'));
    clock.schedule(pinnedAt + 1, () => fired.push('after'));
    clock.pin(pinnedAt);
    expect(fired).toEqual(['before']);
    expect(clock.now()).toBe(pinnedAt);
    // The wall clock moves on; the pinned clock does not.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(clock.now()).toBe(pinnedAt);
    expect(fired).toEqual(['before']);
    clock.advance(1);
    expect(clock.now()).toBe(pinnedAt + 1);
    expect(fired).toEqual(['before', 'after']);
    clock.pin(pinnedAt + 10);
    expect(clock.now()).toBe(pinnedAt + 10);
    const wall = Date.now();
    clock.reset();
    expect(clock.now()).toBeGreaterThanOrEqual(wall);
    expect(clock.now()).toBeLessThan(pinnedAt);
    clock.cancelAll();
  });

  it('pin on a manual clock moves it like set', () => {
    const clock = createEngineClock({ mode: 'manual', startMs: 0 });
    clock.pin(1_000);
    expect(clock.now()).toBe(1_000);
    expect(() => clock.pin(Number.NaN)).toThrow(RangeError);
  });

  it('a real clock follows the wall clock plus the offset from advance', () => {
    const clock = createEngineClock({ mode: 'real' });
    const before = Date.now();
    clock.advance(60_000);
    expect(clock.now()).toBeGreaterThanOrEqual(before + 60_000);
    let fired = false;
    clock.schedule(clock.now() + 3_600_000, () => {
      fired = true;
    });
    clock.advance(3_600_000);
    expect(fired).toBe(true);
    clock.cancelAll();
  });
});
