import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfigIssueCode } from '../src/config-error.js';
import { CONFIG_KEYS, type ConfigKey } from '../src/config-schema.js';
import { resolveConfig } from '../src/resolve-config.js';
import { at, configError, issueCodes, tempDir, unwrap } from './support.js';

const ABSENT = Symbol('absent');
const CA = '-----BEGIN CERTIFICATE-----\nca\n-----END CERTIFICATE-----\n';
const CERT = '-----BEGIN CERTIFICATE-----\nclient\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nkey\n-----END PRIVATE KEY-----\n';

interface Row {
  readonly key: ConfigKey;
  readonly path: string;
  /** Value at `path` when nothing is set; ABSENT when the property is left out. */
  readonly fallback: unknown;
  readonly input: string;
  readonly parsed: unknown;
  readonly invalid?: readonly [string, ConfigIssueCode];
  /** Other keys the input needs to form a valid config. */
  readonly extra?: Readonly<Record<string, string>>;
}

const ROWS: readonly Row[] = [
  {
    key: 'CAMUNDA_REST_ADDRESS',
    path: 'restAddress',
    fallback: 'http://localhost:8080/v2',
    input: 'https://bru-2.zeebe.example.com/cluster-1/',
    parsed: 'https://bru-2.zeebe.example.com/cluster-1/v2',
    invalid: ['not a url', 'INVALID_URL'],
  },
  {
    key: 'CAMUNDA_DEFAULT_TENANT_ID',
    path: 'defaultTenantId',
    fallback: '<default>',
    input: 'tenant-a',
    parsed: 'tenant-a',
  },
  {
    key: 'CAMUNDA_AUTH_STRATEGY',
    path: 'auth.strategy',
    fallback: 'NONE',
    input: 'oauth',
    parsed: 'OAUTH',
    invalid: ['kerberos', 'INVALID_ENUM'],
    extra: { CAMUNDA_CLIENT_ID: 'id', CAMUNDA_CLIENT_SECRET: 's' },
  },
  {
    key: 'CAMUNDA_CLIENT_ID',
    path: 'auth.oauth.clientId',
    fallback: undefined,
    input: 'my-client',
    parsed: 'my-client',
    extra: { CAMUNDA_CLIENT_SECRET: 's' },
  },
  {
    key: 'CAMUNDA_CLIENT_SECRET',
    path: 'auth.oauth.clientSecret',
    fallback: undefined,
    input: 'top-secret',
    parsed: { secret: 'top-secret' },
    extra: { CAMUNDA_CLIENT_ID: 'id' },
  },
  {
    key: 'CAMUNDA_OAUTH_URL',
    path: 'auth.oauth.url',
    fallback: 'https://login.cloud.camunda.io/oauth/token',
    input: 'https://idp.example.com/realms/camunda/protocol/openid-connect/token',
    parsed: 'https://idp.example.com/realms/camunda/protocol/openid-connect/token',
    invalid: ['idp.example.com/token', 'INVALID_URL'],
  },
  {
    key: 'CAMUNDA_TOKEN_AUDIENCE',
    path: 'auth.oauth.audience',
    fallback: 'zeebe.camunda.io',
    input: 'orchestration',
    parsed: 'orchestration',
  },
  {
    key: 'CAMUNDA_OAUTH_SCOPE',
    path: 'auth.oauth.scope',
    fallback: undefined,
    input: 'openid profile',
    parsed: 'openid profile',
  },
  {
    key: 'CAMUNDA_OAUTH_TIMEOUT_MS',
    path: 'auth.oauth.timeoutMs',
    fallback: 5000,
    input: '2500',
    parsed: 2500,
    invalid: ['5s', 'INVALID_INTEGER'],
  },
  {
    key: 'CAMUNDA_OAUTH_MAX_RESPONSE_BYTES',
    path: 'auth.oauth.maxResponseBytes',
    fallback: 1048576,
    input: '65536',
    parsed: 65536,
    invalid: ['0', 'OUT_OF_RANGE'],
  },
  {
    key: 'CAMUNDA_OAUTH_RETRY_MAX',
    path: 'auth.oauth.retryMax',
    fallback: 3,
    // Attempts, the first included: 1 attempt is no retry.
    input: '1',
    parsed: 0,
    invalid: ['0', 'OUT_OF_RANGE'],
  },
  {
    key: 'CAMUNDA_OAUTH_GRANT_TYPE',
    path: 'auth.oauth.url',
    fallback: 'https://login.cloud.camunda.io/oauth/token',
    input: 'CLIENT_CREDENTIALS',
    parsed: 'https://login.cloud.camunda.io/oauth/token',
    invalid: ['password', 'INVALID_ENUM'],
  },
  {
    key: 'CAMUNDA_OAUTH_RETRY_BASE_DELAY_MS',
    path: 'auth.oauth.retryBaseDelayMs',
    fallback: 200,
    input: '50',
    parsed: 50,
    invalid: ['fast', 'INVALID_INTEGER'],
  },
  {
    key: 'CAMUNDA_TOKEN_CACHE_DIR',
    path: 'auth.oauth.cacheDir',
    fallback: undefined,
    input: '/var/cache/camunda',
    parsed: '/var/cache/camunda',
  },
  {
    key: 'CAMUNDA_TOKEN_DISK_CACHE_DISABLE',
    path: 'auth.oauth.diskCacheDisabled',
    fallback: false,
    input: 'YES',
    parsed: true,
    invalid: ['maybe', 'INVALID_BOOLEAN'],
  },
  {
    key: 'CAMUNDA_BASIC_AUTH_USERNAME',
    path: 'auth.basic.username',
    fallback: undefined,
    input: 'demo',
    parsed: 'demo',
    extra: { CAMUNDA_BASIC_AUTH_PASSWORD: 'pw' },
  },
  {
    key: 'CAMUNDA_BASIC_AUTH_PASSWORD',
    path: 'auth.basic.password',
    fallback: undefined,
    input: 'hunter2',
    parsed: { secret: 'hunter2' },
    extra: { CAMUNDA_BASIC_AUTH_USERNAME: 'demo' },
  },
  { key: 'CAMUNDA_CA_CERT', path: 'tls.ca', fallback: undefined, input: CA, parsed: CA },
  {
    key: 'CAMUNDA_CA_CERT_PATH',
    path: 'tls.ca',
    fallback: undefined,
    input: 'ca.pem',
    parsed: CA,
    invalid: ['missing.pem', 'UNREADABLE_FILE'],
  },
  {
    key: 'CAMUNDA_MTLS_CERT',
    path: 'tls.cert',
    fallback: undefined,
    input: CERT,
    parsed: CERT,
    extra: { CAMUNDA_MTLS_KEY: KEY },
  },
  {
    key: 'CAMUNDA_MTLS_CERT_PATH',
    path: 'tls.cert',
    fallback: undefined,
    input: 'client.pem',
    parsed: CERT,
    invalid: ['missing.pem', 'UNREADABLE_FILE'],
    extra: { CAMUNDA_MTLS_KEY: KEY },
  },
  {
    key: 'CAMUNDA_MTLS_KEY',
    path: 'tls.key',
    fallback: undefined,
    input: KEY,
    parsed: { secret: KEY },
    extra: { CAMUNDA_MTLS_CERT: CERT },
  },
  {
    key: 'CAMUNDA_MTLS_KEY_PATH',
    path: 'tls.key',
    fallback: undefined,
    input: 'client.key',
    parsed: { secret: KEY },
    invalid: ['missing.key', 'UNREADABLE_FILE'],
    extra: { CAMUNDA_MTLS_CERT: CERT },
  },
  {
    key: 'CAMUNDA_MTLS_KEY_PASSPHRASE',
    path: 'tls.passphrase',
    fallback: undefined,
    input: 'open sesame',
    parsed: { secret: 'open sesame' },
    extra: { CAMUNDA_MTLS_CERT: CERT, CAMUNDA_MTLS_KEY: KEY },
  },
  {
    key: 'CAMUNDA_SDK_HTTP_TIMEOUT_MS',
    path: 'http.timeoutMs',
    fallback: 30000,
    input: '60000',
    parsed: 60000,
    invalid: ['0', 'OUT_OF_RANGE'],
  },
  {
    key: 'CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS',
    path: 'http.retry.maxAttempts',
    fallback: 3,
    input: '1',
    parsed: 1,
    invalid: ['0', 'OUT_OF_RANGE'],
  },
  {
    key: 'CAMUNDA_SDK_HTTP_RETRY_BASE_DELAY_MS',
    path: 'http.retry.baseDelayMs',
    fallback: 100,
    input: '250',
    parsed: 250,
    invalid: ['1.5', 'INVALID_INTEGER'],
  },
  {
    key: 'CAMUNDA_SDK_HTTP_RETRY_MAX_DELAY_MS',
    path: 'http.retry.maxDelayMs',
    fallback: 5000,
    input: '10000',
    parsed: 10000,
    invalid: ['ten', 'INVALID_INTEGER'],
  },
  {
    key: 'CAMUNDA_SDK_HTTP_RETRY_AFTER_MAX_MS',
    path: 'http.retryAfterMaxMs',
    fallback: 30000,
    input: '120000',
    parsed: 120000,
    invalid: ['-1', 'OUT_OF_RANGE'],
  },
  {
    key: 'CAMUNDA_SDK_HTTP_MAX_RESPONSE_BYTES',
    path: 'http.maxResponseBytes',
    fallback: 67108864,
    input: '1048576',
    parsed: 1048576,
    invalid: ['0', 'OUT_OF_RANGE'],
  },
  {
    key: 'CAMUNDA_SDK_BACKPRESSURE_PROFILE',
    path: 'backpressure.profile',
    fallback: 'BALANCED',
    input: 'conservative',
    parsed: 'CONSERVATIVE',
    invalid: ['RECKLESS', 'INVALID_ENUM'],
  },
  {
    key: 'CAMUNDA_SDK_BACKPRESSURE_FLOOR',
    path: 'backpressure.knobs.floor',
    fallback: ABSENT,
    input: '4',
    parsed: 4,
    invalid: ['0', 'OUT_OF_RANGE'],
  },
  {
    key: 'CAMUNDA_SDK_BACKPRESSURE_DECREASE_FACTOR',
    path: 'backpressure.knobs.decreaseFactor',
    fallback: ABSENT,
    input: '0.7',
    parsed: 0.7,
    invalid: ['half', 'INVALID_NUMBER'],
  },
  {
    key: 'CAMUNDA_SDK_BACKPRESSURE_RECOVERY_INTERVAL_MS',
    path: 'backpressure.knobs.recoveryIntervalMs',
    fallback: ABSENT,
    input: '1000',
    parsed: 1000,
    invalid: ['1s', 'INVALID_INTEGER'],
  },
  {
    key: 'CAMUNDA_SDK_BACKPRESSURE_RECOVERY_FACTOR',
    path: 'backpressure.knobs.recoveryFactor',
    fallback: ABSENT,
    input: '1.25',
    parsed: 1.25,
    invalid: ['1', 'OUT_OF_RANGE'],
  },
  {
    key: 'CAMUNDA_SDK_BACKPRESSURE_UNLIMITED_AFTER_MS',
    path: 'backpressure.knobs.unlimitedAfterMs',
    fallback: ABSENT,
    input: '60000',
    parsed: 60000,
    invalid: ['-5', 'OUT_OF_RANGE'],
  },
  {
    key: 'CAMUNDA_SDK_BACKPRESSURE_BACKOFF_BASE_MS',
    path: 'backpressure.knobs.backoffBaseMs',
    fallback: ABSENT,
    input: '25',
    parsed: 25,
    invalid: ['x', 'INVALID_INTEGER'],
  },
  {
    key: 'CAMUNDA_SDK_BACKPRESSURE_BACKOFF_MAX_MS',
    path: 'backpressure.knobs.backoffMaxMs',
    fallback: ABSENT,
    input: '2000',
    parsed: 2000,
    invalid: ['2e3', 'INVALID_INTEGER'],
  },
  {
    key: 'CAMUNDA_SDK_BACKPRESSURE_MAX_WAITERS',
    path: 'backpressure.knobs.maxWaiters',
    fallback: ABSENT,
    input: '0',
    parsed: 0,
    invalid: ['many', 'INVALID_INTEGER'],
  },
  {
    key: 'CAMUNDA_SDK_LOG_LEVEL',
    path: 'logLevel',
    fallback: 'error',
    input: 'SILLY',
    parsed: 'silly',
    invalid: ['verbose', 'INVALID_ENUM'],
  },
  {
    key: 'CAMUNDA_SDK_VALIDATION',
    path: 'validation',
    fallback: { request: 'none', response: 'none' },
    input: 'req:strict,res:warn',
    parsed: { request: 'strict', response: 'warn' },
    invalid: ['always', 'INVALID_ENUM'],
  },
  {
    key: 'CAMUNDA_SDK_EVENTUAL_POLL_DEFAULT_MS',
    path: 'eventualPollDefaultMs',
    fallback: 500,
    input: '100',
    parsed: 100,
    invalid: ['0', 'OUT_OF_RANGE'],
  },
  {
    key: 'CAMUNDA_WORKER_TIMEOUT_MS',
    path: 'worker.timeoutMs',
    fallback: undefined,
    input: '30000',
    parsed: 30000,
    invalid: ['30s', 'INVALID_INTEGER'],
  },
  {
    key: 'CAMUNDA_WORKER_MAX_CONCURRENT_JOBS',
    path: 'worker.maxConcurrentJobs',
    fallback: undefined,
    input: '8',
    parsed: 8,
    invalid: ['0', 'OUT_OF_RANGE'],
  },
  {
    key: 'CAMUNDA_WORKER_REQUEST_TIMEOUT_MS',
    path: 'worker.requestTimeoutMs',
    fallback: undefined,
    input: '-1',
    parsed: -1,
    invalid: ['1.5', 'INVALID_INTEGER'],
  },
  {
    key: 'CAMUNDA_WORKER_NAME',
    path: 'worker.name',
    fallback: undefined,
    input: 'billing-worker',
    parsed: 'billing-worker',
  },
  {
    key: 'CAMUNDA_WORKER_STARTUP_JITTER_MAX_SECONDS',
    path: 'worker.startupJitterMaxSeconds',
    fallback: undefined,
    input: '2.5',
    parsed: 2.5,
    invalid: ['-1', 'OUT_OF_RANGE'],
  },
  {
    key: 'CAMUNDA_TENANT_IDS',
    path: 'worker.tenantIds',
    fallback: undefined,
    input: ' tenant-a, ,tenant-b,',
    parsed: ['tenant-a', 'tenant-b'],
  },
  {
    key: 'CAMUNDA_SUPPORT_LOG_ENABLED',
    path: 'supportLog.enabled',
    fallback: false,
    input: 'on',
    parsed: true,
    invalid: ['maybe', 'INVALID_BOOLEAN'],
  },
  {
    key: 'CAMUNDA_SDK_BACKPRESSURE_SOFT_FACTOR',
    path: 'backpressure.knobs.decreaseFactor',
    fallback: ABSENT,
    input: '70',
    parsed: 0.7,
    invalid: ['100', 'OUT_OF_RANGE'],
  },
  {
    key: 'CAMUNDA_SDK_BACKPRESSURE_HEALTHY_RECOVERY_MULTIPLIER',
    path: 'backpressure.knobs.recoveryFactor',
    fallback: ABSENT,
    input: '150',
    parsed: 1.5,
    invalid: ['100', 'OUT_OF_RANGE'],
  },
  ...(
    [
      'CAMUNDA_SDK_BACKPRESSURE_INITIAL_MAX',
      'CAMUNDA_SDK_BACKPRESSURE_SEVERE_FACTOR',
      'CAMUNDA_SDK_BACKPRESSURE_SEVERE_THRESHOLD',
      'CAMUNDA_SDK_BACKPRESSURE_RECOVERY_STEP',
      'CAMUNDA_SDK_BACKPRESSURE_DECAY_QUIET_MS',
      'CAMUNDA_SDK_TELEMETRY_LOG',
      'CAMUNDA_SDK_TELEMETRY_CORRELATION',
      'CAMUNDA_SDK_VALIDATION_VERBOSE',
      'CAMUNDA_SDK_VALIDATION_CAPTURE_DIR',
    ] as const
  ).map(
    (key): Row => ({
      // Keys without effect: the backpressure knobs stay the profile's.
      key,
      path: 'backpressure.knobs',
      fallback: {},
      input: '5',
      parsed: {},
    }),
  ),
];

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
  writeFileSync(join(dir.path, 'ca.pem'), CA);
  writeFileSync(join(dir.path, 'client.pem'), CERT);
  writeFileSync(join(dir.path, 'client.key'), KEY);
});
afterAll(() => dir.remove());

