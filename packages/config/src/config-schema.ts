import { deepFreeze } from './deep-freeze.js';

/**
 * How a key's raw value is read:
 * - `string`: taken as is.
 * - `url`: an absolute `http:` or `https:` URL.
 * - `rest-url`: a `url`, trailing slashes removed and `/v2` appended when missing.
 * - `enum`: one of `values`, matched case-insensitively, stored in its canonical spelling.
 * - `integer` / `number`: a decimal integer / a finite decimal number, checked against the bounds.
 * - `boolean`: `true|false|1|0|yes|no|on|off`, case-insensitive.
 * - `pem`: PEM text; a literal `\n` is turned into a line break when the value holds no real one.
 * - `file`: a path (relative to `cwd`) whose content is read at resolve time.
 * - `validation`: `none|warn|strict`, or `req:<mode>,res:<mode>`.
 * - `envfile`: a boolean word (`true|1|yes|on` loads `./.env`) or a path to an env file (`~` is the home directory).
 * - `list`: comma-separated words, each trimmed; empty entries are dropped.
 */
export type ConfigValueType =
  | 'string'
  | 'url'
  | 'rest-url'
  | 'enum'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'pem'
  | 'file'
  | 'validation'
  | 'envfile'
  | 'list';

/** Kinds of {@link ConfigWarning}. */
export type ConfigWarningCode =
  /** A `CAMUNDA_*` / `ZEEBE_*` name in the environment that no key or alias matches; it has no effect. */
  | 'UNKNOWN_KEY'
  /** A name of another SDK or an older name, read with a conversion or a different meaning explained. */
  | 'LEGACY_KEY'
  /** A key of another SDK that has no counterpart here; its value has no effect. */
  | 'IGNORED_KEY'
  /** A value that was mapped to the nearest one this SDK supports. */
  | 'CONVERTED_VALUE';

/** A setting that was accepted but deserves the user's attention. Never contains a secret value. */
export interface ConfigWarning {
  /** What kind of attention. */
  readonly code: ConfigWarningCode;
  /** The variable name as the user wrote it. */
  readonly key: string;
  /** What happened, in words. */
  readonly message: string;
  /** The name or value to use instead, when there is one. */
  readonly suggestion?: string;
}

/** How a key read for compatibility with another SDK is treated; using it yields one warning. */
export interface ConfigCompatibility {
  /** `LEGACY_KEY`: the value is used (maybe converted). `IGNORED_KEY`: the value has no effect. */
  readonly code: 'LEGACY_KEY' | 'IGNORED_KEY';
  /** Why, and what happens instead; completes "<key> …". */
  readonly note: string;
  /** The key to set instead, when there is one. */
  readonly suggestion?: string;
}

/** One configuration key: everything parsing, defaults, `describeConfig` and CONFIG.md need to know. */
export interface ConfigKeyDefinition {
  /** Canonical environment variable name; also the key in `overrides`. */
  readonly name: string;
  /** Older names read only when `name` is unset in the same layer. */
  readonly aliases: readonly string[];
  /** How the raw value is parsed. */
  readonly type: ConfigValueType;
  /** Value used when no layer sets the key; `undefined` leaves it unset. */
  readonly default: string | number | boolean | undefined;
  /** One or two sentences for users. */
  readonly description: string;
  /**
   * The resolved value is a `Secret`: the raw input is masked everywhere (for a `file` key the path is shown and
   * the file's content is the secret).
   */
  readonly secret: boolean;
  /** Dotted path into `CamundaConfig`; `undefined` for keys that only steer resolution. Keys may share one. */
  readonly target: string | undefined;
  /** Section heading in CONFIG.md. */
  readonly group: string;
  /** When unset, the target property is left out instead of set to `undefined` (an optional `?:` field). */
  readonly omitWhenUnset?: boolean;
  /** Allowed values of an `enum`, canonical spelling. */
  readonly values?: readonly string[];
  /** Inclusive lower bound of an `integer` / `number`. */
  readonly min?: number;
  /** Inclusive upper bound of an `integer` / `number`. */
  readonly max?: number;
  /** Exclusive lower bound of a `number`. */
  readonly above?: number;
  /** Exclusive upper bound of a `number`. */
  readonly below?: number;
  /**
   * Aliases whose use earns a `LEGACY_KEY` warning (deprecated names), with the reason; each also in
   * `aliases`.
   */
  readonly aliasNotes?: Readonly<Record<string, string>>;
  /** Set on keys kept for compatibility with another SDK: setting one yields a warning. */
  readonly compat?: ConfigCompatibility;
  /** Converts the parsed number before it is stored in the config (units or meaning of another SDK). */
  readonly toConfig?: (value: number) => number;
}

