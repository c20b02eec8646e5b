import { afterEach, describe, expect, it } from 'vitest';
import { type BudgetWatch, unwatchBudget, watchBudget } from '../src/budget-timer.js';

function budget(inMs: number, onExpire: () => void = () => {}): BudgetWatch {
  return {
    expiresAt: performance.now() + inMs,
    expire: onExpire,
    previousWatch: undefined,
    nextWatch: undefined,
    watched: false,
  };
}

/** Timers that hold the process (unref'd ones are not listed). */
function heldTimers(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
}

const watches: BudgetWatch[] = [];
afterEach(() => {
  for (const watch of watches.splice(0)) unwatchBudget(watch);
});

describe('the budget timer', () => {
  it('holds the process only while a call is watched, and serves later calls with the same timer', () => {
    const before = heldTimers();
    for (let call = 0; call < 2; call++) {
      const watch = budget(60_000);
      watches.push(watch);
      watchBudget(watch);
      expect(heldTimers()).toBe(before + 1);
      unwatchBudget(watch);
      expect(heldTimers()).toBe(before);
    }
  });

  it('still expires a call watched after the timer went idle, on time', async () => {
    const idleMaker = budget(60_000);
    watchBudget(idleMaker);
    unwatchBudget(idleMaker);
    const expired = new Promise<number>((resolve) => {
      const watch = budget(30, () => resolve(performance.now()));
      watches.push(watch);
      watchBudget(watch);
    });
    const startedAt = performance.now();
    const at = await expired;
    expect(at - startedAt).toBeGreaterThanOrEqual(25);
    expect(at - startedAt).toBeLessThan(1_000);
  });
});
