/** What the budget timer needs of a call scope: when it expires, and what to do then. */
export interface BudgetWatch {
  /** `performance.now()` time at which the budget runs out. */
  readonly expiresAt: number;
  /** Called once when the budget ran out while watched; the watch has ended then. */
  expire(): void;
  /** Links of the timer's list; only the timer touches them. */
  previousWatch: BudgetWatch | undefined;
  nextWatch: BudgetWatch | undefined;
  watched: boolean;
}

/** `setTimeout` takes at most a signed 32-bit delay; longer ones fire at once (with a warning) instead. */
const MAX_DELAY_MS = 2_147_483_647;

let head: BudgetWatch | undefined;
let tail: BudgetWatch | undefined;
let handle: ReturnType<typeof setTimeout> | undefined;
let armedAt = Number.POSITIVE_INFINITY;
/** The armed timer no longer holds the process (no call is watched), but is kept for the next call. */
let idle = false;

/** Node's timers can stop holding the process without being cleared; browsers' are plain numbers. */
type Refable = { ref(): unknown; unref(): unknown };

function canUnref(timer: unknown): timer is Refable {
  return typeof (timer as Partial<Refable> | undefined)?.unref === 'function';
}

/**
 * Starts watching a call's budget. One timer serves every call in flight in the process, armed for the earliest
 * expiry, instead of a `setTimeout` and `clearTimeout` per call: a call that ends in time (nearly all of them)
 * costs linking and unlinking itself in a list. When the timer fires it expires the calls whose budget ran out
 * and arms itself for the earliest of the rest. With no call left it never holds the process: on Node it is
 * unref'd and kept (the next call refs it again, where clearing and re-arming would cost a timer per burst of
 * calls); elsewhere it is cleared.
 */
export function watchBudget(watch: BudgetWatch): void {
  if (idle) {
    idle = false;
    (handle as unknown as Refable).ref();
  }
  watch.watched = true;
  watch.previousWatch = tail;
  watch.nextWatch = undefined;
  if (tail === undefined) head = watch;
  else tail.nextWatch = watch;
  tail = watch;
  if (watch.expiresAt < armedAt) arm(watch.expiresAt);
}

/** Stops watching; nothing happens when the watch already ended. */
export function unwatchBudget(watch: BudgetWatch): void {
  if (!watch.watched) return;
  unlink(watch);
  // An armed timer is left as it is while calls remain: it re-arms for the next expiry when it fires.
  if (head === undefined && handle !== undefined) {
    if (canUnref(handle)) {
      idle = true;
      handle.unref();
      return;
    }
    clearTimeout(handle);
    handle = undefined;
    armedAt = Number.POSITIVE_INFINITY;
  }
}

function unlink(watch: BudgetWatch): void {
  watch.watched = false;
  const { previousWatch, nextWatch } = watch;
  if (previousWatch === undefined) head = nextWatch;
  else previousWatch.nextWatch = nextWatch;
  if (nextWatch === undefined) tail = previousWatch;
  else nextWatch.previousWatch = previousWatch;
  watch.previousWatch = undefined;
  watch.nextWatch = undefined;
}

function arm(at: number): void {
  if (handle !== undefined) clearTimeout(handle);
  armedAt = at;
  // Timers may fire a fraction of a millisecond before `performance.now()` reaches `at`: then nothing is due yet
  // and the timer is armed again for the rest.
  handle = setTimeout(fire, Math.min(MAX_DELAY_MS, Math.max(1, Math.ceil(at - performance.now()))));
}

function fire(): void {
  handle = undefined;
  idle = false;
  armedAt = Number.POSITIVE_INFINITY;
  const now = performance.now();
  const due: BudgetWatch[] = [];
  for (let watch = head; watch !== undefined; watch = watch.nextWatch) {
    if (watch.expiresAt <= now) due.push(watch);
  }
  for (const watch of due) unlink(watch);
  // Expiring a call runs its abort listeners, which may end other calls: the list is settled first.
  for (const watch of due) watch.expire();
  let next = Number.POSITIVE_INFINITY;
  for (let watch = head; watch !== undefined; watch = watch.nextWatch) {
    if (watch.expiresAt < next) next = watch.expiresAt;
  }
  if (next < armedAt) arm(next);
}
