import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeConfig } from '../src/describe-config.js';
import { resolveConfig } from '../src/resolve-config.js';
import { at, configError, issueCodes, tempDir } from './support.js';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

function writeDotenv(text: string): void {
  writeFileSync(join(dir.path, '.env'), text);
}

function sourceOf(config: ReturnType<typeof resolveConfig>, key: string) {
  return describeConfig(config).find((entry) => entry.key === key);
}

describe('precedence: defaults < .env < environment < overrides', () => {
  const key = 'CAMUNDA_SDK_HTTP_TIMEOUT_MS';

  it('uses the default when no layer sets the key', () => {
    const config = resolveConfig({ env: {}, cwd: dir.path });
    expect(config.http.timeoutMs).toBe(30000);
    expect(sourceOf(config, key)?.source).toBe('default');
  });

  it('.env beats the default', () => {
    writeDotenv(`${key}=1000\n`);
    const config = resolveConfig({ env: { CAMUNDA_LOAD_ENVFILE: 'true' }, cwd: dir.path });
    expect(config.http.timeoutMs).toBe(1000);
    expect(sourceOf(config, key)?.source).toBe('.env');
  });

  it('the environment beats .env', () => {
    writeDotenv(`${key}=1000\n`);
    const config = resolveConfig({ env: { CAMUNDA_LOAD_ENVFILE: 'true', [key]: '2000' }, cwd: dir.path });
    expect(config.http.timeoutMs).toBe(2000);
    expect(sourceOf(config, key)?.source).toBe('env');
  });

  it('overrides beat the environment', () => {
    writeDotenv(`${key}=1000\n`);
    const config = resolveConfig({
      env: { CAMUNDA_LOAD_ENVFILE: 'true', [key]: '2000' },
      overrides: { [key]: 3000 },
      cwd: dir.path,
    });
    expect(config.http.timeoutMs).toBe(3000);
    expect(sourceOf(config, key)?.source).toBe('override');
  });

  it('treats empty strings as unset in every layer', () => {
    writeDotenv(`${key}=1000\n`);
    const config = resolveConfig({
      env: { CAMUNDA_LOAD_ENVFILE: 'true', [key]: '' },
      overrides: { [key]: '' },
      cwd: dir.path,
    });
    expect(config.http.timeoutMs).toBe(1000);
  });

  it('treats undefined overrides as unset', () => {
    const config = resolveConfig({ env: { [key]: '2000' }, overrides: { [key]: undefined } });
    expect(config.http.timeoutMs).toBe(2000);
  });

  it('parses only the winning value: a bad value in a lower layer is not an error', () => {
    const config = resolveConfig({ env: { [key]: 'soon' }, overrides: { [key]: 10 } });
    expect(config.http.timeoutMs).toBe(10);
  });
});

