import { BackpressureAbortError } from './backpressure-abort-error.js';
import type { BackpressureProfile } from './backpressure-profiles.js';
import { BackpressureQueueFullError } from './backpressure-queue-full-error.js';
import { compileGateOptions } from './compile-gate-options.js';
import { createLatencyTracker } from './latency-tracker.js';

/** Time source of the gate; inject a virtual one in tests and simulations. */
export interface BackpressureClock {
  /** Milliseconds on a monotonic scale. */
  now(): number;
  /** Schedules `fn`; a returned handle with an `unref()` method is unref'd. */
  setTimeout(fn: () => void, ms: number): unknown;
  /** Cancels a handle returned by `setTimeout`. */
  clearTimeout(handle: unknown): void;
}

/** `healthy`: ungated. `soft`: limited and recovering. `severe`: at the floor and still overloaded (backing off). */
export type BackpressureSeverity = 'healthy' | 'soft' | 'severe';

/** A snapshot of the gate. */
export interface BackpressureState {
  /** `healthy` (unlimited), `soft` (limited) or `severe` (backing off at the floor). */
  readonly severity: BackpressureSeverity;
  /** Permits callers may hold at once, or `null` while unlimited. */
  readonly limit: number | null;
  /** Permits held by gated operations (exempt and long-poll operations are not counted). */
  readonly inFlight: number;
  /** Callers queued in `acquire`. */
  readonly waiting: number;
  /** Current floor backoff step, 0 when not backing off. */
  readonly backoffMs: number;
}

/** What one call's attempt ended in; `latencyMs` runs from sending the request to its answer. */
export type BackpressureOutcome =
  | {
      /** The request was answered (any status but an overload signal). */
      readonly type: 'success';
      /** The operation id. */
      readonly operation: string;
      /** From sending the request to its answer. */
      readonly latencyMs: number;
    }
  | {
      /** The cluster signalled overload: 429, or 503/500 naming `RESOURCE_EXHAUSTED`. */
      readonly type: 'overload';
      /** The operation id. */
      readonly operation: string;
      /** The HTTP status of the overload answer. */
      readonly status: number;
      /** From sending the request to its answer. */
      readonly latencyMs: number;
    }
  | {
      /** No answer (network error, timeout, abort): says nothing about load. */
      readonly type: 'error';
      /** The operation id. */
      readonly operation: string;
    };

/** Why the gate changed its state. */
export type BackpressureChangeReason = 'decrease' | 'backoff' | 'backoff-cleared' | 'increase' | 'unlimited';

/** Emitted to `onChange` whenever severity, limit or backoff changes (not on every permit). */
export interface BackpressureChangeEvent {
  /** What moved the gate. */
  readonly reason: BackpressureChangeReason;
  /** The operation whose outcome caused the change; absent for timer-driven changes. */
  readonly operation?: string;
  /** The state before the change. */
  readonly previous: BackpressureState;
  /** The state after the change. */
  readonly state: BackpressureState;
}

/** Options of {@link createBackpressureGate}; every knob overrides the profile's value. */
export interface BackpressureGateOptions {
  /** Knob set to start from (default `BALANCED`). */
  readonly profile?: BackpressureProfile | undefined;
  /** Lowest concurrency limit; below it the gate paces with an escalating backoff. */
  readonly floor?: number | undefined;
  /** Limit multiplier applied once per round trip of overload signals, 0 < f < 1. */
  readonly decreaseFactor?: number | undefined;
  /** Period of the recovery timer; the limit grows after each quiet interval. */
  readonly recoveryIntervalMs?: number | undefined;
  /** Limit multiplier per quiet recovery interval (at least +1 permit), > 1. */
  readonly recoveryFactor?: number | undefined;
  /** Time without any overload signal after which the limit is lifted entirely. */
  readonly unlimitedAfterMs?: number | undefined;
  /** First backoff delay when the floor itself is overloaded. */
  readonly backoffBaseMs?: number | undefined;
  /** Upper bound of the floor backoff, which doubles on each further signal. */
  readonly backoffMaxMs?: number | undefined;
  /** Callers allowed to queue before `acquire` fails with `BackpressureQueueFullError`. */
  readonly maxWaiters?: number | undefined;
  /**
   * Early signal: while an operation's recent latency exceeds this multiple of its long-run average, the limit
   * holds instead of growing (default 2; `Infinity` turns it off).
   */
  readonly latencyTolerance?: number | undefined;
  /** Operations never gated and never waiting (replaces the default list). */
  readonly exemptOperations?: readonly string[] | undefined;
  /** Long-poll operations, run in their own lane (replaces the default list). */
  readonly longPollOperations?: readonly string[] | undefined;
  /** Time source and timers (tests inject a virtual clock). */
  readonly clock?: BackpressureClock | undefined;
  /** Called on every change of severity, limit or backoff; a throwing hook is ignored. */
  readonly onChange?: ((event: BackpressureChangeEvent) => void) | undefined;
  /** Source of backoff jitter in [0, 1) (default `Math.random`). */
  readonly random?: (() => number) | undefined;
}

