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
 * - `envfile`: a boolean word (`true|1|yes|on` loads `./.env`) or a path to an env file.
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
  | 'envfile';

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
}

const KEYS = [
  // Connection
  {
    name: 'CAMUNDA_REST_ADDRESS',
    aliases: ['ZEEBE_REST_ADDRESS'],
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
    aliases: [],
    type: 'string',
    default: '<default>',
    description: 'Tenant used where a request allows a tenant and the caller gives none.',
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
    default: 3,
    min: 0,
    description: 'How many times a failed token request is retried (0: no retry).',
    secret: false,
    target: 'auth.oauth.retryMax',
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
    aliases: [],
    type: 'pem',
    default: undefined,
    description: 'PEM certificate(s) of a private CA to trust. Set this or CAMUNDA_CA_CERT_PATH.',
    secret: false,
    target: 'tls.ca',
    group: 'TLS',
  },
  {
    name: 'CAMUNDA_CA_CERT_PATH',
    aliases: [],
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
    aliases: [],
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
    aliases: [],
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
    aliases: [],
    type: 'integer',
    default: undefined,
    min: 0,
    description: 'Default long-poll timeout of job activation, in milliseconds.',
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
    type: 'integer',
    default: undefined,
    min: 0,
    description:
      'Upper bound of a random delay before a worker first polls, in seconds; spreads out fleets that start together.',
    secret: false,
    target: 'worker.startupJitterMaxSeconds',
    group: 'Worker',
  },
  // Loading
  {
    name: 'CAMUNDA_LOAD_ENVFILE',
    aliases: [],
    type: 'envfile',
    default: undefined,
    description:
      '`true`, `1`, `yes` or `on` loads `./.env`; any other value (except `false`, `0`, `no`, `off`) is the path of an env file. A missing file is ignored; the process environment is never changed. Read from the environment and overrides only.',
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
