import { type BudgetWatch, unwatchBudget, watchBudget } from './budget-timer.js';

type Listener = () => void;

/**
 * Cancellation and deadline of one `send` call, shared by all its attempts.
 *
 * Senders that can cancel a request themselves (undici's dispatch) listen with `onAbort`: a plain listener slot
 * costs far less per request than an AbortController, whose EventTarget listeners measurably slow the request
 * path. A real `AbortSignal` is only made when someone asks for `signal` (`fetch`, a gate that has to queue, a
 * backoff sleep).
 */
export interface CallScope {
  /** True once the caller aborted or the budget ran out. */
  readonly aborted: boolean;
  /** Why: the caller's reason, or a `TimeoutError` DOMException. */
  readonly reason: unknown;
  /** Which of the two fired first. */
  readonly abortedBy: 'caller' | 'timeout' | undefined;
  /** The caller's abort reason. */
  readonly callerReason: unknown;
  /** Clock time by which the call must be over; `Infinity` without a timeout. */
  readonly deadline: number;
  /** The call budget; 0 when there is none. */
  readonly timeoutMs: number;
  /** A real AbortSignal that fires with the scope; made on first use. `undefined` for an unbounded scope. */
  readonly signal: AbortSignal | undefined;
  /** The caller's own signal, for `AuthProvider.headers` (which is raced against the scope as well). */
  readonly callerSignal: AbortSignal | undefined;
  /** Calls `listener` once, when the scope aborts; nothing for an unbounded scope, which never does. */
  onAbort(listener: () => void): void;
  /** Removes a listener added with `onAbort`. */
  offAbort(listener: () => void): void;
  /** Aborts the call for its owner (a transport closing under a long poll), as a caller abort with `reason`. */
  cancel(reason: unknown): void;
  /**
   * Settles with `promise`, or rejects as soon as the scope aborts. undici only notices an abort once a request
   * has a connection, and a credentials provider may ignore the budget; neither may hold the caller past it.
   */
  race<T>(promise: Promise<T>): Promise<T>;
  /** Clears the timer and the caller listener; call once the call is over. */
  dispose(): void;
}

const UNBOUNDED: CallScope = Object.freeze({
  aborted: false,
  reason: undefined,
  abortedBy: undefined,
  callerReason: undefined,
  deadline: Number.POSITIVE_INFINITY,
  timeoutMs: 0,
  signal: undefined,
  callerSignal: undefined,
  onAbort: () => {},
  offAbort: () => {},
  cancel: () => {},
  race: <T>(promise: Promise<T>) => promise,
  dispose: () => {},
});

class AbortableScope implements CallScope, BudgetWatch {
  aborted = false;
  reason: unknown;
  abortedBy: 'caller' | 'timeout' | undefined;
  callerReason: unknown;
  readonly deadline: number;
  readonly timeoutMs: number;
  readonly callerSignal: AbortSignal | undefined;
  readonly expiresAt: number;
  previousWatch: BudgetWatch | undefined = undefined;
  nextWatch: BudgetWatch | undefined = undefined;
  watched = false;
  private controller: AbortController | undefined;
  private listener: Listener | undefined;
  private extraListeners: Listener[] | undefined;
  private pendingReject: ((reason: unknown) => void) | undefined;
  private readonly onCallerAbort: Listener | undefined;

  constructor(callerSignal: AbortSignal | undefined, timeoutMs: number, now: number, monotonicNow: number) {
    this.callerSignal = callerSignal;
    this.timeoutMs = timeoutMs;
    this.deadline = timeoutMs > 0 ? now + timeoutMs : Number.POSITIVE_INFINITY;
    // The budget's own time base: `now` is the transport's clock, which tests may run in virtual time.
    this.expiresAt = timeoutMs > 0 ? monotonicNow + timeoutMs : Number.POSITIVE_INFINITY;
    if (timeoutMs > 0) watchBudget(this);
    if (callerSignal !== undefined) {
      this.onCallerAbort = () => this.fire('caller');
      if (callerSignal.aborted) this.fire('caller');
      else callerSignal.addEventListener('abort', this.onCallerAbort, { once: true });
    }
  }

  get signal(): AbortSignal {
    if (this.controller === undefined) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }

  onAbort(listener: Listener): void {
    if (this.listener === undefined) this.listener = listener;
    else if (this.extraListeners === undefined) this.extraListeners = [listener];
    else this.extraListeners.push(listener);
  }

  offAbort(listener: Listener): void {
    if (this.listener === listener) this.listener = undefined;
    else if (this.extraListeners !== undefined) {
      const index = this.extraListeners.indexOf(listener);
      if (index >= 0) this.extraListeners.splice(index, 1);
    }
  }

  expire(): void {
    this.fire('timeout');
  }

  cancel(reason: unknown): void {
    this.fire('caller', reason);
  }

  fire(by: 'caller' | 'timeout', reason: unknown = this.callerSignal?.reason): void {
    if (this.aborted) return;
    unwatchBudget(this);
    this.aborted = true;
    this.abortedBy = by;
    if (by === 'caller') this.callerReason = reason;
    this.reason =
      by === 'caller'
        ? reason
        : new DOMException(`The call exceeded its ${this.timeoutMs} ms budget`, 'TimeoutError');
    this.controller?.abort(this.reason);
    const listener = this.listener;
    const extra = this.extraListeners;
    this.listener = undefined;
    this.extraListeners = undefined;
    listener?.();
    if (extra !== undefined) for (const fn of extra) fn();
    this.pendingReject?.(this.reason);
  }

  race<T>(promise: Promise<T>): Promise<T> {
    if (this.aborted) {
      promise.then(undefined, () => {});
      return Promise.reject(this.reason);
    }
    // The settled race's `reject` is kept until the next race or `dispose`: rejecting a settled promise does
    // nothing, and not clearing it spares two closures per race.
    return new Promise<T>((resolve, reject) => {
      this.pendingReject = reject;
      promise.then(resolve, reject);
    });
  }

  dispose(): void {
    unwatchBudget(this);
    if (this.onCallerAbort !== undefined) this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
    this.pendingReject = undefined;
  }
}

/**
 * Opens the scope of one call: its budget is watched by the process's one budget timer (see `watchBudget`), no
 * AbortController unless asked for, and nothing at all when there is neither a caller signal nor a timeout and
 * the call need not be `cancellable` by its owner. `monotonicNow` is `performance.now()` at `now`, when the caller
 * already has it.
 */
export function openCallScope(
  callerSignal: AbortSignal | undefined,
  timeoutMs: number,
  now: number,
  cancellable = false,
  monotonicNow?: number,
): CallScope {
  const budget = timeoutMs > 0 && Number.isFinite(timeoutMs) ? timeoutMs : 0;
  if (budget === 0 && callerSignal === undefined && !cancellable) return UNBOUNDED;
  return new AbortableScope(callerSignal, budget, now, monotonicNow ?? performance.now());
}