/** What {@link BackpressureGate.acquire} takes. */
export interface BackpressureAcquireRequest {
  /** The operation id: decides the lane (gated, exempt, long-poll). */
  readonly operation: string;
  /** Aborting it takes the caller out of the queue at once. */
  readonly signal?: AbortSignal | undefined;
  /** Longest time to wait in the queue (the caller's remaining budget); none when absent or not finite. */
  readonly timeoutMs?: number | undefined;
}

/** The right to send one request; release it once the answer is in (repeated calls are ignored). */
export interface Permit {
  /** Gives the permit back. */
  release(): void;
}

/** Adaptive client-side concurrency gate. */
export interface BackpressureGate {
  /**
   * Waits for a permit: immediately while unlimited or below the limit, otherwise in FIFO order. Rejects with a
   * {@link BackpressureAbortError} when the signal aborts, `timeoutMs` passes while queued or the gate is closed
   * (the caller leaves the queue at once), and with `BackpressureQueueFullError` when `maxWaiters` callers are
   * already waiting.
   */
  acquire(request: BackpressureAcquireRequest): Promise<Permit>;
  /**
   * The permit {@link acquire} would grant at once, without a promise; `undefined` when `acquire` must be called
   * (the caller would queue, or be refused). Lets a request go out in the turn it was made. Optional for other
   * implementations; the gate of `createBackpressureGate` has it.
   */
  tryAcquire?(request: BackpressureAcquireRequest): Permit | undefined;
  /** Feeds one attempt's outcome to the controller; call it before releasing the attempt's permit. */
  record(outcome: BackpressureOutcome): void;
  /** Current snapshot. */
  state(): BackpressureState;
  /** Stops the timers and rejects every waiting caller with an `AbortError`. */
  close(): void;
}

interface Waiter {
  readonly operation: string;
  readonly resolve: (permit: Permit) => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  /** Timer of the caller's `timeoutMs`. */
  expiry: unknown;
}

type Lane = 'gated' | 'exempt' | 'longPoll';

/** Bound on the doubling wait before probing again a level that keeps failing, in recovery intervals. */
const MAX_PROBE_DELAY_TICKS = 16;

/** Permit of calls that are not counted: releasing it has nothing to give back. */
const UNCOUNTED_PERMIT: Permit = Object.freeze({ release() {} });

/**
 * Creates a gate that starts unlimited, shrinks its concurrency limit on overload signals, grows it back on a
 * timer and lifts it after a quiet period. See the package README for the algorithm and its knobs.
 */
