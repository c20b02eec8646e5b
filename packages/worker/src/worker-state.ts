import { WorkerStateError } from './worker-state-error.js';

/**
 * Life of a worker:
 *
 * ```
 * idle ──start()──► starting ──► running ──stop()──► draining ──► stopped
 *   │                  │            │                    │
 *   └──stop()──► stopped            └──────► failed ◄────┘   (starting may also fail)
 * ```
 *
 * `idle` exists only for workers created with `autoStart: false`. `stopped` and `failed` are final.
 */
export type WorkerState = 'idle' | 'starting' | 'running' | 'draining' | 'stopped' | 'failed';

const allowed: Readonly<Record<WorkerState, readonly WorkerState[]>> = Object.freeze({
  idle: ['starting', 'stopped'],
  starting: ['running', 'draining', 'failed'],
  running: ['draining', 'failed'],
  draining: ['stopped', 'failed'],
  stopped: [],
  failed: [],
});

/** One transition, as listeners see it. */
export interface WorkerStateChange {
  /** The state left. */
  readonly from: WorkerState;
  /** The state entered. */
  readonly to: WorkerState;
  /** Why the worker failed (only for `to: 'failed'`). */
  readonly error?: unknown;
}

/** The state holder; transitions outside the diagram throw, so a lifecycle bug surfaces at once. */
export interface WorkerStateMachine {
  readonly current: WorkerState;
  /** True when `to` is reachable from the current state in one step. */
  can(to: WorkerState): boolean;
  /** Moves to `to` and notifies the listener; throws on a transition the diagram does not have. */
  transition(to: WorkerState, error?: unknown): void;
  /** True in `stopped` or `failed`. */
  readonly terminal: boolean;
}

/** Creates a state machine starting in `initial`; `onChange` is called after each transition. */
export function createWorkerStateMachine(
  initial: WorkerState,
  onChange: (change: WorkerStateChange) => void,
): WorkerStateMachine {
  let current = initial;
  return {
    get current() {
      return current;
    },
    get terminal() {
      return current === 'stopped' || current === 'failed';
    },
    can: (to) => allowed[current].includes(to),
    transition(to, error) {
      if (!allowed[current].includes(to)) {
        throw new WorkerStateError(`A job worker cannot go from '${current}' to '${to}'`);
      }
      const from = current;
      current = to;
      onChange(error === undefined ? { from, to } : { from, to, error });
    },
  };
}
