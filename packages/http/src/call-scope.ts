/** Cancellation and deadline of one `send` call, shared by all its attempts. */
export interface CallScope {
  /** Aborts on the caller's signal or at the deadline; `undefined` when neither exists. */
  readonly signal: AbortSignal | undefined;
  /** The same signal in the shape `AuthProvider.headers` takes (allocated once per call). */
  readonly authContext: { readonly signal?: AbortSignal };
  /** Clock time by which the call must be over; `Infinity` without a timeout. */
  readonly deadline: number;
  /** The call budget; 0 when there is none. */
  readonly timeoutMs: number;
  /** Why the signal fired: the caller aborted, or the budget ran out. */
  readonly abortedBy: 'caller' | 'timeout' | undefined;
  /** The caller's abort reason. */
  readonly callerReason: unknown;
  /**
   * Settles with `promise`, or rejects as soon as the scope aborts. undici only notices an abort once a
   * request has a connection, so a call stuck connecting would otherwise wait for the connect timeout.
   */
  race<T>(promise: Promise<T>): Promise<T>;
  /** Clears the timer and listener; call once the call is over. */
  dispose(): void;
}

const NO_CONTEXT = Object.freeze({});

const UNBOUNDED: CallScope = Object.freeze({
  signal: undefined,
  authContext: NO_CONTEXT,
  deadline: Number.POSITIVE_INFINITY,
  timeoutMs: 0,
  abortedBy: undefined,
  callerReason: undefined,
  race: <T>(promise: Promise<T>) => promise,
  dispose: () => {},
});

/**
 * A class rather than closures: one scope is opened per call on the hot path, and a class keeps that to one
 * object, one AbortController and one timer.
 */
class AbortableScope implements CallScope {
  readonly signal: AbortSignal;
  readonly authContext: { readonly signal: AbortSignal };
  readonly deadline: number;
  readonly timeoutMs: number;
  abortedBy: 'caller' | 'timeout' | undefined;
  private readonly controller = new AbortController();
  private readonly callerSignal: AbortSignal | undefined;
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private pendingReject: ((reason: unknown) => void) | undefined;
  private readonly onCallerAbort = () => this.fire('caller');

  constructor(callerSignal: AbortSignal | undefined, timeoutMs: number, now: number) {
    this.signal = this.controller.signal;
    this.authContext = { signal: this.signal };
    this.callerSignal = callerSignal;
    this.timeoutMs = timeoutMs;
    this.deadline = timeoutMs > 0 ? now + timeoutMs : Number.POSITIVE_INFINITY;
    this.timer = timeoutMs > 0 ? setTimeout(fireTimeout, timeoutMs, this) : undefined;
    if (callerSignal !== undefined) {
      if (callerSignal.aborted) this.fire('caller');
      else callerSignal.addEventListener('abort', this.onCallerAbort, { once: true });
    }
  }

  get callerReason(): unknown {
    return this.callerSignal?.reason;
  }

  fire(by: 'caller' | 'timeout'): void {
    if (this.abortedBy !== undefined) return;
    this.abortedBy = by;
    const reason =
      by === 'caller'
        ? this.callerSignal?.reason
        : new DOMException(`The call exceeded its ${this.timeoutMs} ms budget`, 'TimeoutError');
    this.controller.abort(reason);
    this.pendingReject?.(reason);
  }

  race<T>(promise: Promise<T>): Promise<T> {
    if (this.abortedBy !== undefined) {
      promise.catch(() => {});
      return Promise.reject(this.signal.reason);
    }
    return new Promise<T>((resolve, reject) => {
      this.pendingReject = reject;
      promise.then(
        (value) => {
          this.pendingReject = undefined;
          resolve(value);
        },
        (error: unknown) => {
          this.pendingReject = undefined;
          reject(error);
        },
      );
    });
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
    this.pendingReject = undefined;
  }
}

function fireTimeout(scope: AbortableScope): void {
  scope.fire('timeout');
}

/**
 * Opens the scope of one call: one AbortController and at most one timer per call (not per attempt); nothing
 * at all when there is neither a caller signal nor a timeout.
 */
export function openCallScope(
  callerSignal: AbortSignal | undefined,
  timeoutMs: number,
  now: number,
): CallScope {
  const budget = timeoutMs > 0 && Number.isFinite(timeoutMs) ? timeoutMs : 0;
  if (budget === 0 && callerSignal === undefined) return UNBOUNDED;
  return new AbortableScope(callerSignal, budget, now);
}
