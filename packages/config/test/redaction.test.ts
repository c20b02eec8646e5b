import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { describeConfig } from '../src/describe-config.js';
import { resolveConfig } from '../src/resolve-config.js';
import { Secret } from '../src/secret.js';
import { configError, tempDir } from './support.js';

const CLIENT_SECRET = 'cs-7f3a9c1e-client-secret';
const PASSWORD = 'pw-b41d-basic-password';
const KEY_BODY = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC-private-key';
const KEY = `-----BEGIN PRIVATE KEY-----\n${KEY_BODY}\n-----END PRIVATE KEY-----\n`;
const PASSPHRASE = 'pp-0c2e-key-passphrase';
const CERT = '-----BEGIN CERTIFICATE-----\nc\n-----END CERTIFICATE-----\n';
const SECRETS = [CLIENT_SECRET, PASSWORD, KEY_BODY, PASSPHRASE];

function renderings(value: unknown): string[] {
  return [
    String(value),
    JSON.stringify(value),
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    inspect(value, { depth: Number.POSITIVE_INFINITY, getters: true }),
  ];
}

function expectNoSecret(texts: readonly string[]): void {
  for (const text of texts) for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('secrets', () => {
  const env = {
    CAMUNDA_AUTH_STRATEGY: 'OAUTH',
    CAMUNDA_CLIENT_ID: 'client',
    CAMUNDA_CLIENT_SECRET: CLIENT_SECRET,
    CAMUNDA_BASIC_AUTH_USERNAME: 'demo',
    CAMUNDA_BASIC_AUTH_PASSWORD: PASSWORD,
    CAMUNDA_MTLS_CERT: CERT,
    CAMUNDA_MTLS_KEY: KEY,
    CAMUNDA_MTLS_KEY_PASSPHRASE: PASSPHRASE,
  };

  it('never appear in the config rendered by toString, JSON or inspect', () => {
    const config = resolveConfig({ env });
    expect(config.auth.oauth.clientSecret?.reveal()).toBe(CLIENT_SECRET);
    expectNoSecret(renderings(config));
    expectNoSecret(renderings(config.auth));
    expectNoSecret(renderings(config.tls));
  });

  it('never appear in describeConfig', () => {
    const description = describeConfig(resolveConfig({ env }));
    expect(description.find((entry) => entry.key === 'CAMUNDA_CLIENT_SECRET')?.value).toBe('***');
    expectNoSecret(renderings(description));
  });

  it('never appear in errors about conflicts, wrong kinds or TLS files', () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir.path, 'client.key'), KEY);
      const error = configError({
        env: { ...env, CAMUNDA_MTLS_KEY: '', CAMUNDA_CLIENT_AUTH_CLIENTSECRET: `${CLIENT_SECRET}-other` },
        overrides: {
          CAMUNDA_MTLS_KEY_PATH: 'client.key',
          CAMUNDA_BASIC_AUTH_PASSWORD: { toString: () => PASSWORD } as unknown as string,
          CAMUNDA_WORKER_NAME: new Secret(PASSPHRASE) as unknown as string,
          CAMUNDA_SDK_HTTP_TIMEOUT_MS: new Secret(PASSPHRASE) as unknown as number,
          CAMUNDA_SDK_LOG_LEVEL: 'loud',
        },
        cwd: dir.path,
      });
      expect(error.issues.map((issue) => issue.code)).toEqual([
        'CONFLICT',
        'INVALID_TYPE',
        'INVALID_TYPE',
        'INVALID_ENUM',
        'INVALID_TYPE',
      ]);
      expectNoSecret([error.message, error.stack ?? '', ...renderings(error), ...renderings(error.issues)]);
    } finally {
      dir.remove();
    }
  });
});
