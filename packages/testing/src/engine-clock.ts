/**
 * The engine's notion of time, the broker's clock: timers, job deadlines, retry back-offs, message TTLs, batch
 * operations and token expiry run on it, so a test that advances it sees them fire without sleeping. Request
 * timeouts (long polls, `awaitCompletion`) are the gateway's and run on wall time instead.
 */
export interface EngineClock {
  /** `'real'` follows the wall clock (plus any offset from `advance`/`set`); `'manual'` moves only when told. */
  readonly mode: 'real' | 'manual';
  /** Current engine time, epoch milliseconds. */
  now(): number;
  /** Moves time forward by `ms` and fires, in order, every timer that falls due. */
  advance(ms: number): void;
  /** Jumps to `epochMs` (forward or back) and fires every timer that falls due. */
  set(epochMs: number): void;
  /**
   * Pins the clock at `epochMs` (what `pinClock` does): it fires what falls due, then stands still until it is
   * pinned again, moved, or `reset`. A manual clock stands still anyway, so this is `set` there.
   */
  pin(epochMs: number): void;
  /** Back to the wall clock (`'real'`, unpinned) or to the start time (`'manual'`). */
  reset(): void;
}

/** A pending timer; `cancel` is idempotent. */
export interface ScheduledTimer {
  cancel(): void;
}

/** The engine-internal side of the clock: scheduling callbacks at engine times. */
export interface SchedulingClock extends EngineClock {
  /** Calls `fn` once engine time reaches `atMs`. */
  schedule(atMs: number, fn: () => void): ScheduledTimer;
  /** Cancels every pending timer (engine stop and reset). */
  cancelAll(): void;
}

/** Options of {@link createEngineClock}. */
export interface EngineClockOptions {
  readonly mode: 'real' | 'manual';
  /** Start time of a manual clock, epoch ms (default: the wall clock at creation). */
  readonly startMs?: number;
  /** Called when a timer callback throws, so one bad timer cannot stop the others. */
  readonly onError?: (error: unknown) => void;
}

interface TimerEntry {
  readonly at: number;
  readonly seq: number;
  readonly fn: () => void;
  cancelled: boolean;
}

// Real timers are re-armed at most this far ahead, so a far-future timer never overflows setTimeout's range.
const MAX_REAL_DELAY_MS = 2 ** 30;

/**
 * Creates the engine clock. Timers live in one binary heap; a real clock arms a single `setTimeout` for the
 * earliest of them, a manual clock fires them only from `advance`/`set`.
 */
export function createEngineClock(options: EngineClockOptions): SchedulingClock {
  const startMs = options.startMs ?? Date.now();
  let manualNow = startMs;
  let offset = 0;
  // A pinned real clock stands still at this time.
  let pinned: number | undefined;
  let seq = 0;
  const heap: TimerEntry[] = [];
  let realTimer: NodeJS.Timeout | undefined;
  let armedAt = Number.POSITIVE_INFINITY;
  let firing = false;

  const now = options.mode === 'real' ? () => pinned ?? Date.now() + offset : () => manualNow;

  const less = (a: TimerEntry, b: TimerEntry) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  const push = (entry: TimerEntry) => {
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(heap[i] as TimerEntry, heap[parent] as TimerEntry)) break;
      [heap[i], heap[parent]] = [heap[parent] as TimerEntry, heap[i] as TimerEntry];
      i = parent;
    }
  };
  const pop = (): TimerEntry | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l] as TimerEntry, heap[m] as TimerEntry)) m = l;
        if (r < heap.length && less(heap[r] as TimerEntry, heap[m] as TimerEntry)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m] as TimerEntry, heap[i] as TimerEntry];
        i = m;
      }
    }
    return top;
  };

  const fireDue = () => {
    if (firing) return;
    firing = true;
    try {
      for (;;) {
        const top = heap[0];
        if (top === undefined || top.at > now()) break;
        pop();
        if (top.cancelled) continue;
        top.cancelled = true;
        try {
          top.fn();
        } catch (error) {
          options.onError?.(error);
        }
      }
    } finally {
      firing = false;
    }
    arm();
  };

  const arm = () => {
    if (options.mode !== 'real') return;
    while (heap[0]?.cancelled) pop();
    const next = heap[0];
    // Pinned time does not move: nothing falls due until the clock is moved or reset.
    if (next === undefined || pinned !== undefined) {
      if (realTimer !== undefined) clearTimeout(realTimer);
      realTimer = undefined;
      armedAt = Number.POSITIVE_INFINITY;
      return;
    }
    if (realTimer !== undefined && armedAt <= next.at) return;
    if (realTimer !== undefined) clearTimeout(realTimer);
    armedAt = next.at;
    const delay = Math.min(Math.max(0, next.at - now()), MAX_REAL_DELAY_MS);
    realTimer = setTimeout(() => {
      realTimer = undefined;
      armedAt = Number.POSITIVE_INFINITY;
      fireDue();
    }, delay);
  };

  const moveTo = (target: number) => {
    if (options.mode === 'manual') manualNow = target;
    else if (pinned !== undefined) pinned = target;
    else offset = target - Date.now();
    // A clock moved back leaves the real timer armed too late; re-arm from scratch.
    if (realTimer !== undefined) clearTimeout(realTimer);
    realTimer = undefined;
    armedAt = Number.POSITIVE_INFINITY;
    fireDue();
  };

  return {
    mode: options.mode,
    now,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError(`advance(ms) needs a finite ms >= 0, got ${ms}`);
      moveTo(now() + ms);
    },
    set(epochMs) {
      if (!Number.isFinite(epochMs)) throw new RangeError(`set(epochMs) needs a finite time, got ${epochMs}`);
      moveTo(epochMs);
    },
    pin(epochMs) {
      if (!Number.isFinite(epochMs)) throw new RangeError(`pin(epochMs) needs a finite time, got ${epochMs}`);
      if (options.mode === 'real') pinned = epochMs;
      moveTo(epochMs);
    },
    reset() {
      pinned = undefined;
      moveTo(options.mode === 'real' ? Date.now() : startMs);
    },
    schedule(atMs, fn) {
      const entry: TimerEntry = { at: atMs, seq: seq++, fn, cancelled: false };
      push(entry);
      if (atMs <= now() && !firing) queueMicrotask(fireDue);
      else arm();
      return {
        cancel() {
          entry.cancelled = true;
        },
      };
    },
    cancelAll() {
      for (const entry of heap) entry.cancelled = true;
      heap.length = 0;
      if (realTimer !== undefined) clearTimeout(realTimer);
      realTimer = undefined;
      armedAt = Number.POSITIVE_INFINITY;
    },
  };
}
