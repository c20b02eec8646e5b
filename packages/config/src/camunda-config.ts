import type { ConfigWarning } from './config-schema.js';
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
  /** OAuth client id (`CAMUNDA_CLIENT_ID`). */
  readonly clientId: string | undefined;
  /** OAuth client secret (`CAMUNDA_CLIENT_SECRET`); masked when printed. */
  readonly clientSecret: Secret | undefined;
  /** Token endpoint (`CAMUNDA_OAUTH_URL`). */
  readonly url: string;
  /** Sent as `audience` unless empty (`CAMUNDA_TOKEN_AUDIENCE`). */
  readonly audience: string;
  /** Sent as `scope` when set (`CAMUNDA_OAUTH_SCOPE`). */
  readonly scope: string | undefined;
  /** Bound of one token request (`CAMUNDA_OAUTH_TIMEOUT_MS`). */
  readonly timeoutMs: number;
  /** Largest token response body read (`CAMUNDA_OAUTH_MAX_RESPONSE_BYTES`). */
  readonly maxResponseBytes: number;
  /** Retries of a failed token request (`CAMUNDA_OAUTH_RETRY_MAX`). */
  readonly retryMax: number;
  /** First retry backoff ceiling, doubled per retry (`CAMUNDA_OAUTH_RETRY_BASE_DELAY_MS`). */
  readonly retryBaseDelayMs: number;
  /** Directory for the on-disk token cache; `undefined` when disabled or not set. */
  readonly cacheDir: string | undefined;
  /** `CAMUNDA_TOKEN_DISK_CACHE_DISABLE`: no on-disk token cache even when a directory is set. */
  readonly diskCacheDisabled: boolean;
}

/** HTTP basic auth settings. */
export interface BasicAuthConfig {
  /** Basic auth user (`CAMUNDA_BASIC_AUTH_USERNAME`). */
  readonly username: string | undefined;
  /** Basic auth password (`CAMUNDA_BASIC_AUTH_PASSWORD`); masked when printed. */
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
  /** How long an activated job stays reserved (`CAMUNDA_WORKER_TIMEOUT_MS`). */
  readonly timeoutMs: number | undefined;
  /** Jobs a worker handles at once (`CAMUNDA_WORKER_MAX_CONCURRENT_JOBS`). */
  readonly maxConcurrentJobs: number | undefined;
  /** Long-poll time of one activation (`CAMUNDA_WORKER_REQUEST_TIMEOUT_MS`). */
  readonly requestTimeoutMs: number | undefined;
  /** Worker name reported to the engine (`CAMUNDA_WORKER_NAME`). */
  readonly name: string | undefined;
  /** Random delay before a worker's first poll, at most this (`CAMUNDA_WORKER_STARTUP_JITTER_MAX_SECONDS`). */
  readonly startupJitterMaxSeconds: number | undefined;
  /** Tenants workers activate jobs for (`CAMUNDA_TENANT_IDS`); the default tenant when unset. */
  readonly tenantIds: readonly string[] | undefined;
}

/** The diagnostic file for support tickets (`CAMUNDA_SUPPORT_LOG_*`). */
export interface SupportLogConfig {
  /** Whether the client writes it (`CAMUNDA_SUPPORT_LOG_ENABLED`). */
  readonly enabled: boolean;
  /** Where it is written (`CAMUNDA_SUPPORT_LOG_FILE_PATH`). */
  readonly filePath: string;
}

/** The fully resolved, deep-frozen SDK configuration. */
export interface CamundaConfig {
  /** REST base URL, always ending in `/v2`, never with a trailing slash. */
  readonly restAddress: string;
  /** How the SDK authenticates, and the settings of each strategy. */
  readonly auth: {
    /** `CAMUNDA_AUTH_STRATEGY`, or inferred from the credentials given. */
    readonly strategy: AuthStrategy;
    /** OAuth client-credentials settings (used when the strategy is `OAUTH`). */
    readonly oauth: OAuthConfig;
    /** Basic auth settings (used when the strategy is `BASIC`). */
    readonly basic: BasicAuthConfig;
  };
  /** CA and client certificate for API calls and the token endpoint. */
  readonly tls: TlsConfig;
  /** SDK log verbosity (`CAMUNDA_SDK_LOG_LEVEL`). */
  readonly logLevel: LogLevel;
  /** Request timeout and retry policy of the transport. */
  readonly http: {
    /** Timeout of one request (`CAMUNDA_SDK_HTTP_TIMEOUT_MS`). */
    readonly timeoutMs: number;
    /** Retries of 429/503 answers and, for retry-safe operations, network errors. */
    readonly retry: {
      /** Attempts in all, the first included (`CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS`). */
      readonly maxAttempts: number;
      /** Backoff ceiling of the first retry, doubled per retry (`CAMUNDA_SDK_HTTP_RETRY_BASE_DELAY_MS`). */
      readonly baseDelayMs: number;
      /** Largest backoff (`CAMUNDA_SDK_HTTP_RETRY_MAX_DELAY_MS`). */
      readonly maxDelayMs: number;
    };
    /** Longest wait a `Retry-After` answer may impose (`CAMUNDA_SDK_HTTP_RETRY_AFTER_MAX_MS`). */
    readonly retryAfterMaxMs: number;
    /** Largest response body read into memory (`CAMUNDA_SDK_HTTP_MAX_RESPONSE_BYTES`). */
    readonly maxResponseBytes: number;
  };
  /** The adaptive backpressure gate. */
  readonly backpressure: {
    /** Knob set (`CAMUNDA_SDK_BACKPRESSURE_PROFILE`). */
    readonly profile: BackpressureProfile;
    /** Individual knobs overriding the profile (`CAMUNDA_SDK_BACKPRESSURE_*`). */
    readonly knobs: BackpressureKnobs;
  };
  /** Schema validation of requests and responses (`CAMUNDA_SDK_VALIDATION`). */
  readonly validation: {
    /** Validation of what is sent. */
    readonly request: ValidationMode;
    /** Validation of what is received. */
    readonly response: ValidationMode;
  };
  /** Default poll interval of consistency waits (`CAMUNDA_SDK_EVENTUAL_POLL_DEFAULT_MS`). */
  readonly eventualPollDefaultMs: number;
  /** Tenant filled in where a request allows one and none was given (`CAMUNDA_DEFAULT_TENANT_ID`). */
  readonly defaultTenantId: string;
  /** Defaults for job workers (`CAMUNDA_WORKER_*`). */
  readonly worker: WorkerDefaults;
  /** The support log (`CAMUNDA_SUPPORT_LOG_*`). */
  readonly supportLog: SupportLogConfig;
  /**
   * Settings that were accepted but deserve attention: unknown `CAMUNDA_*` / `ZEEBE_*` names, names of other
   * SDKs read with a conversion, keys without effect. Empty for a clean configuration.
   */
  readonly warnings: readonly ConfigWarning[];
}
