import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, CONFIG_SCHEMA } from '../src/config-schema.js';
import { resolveConfig } from '../src/resolve-config.js';
import { at } from './support.js';

describe('CONFIG_SCHEMA', () => {
  it('is deeply frozen', () => {
    expect(Object.isFrozen(CONFIG_SCHEMA)).toBe(true);
    for (const def of CONFIG_SCHEMA) {
      expect(Object.isFrozen(def)).toBe(true);
      expect(Object.isFrozen(def.aliases)).toBe(true);
    }
    expect(() => (CONFIG_SCHEMA as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it('has unique names across keys and aliases', () => {
    const names = CONFIG_SCHEMA.flatMap((def) => [def.name, ...def.aliases]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('CONFIG_KEYS lists the canonical names in schema order', () => {
    expect(CONFIG_KEYS).toEqual(CONFIG_SCHEMA.map((def) => def.name));
    expect(Object.isFrozen(CONFIG_KEYS)).toBe(true);
  });

  it('gives every enum its values and every key a description', () => {
    for (const def of CONFIG_SCHEMA) {
      expect(def.description.length).toBeGreaterThan(10);
      if (def.type === 'enum') expect(def.values?.length).toBeGreaterThan(0);
    }
  });

  it('points every target at a field of the resolved config', () => {
    const config = resolveConfig({ env: {} });
    for (const def of CONFIG_SCHEMA) {
      if (def.target === undefined || def.omitWhenUnset) continue;
      const parent = def.target.split('.').slice(0, -1).join('.');
      const leaf = def.target.split('.').at(-1) as string;
      const container = parent === '' ? config : at(config, parent);
      expect(Object.hasOwn(container as object, leaf), def.target).toBe(true);
    }
  });
});

describe('resolved config', () => {
  it('is deeply frozen', () => {
    const config = resolveConfig({ env: { CAMUNDA_CLIENT_ID: 'i', CAMUNDA_CLIENT_SECRET: 's' } });
    const visit = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      expect(Object.isFrozen(value)).toBe(true);
      for (const child of Object.values(value)) visit(child);
    };
    visit(config);
    expect(() => {
      (config.http as { timeoutMs: number }).timeoutMs = 1;
    }).toThrow(TypeError);
  });

  it('has exactly the CamundaConfig shape with defaults applied', () => {
    expect(resolveConfig({ env: {}, cwd: '/srv/app' })).toStrictEqual({
      restAddress: 'http://localhost:8080/v2',
      defaultTenantId: '<default>',
      auth: {
        strategy: 'NONE',
        oauth: {
          clientId: undefined,
          clientSecret: undefined,
          url: 'https://login.cloud.camunda.io/oauth/token',
          audience: 'zeebe.camunda.io',
          scope: undefined,
          timeoutMs: 5000,
          retryMax: 3,
          retryBaseDelayMs: 200,
          maxResponseBytes: 1048576,
          cacheDir: undefined,
          diskCacheDisabled: false,
        },
        basic: { username: undefined, password: undefined },
      },
      tls: { ca: undefined, cert: undefined, key: undefined, passphrase: undefined },
      http: {
        timeoutMs: 30000,
        retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 5000 },
        retryAfterMaxMs: 30000,
        maxResponseBytes: 67108864,
      },
      backpressure: { profile: 'BALANCED', knobs: {} },
      logLevel: 'error',
      validation: { request: 'none', response: 'none' },
      eventualPollDefaultMs: 500,
      worker: {
        timeoutMs: undefined,
        maxConcurrentJobs: undefined,
        requestTimeoutMs: undefined,
        name: undefined,
        startupJitterMaxSeconds: undefined,
        tenantIds: undefined,
      },
      supportLog: { enabled: false, filePath: '/srv/app/camunda-support.log' },
      warnings: [],
    });
  });
});
