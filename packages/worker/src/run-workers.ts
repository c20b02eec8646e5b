import type { JobWorker } from './job-worker.js';

/** Options of {@link runWorkers}. */
export interface RunWorkersOptions {
  /**
   * Stop every worker gracefully on these signals (default `['SIGINT', 'SIGTERM']` when `handleSignals` is
   * true). A second signal stops them without further grace.
   */
  readonly handleSignals?: boolean;
  /** The signals to handle; default `['SIGINT', 'SIGTERM']`. */
  readonly signals?: readonly NodeJS.Signals[];
  /** Grace for running handlers on the first signal; default each worker's `stopGraceMs`. */
  readonly graceMs?: number;
}

/**
 * Resolves when every worker has stopped; rejects (after all have ended) with the first failed worker's error.
 * With `handleSignals`, SIGINT/SIGTERM stop all workers gracefully and the handlers are removed afterwards.
 *
 * `runWorkers(a, b)` or `runWorkers({ handleSignals: true }, a, b)`.
 */
export function runWorkers(...workers: JobWorker[]): Promise<void>;
export function runWorkers(options: RunWorkersOptions, ...workers: JobWorker[]): Promise<void>;
export async function runWorkers(...args: Array<JobWorker | RunWorkersOptions>): Promise<void> {
  const first = args[0];
  const options: RunWorkersOptions = first !== undefined && !isWorker(first) ? first : {};
  const workers = args.filter(isWorker);

  const signals = options.handleSignals ? (options.signals ?? ['SIGINT', 'SIGTERM']) : [];
  let received = 0;
  const onSignal = (): void => {
    received++;
    const graceMs = received === 1 ? options.graceMs : 0;
    for (const worker of workers) void worker.stop(graceMs === undefined ? undefined : { graceMs });
  };
  for (const signal of signals) process.on(signal, onSignal);
  try {
    const finals = await Promise.all(workers.map((w) => w.finished));
    const failed = finals.indexOf('failed');
    if (failed >= 0) {
      const error = (workers[failed] as JobWorker).stats().lastError?.error;
      throw error ?? new Error(`Job worker ${(workers[failed] as JobWorker).jobType} failed`);
    }
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
  }
}

function isWorker(value: JobWorker | RunWorkersOptions): value is JobWorker {
  return typeof (value as JobWorker).stop === 'function' && typeof (value as JobWorker).stats === 'function';
}
