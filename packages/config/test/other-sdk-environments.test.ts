import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CamundaConfig } from '../src/camunda-config.js';
import { CONFIG_SCHEMA } from '../src/config-schema.js';
import { describeConfig } from '../src/describe-config.js';
import { resolveConfig } from '../src/resolve-config.js';
import { configError, issueCodes, tempDir, unwrap } from './support.js';

const CA = '-----BEGIN CERTIFICATE-----\ninline-ca\n-----END CERTIFICATE-----\n';
const CERT = '-----BEGIN CERTIFICATE-----\ninline-cert\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\ninline-key\n-----END PRIVATE KEY-----\n';

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
  writeFileSync(join(dir.path, 'ca.pem'), 'file-ca');
  writeFileSync(join(dir.path, 'client.pem'), 'file-cert');
  writeFileSync(join(dir.path, 'client.key'), 'file-key');
});
afterAll(() => dir.remove());

/**
 * A name of `env` is accounted for when its value reached the config (as a key or alias, not shadowed), or when
 * a warning names it, or when it repeats the value of the canonical name next to it.
 */
function unaccounted(env: Readonly<Record<string, string>>, config: CamundaConfig): string[] {
  const used = new Set(
    describeConfig(config)
      .filter((entry) => entry.source === 'env' && entry.shadowedBy === undefined)
      .map((entry) => entry.via ?? entry.key),
  );
  const ignored = new Set(
    CONFIG_SCHEMA.filter((def) => def.compat?.code === 'IGNORED_KEY').map((def) => def.name),
  );
  const warned = new Set(config.warnings.map((warning) => warning.key));
  return Object.keys(env).filter((name) => {
    if (warned.has(name)) return false;
    if (used.has(name) && !ignored.has(name)) return false;
    const owner = CONFIG_SCHEMA.find((def) => def.aliases.includes(name));
    return !(owner !== undefined && env[owner.name] === env[name]);
  });
}

