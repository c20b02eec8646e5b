import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/resolve-config.js';
import { Secret } from '../src/secret.js';
import { configError, issueCodes } from './support.js';

function resolveEnv(env: Record<string, string>) {
  return resolveConfig({ env });
}

describe('integers', () => {
  it.each([
    [' 42 ', 42],
    ['+7', 7],
    ['007', 7],
  ])('reads %j as %d', (input, expected) => {
    expect(resolveEnv({ CAMUNDA_SDK_HTTP_TIMEOUT_MS: input }).http.timeoutMs).toBe(expected);
  });

  it.each(['1.5', '1e3', '0x10', '12ms', '9007199254740993', 'Infinity'])('rejects %j', (input) => {
    const error = configError({ env: { CAMUNDA_SDK_HTTP_TIMEOUT_MS: input } });
    expect(issueCodes(error)).toEqual([['CAMUNDA_SDK_HTTP_TIMEOUT_MS', 'INVALID_INTEGER']]);
  });
});

describe('numbers', () => {
  it.each([
    ['0.5', 0.5],
    ['.25', 0.25],
    ['5e-1', 0.5],
  ])('reads %j as %d', (input, expected) => {
    const config = resolveEnv({ CAMUNDA_SDK_BACKPRESSURE_DECREASE_FACTOR: input });
    expect(config.backpressure.knobs.decreaseFactor).toBe(expected);
  });

  it('checks exclusive bounds on both sides', () => {
    for (const input of ['0', '1']) {
      const error = configError({ env: { CAMUNDA_SDK_BACKPRESSURE_DECREASE_FACTOR: input } });
      expect(error.issues[0]?.code).toBe('OUT_OF_RANGE');
      expect(error.issues[0]?.message).toContain('> 0 and < 1');
    }
  });
});

describe('booleans', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['yes', true],
    ['On', true],
    ['false', false],
    ['0', false],
    ['no', false],
    ['OFF', false],
  ])('reads %j as %s', (input, expected) => {
    expect(resolveEnv({ CAMUNDA_TOKEN_DISK_CACHE_DISABLE: input }).auth.oauth.diskCacheDisabled).toBe(
      expected,
    );
  });
});

describe('enums', () => {
  it('match in any case and are stored canonically', () => {
    const config = resolveEnv({
      CAMUNDA_AUTH_STRATEGY: 'nOnE',
      CAMUNDA_SDK_LOG_LEVEL: 'DEBUG',
      CAMUNDA_SDK_BACKPRESSURE_PROFILE: 'legacy',
    });
    expect([config.auth.strategy, config.logLevel, config.backpressure.profile]).toEqual([
      'NONE',
      'debug',
      'LEGACY',
    ]);
  });

  it('list the allowed values in the error', () => {
    const error = configError({ env: { CAMUNDA_SDK_LOG_LEVEL: 'loud' } });
    expect(error.issues[0]?.message).toContain('silent, error, warn, info, debug, trace, silly');
  });
});

describe('REST address', () => {
  it.each([
    ['http://localhost:8080', 'http://localhost:8080/v2'],
    ['http://localhost:8080/', 'http://localhost:8080/v2'],
    ['http://localhost:8080/v2/', 'http://localhost:8080/v2'],
    ['https://host.example.com/cluster-id', 'https://host.example.com/cluster-id/v2'],
    ['https://host.example.com:443/v2', 'https://host.example.com/v2'],
    ['  https://host.example.com//  ', 'https://host.example.com/v2'],
  ])('normalises %j to %j', (input, expected) => {
    expect(resolveEnv({ CAMUNDA_REST_ADDRESS: input }).restAddress).toBe(expected);
  });

  it.each([
    'localhost:8080',
    'ftp://host/v2',
    'http://host/v2?x=1',
    'http://host/v2#top',
    'http://user:pw@host/v2',
  ])('rejects %j', (input) => {
    expect(issueCodes(configError({ env: { CAMUNDA_REST_ADDRESS: input } }))).toEqual([
      ['CAMUNDA_REST_ADDRESS', 'INVALID_URL'],
    ]);
  });
});

describe('validation', () => {
  it.each([
    ['strict', 'strict', 'strict'],
    ['WARN', 'warn', 'warn'],
    ['req:strict', 'strict', 'none'],
    ['res:warn', 'none', 'warn'],
    ['res:warn, req:strict', 'strict', 'warn'],
  ])('reads %j', (input, request, response) => {
    expect(resolveEnv({ CAMUNDA_SDK_VALIDATION: input }).validation).toEqual({ request, response });
  });

  it.each(['req:strict,req:warn', 'req', 'req:strict:warn', 'body:strict', 'strict,warn', ','])(
    'rejects %j',
    (input) => {
      expect(issueCodes(configError({ env: { CAMUNDA_SDK_VALIDATION: input } }))).toEqual([
        ['CAMUNDA_SDK_VALIDATION', 'INVALID_ENUM'],
      ]);
    },
  );
});

describe('typed overrides', () => {
  it('accept numbers, booleans and Secrets', () => {
    const config = resolveConfig({
      env: {},
      overrides: {
        CAMUNDA_SDK_HTTP_TIMEOUT_MS: 1234,
        CAMUNDA_SDK_BACKPRESSURE_RECOVERY_FACTOR: 1.5,
        CAMUNDA_TOKEN_DISK_CACHE_DISABLE: true,
        CAMUNDA_CLIENT_ID: 'id',
        CAMUNDA_CLIENT_SECRET: new Secret('from-vault'),
      },
    });
    expect(config.http.timeoutMs).toBe(1234);
    expect(config.backpressure.knobs.recoveryFactor).toBe(1.5);
    expect(config.auth.oauth.diskCacheDisabled).toBe(true);
    expect(config.auth.oauth.clientSecret?.reveal()).toBe('from-vault');
  });

  it('reject values of the wrong kind', () => {
    const error = configError({
      env: {},
      overrides: {
        CAMUNDA_SDK_HTTP_TIMEOUT_MS: 1.5,
        CAMUNDA_SDK_BACKPRESSURE_DECREASE_FACTOR: Number.NaN,
        CAMUNDA_WORKER_NAME: new Secret('x') as unknown as string,
        CAMUNDA_OAUTH_SCOPE: { scope: 'x' } as unknown as string,
      },
    });
    expect(issueCodes(error)).toEqual([
      ['CAMUNDA_OAUTH_SCOPE', 'INVALID_TYPE'],
      ['CAMUNDA_SDK_HTTP_TIMEOUT_MS', 'INVALID_INTEGER'],
      ['CAMUNDA_SDK_BACKPRESSURE_DECREASE_FACTOR', 'INVALID_NUMBER'],
      ['CAMUNDA_WORKER_NAME', 'INVALID_TYPE'],
    ]);
  });
});

describe('PEM values', () => {
  it('restore line breaks written as literal \\n', () => {
    const oneLine = '-----BEGIN CERTIFICATE-----\\nabc\\n-----END CERTIFICATE-----';
    expect(resolveEnv({ CAMUNDA_CA_CERT: oneLine }).tls.ca).toBe(
      '-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----',
    );
  });

  it('keep real line breaks untouched', () => {
    const pem = '-----BEGIN CERTIFICATE-----\na\\nb\n-----END CERTIFICATE-----';
    expect(resolveEnv({ CAMUNDA_CA_CERT: pem }).tls.ca).toBe(pem);
  });
});
