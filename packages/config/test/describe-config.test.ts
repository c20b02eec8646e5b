import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CamundaConfig } from '../src/camunda-config.js';
import { CONFIG_KEYS } from '../src/config-schema.js';
import { describeConfig } from '../src/describe-config.js';
import { resolveConfig } from '../src/resolve-config.js';
import { Secret } from '../src/secret.js';
import { tempDir } from './support.js';

describe('describeConfig', () => {
  it('lists every key once, in schema order', () => {
    const description = describeConfig(resolveConfig({ env: {} }));
    expect(description.map((entry) => entry.key)).toEqual([...CONFIG_KEYS]);
  });

  it('shows the effective value and the layer it came from', () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir.path, '.env'), 'CAMUNDA_SDK_LOG_LEVEL=INFO\n');
      const config = resolveConfig({
        env: { CAMUNDA_LOAD_ENVFILE: 'yes', CAMUNDA_WORKER_NAME: 'w1', CAMUNDA_SDK_VALIDATION: 'req:strict' },
        overrides: { CAMUNDA_SDK_HTTP_TIMEOUT_MS: '9000' },
        cwd: dir.path,
      });
      const byKey = new Map(describeConfig(config).map((entry) => [entry.key, entry]));
      expect(byKey.get('CAMUNDA_SDK_LOG_LEVEL')).toEqual({
        key: 'CAMUNDA_SDK_LOG_LEVEL',
        value: 'info',
        source: '.env',
      });
      expect(byKey.get('CAMUNDA_WORKER_NAME')).toEqual({
        key: 'CAMUNDA_WORKER_NAME',
        value: 'w1',
        source: 'env',
      });
      expect(byKey.get('CAMUNDA_SDK_HTTP_TIMEOUT_MS')).toEqual({
        key: 'CAMUNDA_SDK_HTTP_TIMEOUT_MS',
        value: 9000,
        source: 'override',
      });
      expect(byKey.get('CAMUNDA_SDK_VALIDATION')?.value).toBe('req:strict,res:none');
      expect(byKey.get('CAMUNDA_OAUTH_TIMEOUT_MS')).toMatchObject({ value: 5000, source: 'default' });
      expect(byKey.get('CAMUNDA_OAUTH_SCOPE')).toMatchObject({ value: undefined, source: 'unset' });
      expect(byKey.get('CAMUNDA_LOAD_ENVFILE')).toMatchObject({ value: 'yes', source: 'env' });
    } finally {
      dir.remove();
    }
  });

  it('summarises PEM text and shows file paths', () => {
    const dir = tempDir();
    try {
      const pem = '-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----\n';
      writeFileSync(join(dir.path, 'ca.pem'), pem);
      const byKey = new Map(
        describeConfig(
          resolveConfig({
            env: { CAMUNDA_CA_CERT_PATH: 'ca.pem', CAMUNDA_MTLS_CERT: pem, CAMUNDA_MTLS_KEY: 'k' },
            cwd: dir.path,
          }),
        ).map((entry) => [entry.key, entry.value]),
      );
      expect(byKey.get('CAMUNDA_CA_CERT_PATH')).toBe('ca.pem');
      expect(byKey.get('CAMUNDA_MTLS_CERT')).toBe(`PEM (${pem.length} characters)`);
      expect(byKey.get('CAMUNDA_MTLS_KEY')).toBe('***');
    } finally {
      dir.remove();
    }
  });

  it('is frozen', () => {
    const description = describeConfig(resolveConfig({ env: {} }));
    expect(Object.isFrozen(description)).toBe(true);
    expect(Object.isFrozen(description[0])).toBe(true);
  });

  it('describes a hand-built config by its values, origin unknown, secrets masked', () => {
    const base = resolveConfig({ env: {} });
    const handBuilt: CamundaConfig = {
      ...base,
      auth: { ...base.auth, basic: { username: 'u', password: new Secret('hand-built-pw') } },
    };
    const description = describeConfig(handBuilt);
    expect(description.every((entry) => entry.source === 'unknown')).toBe(true);
    const byKey = new Map(description.map((entry) => [entry.key, entry.value]));
    expect(byKey.get('CAMUNDA_BASIC_AUTH_PASSWORD')).toBe('***');
    expect(byKey.get('CAMUNDA_BASIC_AUTH_USERNAME')).toBe('u');
    expect(byKey.get('CAMUNDA_SDK_HTTP_TIMEOUT_MS')).toBe(30000);
    expect(JSON.stringify(description)).not.toContain('hand-built-pw');
  });
});
