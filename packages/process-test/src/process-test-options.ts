import type { ConfigOverrides } from '@camunda-ts/client';
import type { WaitOptions } from './wait-options.js';

/** Where a process test runs. */
export type ProcessTestRuntime = 'in-memory' | 'remote';

/**
 * Options of `createProcessTest`; all optional. `timeoutMs` and `pollIntervalMs` are the defaults of every
 * assertion's wait (10 000 and 100).
 */
export interface ProcessTestOptions extends WaitOptions {
  /**
   * `'in-memory'` (default): a fresh in-memory engine with a manual clock. `'remote'`: the cluster the
   * `CAMUNDA_*` configuration names; time moves through its `pinClock` / `resetClock` API.
   */
  readonly runtime?: ProcessTestRuntime;
  /** In-memory runtime: where the manual clock starts (epoch ms or a `Date`; default now). */
  readonly startTime?: number | Date;
  /** Remote runtime: the environment to read instead of `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Remote runtime: settings that win over the environment, keyed like the variables. */
  readonly config?: ConfigOverrides;
}