describe('an environment written for the official TypeScript SDK', () => {
  // Every key of its configuration reference.
  const env = {
    CAMUNDA_REST_ADDRESS: 'https://bru-2.zeebe.example.com/cluster-1',
    ZEEBE_REST_ADDRESS: 'https://bru-2.zeebe.example.com/cluster-1',
    CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: '5',
    CAMUNDA_SDK_HTTP_RETRY_BASE_DELAY_MS: '150',
    CAMUNDA_SDK_HTTP_RETRY_MAX_DELAY_MS: '3000',
    CAMUNDA_TOKEN_AUDIENCE: 'zeebe.camunda.io',
    CAMUNDA_CLIENT_ID: 'client-id',
    CAMUNDA_CLIENT_SECRET: 'client-secret',
    CAMUNDA_OAUTH_URL: 'https://login.example.com/oauth/token',
    CAMUNDA_OAUTH_GRANT_TYPE: 'client_credentials',
    CAMUNDA_OAUTH_SCOPE: 'openid profile',
    CAMUNDA_OAUTH_TIMEOUT_MS: '8000',
    CAMUNDA_OAUTH_RETRY_MAX: '6',
    CAMUNDA_OAUTH_RETRY_BASE_DELAY_MS: '1000',
    CAMUNDA_OAUTH_CACHE_DIR: '/var/cache/camunda',
    CAMUNDA_AUTH_STRATEGY: 'OAUTH',
    CAMUNDA_BASIC_AUTH_USERNAME: 'demo',
    CAMUNDA_BASIC_AUTH_PASSWORD: 'demo-password',
    CAMUNDA_SDK_VALIDATION: 'req:warn,res:fanatical',
    CAMUNDA_SDK_LOG_LEVEL: 'info',
    CAMUNDA_SDK_TELEMETRY_LOG: 'true',
    CAMUNDA_SDK_TELEMETRY_CORRELATION: 'true',
    CAMUNDA_MTLS_CERT_PATH: 'client.pem',
    CAMUNDA_MTLS_KEY_PATH: 'client.key',
    CAMUNDA_MTLS_CA_PATH: 'ca.pem',
    CAMUNDA_MTLS_KEY_PASSPHRASE: 'passphrase',
    CAMUNDA_MTLS_CERT: CERT,
    CAMUNDA_MTLS_KEY: KEY,
    CAMUNDA_MTLS_CA: CA,
    CAMUNDA_SDK_EVENTUAL_POLL_DEFAULT_MS: '250',
    CAMUNDA_DEFAULT_TENANT_ID: 'tenant-a',
    CAMUNDA_SDK_BACKPRESSURE_INITIAL_MAX: '16',
    CAMUNDA_SDK_BACKPRESSURE_SOFT_FACTOR: '70',
    CAMUNDA_SDK_BACKPRESSURE_SEVERE_FACTOR: '50',
    CAMUNDA_SDK_BACKPRESSURE_RECOVERY_INTERVAL_MS: '1000',
    CAMUNDA_SDK_BACKPRESSURE_RECOVERY_STEP: '1',
    CAMUNDA_SDK_BACKPRESSURE_DECAY_QUIET_MS: '2000',
    CAMUNDA_SDK_BACKPRESSURE_FLOOR: '2',
    CAMUNDA_SDK_BACKPRESSURE_SEVERE_THRESHOLD: '3',
    CAMUNDA_SDK_BACKPRESSURE_MAX_WAITERS: '500',
    CAMUNDA_SDK_BACKPRESSURE_HEALTHY_RECOVERY_MULTIPLIER: '150',
    CAMUNDA_SDK_BACKPRESSURE_UNLIMITED_AFTER_HEALTHY_MS: '30000',
    CAMUNDA_SDK_BACKPRESSURE_PROFILE: 'conservative',
    CAMUNDA_SUPPORT_LOG_ENABLED: 'true',
    CAMUNDA_SUPPORT_LOG_FILE_PATH: 'logs/support.log',
    CAMUNDA_SUPPORT_LOGGER: 'true',
    CAMUNDA_WORKER_TIMEOUT: '60000',
    CAMUNDA_WORKER_MAX_CONCURRENT_JOBS: '8',
    CAMUNDA_WORKER_REQUEST_TIMEOUT: '-1',
    CAMUNDA_WORKER_NAME: 'billing-worker',
    CAMUNDA_WORKER_STARTUP_JITTER_MAX_SECONDS: '3',
  };

  it('resolves to the same settings', () => {
    const config = resolveConfig({ env, cwd: dir.path });
    expect(config.restAddress).toBe('https://bru-2.zeebe.example.com/cluster-1/v2');
    expect(config.http.retry).toEqual({ maxAttempts: 5, baseDelayMs: 150, maxDelayMs: 3000 });
    expect(config.auth.strategy).toBe('OAUTH');
    const { clientSecret, ...oauth } = config.auth.oauth;
    expect(unwrap(clientSecret)).toEqual({ secret: 'client-secret' });
    expect(oauth).toEqual({
      clientId: 'client-id',
      url: 'https://login.example.com/oauth/token',
      audience: 'zeebe.camunda.io',
      scope: 'openid profile',
      timeoutMs: 8000,
      // Six attempts in all: five retries after the first.
      retryMax: 5,
      retryBaseDelayMs: 1000,
      cacheDir: '/var/cache/camunda',
      diskCacheDisabled: false,
      // Our own bound, which the official SDK does not have: its default.
      maxResponseBytes: 1_048_576,
    });
    expect(config.validation).toEqual({ request: 'warn', response: 'strict' });
    expect(config.logLevel).toBe('info');
    // Inline PEM wins over the paths, as in the official SDK.
    expect(config.tls.ca).toBe(CA);
    expect(config.tls.cert).toBe(CERT);
    expect(unwrap(config.tls.key)).toEqual({ secret: KEY });
    expect(unwrap(config.tls.passphrase)).toEqual({ secret: 'passphrase' });
    expect(config.eventualPollDefaultMs).toBe(250);
    expect(config.defaultTenantId).toBe('tenant-a');
    expect(config.backpressure).toEqual({
      profile: 'CONSERVATIVE',
      knobs: {
        floor: 2,
        decreaseFactor: 0.7,
        recoveryIntervalMs: 1000,
        recoveryFactor: 1.5,
        unlimitedAfterMs: 30000,
        maxWaiters: 500,
      },
    });
    expect(config.supportLog).toEqual({ enabled: true, filePath: join(dir.path, 'logs/support.log') });
    expect(config.worker).toEqual({
      timeoutMs: 60000,
      maxConcurrentJobs: 8,
      requestTimeoutMs: -1,
      name: 'billing-worker',
      startupJitterMaxSeconds: 3,
      tenantIds: undefined,
    });
  });

  it('ignores no key without a warning', () => {
    const config = resolveConfig({ env, cwd: dir.path });
    expect(unaccounted(env, config)).toEqual([]);
    const codes = Object.fromEntries(config.warnings.map((warning) => [warning.key, warning.code]));
    expect(codes).toEqual({
      CAMUNDA_MTLS_CA_PATH: 'IGNORED_KEY',
      CAMUNDA_MTLS_CERT_PATH: 'IGNORED_KEY',
      CAMUNDA_MTLS_KEY_PATH: 'IGNORED_KEY',
      CAMUNDA_SDK_BACKPRESSURE_SOFT_FACTOR: 'LEGACY_KEY',
      CAMUNDA_SDK_BACKPRESSURE_INITIAL_MAX: 'IGNORED_KEY',
      CAMUNDA_SDK_BACKPRESSURE_SEVERE_FACTOR: 'IGNORED_KEY',
      CAMUNDA_SDK_BACKPRESSURE_SEVERE_THRESHOLD: 'IGNORED_KEY',
      CAMUNDA_SDK_BACKPRESSURE_RECOVERY_STEP: 'IGNORED_KEY',
      CAMUNDA_SDK_BACKPRESSURE_DECAY_QUIET_MS: 'IGNORED_KEY',
      CAMUNDA_SDK_BACKPRESSURE_HEALTHY_RECOVERY_MULTIPLIER: 'LEGACY_KEY',
      CAMUNDA_SDK_TELEMETRY_LOG: 'IGNORED_KEY',
      CAMUNDA_SDK_TELEMETRY_CORRELATION: 'IGNORED_KEY',
      CAMUNDA_SDK_VALIDATION: 'CONVERTED_VALUE',
    });
    for (const warning of config.warnings) {
      expect(warning.message).toContain(warning.key);
      expect(JSON.stringify(warning)).not.toContain('client-secret');
    }
  });

  it('reads the deprecated support logger switch with a warning naming the new key', () => {
    const config = resolveConfig({ env: { CAMUNDA_SUPPORT_LOGGER: 'yes' }, cwd: dir.path });
    expect(config.supportLog.enabled).toBe(true);
    expect(config.warnings).toEqual([
      expect.objectContaining({
        code: 'LEGACY_KEY',
        key: 'CAMUNDA_SUPPORT_LOGGER',
        suggestion: 'CAMUNDA_SUPPORT_LOG_ENABLED',
      }),
    ]);
  });

  it('reads ZEEBE_REST_ADDRESS alone with a LEGACY_KEY warning', () => {
    const config = resolveConfig({ env: { ZEEBE_REST_ADDRESS: 'http://gateway:8080' } });
    expect(config.restAddress).toBe('http://gateway:8080/v2');
    expect(config.warnings.map(({ code, key, suggestion }) => ({ code, key, suggestion }))).toEqual([
      { code: 'LEGACY_KEY', key: 'ZEEBE_REST_ADDRESS', suggestion: 'CAMUNDA_REST_ADDRESS' },
    ]);
  });

  it('rejects another grant type, naming the supported one', () => {
    const error = configError({ env: { CAMUNDA_OAUTH_GRANT_TYPE: 'password' } });
    expect(issueCodes(error)).toEqual([['CAMUNDA_OAUTH_GRANT_TYPE', 'INVALID_ENUM']]);
    expect(error.message).toContain('client_credentials');
  });
});