const KEYS = [
  // Connection
  {
    name: 'CAMUNDA_REST_ADDRESS',
    aliases: ['ZEEBE_REST_ADDRESS'],
    aliasNotes: { ZEEBE_REST_ADDRESS: 'is the legacy name of CAMUNDA_REST_ADDRESS' },
    type: 'rest-url',
    default: 'http://localhost:8080/v2',
    description:
      'Base URL of the Orchestration Cluster REST API. `/v2` is appended when missing; a trailing slash is removed.',
    secret: false,
    target: 'restAddress',
    group: 'Connection',
  },
  {
    name: 'CAMUNDA_DEFAULT_TENANT_ID',
    aliases: ['CAMUNDA_TENANT_ID'],
    type: 'string',
    default: '<default>',
    description:
      'Tenant used where a request allows a tenant and the caller gives none. `CAMUNDA_TENANT_ID` is the Python SDK name.',
    secret: false,
    target: 'defaultTenantId',
    group: 'Connection',
  },
  // Authentication
  {
    name: 'CAMUNDA_AUTH_STRATEGY',
    aliases: [],
    type: 'enum',
    values: ['NONE', 'OAUTH', 'BASIC'],
    default: undefined,
    description:
      'How the SDK authenticates. Unset: inferred (client id or secret → OAUTH, basic username or password → BASIC, neither → NONE; both kinds → error).',
    secret: false,
    target: 'auth.strategy',
    group: 'Authentication',
  },
  {
    name: 'CAMUNDA_CLIENT_ID',
    aliases: ['CAMUNDA_CLIENT_AUTH_CLIENTID'],
    type: 'string',
    default: undefined,
    description: 'OAuth client id. Required when the strategy is OAUTH.',
    secret: false,
    target: 'auth.oauth.clientId',
    group: 'Authentication',
  },
  {
    name: 'CAMUNDA_CLIENT_SECRET',
    aliases: ['CAMUNDA_CLIENT_AUTH_CLIENTSECRET'],
    type: 'string',
    default: undefined,
    description: 'OAuth client secret. Required when the strategy is OAUTH.',
    secret: true,
    target: 'auth.oauth.clientSecret',
    group: 'Authentication',
  },
  {
    name: 'CAMUNDA_OAUTH_URL',
    aliases: [],
    type: 'url',
    default: 'https://login.cloud.camunda.io/oauth/token',
    description: 'Token endpoint of the OAuth server (client-credentials grant).',
    secret: false,
    target: 'auth.oauth.url',
    group: 'Authentication',
  },
  {
    name: 'CAMUNDA_TOKEN_AUDIENCE',
    aliases: [],
    type: 'string',
    default: 'zeebe.camunda.io',
    description: 'Audience requested with the token.',
    secret: false,
    target: 'auth.oauth.audience',
    group: 'Authentication',
  },
  {
    name: 'CAMUNDA_OAUTH_SCOPE',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Scope requested with the token; unset sends none.',
    secret: false,
    target: 'auth.oauth.scope',
    group: 'Authentication',
  },
  {
    name: 'CAMUNDA_OAUTH_TIMEOUT_MS',
    aliases: [],
    type: 'integer',
    default: 5000,
    min: 1,
    description: 'Timeout of one token request, in milliseconds.',
    secret: false,
    target: 'auth.oauth.timeoutMs',
    group: 'Authentication',
  },
  {
    name: 'CAMUNDA_OAUTH_MAX_RESPONSE_BYTES',
    aliases: [],
    type: 'integer',
    default: 1048576,
    min: 1,
    description:
      'Largest token response body read, in bytes; a larger one fails with TOKEN_RESPONSE_TOO_LARGE.',
    secret: false,
    target: 'auth.oauth.maxResponseBytes',
    group: 'Authentication',
  },
  {
    name: 'CAMUNDA_OAUTH_RETRY_MAX',
    aliases: [],
    type: 'integer',
    default: 4,
    min: 1,
    description:
      'Attempts per token request, the first included (1: no retry), as in the official TypeScript SDK. The config field holds the retries after the first (this value − 1).',
    secret: false,
    target: 'auth.oauth.retryMax',
    group: 'Authentication',
    toConfig: (attempts: number) => attempts - 1,
  },
  {
    name: 'CAMUNDA_OAUTH_GRANT_TYPE',
    aliases: [],
    type: 'enum',
    values: ['client_credentials'],
    default: 'client_credentials',
    description: 'OAuth grant type. Only the client-credentials grant is supported.',
    secret: false,
    target: undefined,
    group: 'Authentication',
  },
  {
    name: 'CAMUNDA_OAUTH_RETRY_BASE_DELAY_MS',
    aliases: [],
    type: 'integer',
    default: 200,
    min: 0,
    description: 'First delay between token request retries, in milliseconds; it grows exponentially.',
    secret: false,
    target: 'auth.oauth.retryBaseDelayMs',
    group: 'Authentication',
  },
  {
    name: 'CAMUNDA_TOKEN_CACHE_DIR',
    aliases: ['CAMUNDA_OAUTH_CACHE_DIR'],
    type: 'string',
    default: undefined,
    description:
      'Directory of the on-disk OAuth token cache. Unset: no directory is configured and the auth provider decides. Ignored when the disk cache is disabled.',
    secret: false,
    target: 'auth.oauth.cacheDir',
    group: 'Authentication',
  },
  {
    name: 'CAMUNDA_TOKEN_DISK_CACHE_DISABLE',
    aliases: [],
    type: 'boolean',
    default: false,
    description: 'Keep OAuth tokens in memory only.',
    secret: false,
    target: 'auth.oauth.diskCacheDisabled',
    group: 'Authentication',
  },
  {
    name: 'CAMUNDA_BASIC_AUTH_USERNAME',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Username for HTTP basic auth. Required when the strategy is BASIC.',
    secret: false,
    target: 'auth.basic.username',
    group: 'Authentication',
  },
  {
    name: 'CAMUNDA_BASIC_AUTH_PASSWORD',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Password for HTTP basic auth. Required when the strategy is BASIC.',
    secret: true,
    target: 'auth.basic.password',
    group: 'Authentication',
  },
  // TLS
  {
    name: 'CAMUNDA_CA_CERT',
    aliases: ['CAMUNDA_MTLS_CA'],
    type: 'pem',
    default: undefined,
    description: 'PEM certificate(s) of a private CA to trust. Set this or CAMUNDA_CA_CERT_PATH.',
    secret: false,
    target: 'tls.ca',
    group: 'TLS',
  },
  {
    name: 'CAMUNDA_CA_CERT_PATH',
    aliases: ['CAMUNDA_MTLS_CA_PATH'],
    type: 'file',
    default: undefined,
    description: 'Path of a PEM file with the CA certificate(s) to trust; read when the config is resolved.',
    secret: false,
    target: 'tls.ca',
    group: 'TLS',
  },
  {
    name: 'CAMUNDA_MTLS_CERT',
    aliases: [],
    type: 'pem',
    default: undefined,
    description: 'PEM client certificate for mTLS. Needs a key. Set this or CAMUNDA_MTLS_CERT_PATH.',
    secret: false,
    target: 'tls.cert',
    group: 'TLS',
  },
  {
    name: 'CAMUNDA_MTLS_CERT_PATH',
    aliases: [],
    type: 'file',
    default: undefined,
    description: 'Path of the PEM client certificate for mTLS; read when the config is resolved.',
    secret: false,
    target: 'tls.cert',
    group: 'TLS',
  },
  {
    name: 'CAMUNDA_MTLS_KEY',
    aliases: [],
    type: 'pem',
    default: undefined,
    description: 'PEM private key for mTLS. Needs a certificate. Set this or CAMUNDA_MTLS_KEY_PATH.',
    secret: true,
    target: 'tls.key',
    group: 'TLS',
  },
  {
    name: 'CAMUNDA_MTLS_KEY_PATH',
    aliases: [],
    type: 'file',
    default: undefined,
    description: 'Path of the PEM private key for mTLS; read when the config is resolved.',
    secret: true,
    target: 'tls.key',
    group: 'TLS',
  },
  {
    name: 'CAMUNDA_MTLS_KEY_PASSPHRASE',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Passphrase of the mTLS private key. Needs a key.',
    secret: true,
    target: 'tls.passphrase',
    group: 'TLS',
  },
  // HTTP
  {
    name: 'CAMUNDA_SDK_HTTP_TIMEOUT_MS',
    aliases: [],
    type: 'integer',
    default: 30000,
    min: 1,
    description: 'Timeout of one REST request, in milliseconds.',
    secret: false,
    target: 'http.timeoutMs',
    group: 'HTTP',
  },
  {
    name: 'CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS',
    aliases: [],
    type: 'integer',
    default: 3,
    min: 1,
    description: 'Attempts per request, the first one included (1: no retry).',
    secret: false,
    target: 'http.retry.maxAttempts',
    group: 'HTTP',
  },
  {
    name: 'CAMUNDA_SDK_HTTP_RETRY_BASE_DELAY_MS',
    aliases: [],
    type: 'integer',
    default: 100,
    min: 0,
    description:
      'First delay between attempts, in milliseconds; it grows exponentially. At most the max delay.',
    secret: false,
    target: 'http.retry.baseDelayMs',
    group: 'HTTP',
  },
  {
    name: 'CAMUNDA_SDK_HTTP_RETRY_MAX_DELAY_MS',
    aliases: [],
    type: 'integer',
    default: 5000,
    min: 0,
    description: 'Longest delay between attempts, in milliseconds.',
    secret: false,
    target: 'http.retry.maxDelayMs',
    group: 'HTTP',
  },
  {
    name: 'CAMUNDA_SDK_HTTP_RETRY_AFTER_MAX_MS',
    aliases: [],
    type: 'integer',
    default: 30000,
    min: 0,
    description:
      "Longest wait a server's Retry-After may impose before a retry, in milliseconds; a longer one is cut to this.",
    secret: false,
    target: 'http.retryAfterMaxMs',
    group: 'HTTP',
  },
  {
    name: 'CAMUNDA_SDK_HTTP_MAX_RESPONSE_BYTES',
    aliases: [],
    type: 'integer',
    default: 67108864,
    min: 1,
    description:
      'Largest API response body read into memory, in bytes; a larger one fails the call (RESPONSE_TOO_LARGE).',
    secret: false,
    target: 'http.maxResponseBytes',
    group: 'HTTP',
  },
  // Backpressure
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_PROFILE',
    aliases: [],
    type: 'enum',
    values: ['BALANCED', 'CONSERVATIVE', 'AGGRESSIVE', 'LEGACY'],
    default: 'BALANCED',
    description: 'Named set of backpressure knob values; the knobs below override single values of it.',
    secret: false,
    target: 'backpressure.profile',
    group: 'Backpressure',
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_FLOOR',
    aliases: [],
    type: 'integer',
    default: undefined,
    min: 1,
    description: 'Lowest concurrency limit the gate shrinks to. Unset: the profile decides.',
    secret: false,
    target: 'backpressure.knobs.floor',
    omitWhenUnset: true,
    group: 'Backpressure',
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_DECREASE_FACTOR',
    aliases: [],
    type: 'number',
    default: undefined,
    above: 0,
    below: 1,
    description:
      'Limit multiplier applied on each overload signal, between 0 and 1 exclusive. Unset: the profile decides.',
    secret: false,
    target: 'backpressure.knobs.decreaseFactor',
    omitWhenUnset: true,
    group: 'Backpressure',
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_RECOVERY_INTERVAL_MS',
    aliases: [],
    type: 'integer',
    default: undefined,
    min: 1,
    description: 'How often the gate tries to recover while no overload signal arrives, in milliseconds.',
    secret: false,
    target: 'backpressure.knobs.recoveryIntervalMs',
    omitWhenUnset: true,
    group: 'Backpressure',
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_RECOVERY_FACTOR',
    aliases: [],
    type: 'number',
    default: undefined,
    above: 1,
    description: 'Limit multiplier applied per healthy recovery interval, greater than 1.',
    secret: false,
    target: 'backpressure.knobs.recoveryFactor',
    omitWhenUnset: true,
    group: 'Backpressure',
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_UNLIMITED_AFTER_MS',
    aliases: ['CAMUNDA_SDK_BACKPRESSURE_UNLIMITED_AFTER_HEALTHY_MS'],
    type: 'integer',
    default: undefined,
    min: 0,
    description: 'Quiet time after which the limit is lifted entirely, in milliseconds.',
    secret: false,
    target: 'backpressure.knobs.unlimitedAfterMs',
    omitWhenUnset: true,
    group: 'Backpressure',
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_BACKOFF_BASE_MS',
    aliases: [],
    type: 'integer',
    default: undefined,
    min: 0,
    description:
      'First backoff delay when the floor itself is overloaded, in milliseconds. At most the backoff max.',
    secret: false,
    target: 'backpressure.knobs.backoffBaseMs',
    omitWhenUnset: true,
    group: 'Backpressure',
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_BACKOFF_MAX_MS',
    aliases: [],
    type: 'integer',
    default: undefined,
    min: 0,
    description: 'Upper bound of the escalating floor backoff, in milliseconds.',
    secret: false,
    target: 'backpressure.knobs.backoffMaxMs',
    omitWhenUnset: true,
    group: 'Backpressure',
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_MAX_WAITERS',
    aliases: [],
    type: 'integer',
    default: undefined,
    min: 0,
    description: 'Callers allowed to queue for a permit before `BackpressureQueueFullError` is thrown.',
    secret: false,
    target: 'backpressure.knobs.maxWaiters',
    omitWhenUnset: true,
    group: 'Backpressure',
  },
  // Behaviour
  {
    name: 'CAMUNDA_SDK_LOG_LEVEL',
    aliases: [],
    type: 'enum',
    values: ['silent', 'error', 'warn', 'info', 'debug', 'trace', 'silly'],
    default: 'error',
    description:
      'SDK log verbosity, least to most verbose. `silly` adds request and response bodies (still redacted).',
    secret: false,
    target: 'logLevel',
    group: 'Behaviour',
  },
  {
    name: 'CAMUNDA_SDK_VALIDATION',
    aliases: [],
    type: 'validation',
    default: 'none',
    description:
      'Schema validation of requests and responses: `none`, `warn` or `strict` for both, or `req:<mode>,res:<mode>` (an omitted side is `none`).',
    secret: false,
    target: 'validation',
    group: 'Behaviour',
  },
  {
    name: 'CAMUNDA_SDK_EVENTUAL_POLL_DEFAULT_MS',
    aliases: [],
    type: 'integer',
    default: 500,
    min: 1,
    description: 'Poll interval of eventually consistent reads, in milliseconds.',
    secret: false,
    target: 'eventualPollDefaultMs',
    group: 'Behaviour',
  },
  // Worker
  {
    name: 'CAMUNDA_WORKER_TIMEOUT_MS',
    aliases: ['CAMUNDA_WORKER_TIMEOUT'],
    type: 'integer',
    default: undefined,
    min: 1,
    description: 'Default job lock timeout of workers, in milliseconds. Unset: the worker decides.',
    secret: false,
    target: 'worker.timeoutMs',
    group: 'Worker',
  },
  {
    name: 'CAMUNDA_WORKER_MAX_CONCURRENT_JOBS',
    aliases: [],
    type: 'integer',
    default: undefined,
    min: 1,
    description: 'Default number of jobs a worker runs at once.',
    secret: false,
    target: 'worker.maxConcurrentJobs',
    group: 'Worker',
  },
  {
    name: 'CAMUNDA_WORKER_REQUEST_TIMEOUT_MS',
    aliases: ['CAMUNDA_WORKER_REQUEST_TIMEOUT'],
    type: 'integer',
    default: undefined,
    description:
      "Default long-poll timeout of job activation, in milliseconds. `0`: the server's default; negative: no long poll (an activation returns at once when no job is available).",
    secret: false,
    target: 'worker.requestTimeoutMs',
    group: 'Worker',
  },
  {
    name: 'CAMUNDA_WORKER_NAME',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Default worker name reported to the cluster.',
    secret: false,
    target: 'worker.name',
    group: 'Worker',
  },
  {
    name: 'CAMUNDA_WORKER_STARTUP_JITTER_MAX_SECONDS',
    aliases: [],
    type: 'number',
    default: undefined,
    min: 0,
    description:
      'Upper bound of a random delay before a worker first polls, in seconds (fractions allowed); spreads out fleets that start together.',
    secret: false,
    target: 'worker.startupJitterMaxSeconds',
    group: 'Worker',
  },
  {
    name: 'CAMUNDA_TENANT_IDS',
    aliases: [],
    type: 'list',
    default: undefined,
    description:
      'Default tenants workers activate jobs for, comma-separated. Unset: the default tenant (CAMUNDA_DEFAULT_TENANT_ID).',
    secret: false,
    target: 'worker.tenantIds',
    group: 'Worker',
  },
  // Support
  {
    name: 'CAMUNDA_SUPPORT_LOG_ENABLED',
    aliases: ['CAMUNDA_SUPPORT_LOGGER'],
    aliasNotes: { CAMUNDA_SUPPORT_LOGGER: 'is a deprecated name of CAMUNDA_SUPPORT_LOG_ENABLED' },
    type: 'boolean',
    default: false,
    description:
      'The client writes a diagnostic file to attach to a support ticket: versions, the configuration with the source of each value (secrets masked), warnings and recent errors.',
    secret: false,
    target: 'supportLog.enabled',
    group: 'Support',
  },
  {
    name: 'CAMUNDA_SUPPORT_LOG_FILE_PATH',
    aliases: [],
    type: 'string',
    default: 'camunda-support.log',
    description: 'Where the support log is written; a relative path is resolved against `cwd`.',
    secret: false,
    target: 'supportLog.filePath',
    group: 'Support',
  },
  // Compatibility: keys of other SDKs that map to a key above with a conversion, or have no effect here.
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_SOFT_FACTOR',
    aliases: [],
    type: 'integer',
    default: undefined,
    min: 1,
    max: 99,
    description:
      'Official TypeScript SDK: percentage the limit keeps on an overload signal. Read as CAMUNDA_SDK_BACKPRESSURE_DECREASE_FACTOR = value / 100.',
    secret: false,
    target: 'backpressure.knobs.decreaseFactor',
    omitWhenUnset: true,
    group: 'Compatibility',
    toConfig: (percent: number) => percent / 100,
    compat: {
      code: 'LEGACY_KEY',
      note: 'is a percentage of the official TypeScript SDK; it is read as CAMUNDA_SDK_BACKPRESSURE_DECREASE_FACTOR = value / 100',
      suggestion: 'CAMUNDA_SDK_BACKPRESSURE_DECREASE_FACTOR',
    },
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_HEALTHY_RECOVERY_MULTIPLIER',
    aliases: [],
    type: 'integer',
    default: undefined,
    min: 101,
    description:
      'Official TypeScript SDK: percentage the limit grows by per healthy interval. Read as CAMUNDA_SDK_BACKPRESSURE_RECOVERY_FACTOR = value / 100.',
    secret: false,
    target: 'backpressure.knobs.recoveryFactor',
    omitWhenUnset: true,
    group: 'Compatibility',
    toConfig: (percent: number) => percent / 100,
    compat: {
      code: 'LEGACY_KEY',
      note: 'is a percentage of the official TypeScript SDK; it is read as CAMUNDA_SDK_BACKPRESSURE_RECOVERY_FACTOR = value / 100',
      suggestion: 'CAMUNDA_SDK_BACKPRESSURE_RECOVERY_FACTOR',
    },
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_INITIAL_MAX',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Official TypeScript SDK: the limit set at the first overload signal. No effect here.',
    secret: false,
    target: undefined,
    group: 'Compatibility',
    compat: {
      code: 'IGNORED_KEY',
      note: 'has no counterpart: the gate starts unlimited and, at the first overload signal, shrinks from the concurrency then in flight',
      suggestion: 'CAMUNDA_SDK_BACKPRESSURE_PROFILE',
    },
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_SEVERE_FACTOR',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Official TypeScript SDK: the decrease applied in the severe state. No effect here.',
    secret: false,
    target: undefined,
    group: 'Compatibility',
    compat: {
      code: 'IGNORED_KEY',
      note: 'has no counterpart: the gate has one decrease factor, applied on every overload signal',
      suggestion: 'CAMUNDA_SDK_BACKPRESSURE_DECREASE_FACTOR',
    },
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_SEVERE_THRESHOLD',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Official TypeScript SDK: signals in a row that enter the severe state. No effect here.',
    secret: false,
    target: undefined,
    group: 'Compatibility',
    compat: {
      code: 'IGNORED_KEY',
      note: 'has no counterpart: the gate turns severe (backs off) only when overloaded at its floor',
      suggestion: 'CAMUNDA_SDK_BACKPRESSURE_BACKOFF_BASE_MS',
    },
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_RECOVERY_STEP',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Official TypeScript SDK: permits regained per recovery interval. No effect here.',
    secret: false,
    target: undefined,
    group: 'Compatibility',
    compat: {
      code: 'IGNORED_KEY',
      note: 'has no counterpart: the limit grows by a factor per interval, not by a step',
      suggestion: 'CAMUNDA_SDK_BACKPRESSURE_RECOVERY_FACTOR',
    },
  },
  {
    name: 'CAMUNDA_SDK_BACKPRESSURE_DECAY_QUIET_MS',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Official TypeScript SDK: quiet time before the severity goes down. No effect here.',
    secret: false,
    target: undefined,
    group: 'Compatibility',
    compat: {
      code: 'IGNORED_KEY',
      note: 'has no counterpart: recovery starts after each quiet recovery interval',
      suggestion: 'CAMUNDA_SDK_BACKPRESSURE_RECOVERY_INTERVAL_MS',
    },
  },
  {
    name: 'CAMUNDA_SDK_TELEMETRY_LOG',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Official TypeScript SDK: logs auth, HTTP and retry events. No effect here.',
    secret: false,
    target: undefined,
    group: 'Compatibility',
    compat: {
      code: 'IGNORED_KEY',
      note: 'has no counterpart: request events are logged at debug level, and @camunda-ts/otel gives traces and metrics',
      suggestion: 'CAMUNDA_SDK_LOG_LEVEL',
    },
  },
  {
    name: 'CAMUNDA_SDK_TELEMETRY_CORRELATION',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Official TypeScript SDK: a correlation context for telemetry logs. No effect here.',
    secret: false,
    target: undefined,
    group: 'Compatibility',
    compat: {
      code: 'IGNORED_KEY',
      note: 'has no counterpart: use @camunda-ts/otel for trace context',
    },
  },
  {
    name: 'CAMUNDA_SDK_VALIDATION_VERBOSE',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Official TypeScript SDK: verbose union diagnostics of validation. No effect here.',
    secret: false,
    target: undefined,
    group: 'Compatibility',
    compat: {
      code: 'IGNORED_KEY',
      note: 'has no counterpart: validation errors always list every issue',
    },
  },
  {
    name: 'CAMUNDA_SDK_VALIDATION_CAPTURE_DIR',
    aliases: [],
    type: 'string',
    default: undefined,
    description: 'Official TypeScript SDK: a directory for samples of invalid payloads. No effect here.',
    secret: false,
    target: undefined,
    group: 'Compatibility',
    compat: {
      code: 'IGNORED_KEY',
      note: 'has no counterpart: invalid payloads are described in the ValidationError',
    },
  },
  // Loading
  {
    name: 'CAMUNDA_LOAD_ENVFILE',
    aliases: [],
    type: 'envfile',
    default: undefined,
    description:
      '`true`, `1`, `yes` or `on` loads `./.env`; any other value (except `false`, `0`, `no`, `off`) is the path of an env file (a leading `~` is the home directory). A missing file is ignored; the process environment is never changed. Read from the environment and overrides only.',
    secret: false,
    target: undefined,
    group: 'Loading',
  },
] as const satisfies readonly ConfigKeyDefinition[];

/** Every configuration key, the single source of truth for parsing, defaults, `describeConfig` and CONFIG.md. */
export const CONFIG_SCHEMA: readonly ConfigKeyDefinition[] = deepFreeze(KEYS);

/** The literal type of the schema table, for deriving key-specific types. */
export type ConfigSchema = typeof KEYS;

/** Canonical name of a configuration key. */
export type ConfigKey = ConfigSchema[number]['name'];

/** Canonical names of every configuration key, in schema order. */
export const CONFIG_KEYS: readonly ConfigKey[] = Object.freeze(KEYS.map((key) => key.name));
