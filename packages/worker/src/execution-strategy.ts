import type { JobRun } from './job-run.js';

/** Where and how handlers run; one per worker. */
export interface ExecutionStrategy {
  /** Loads the handler (a module strategy starts one thread or process); rejects when it cannot. */
  start(): Promise<void>;
  /**
   * Runs the handler for one job and resolves with what it returned (or rejects with what it threw). Explicit
   * actions reach the job through the run's methods while the handler runs.
   */
  run(job: JobRun): unknown;
  /**
   * The worker gave up on the handler of `job` (it ran past its deadline and the abort grace period, or the worker
   * stopped): free what it holds. Threads and processes are terminated; an async handler cannot be stopped, so
   * the async strategy has nothing to do (its promise is abandoned).
   */
  abandon?(job: JobRun): void;
  /**
   * Releases threads and processes. A process that has not exited `killAfterMs` after SIGTERM is sent SIGKILL.
   */
  close(killAfterMs?: number): Promise<void>;
}
