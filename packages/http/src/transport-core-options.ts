import type { AuthProvider } from '@camunda-ts/auth';
import type { CamundaConfig } from '@camunda-ts/config';
import type { Logger } from '@camunda-ts/types';
import type { TransportClock } from './transport-clock.js';
import type { TransportGate } from './transport-gate.js';
import type { TransportHooks } from './transport-hooks.js';

/** What every transport takes, whichever runtime sends its requests. */
export interface TransportCoreOptions {
  /** Resolved configuration: `restAddress`, `tls`, `http.timeoutMs`, `http.retry`, `logLevel`. */
  readonly config: CamundaConfig;
  /** Supplies the credentials headers of every request. */
  readonly auth: AuthProvider;
  /** pino or any object with the same methods; request logs go out at `debug`, headers at `trace`. */
  readonly logger?: Logger;
  /** Observers of each attempt (tracing, metrics, logs). */
  readonly hooks?: TransportHooks;
  /** Admission control around each attempt (`@camunda-ts/backpressure`). */
  readonly gate?: TransportGate;
  /** Time source for backoff and durations; defaults to the real clock. */
  readonly clock?: TransportClock;
  /** Source of backoff jitter in `[0, 1)`; defaults to `Math.random`. */
  readonly random?: () => number;
}
