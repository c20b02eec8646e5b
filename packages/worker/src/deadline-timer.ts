import type { WorkerClock } from './clock.js';
import { createSlotList } from './slot-list.js';

/** One timer for the deadlines of all the jobs of a worker. */
export interface DeadlineTimer<T> {
  /** Watches `run` until its deadline passes or {@link DeadlineTimer.unwatch} is called. */
  watch(run: T): void;
  /** Stops watching `run`; nothing happens when it is not watched. */
  unwatch(run: T): void;
}

/**
 * Watches the deadlines of a worker's job runs with a single clock timer armed for the earliest one, instead of a
 * timer per job: a job that finishes in time (nearly all of them) costs a set insertion and deletion, not a timer
 * object, a closure and two changes of the timer list. When the timer fires it scans the watched runs (at most the
 * worker's concurrency), reports those whose deadline passed and arms itself for the earliest of the rest; a
 * deadline that moved later is simply not due yet.
 */
export function createDeadlineTimer<T>(
  clock: WorkerClock,
  /** The run's current deadline (clock ms); read at every check, so an accepted extension moves it. */
  deadlineOf: (run: T) => number,
  /** Called once for a watched run whose deadline passed; the run is no longer watched then. */
  passed: (run: T) => void,
): DeadlineTimer<T> {
  // Not a Set: see createSlotList (a Set filled and emptied with every batch keeps job runs alive).
  const watched = createSlotList<T>();
  let handle: unknown;
  let armedAt = Number.POSITIVE_INFINITY;

  function arm(at: number): void {
    if (handle !== undefined) {
      if (at >= armedAt) return;
      clock.clearTimeout(handle);
    }
    armedAt = at;
    handle = clock.setTimeout(fire, Math.max(0, at - clock.now()));
  }

  function fire(): void {
    handle = undefined;
    armedAt = Number.POSITIVE_INFINITY;
    const now = clock.now();
    const due: T[] = [];
    for (const run of watched.toArray()) if (deadlineOf(run) <= now) due.push(run);
    for (const run of due) {
      watched.delete(run);
      passed(run);
    }
    let next = Number.POSITIVE_INFINITY;
    for (const run of watched.toArray()) next = Math.min(next, deadlineOf(run));
    if (next !== Number.POSITIVE_INFINITY) arm(next);
  }

  return {
    watch(run) {
      watched.add(run);
      arm(deadlineOf(run));
    },
    unwatch(run) {
      watched.delete(run);
      // The timer stays armed: when it fires with nothing due it re-arms for the next deadline, or stops.
      if (watched.size === 0 && handle !== undefined) {
        clock.clearTimeout(handle);
        handle = undefined;
        armedAt = Number.POSITIVE_INFINITY;
      }
    },
  };
}
