import { CamundaError, isCamundaError } from '@camunda-ts/types';
import { describe, expect, it } from 'vitest';
import { ConfigError, type ConfigIssueCode, isConfigError } from '../src/config-error.js';
import { configError } from './support.js';

/**
 * One environment that triggers each code; every code the Node build can produce appears here
 * (`UNSUPPORTED_RUNTIME` comes from the browser build: `browser-build.test.ts`).
 */
const TRIGGERS: Record<Exclude<ConfigIssueCode, 'UNSUPPORTED_RUNTIME'>, () => ConfigError> = {
  MISSING_REQUIRED: () =>
    configError({ env: { CAMUNDA_AUTH_STRATEGY: 'BASIC', CAMUNDA_BASIC_AUTH_USERNAME: 'u' } }),
  INVALID_ENUM: () => configError({ env: { CAMUNDA_SDK_BACKPRESSURE_PROFILE: 'fast' } }),
  INVALID_INTEGER: () => configError({ env: { CAMUNDA_WORKER_MAX_CONCURRENT_JOBS: 'lots' } }),
  INVALID_NUMBER: () => configError({ env: { CAMUNDA_SDK_BACKPRESSURE_RECOVERY_FACTOR: 'double' } }),
  INVALID_BOOLEAN: () => configError({ env: { CAMUNDA_TOKEN_DISK_CACHE_DISABLE: 'perhaps' } }),
  INVALID_URL: () => configError({ env: { CAMUNDA_OAUTH_URL: 'mailto:x@example.com' } }),
  OUT_OF_RANGE: () => configError({ env: { CAMUNDA_OAUTH_TIMEOUT_MS: '0' } }),
  CONFLICT: () => configError({ env: { CAMUNDA_TOKEN_CACHE_DIR: '/a', CAMUNDA_OAUTH_CACHE_DIR: '/b' } }),
  UNREADABLE_FILE: () =>
    configError({ env: { CAMUNDA_MTLS_CERT_PATH: '/nonexistent/cert.pem', CAMUNDA_MTLS_KEY: 'k' } }),
  UNKNOWN_KEY: () =>
    configError({ env: {}, overrides: { CAMUNDA_TYPO: '1' } as unknown as Record<string, never> }),
  INVALID_TYPE: () =>
    configError({ env: {}, overrides: { CAMUNDA_WORKER_NAME: ['a'] as unknown as string } }),
};

describe('ConfigError', () => {
  it.each(Object.keys(TRIGGERS) as (keyof typeof TRIGGERS)[])('reports %s', (code) => {
    const error = TRIGGERS[code]();
    expect(error.issues.map((issue) => issue.code)).toEqual([code]);
  });

  it('names the key and the bad value in each message', () => {
    const error = configError({ env: { CAMUNDA_WORKER_MAX_CONCURRENT_JOBS: 'lots' } });
    expect(error.issues[0]).toEqual({
      code: 'INVALID_INTEGER',
      key: 'CAMUNDA_WORKER_MAX_CONCURRENT_JOBS',
      message: 'CAMUNDA_WORKER_MAX_CONCURRENT_JOBS from the environment must be an integer ≥ 1, got "lots"',
    });
  });

  it('names the alias that supplied a bad value', () => {
    const error = configError({ env: { ZEEBE_REST_ADDRESS: 'nowhere' } });
    expect(error.issues[0]?.key).toBe('CAMUNDA_REST_ADDRESS');
    expect(error.issues[0]?.message).toContain(
      'ZEEBE_REST_ADDRESS (alias of CAMUNDA_REST_ADDRESS) from the environment',
    );
  });

  it('lists every problem at once, in schema order', () => {
    const error = configError({
      env: {
        CAMUNDA_WORKER_NAME: 'ok',
        CAMUNDA_SDK_LOG_LEVEL: 'loud',
        CAMUNDA_REST_ADDRESS: 'nowhere',
        CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: 'x',
      },
    });
    expect(error.issues.map((issue) => issue.key)).toEqual([
      'CAMUNDA_REST_ADDRESS',
      'CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS',
      'CAMUNDA_SDK_LOG_LEVEL',
    ]);
    expect(error.message).toContain('3 problems');
    for (const issue of error.issues) expect(error.message).toContain(issue.message);
  });

  it('reports a base delay above its maximum', () => {
    const error = configError({
      env: { CAMUNDA_SDK_HTTP_RETRY_BASE_DELAY_MS: '6000', CAMUNDA_SDK_BACKPRESSURE_BACKOFF_BASE_MS: '10' },
      overrides: { CAMUNDA_SDK_BACKPRESSURE_BACKOFF_MAX_MS: 5 },
    });
    expect(error.issues.map((issue) => [issue.key, issue.code])).toEqual([
      ['CAMUNDA_SDK_HTTP_RETRY_BASE_DELAY_MS', 'OUT_OF_RANGE'],
      ['CAMUNDA_SDK_BACKPRESSURE_BACKOFF_BASE_MS', 'OUT_OF_RANGE'],
    ]);
    expect(error.issues[0]?.message).toContain(
      'CAMUNDA_SDK_HTTP_RETRY_MAX_DELAY_MS (5000, from the defaults)',
    );
  });

  it('is a branded CamundaError with code INVALID_CONFIG and frozen issues', () => {
    const error = configError({ env: { CAMUNDA_SDK_LOG_LEVEL: 'loud' } });
    expect(error.name).toBe('ConfigError');
    expect(error.code).toBe('INVALID_CONFIG');
    expect(error).toBeInstanceOf(CamundaError);
    expect(isCamundaError(error)).toBe(true);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
  });

  it('isConfigError recognises a branded error by name, not by class identity', () => {
    const lookalike = Object.assign(new Error('x'), {
      name: 'ConfigError',
      [Symbol.for('camunda-ts.error')]: true,
    });
    expect(isConfigError(lookalike)).toBe(true);
    expect(isConfigError(new Error('x'))).toBe(false);
    expect(isConfigError({ name: 'ConfigError' })).toBe(false);
    expect(isConfigError(new ConfigError([]))).toBe(true);
  });
});
