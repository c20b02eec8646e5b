/**
 * A request's wait limit, on wall time: its `signal` aborts when the limit passes or the request's own signal
 * aborts, whichever comes first. `dispose` clears the timer; call it when the request ends.
 */
export interface RequestDeadline {
  readonly signal: AbortSignal;
  /** True once the limit passed (not when the request itself was aborted). */
  readonly expired: boolean;
  dispose(): void;
}

/**
 * Gateway-side waits (an `activateJobs` long poll, `createProcessInstance` with `awaitCompletion`) run on wall
 * time, as the gateway's request timeouts do in Camunda: the engine clock, which `pinClock` and a manual clock
 * stop, governs only what the broker schedules (timers, job deadlines, back-offs, message TTLs).
 */
export interface RequestTimers {
  /** A deadline `ms` of wall time from now, tied to the request's `signal`. */
  deadline(ms: number, signal: AbortSignal): RequestDeadline;
  /** Deadlines not yet expired or disposed. */
  pending(): number;
  /** Expires nothing, clears every timer (engine stop). */
  cancelAll(): void;
}

// setTimeout takes at most 2^31 - 1 ms; a longer wait is re-armed in steps.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Creates the wall-time timers of request-scoped waits; timers are `unref`'d, so they never hold the process. */
export function createRequestTimers(): RequestTimers {
  const live = new Set<() => void>();

  return {
    deadline(ms, requestSignal) {
      const controller = new AbortController();
      let expired = false;
      let timer: NodeJS.Timeout | undefined;
      // Monotonic time: a wall-clock jump must not stretch or cut the wait.
      const endsAt = performance.now() + Math.max(0, ms);
      const dispose = () => {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        requestSignal.removeEventListener('abort', onRequestAbort);
        live.delete(dispose);
      };
      const onRequestAbort = () => {
        dispose();
        controller.abort(requestSignal.reason);
      };
      const arm = () => {
        const left = endsAt - performance.now();
        timer = setTimeout(
          () => {
            if (endsAt - performance.now() >= 1) return arm();
            expired = true;
            dispose();
            controller.abort(new DOMException('The request timed out', 'TimeoutError'));
          },
          Math.min(Math.max(0, left), MAX_TIMEOUT_MS),
        );
        timer.unref();
      };
      if (requestSignal.aborted) {
        controller.abort(requestSignal.reason);
      } else {
        live.add(dispose);
        requestSignal.addEventListener('abort', onRequestAbort, { once: true });
        arm();
      }
      return {
        signal: controller.signal,
        get expired() {
          return expired;
        },
        dispose,
      };
    },
    pending: () => live.size,
    cancelAll() {
      for (const dispose of [...live]) dispose();
    },
  };
}
