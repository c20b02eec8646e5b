import type { WorkerClock } from '../../src/clock.js';

/** A virtual clock: time moves only when the test calls `advance`, which runs every timer that falls due. */
export interface ManualClock extends WorkerClock {
  /** Moves time forward by `ms`, running due timers in order and letting promises settle between them. */
  advance(ms: number): Promise<void>;
  /** Timers not yet run. */
  pending(): number;
}

export function createManualClock(start = 1_000_000): ManualClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    pending: () => timers.size,
    async advance(ms) {
      const target = now + ms;
      await flush();
      for (;;) {
        let nextKey: number | undefined;
        let nextAt = Number.POSITIVE_INFINITY;
        for (const [id, t] of timers) {
          if (t.at <= target && t.at < nextAt) {
            nextAt = t.at;
            nextKey = id;
          }
        }
        if (nextKey === undefined) break;
        const timer = timers.get(nextKey);
        timers.delete(nextKey);
        now = nextAt;
        timer?.callback();
        await flush();
      }
      now = target;
      await flush();
    },
  };
}

/** Lets pending promise callbacks run (several macrotask turns, so chains of awaits settle). */
export async function flush(turns = 5): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