export function createBackpressureGate(options: BackpressureGateOptions = {}): BackpressureGate {
  const o = compileGateOptions(options);
  const { clock } = o;
  const latency = createLatencyTracker(o.latencyTolerance);

  // Real-valued so that small multiplicative steps accumulate; callers see its integer part.
  let limit: number | null = null;
  let inFlight = 0;
  const queue: Waiter[] = [];
  let backoffMs = 0;
  let pausedUntil = 0;
  let lastSignalAt = Number.NEGATIVE_INFINITY;
  // The overload burst already reacted to: requests sent before `start` were sent under the old limit, so their
  // rejections do not shrink the limit again (one decrease per round trip), but each one proves that one more of
  // the `base` requests then in flight was too many.
  let burst: { start: number; base: number; rejected: number } | undefined;
  // Recovery: growth restarts at +1 after each decrease and doubles per quiet interval (at most ×recoveryFactor),
  // so a probe overshoots by little. A level that failed again waits twice as long before the next probe.
  let step = 1;
  // Concurrency known to have worked: in flight at the overload minus the attempts rejected from that burst.
  let knownGood = 0;
  // Quiet intervals spent at or above `knownGood` since the last decrease.
  let plateauTicks = 0;
  let probeDelayTicks = 1;
  let failedLevel: number | undefined;
  let recoveryTimer: unknown;
  let pauseTimer: unknown;

  // Long-poll lane: no permits, only its own backoff after its own rejections.
  const laneQueue: Waiter[] = [];
  let laneBackoffMs = 0;
  let lanePausedUntil = 0;
  let laneEscalatedAt = Number.NEGATIVE_INFINITY;
  let laneTimer: unknown;

  let closed = false;

  const laneOf = (operation: string): Lane =>
    o.exempt.has(operation) ? 'exempt' : o.longPoll.has(operation) ? 'longPoll' : 'gated';

  const permits = (): number =>
    limit === null ? Number.POSITIVE_INFINITY : Math.max(o.floor, Math.floor(limit));

  const state = (): BackpressureState =>
    Object.freeze({
      severity: backoffMs > 0 ? 'severe' : limit === null ? 'healthy' : 'soft',
      limit: limit === null ? null : permits(),
      inFlight,
      waiting: queue.length + laneQueue.length,
      backoffMs,
    });

  const schedule = (fn: () => void, ms: number): unknown => {
    const handle = clock.setTimeout(fn, Math.max(0, ms));
    // An idle gate must never keep the process alive.
    if (
      typeof handle === 'object' &&
      handle !== null &&
      'unref' in handle &&
      typeof handle.unref === 'function'
    ) {
      handle.unref();
    }
    return handle;
  };

  const cancel = (handle: unknown): undefined => {
    if (handle !== undefined) clock.clearTimeout(handle);
    return undefined;
  };

  const emit = (previous: BackpressureState, reason: BackpressureChangeReason, operation?: string): void => {
    if (o.onChange === undefined) return;
    const current = state();
    if (
      current.severity === previous.severity &&
      current.limit === previous.limit &&
      current.backoffMs === previous.backoffMs
    ) {
      return;
    }
    try {
      o.onChange(
        operation === undefined
          ? { reason, previous, state: current }
          : { reason, operation, previous, state: current },
      );
    } catch {
      // A faulty listener must not break the calls that pass through the gate.
    }
  };

  const jitter = (ms: number): number => ms * (0.5 + 0.5 * o.random());

  const mayGrant = (): boolean => o.observeOnly || (clock.now() >= pausedUntil && inFlight < permits());

  const dequeue = (list: Waiter[], waiter: Waiter): void => {
    if (waiter.onAbort !== undefined) waiter.signal?.removeEventListener('abort', waiter.onAbort);
    waiter.expiry = cancel(waiter.expiry);
    const index = list.indexOf(waiter);
    if (index >= 0) list.splice(index, 1);
  };

  const countedPermit = (): Permit => {
    inFlight += 1;
    let released = false;
    return {
      release() {
        if (released) return;
        released = true;
        inFlight -= 1;
        pump();
      },
    };
  };

  function pump(): void {
    while (queue.length > 0 && mayGrant()) {
      const waiter = queue[0]!;
      dequeue(queue, waiter);
      waiter.resolve(countedPermit());
    }
  }

  const pumpLane = (): void => {
    if (clock.now() < lanePausedUntil && !o.observeOnly) {
      if (laneQueue.length > 0 && laneTimer === undefined) {
        laneTimer = schedule(() => {
          laneTimer = undefined;
          pumpLane();
        }, lanePausedUntil - clock.now());
      }
      return;
    }
    laneTimer = cancel(laneTimer);
    for (const waiter of laneQueue.slice()) {
      dequeue(laneQueue, waiter);
      waiter.resolve(UNCOUNTED_PERMIT);
    }
  };

  const armPause = (): void => {
    pauseTimer = cancel(pauseTimer);
    pauseTimer = schedule(() => {
      pauseTimer = undefined;
      pump();
    }, pausedUntil - clock.now());
  };

  const clearBackoff = (): void => {
    backoffMs = 0;
    pausedUntil = 0;
    pauseTimer = cancel(pauseTimer);
    laneBackoffMs = 0;
    lanePausedUntil = 0;
  };

  const onRecoveryTick = (): void => {
    recoveryTimer = undefined;
    if (limit === null) return;
    const now = clock.now();
    const quietFor = now - lastSignalAt;
    const previous = state();
    let reason: BackpressureChangeReason | undefined;
    if (quietFor >= o.unlimitedAfterMs) {
      limit = null;
      burst = undefined;
      failedLevel = undefined;
      probeDelayTicks = 1;
      clearBackoff();
      reason = 'unlimited';
    } else if (quietFor >= o.recoveryIntervalMs) {
      // Recovery does not wait for successes: with every permit stuck in slow calls, none would come.
      if (backoffMs > 0 || laneBackoffMs > 0) {
        clearBackoff();
        reason = 'backoff-cleared';
      }
      if (failedLevel !== undefined && permits() > failedLevel) {
        // A whole quiet interval above the level that failed: capacity has grown, forget it.
        failedLevel = undefined;
        probeDelayTicks = 1;
      }
      if (!latency.inflated(now - o.recoveryIntervalMs)) {
        const maxGrowth = Math.max(1, limit * (o.recoveryFactor - 1));
        if (limit < knownGood) {
          // Back to the level that worked first; probing beyond it starts again at +1.
          limit += Math.min(knownGood - limit, maxGrowth);
          reason = 'increase';
        } else {
          plateauTicks += 1;
          if (plateauTicks >= probeDelayTicks) {
            const growth = Math.min(step, maxGrowth);
            limit += growth;
            step = growth * 2;
            reason = 'increase';
          }
        }
      }
    }
    pump();
    pumpLane();
    if (reason !== undefined) emit(previous, reason);
    if (limit !== null) recoveryTimer = schedule(onRecoveryTick, o.recoveryIntervalMs);
  };

  const onOverload = (lane: Lane, operation: string, latencyMs: number): void => {
    const now = clock.now();
    const sentAt = now - (Number.isFinite(latencyMs) && latencyMs > 0 ? latencyMs : 0);
    lastSignalAt = now;
    if (lane === 'longPoll' && sentAt >= laneEscalatedAt) {
      laneBackoffMs = laneBackoffMs === 0 ? o.backoffBaseMs : Math.min(o.backoffMaxMs, laneBackoffMs * 2);
      laneEscalatedAt = now;
      lanePausedUntil = now + jitter(laneBackoffMs);
    }
    const previous = state();
    let reason: BackpressureChangeReason = 'decrease';
    if (burst !== undefined && limit !== null && sentAt < burst.start) {
      if (lane === 'gated') {
        burst.rejected += 1;
        knownGood = Math.max(o.floor, burst.base - burst.rejected);
        limit = Math.max(o.floor, Math.min(limit, knownGood));
      }
    } else {
      const atFloor = limit !== null && permits() <= o.floor;
      const level = Math.min(permits(), inFlight);
      probeDelayTicks =
        failedLevel !== undefined && level <= failedLevel
          ? Math.min(MAX_PROBE_DELAY_TICKS, probeDelayTicks * 2)
          : 1;
      failedLevel = level;
      step = 1;
      plateauTicks = 0;
      burst = { start: now, base: inFlight, rejected: lane === 'gated' ? 1 : 0 };
      knownGood = Math.max(o.floor, level - burst.rejected);
      limit = Math.max(o.floor, Math.min(knownGood, level * o.decreaseFactor));
      if (atFloor) {
        // The floor itself is too much: pace the whole lane with a growing pause.
        backoffMs = backoffMs === 0 ? o.backoffBaseMs : Math.min(o.backoffMaxMs, backoffMs * 2);
        pausedUntil = now + jitter(backoffMs);
        armPause();
        reason = 'backoff';
      }
      if (recoveryTimer === undefined) recoveryTimer = schedule(onRecoveryTick, o.recoveryIntervalMs);
    }
    emit(previous, reason, operation);
  };

  const enqueue = (list: Waiter[], request: BackpressureAcquireRequest): Promise<Permit> =>
    new Promise<Permit>((resolve, reject) => {
      const { operation, signal, timeoutMs } = request;
      const waiter: Waiter = { operation, resolve, reject, signal, onAbort: undefined, expiry: undefined };
      if (signal !== undefined) {
        waiter.onAbort = () => {
          dequeue(list, waiter);
          reject(new BackpressureAbortError('BACKPRESSURE_ABORTED', operation, signal.reason));
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      // A caller past its deadline must not hold a place in the queue (nor count against maxWaiters).
      if (timeoutMs !== undefined && Number.isFinite(timeoutMs)) {
        waiter.expiry = schedule(() => {
          waiter.expiry = undefined;
          dequeue(list, waiter);
          reject(new BackpressureAbortError('BACKPRESSURE_WAIT_TIMEOUT', operation));
        }, timeoutMs);
      }
      list.push(waiter);
    });

  /** A permit granted without waiting, or `undefined` (closed, aborted, or the caller would queue). */
  function grantNow(operation: string, signal: AbortSignal | undefined): Permit | undefined {
    if (closed || signal?.aborted) return undefined;
    const lane = laneOf(operation);
    if (lane === 'exempt') return UNCOUNTED_PERMIT;
    if (lane === 'longPoll' && (o.observeOnly || clock.now() >= lanePausedUntil)) return UNCOUNTED_PERMIT;
    if (lane === 'gated' && queue.length === 0 && mayGrant()) return countedPermit();
    return undefined;
  }

  return {
    acquire(request) {
      const { operation, signal } = request;
      if (closed) return Promise.reject(new BackpressureAbortError('BACKPRESSURE_CLOSED', operation));
      if (signal?.aborted) {
        return Promise.reject(new BackpressureAbortError('BACKPRESSURE_ABORTED', operation, signal.reason));
      }
      const granted = grantNow(operation, signal);
      if (granted !== undefined) return Promise.resolve(granted);
      const lane = laneOf(operation);
      if (request.timeoutMs !== undefined && request.timeoutMs <= 0) {
        return Promise.reject(new BackpressureAbortError('BACKPRESSURE_WAIT_TIMEOUT', operation));
      }
      if (queue.length + laneQueue.length >= o.maxWaiters) {
        return Promise.reject(new BackpressureQueueFullError(operation, o.maxWaiters));
      }
      if (lane === 'longPoll') {
        const waiting = enqueue(laneQueue, request);
        pumpLane();
        return waiting;
      }
      return enqueue(queue, request);
    },

    tryAcquire(request) {
      return grantNow(request.operation, request.signal);
    },

    record(outcome) {
      if (closed) return;
      const lane = laneOf(outcome.operation);
      if (outcome.type === 'overload') {
        onOverload(lane, outcome.operation, outcome.latencyMs);
        return;
      }
      if (outcome.type !== 'success') return;
      if (lane === 'longPoll') {
        // Activation got through: its lane need not wait any longer.
        laneBackoffMs = 0;
        lanePausedUntil = 0;
        pumpLane();
        return;
      }
      // Exempt operations skip the engine's own backpressure, so their success says nothing about capacity.
      if (lane !== 'gated') return;
      latency.add(outcome.operation, outcome.latencyMs, clock.now());
      if (backoffMs > 0) {
        const previous = state();
        backoffMs = 0;
        pausedUntil = 0;
        pauseTimer = cancel(pauseTimer);
        pump();
        emit(previous, 'backoff-cleared', outcome.operation);
      }
    },

    state,

    close() {
      if (closed) return;
      closed = true;
      recoveryTimer = cancel(recoveryTimer);
      pauseTimer = cancel(pauseTimer);
      laneTimer = cancel(laneTimer);
      for (const waiter of [...queue, ...laneQueue]) {
        if (waiter.onAbort !== undefined) waiter.signal?.removeEventListener('abort', waiter.onAbort);
        waiter.expiry = cancel(waiter.expiry);
        waiter.reject(new BackpressureAbortError('BACKPRESSURE_CLOSED', waiter.operation));
      }
      queue.length = 0;
      laneQueue.length = 0;
    },
  };
}
