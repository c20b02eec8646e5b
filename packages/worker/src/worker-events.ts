import type { ActivatedJob } from './job-types.js';
import type { WorkerStateChange } from './worker-state.js';

/** How one activated job ended, from the worker's point of view. */
export type JobOutcome =
  /** `completeJob` was accepted. */
  | 'completed'
  /** `failJob` was accepted. */
  | 'failed'
  /** `throwJobError` was accepted. */
  | 'bpmnError'
  /** The handler called `ignore()`: nothing was sent; the job times out on the engine. */
  | 'ignored'
  /** The action did not reach the engine: the job was gone (404/409), rejected, or its deadline passed. */
  | 'dropped';

/** Payloads of the worker's events, by event name. */
export interface WorkerEventMap {
  /** Every state transition. */
  readonly stateChange: WorkerStateChange;
  /** One activation request finished (successfully); `durationMs` includes the long-poll wait. */
  readonly poll: {
    /** Jobs asked for (the free slots). */
    readonly requested: number;
    /** Jobs received. */
    readonly received: number;
    /** From sending the activation to its answer, the long-poll wait included. */
    readonly durationMs: number;
  };
  /** An activation failed; the worker waits `delayMs` before the next attempt. */
  readonly activationError: {
    /** Why the activation failed. */
    readonly error: unknown;
    /** Consecutive failed attempts, this one included. */
    readonly attempt: number;
    /** The backoff before the next attempt. */
    readonly delayMs: number;
  };
  /**
   * A handler was still running at its job's deadline: its signal was aborted, and after `abortGraceMs` the worker
   * stops waiting for it and frees its slot. Nothing is sent for the job afterwards unless a lease fences it.
   */
  readonly overran: {
    /** The job as activated. */
    readonly job: ActivatedJob;
    /** Handlers overrunning now, this one included. */
    readonly overrunning: number;
  };
  /**
   * Every slot is held by a handler that overran its deadline: the worker cannot poll until the abort grace
   * period frees them (or the handlers return).
   */
  readonly stalled: {
    /** Handlers overrunning now (equal to `maxConcurrentJobs`). */
    readonly overrunning: number;
  };
  /** One job ended; `durationMs` runs from activation to the engine's answer to the action. */
  readonly jobSettled: {
    /** The job as activated. */
    readonly job: ActivatedJob;
    /** How it ended. */
    readonly outcome: JobOutcome;
    /** From activation to the engine's answer to the action. */
    readonly durationMs: number;
    /** The handler's error, for jobs that failed or raised a BPMN error because of a throw. */
    readonly error?: unknown;
  };
}

/** Name of a worker event. */
export type WorkerEventName = keyof WorkerEventMap;

/** A listener of one worker event. */
export type WorkerEventListener<E extends WorkerEventName> = (event: WorkerEventMap[E]) => void;

/** The small typed emitter behind `worker.on`. */
export interface WorkerEventHub {
  on<E extends WorkerEventName>(event: E, listener: WorkerEventListener<E>): () => void;
  /** Cheap check, so the hot path builds an event object only when someone listens. */
  has(event: WorkerEventName): boolean;
  emit<E extends WorkerEventName>(event: E, payload: WorkerEventMap[E]): void;
}

/**
 * Creates an event hub. A listener that throws is reported through `onListenerError` and never disturbs the
 * worker or the other listeners.
 */
export function createWorkerEventHub(
  onListenerError: (error: unknown, event: WorkerEventName) => void,
): WorkerEventHub {
  const listeners = new Map<WorkerEventName, Set<(payload: never) => void>>();
  return {
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener as (payload: never) => void);
      return () => {
        set.delete(listener as (payload: never) => void);
        if (set.size === 0) listeners.delete(event);
      };
    },
    has: (event) => listeners.has(event),
    emit(event, payload) {
      const set = listeners.get(event);
      if (!set) return;
      for (const listener of set) {
        try {
          (listener as (p: typeof payload) => void)(payload);
        } catch (error) {
          onListenerError(error, event);
        }
      }
    },
  };
}
