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
  /** Releases threads and processes. */
  close(): Promise<void>;
}
