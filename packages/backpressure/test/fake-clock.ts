import type { BackpressureClock } from '../src/index.js';

interface FakeTimer {
  readonly at: number;
  readonly seq: number;
  readonly fn: () => void;
  cancelled: boolean;
  unrefCalls: number;
  unref(): void;
}

/** A virtual clock for tests: time moves only through `advance`, which also lets promise callbacks run. */
export interface FakeClock extends BackpressureClock {
  /** Moves time forward, firing due timers in order and settling promise callbacks after each. */
  advance(ms: number): Promise<void>;
  /** Timers scheduled and neither fired nor cancelled. */
  pending(): number;
  /** Every handle ever returned, to check that each was unref'd. */
  readonly handles: readonly FakeTimer[];
}

/** Lets every queued promise callback run (one macrotask turn; no time passes). */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Whether `promise` has settled, after queued callbacks had their turn. */
export async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  await settle();
  return settled;
}

export function createFakeClock(start = 1_000): FakeClock {
  let now = start;
  let seq = 0;
  const timers: FakeTimer[] = [];
  const handles: FakeTimer[] = [];
  return {
    handles,
    now: () => now,
    setTimeout(fn, ms) {
      const timer: FakeTimer = {
        at: now + ms,
        seq: seq++,
        fn,
        cancelled: false,
        unrefCalls: 0,
        unref() {
          this.unrefCalls += 1;
        },
      };
      timers.push(timer);
      handles.push(timer);
      return timer;
    },
    clearTimeout(handle) {
      (handle as FakeTimer).cancelled = true;
    },
    pending: () => timers.filter((t) => !t.cancelled).length,
    async advance(ms) {
      const until = now + ms;
      await settle();
      for (;;) {
        const due = timers
          .filter((t) => !t.cancelled && t.at <= until)
          .sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
        if (due === undefined) break;
        timers.splice(timers.indexOf(due), 1);
        now = due.at;
        due.fn();
        await settle();
      }
      now = until;
    },
  };
}