describe('an environment written for the Python SDK', () => {
  let home: ReturnType<typeof tempDir>;
  const previousHome = process.env.HOME;
  beforeAll(() => {
    home = tempDir();
    mkdirSync(join(home.path, 'camunda'));
    writeFileSync(
      join(home.path, 'camunda', 'worker.env'),
      'CAMUNDA_WORKER_NAME=from-env-file\nCAMUNDA_SDK_LOG_LEVEL=debug\n',
    );
  });
  afterEach(() => {
    process.env.HOME = previousHome;
  });
  afterAll(() => home.remove());

  // Every key its configuration resolver reads.
  const env = {
    ZEEBE_REST_ADDRESS: 'http://gateway:8080/',
    CAMUNDA_REST_ADDRESS: 'http://gateway:8080/',
    CAMUNDA_TOKEN_AUDIENCE: 'orchestration-api',
    CAMUNDA_OAUTH_URL: 'http://keycloak:18080/auth/realms/camunda-platform/protocol/openid-connect/token',
    CAMUNDA_AUTH_STRATEGY: 'basic',
    CAMUNDA_BASIC_AUTH_USERNAME: 'demo',
    CAMUNDA_BASIC_AUTH_PASSWORD: 'demo-password',
    CAMUNDA_CLIENT_ID: 'worker',
    CAMUNDA_CLIENT_SECRET: 'worker-secret',
    CAMUNDA_CLIENT_AUTH_CLIENTID: 'worker',
    CAMUNDA_CLIENT_AUTH_CLIENTSECRET: 'worker-secret',
    CAMUNDA_SDK_LOG_LEVEL: 'warn',
    CAMUNDA_TOKEN_CACHE_DIR: '/var/cache/camunda',
    CAMUNDA_TOKEN_DISK_CACHE_DISABLE: 'false',
    CAMUNDA_SDK_BACKPRESSURE_PROFILE: 'LEGACY',
    CAMUNDA_TENANT_ID: 'tenant-a',
    CAMUNDA_TENANT_IDS: 'tenant-a,tenant-b',
    CAMUNDA_WORKER_TIMEOUT: '30000',
    CAMUNDA_WORKER_MAX_CONCURRENT_JOBS: '4',
    CAMUNDA_WORKER_REQUEST_TIMEOUT: '0',
    CAMUNDA_WORKER_NAME: 'python-style-worker',
    CAMUNDA_WORKER_STARTUP_JITTER_MAX_SECONDS: '0.5',
    CAMUNDA_LOAD_ENVFILE: '~/camunda/worker.env',
    CAMUNDA_MTLS_CERT_PATH: 'client.pem',
    CAMUNDA_MTLS_KEY_PATH: 'client.key',
    CAMUNDA_MTLS_CA_PATH: 'ca.pem',
    CAMUNDA_MTLS_CERT: CERT,
    CAMUNDA_MTLS_KEY: KEY,
    CAMUNDA_MTLS_CA: CA,
    CAMUNDA_MTLS_KEY_PASSPHRASE: 'passphrase',
  };

  it('resolves to the same settings', () => {
    process.env.HOME = home.path;
    const config = resolveConfig({ env, cwd: dir.path });
    expect(config.restAddress).toBe('http://gateway:8080/v2');
    expect(config.auth.strategy).toBe('BASIC');
    expect(config.auth.basic.username).toBe('demo');
    expect(unwrap(config.auth.basic.password)).toEqual({ secret: 'demo-password' });
    expect(config.auth.oauth).toMatchObject({
      clientId: 'worker',
      audience: 'orchestration-api',
      url: 'http://keycloak:18080/auth/realms/camunda-platform/protocol/openid-connect/token',
      cacheDir: '/var/cache/camunda',
      diskCacheDisabled: false,
    });
    // The environment wins over the env file; the env file fills what the environment leaves unset.
    expect(config.logLevel).toBe('warn');
    expect(config.backpressure.profile).toBe('LEGACY');
    expect(config.defaultTenantId).toBe('tenant-a');
    expect(config.tls.ca).toBe(CA);
    expect(config.tls.cert).toBe(CERT);
    expect(config.worker).toEqual({
      timeoutMs: 30000,
      maxConcurrentJobs: 4,
      requestTimeoutMs: 0,
      name: 'python-style-worker',
      startupJitterMaxSeconds: 0.5,
      tenantIds: ['tenant-a', 'tenant-b'],
    });
  });

  it('ignores no key without a warning', () => {
    process.env.HOME = home.path;
    const config = resolveConfig({ env, cwd: dir.path });
    expect(unaccounted(env, config)).toEqual([]);
    // ZEEBE_REST_ADDRESS repeats CAMUNDA_REST_ADDRESS, which is read; the paths lose to the inline PEM.
    expect(config.warnings.map((warning) => [warning.key, warning.code])).toEqual([
      ['CAMUNDA_MTLS_CA_PATH', 'IGNORED_KEY'],
      ['CAMUNDA_MTLS_CERT_PATH', 'IGNORED_KEY'],
      ['CAMUNDA_MTLS_KEY_PATH', 'IGNORED_KEY'],
    ]);
  });

  it('expands ~ in CAMUNDA_LOAD_ENVFILE to the home directory', () => {
    process.env.HOME = home.path;
    const config = resolveConfig({ env: { CAMUNDA_LOAD_ENVFILE: '~/camunda/worker.env' }, cwd: dir.path });
    expect(config.worker.name).toBe('from-env-file');
    expect(describeConfig(config).find((entry) => entry.key === 'CAMUNDA_WORKER_NAME')?.source).toBe('.env');
  });

  it('reads CAMUNDA_TENANT_ID as the default tenant', () => {
    const config = resolveConfig({ env: { CAMUNDA_TENANT_ID: 'tenant-b' } });
    expect(config.defaultTenantId).toBe('tenant-b');
    expect(config.warnings).toEqual([]);
  });
});

