import type { Clock } from '../src/clock.js';

/** A virtual clock: `sleep` advances time instantly, so waiting logic runs without real delays. */
export function fakeClock(start = 0): Clock & { readonly sleeps: number[]; advance(ms: number): void } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
    async sleep(ms, signal, onAbort) {
      if (signal?.aborted) throw onAbort(signal);
      sleeps.push(ms);
      now += ms;
    },
  };
}
