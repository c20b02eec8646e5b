import type { Secret } from './secret.js';

/** How the SDK authenticates against the cluster. */
export type AuthStrategy = 'NONE' | 'OAUTH' | 'BASIC';

/** SDK log verbosity, least to most verbose. `silly` adds request and response bodies (still redacted). */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silly';

/** Validation mode for one side (request or response) of a call. */
export type ValidationMode = 'none' | 'warn' | 'strict';

/** Named set of backpressure knob values. */
export type BackpressureProfile = 'BALANCED' | 'CONSERVATIVE' | 'AGGRESSIVE' | 'LEGACY';

/** Individual backpressure knobs; each overrides the chosen profile's value when set. */
export interface BackpressureKnobs {
  /** Lowest concurrency limit the gate shrinks to (`CAMUNDA_SDK_BACKPRESSURE_FLOOR`). */
  readonly floor?: number;
  /** Limit multiplier applied on each overload signal, 0 < f < 1 (`…_DECREASE_FACTOR`). */
  readonly decreaseFactor?: number;
  /** How often the gate tries to recover while no signal arrives (`…_RECOVERY_INTERVAL_MS`). */
  readonly recoveryIntervalMs?: number;
  /** Limit multiplier applied per healthy recovery interval, > 1 (`…_RECOVERY_FACTOR`). */
  readonly recoveryFactor?: number;
  /** Quiet time after which the limit is lifted entirely (`…_UNLIMITED_AFTER_MS`). */
  readonly unlimitedAfterMs?: number;
  /** First backoff delay when the floor itself is overloaded (`…_BACKOFF_BASE_MS`). */
  readonly backoffBaseMs?: number;
  /** Upper bound of the escalating floor backoff (`…_BACKOFF_MAX_MS`). */
  readonly backoffMaxMs?: number;
  /** Callers allowed to queue before `BackpressureQueueFullError` (`…_MAX_WAITERS`). */
  readonly maxWaiters?: number;
}

/** OAuth client-credentials settings. */
export interface OAuthConfig {
  readonly clientId: string | undefined;
  readonly clientSecret: Secret | undefined;
  readonly url: string;
  readonly audience: string;
  readonly scope: string | undefined;
  readonly timeoutMs: number;
  readonly retryMax: number;
  readonly retryBaseDelayMs: number;
  /** Directory for the on-disk token cache; `undefined` when disabled or not set. */
  readonly cacheDir: string | undefined;
  readonly diskCacheDisabled: boolean;
}

/** HTTP basic auth settings. */
export interface BasicAuthConfig {
  readonly username: string | undefined;
  readonly password: Secret | undefined;
}

/** TLS material, already read from files where a `…_PATH` key was given. PEM strings. */
export interface TlsConfig {
  /** Extra CA certificate(s) to trust. */
  readonly ca: string | undefined;
  /** Client certificate for mTLS. */
  readonly cert: string | undefined;
  /** Client private key for mTLS. */
  readonly key: Secret | undefined;
  /** Passphrase of the client key. */
  readonly passphrase: Secret | undefined;
}

/** Defaults for job workers; a worker's explicit options win. */
export interface WorkerDefaults {
  readonly timeoutMs: number | undefined;
  readonly maxConcurrentJobs: number | undefined;
  readonly requestTimeoutMs: number | undefined;
  readonly name: string | undefined;
  readonly startupJitterMaxSeconds: number | undefined;
}

/** The fully resolved, deep-frozen SDK configuration. */
export interface CamundaConfig {
  /** REST base URL, always ending in `/v2`, never with a trailing slash. */
  readonly restAddress: string;
  readonly auth: {
    readonly strategy: AuthStrategy;
    readonly oauth: OAuthConfig;
    readonly basic: BasicAuthConfig;
  };
  readonly tls: TlsConfig;
  readonly logLevel: LogLevel;
  readonly http: {
    readonly timeoutMs: number;
    readonly retry: {
      readonly maxAttempts: number;
      readonly baseDelayMs: number;
      readonly maxDelayMs: number;
    };
  };
  readonly backpressure: { readonly profile: BackpressureProfile; readonly knobs: BackpressureKnobs };
  readonly validation: { readonly request: ValidationMode; readonly response: ValidationMode };
  readonly eventualPollDefaultMs: number;
  readonly defaultTenantId: string;
  readonly worker: WorkerDefaults;
}
