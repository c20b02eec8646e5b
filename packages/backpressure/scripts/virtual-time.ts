import type { BackpressureClock } from '../src/index.js';

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly fn: () => void;
  cancelled: boolean;
}

/** A clock whose time moves only when `run` pops the next timer; everything in between happens at one instant. */
export interface VirtualTime extends BackpressureClock {
  sleep(ms: number): Promise<void>;
  /** Runs timers in time order until `untilMs`, letting promise continuations settle after each one. */
  run(untilMs: number): Promise<void>;
}

/** Binary min-heap of timers ordered by time, then by scheduling order (so equal times run FIFO). */
export function createVirtualTime(): VirtualTime {
  const heap: Timer[] = [];
  let now = 0;
  let seq = 0;
  const before = (a: Timer, b: Timer) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  const push = (timer: Timer) => {
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const pop = (): Timer | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  const clock: VirtualTime = {
    now: () => now,
    setTimeout(fn, ms) {
      const timer: Timer = { at: now + Math.max(0, ms), seq: seq++, fn, cancelled: false };
      push(timer);
      return timer;
    },
    clearTimeout(handle) {
      (handle as Timer).cancelled = true;
    },
    sleep: (ms) => new Promise((resolve) => clock.setTimeout(resolve, ms)),
    async run(untilMs) {
      await settle();
      for (;;) {
        const next = heap[0];
        if (next === undefined || next.at > untilMs) break;
        pop();
        if (next.cancelled) continue;
        now = next.at;
        next.fn();
        await settle();
      }
      now = untilMs;
    },
  };
  return clock;
}

/** Small seeded PRNG (mulberry32), so every run of the simulation prints the same table. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
