import type { WorkerClock } from '../../src/clock.js';

/** A worker clock that reads the test engine's manual clock and moves it forward together with its own timers. */
export interface LinkedClock extends WorkerClock {
  /**
   * Moves both clocks forward by `ms`: the engine's clock up to each worker timer in turn (engine timers due
   * before it fire first), then the timer; after each step `settle` runs, so the requests a step caused are
   * answered before time moves on.
   */
  advance(ms: number, settle: () => Promise<void>): Promise<void>;
}

/** The part of `TestEngine['clock']` this clock drives. */
interface EngineClock {
  now(): number;
  advance(ms: number): void;
}

export function createLinkedClock(engineClock: EngineClock): LinkedClock {
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => engineClock.now(),
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: engineClock.now() + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    async advance(ms, settle) {
      const target = engineClock.now() + ms;
      await settle();
      for (;;) {
        let next: { id: number; at: number } | undefined;
        for (const [id, t] of timers)
          if (t.at <= target && (next === undefined || t.at < next.at)) next = { id, at: t.at };
        const stepTo = next?.at ?? target;
        if (stepTo > engineClock.now()) engineClock.advance(stepTo - engineClock.now());
        if (next === undefined) break;
        const timer = timers.get(next.id);
        timers.delete(next.id);
        timer?.callback();
        await settle();
      }
      await settle();
    },
  };
}
