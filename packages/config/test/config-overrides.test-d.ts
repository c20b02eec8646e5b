import { describe, expectTypeOf, it } from 'vitest';
import type { CamundaConfig } from '../src/camunda-config.js';
import type { ConfigOverrides } from '../src/config-overrides.js';
import { CONFIG_KEYS, type ConfigKey } from '../src/config-schema.js';
import { describeConfig } from '../src/describe-config.js';
import { resolveConfig } from '../src/resolve-config.js';
import { Secret } from '../src/secret.js';

describe('resolveConfig types', () => {
  it('returns CamundaConfig', () => {
    expectTypeOf(resolveConfig()).toEqualTypeOf<CamundaConfig>();
  });

  it('names every key as a literal', () => {
    expectTypeOf(CONFIG_KEYS).toEqualTypeOf<readonly ConfigKey[]>();
    expectTypeOf<'CAMUNDA_REST_ADDRESS'>().toExtend<ConfigKey>();
    expectTypeOf<'ZEEBE_REST_ADDRESS'>().not.toExtend<ConfigKey>();
    expectTypeOf(describeConfig(resolveConfig())[0]!.key).toEqualTypeOf<ConfigKey>();
  });
});

describe('ConfigOverrides', () => {
  it('accepts env strings and typed values per key, aliases included', () => {
    const overrides: ConfigOverrides = {
      CAMUNDA_SDK_HTTP_TIMEOUT_MS: 10_000,
      CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: '5',
      CAMUNDA_TOKEN_DISK_CACHE_DISABLE: true,
      CAMUNDA_LOAD_ENVFILE: false,
      CAMUNDA_AUTH_STRATEGY: 'OAUTH',
      CAMUNDA_SDK_LOG_LEVEL: 'DEBUG',
      CAMUNDA_CLIENT_SECRET: new Secret('s'),
      ZEEBE_REST_ADDRESS: 'http://localhost:8080',
      CAMUNDA_WORKER_NAME: undefined,
    };
    expectTypeOf(overrides).toExtend<ConfigOverrides>();
  });

  it("accepts the other SDKs' names and a tenant list as an array", () => {
    const overrides: ConfigOverrides = {
      CAMUNDA_WORKER_TIMEOUT: 60_000,
      CAMUNDA_WORKER_REQUEST_TIMEOUT: -1,
      CAMUNDA_MTLS_CA_PATH: '/etc/ca.pem',
      CAMUNDA_TENANT_ID: 'tenant-a',
      CAMUNDA_TENANT_IDS: ['tenant-a', 'tenant-b'],
      CAMUNDA_SUPPORT_LOGGER: true,
    };
    expectTypeOf(overrides).toExtend<ConfigOverrides>();
    expectTypeOf(resolveConfig().warnings[0]!.code).toEqualTypeOf<
      'UNKNOWN_KEY' | 'LEGACY_KEY' | 'IGNORED_KEY' | 'CONVERTED_VALUE'
    >();
  });

  it('rejects unknown keys and values of the wrong kind', () => {
    // @ts-expect-error: not a key
    const unknown: ConfigOverrides = { CAMUNDA_SDK_HTTP_TIMEOUT: 1 };
    // @ts-expect-error: a string key takes no number
    const wrongKind: ConfigOverrides = { CAMUNDA_WORKER_NAME: 1 };
    // @ts-expect-error: only secret keys take a Secret
    const notSecret: ConfigOverrides = { CAMUNDA_CLIENT_ID: new Secret('x') };
    // @ts-expect-error: a path is not a secret, even when the file holds one
    const pathSecret: ConfigOverrides = { CAMUNDA_MTLS_KEY_PATH: new Secret('x') };
    expectTypeOf([unknown, wrongKind, notSecret, pathSecret]).toBeArray();
  });

  it('suggests enum values but accepts any spelling', () => {
    expectTypeOf<NonNullable<ConfigOverrides['CAMUNDA_AUTH_STRATEGY']>>().toExtend<string>();
    expectTypeOf<'OAUTH'>().toExtend<NonNullable<ConfigOverrides['CAMUNDA_AUTH_STRATEGY']>>();
    expectTypeOf<'oauth'>().toExtend<NonNullable<ConfigOverrides['CAMUNDA_AUTH_STRATEGY']>>();
  });
});
