import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/resolve-config.js';
import { configError, issueCodes, tempDir } from './support.js';

const CERT = '-----BEGIN CERTIFICATE-----\nclient\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nkey\n-----END PRIVATE KEY-----\n';

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
  mkdirSync(join(dir.path, 'certs'));
  writeFileSync(join(dir.path, 'certs', 'client.pem'), CERT);
  writeFileSync(join(dir.path, 'certs', 'client.key'), KEY);
});
afterAll(() => dir.remove());

describe('TLS material', () => {
  it('reads …_PATH files at resolve time, relative to cwd', () => {
    const config = resolveConfig({
      env: { CAMUNDA_MTLS_CERT_PATH: 'certs/client.pem', CAMUNDA_MTLS_KEY_PATH: 'certs/client.key' },
      cwd: dir.path,
    });
    expect(config.tls.cert).toBe(CERT);
    expect(config.tls.key?.reveal()).toBe(KEY);
  });

  it('reads absolute paths regardless of cwd', () => {
    const config = resolveConfig({
      env: {
        CAMUNDA_MTLS_CERT_PATH: join(dir.path, 'certs/client.pem'),
        CAMUNDA_MTLS_KEY: KEY,
      },
    });
    expect(config.tls.cert).toBe(CERT);
  });

  it('an unreadable file is an error naming the key and the full path', () => {
    const error = configError({ env: { CAMUNDA_CA_CERT_PATH: 'certs/nope.pem' }, cwd: dir.path });
    expect(issueCodes(error)).toEqual([['CAMUNDA_CA_CERT_PATH', 'UNREADABLE_FILE']]);
    expect(error.issues[0]?.message).toContain('CAMUNDA_CA_CERT_PATH');
    expect(error.issues[0]?.message).toContain(join(dir.path, 'certs/nope.pem'));
    expect(error.issues[0]?.message).toContain('ENOENT');
  });

  it('a directory is an unreadable file too', () => {
    const error = configError({ env: { CAMUNDA_CA_CERT_PATH: 'certs' }, cwd: dir.path });
    expect(issueCodes(error)).toEqual([['CAMUNDA_CA_CERT_PATH', 'UNREADABLE_FILE']]);
  });
});

describe('mTLS pairs', () => {
  it('a certificate needs a key', () => {
    const error = configError({ env: { CAMUNDA_MTLS_CERT: CERT } });
    expect(issueCodes(error)).toEqual([['CAMUNDA_MTLS_KEY', 'MISSING_REQUIRED']]);
  });

  it('a key needs a certificate', () => {
    const error = configError({ env: { CAMUNDA_MTLS_KEY: KEY } });
    expect(issueCodes(error)).toEqual([['CAMUNDA_MTLS_CERT', 'MISSING_REQUIRED']]);
  });

  it('a passphrase needs a key', () => {
    const error = configError({ env: { CAMUNDA_MTLS_KEY_PASSPHRASE: 'pass' } });
    expect(issueCodes(error)).toEqual([['CAMUNDA_MTLS_KEY', 'MISSING_REQUIRED']]);
    expect(error.issues[0]?.message).toContain('CAMUNDA_MTLS_KEY_PASSPHRASE');
  });

  it('a key given by path satisfies the certificate', () => {
    const config = resolveConfig({
      env: {
        CAMUNDA_MTLS_CERT: CERT,
        CAMUNDA_MTLS_KEY_PATH: 'certs/client.key',
        CAMUNDA_MTLS_KEY_PASSPHRASE: 'p',
      },
      cwd: dir.path,
    });
    expect(config.tls.passphrase?.reveal()).toBe('p');
  });
});