function valueAt(root: unknown, path: string): unknown {
  const parts = path.split('.');
  const leaf = parts.pop() as string;
  const parent = parts.length === 0 ? root : at(root, parts.join('.'));
  return Object.hasOwn(parent as object, leaf) ? unwrap((parent as Record<string, unknown>)[leaf]) : ABSENT;
}

describe('every key', () => {
  it('has a row here (CAMUNDA_LOAD_ENVFILE: env-file tests; the support log path: compatibility tests)', () => {
    const covered = new Set<string>([
      ...ROWS.map((row) => row.key),
      'CAMUNDA_LOAD_ENVFILE',
      'CAMUNDA_SUPPORT_LOG_FILE_PATH',
    ]);
    expect([...CONFIG_KEYS].filter((key) => !covered.has(key))).toEqual([]);
  });

  it.each(ROWS)('$key defaults to its documented value', (row) => {
    const config = resolveConfig({ env: {}, cwd: dir.path });
    expect(valueAt(config, row.path)).toEqual(row.fallback);
  });

  it.each(ROWS)('$key parses $input', (row) => {
    const config = resolveConfig({ env: { ...row.extra, [row.key]: row.input }, cwd: dir.path });
    expect(valueAt(config, row.path)).toEqual(row.parsed);
  });

  it.each(ROWS.filter((row) => row.invalid !== undefined))('$key rejects $invalid.0', (row) => {
    const [bad, code] = row.invalid as readonly [string, ConfigIssueCode];
    const error = configError({ env: { ...row.extra, [row.key]: bad }, cwd: dir.path });
    expect(issueCodes(error)).toEqual([[row.key, code]]);
  });
});