describe('aliases', () => {
  it('are read when the canonical name is unset', () => {
    const config = resolveConfig({ env: { ZEEBE_REST_ADDRESS: 'https://z.example.com' } });
    expect(config.restAddress).toBe('https://z.example.com/v2');
    expect(sourceOf(config, 'CAMUNDA_REST_ADDRESS')).toMatchObject({
      source: 'env',
      via: 'ZEEBE_REST_ADDRESS',
    });
  });

  it.each([
    ['CAMUNDA_CLIENT_AUTH_CLIENTID', 'auth.oauth.clientId', { CAMUNDA_CLIENT_SECRET: 's' }],
    ['CAMUNDA_OAUTH_CACHE_DIR', 'auth.oauth.cacheDir', {}],
  ])('%s is an alias of %s', (alias, path, others) => {
    const config = resolveConfig({ env: { ...others, [alias]: 'value' } });
    expect(at(config, path)).toBe('value');
  });

  it('CAMUNDA_CLIENT_AUTH_CLIENTSECRET is an alias of the client secret', () => {
    const config = resolveConfig({
      env: { CAMUNDA_CLIENT_ID: 'id', CAMUNDA_CLIENT_AUTH_CLIENTSECRET: 's3' },
    });
    expect(config.auth.oauth.clientSecret?.reveal()).toBe('s3');
  });

  it('lose to the canonical name set to the same value in the same layer', () => {
    const config = resolveConfig({
      env: { CAMUNDA_REST_ADDRESS: 'https://a.example.com', ZEEBE_REST_ADDRESS: 'https://a.example.com' },
    });
    expect(sourceOf(config, 'CAMUNDA_REST_ADDRESS')?.via).toBeUndefined();
  });

  it('in a higher layer beat the canonical name in a lower layer', () => {
    const config = resolveConfig({
      env: { CAMUNDA_REST_ADDRESS: 'https://env.example.com' },
      overrides: { ZEEBE_REST_ADDRESS: 'https://override.example.com' },
    });
    expect(config.restAddress).toBe('https://override.example.com/v2');
  });

  it('conflict with a different canonical value in the same layer', () => {
    const error = configError({
      env: { CAMUNDA_REST_ADDRESS: 'https://a.example.com', ZEEBE_REST_ADDRESS: 'https://b.example.com' },
    });
    expect(issueCodes(error)).toEqual([['CAMUNDA_REST_ADDRESS', 'CONFLICT']]);
    expect(error.issues[0]?.message).toContain('ZEEBE_REST_ADDRESS');
    expect(error.issues[0]?.message).toContain('https://b.example.com');
  });

  it('conflict in a lower layer even when a higher layer sets the key', () => {
    writeDotenv('CAMUNDA_CLIENT_ID=a\nCAMUNDA_CLIENT_AUTH_CLIENTID=b\n');
    const error = configError({
      env: { CAMUNDA_LOAD_ENVFILE: '1', CAMUNDA_CLIENT_ID: 'c', CAMUNDA_CLIENT_SECRET: 's' },
      cwd: dir.path,
    });
    expect(issueCodes(error)).toEqual([['CAMUNDA_CLIENT_ID', 'CONFLICT']]);
    expect(error.issues[0]?.message).toContain('.env');
  });
});

describe('keys that feed one setting', () => {
  const pem = '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n';

  it('the higher layer wins and the other is shadowed', () => {
    writeFileSync(join(dir.path, 'ca.pem'), pem);
    const config = resolveConfig({
      env: { CAMUNDA_CA_CERT: 'inline' },
      overrides: { CAMUNDA_CA_CERT_PATH: 'ca.pem' },
      cwd: dir.path,
    });
    expect(config.tls.ca).toBe(pem);
    expect(sourceOf(config, 'CAMUNDA_CA_CERT')?.shadowedBy).toBe('CAMUNDA_CA_CERT_PATH');
  });

  it('in one layer, the inline value wins over the path with a warning (as in both official SDKs)', () => {
    writeFileSync(join(dir.path, 'ca.pem'), 'from the file');
    const config = resolveConfig({
      env: { CAMUNDA_CA_CERT: pem, CAMUNDA_MTLS_CA_PATH: 'ca.pem' },
      cwd: dir.path,
    });
    expect(config.tls.ca).toBe(pem);
    expect(sourceOf(config, 'CAMUNDA_CA_CERT_PATH')?.shadowedBy).toBe('CAMUNDA_CA_CERT');
    expect(config.warnings).toEqual([
      expect.objectContaining({
        code: 'IGNORED_KEY',
        key: 'CAMUNDA_MTLS_CA_PATH',
        suggestion: 'CAMUNDA_CA_CERT',
      }),
    ]);
  });

  it('two converted keys for one setting in one layer are a conflict', () => {
    const error = configError({
      env: { CAMUNDA_SDK_BACKPRESSURE_DECREASE_FACTOR: '0.5', CAMUNDA_SDK_BACKPRESSURE_SOFT_FACTOR: '70' },
    });
    expect(issueCodes(error)).toEqual([['CAMUNDA_SDK_BACKPRESSURE_DECREASE_FACTOR', 'CONFLICT']]);
  });
});

describe('unknown override keys', () => {
  it('are an error naming the key', () => {
    const overrides = { CAMUNDA_SDK_HTTP_TIMEOUT: 5 } as unknown as Record<string, never>;
    const error = configError({ env: {}, overrides });
    expect(issueCodes(error)).toEqual([['CAMUNDA_SDK_HTTP_TIMEOUT', 'UNKNOWN_KEY']]);
  });
});