describe('unknown names', () => {
  it('CAMUNDA_REST_ADRESS yields an UNKNOWN_KEY warning suggesting CAMUNDA_REST_ADDRESS', () => {
    const config = resolveConfig({ env: { CAMUNDA_REST_ADRESS: 'x' } });
    expect(config.warnings).toEqual([
      {
        code: 'UNKNOWN_KEY',
        key: 'CAMUNDA_REST_ADRESS',
        message: expect.stringContaining('did you mean CAMUNDA_REST_ADDRESS?'),
        suggestion: 'CAMUNDA_REST_ADDRESS',
      },
    ]);
    expect(config.restAddress).toBe('http://localhost:8080/v2');
  });

  it('suggest the CAMUNDA_ twin of a ZEEBE_ name, and nothing for a name far from every key', () => {
    const config = resolveConfig({
      env: { ZEEBE_CLIENT_ID: 'x', CAMUNDA_SOMETHING_ELSE_ENTIRELY: 'y', PATH: '/usr/bin', ZEEBE_EMPTY: '' },
    });
    expect(config.warnings.map(({ key, suggestion }) => ({ key, suggestion }))).toEqual([
      { key: 'ZEEBE_CLIENT_ID', suggestion: 'CAMUNDA_CLIENT_ID' },
      { key: 'CAMUNDA_SOMETHING_ELSE_ENTIRELY', suggestion: undefined },
    ]);
  });

  it('explain a configuration error they cause: the misspelt secret is named next to the missing one', () => {
    const error = configError({
      env: { CAMUNDA_CLIENT_ID: 'id', CAMUNDA_CLIENT_SECERT: 's', CAMUNDA_SDK_TELEMETRY_LOG: 'true' },
    });
    expect(issueCodes(error)).toEqual([['CAMUNDA_CLIENT_SECRET', 'MISSING_REQUIRED']]);
    expect(error.message).toContain('did you mean CAMUNDA_CLIENT_SECRET?');
    expect(error.message).not.toContain('CAMUNDA_SDK_TELEMETRY_LOG');
    expect(error.warnings.map(({ code, key }) => [key, code])).toEqual([
      ['CAMUNDA_SDK_TELEMETRY_LOG', 'IGNORED_KEY'],
      ['CAMUNDA_CLIENT_SECERT', 'UNKNOWN_KEY'],
    ]);
  });

  it('are found in the env file too, once', () => {
    writeFileSync(join(dir.path, 'typo.env'), 'CAMUNDA_CLIENT_SECERT=s\n');
    const config = resolveConfig({
      env: { CAMUNDA_LOAD_ENVFILE: 'typo.env', CAMUNDA_CLIENT_SECERT: 's' },
      cwd: dir.path,
    });
    expect(config.warnings).toEqual([
      expect.objectContaining({ key: 'CAMUNDA_CLIENT_SECERT', suggestion: 'CAMUNDA_CLIENT_SECRET' }),
    ]);
  });
});

describe('value conventions of the other SDKs', () => {
  it("'fanatical' validation is read as strict with a warning", () => {
    const config = resolveConfig({ env: { CAMUNDA_SDK_VALIDATION: 'fanatical' } });
    expect(config.validation).toEqual({ request: 'strict', response: 'strict' });
    expect(config.warnings.map((warning) => warning.code)).toEqual(['CONVERTED_VALUE']);
  });

  it('tenant lists may be given as arrays in overrides', () => {
    const config = resolveConfig({ env: {}, overrides: { CAMUNDA_TENANT_IDS: ['a', ' b '] } });
    expect(config.worker.tenantIds).toEqual(['a', 'b']);
    expect(Object.isFrozen(config.worker.tenantIds)).toBe(true);
  });

  it('the support log path defaults to camunda-support.log in cwd', () => {
    const config = resolveConfig({ env: {}, cwd: dir.path });
    expect(config.supportLog.filePath).toBe(join(dir.path, 'camunda-support.log'));
  });
});
