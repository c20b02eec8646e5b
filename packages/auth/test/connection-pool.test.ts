import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { isConfigError } from '@camunda-ts/config';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startConnectProxy } from '../../../tools/build-config/connect-proxy.js';
import {
  type AuthProvider,
  createAuthProvider,
  createConnectionPool,
  createOAuthProvider,
  defaultTrustStore,
  isAuthError,
  tlsConnectOptions,
} from '../src/index.js';
import { createTestCertificates, type TestCertificates } from './support/certificates.js';
import { authConfig } from './support/config.js';
import { recordingLogger } from './support/fakes.js';
import { issuedToken, startTokenServer, type TokenServer } from './support/token-server.js';

const noTls = { ca: undefined, cert: undefined, key: undefined, passphrase: undefined };
let certs: TestCertificates;
let otherCerts: TestCertificates;
let dir: string;
const cleanups: (() => Promise<unknown> | unknown)[] = [];

beforeAll(() => {
  certs = createTestCertificates();
  otherCerts = createTestCertificates();
  dir = mkdtempSync(join(tmpdir(), 'camunda-ts-trust-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

afterEach(async () => {
  vi.unstubAllEnvs();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function httpsTokenServer(serverCerts: TestCertificates): Promise<TokenServer> {
  const server = await startTokenServer({ cert: serverCerts.serverCert, key: serverCerts.serverKey });
  cleanups.push(() => server.close());
  return server;
}

function provider(url: string, overrides: Partial<Parameters<typeof createOAuthProvider>[0]> = {}) {
  const created: AuthProvider = createOAuthProvider({
    url,
    clientId: 'pool-client',
    clientSecret: 'pool-secret',
    retry: { max: 0 },
    ...overrides,
  });
  cleanups.push(() => created.close?.());
  return created;
}

describe('defaultTrustStore', () => {
  it("is tls.getCACertificates('default') where Node has it", () => {
    const store = defaultTrustStore(
      { rootCertificates: ['bundled'], getCACertificates: () => ['bundled', 'extra'] },
      {},
    );
    expect(store).toEqual(['bundled', 'extra']);
  });

  it('adds the certificates of NODE_EXTRA_CA_CERTS to the bundled roots where it does not', () => {
    const file = join(dir, 'extra.pem');
    writeFileSync(file, `${certs.ca}\n${otherCerts.ca}`);
    const store = defaultTrustStore({ rootCertificates }, { NODE_EXTRA_CA_CERTS: file });
    expect(store).toHaveLength(rootCertificates.length + 2);
    expect(store.slice(-2).map((pem) => pem.trim())).toEqual([certs.ca.trim(), otherCerts.ca.trim()]);
  });

  it('adds nothing for an unreadable NODE_EXTRA_CA_CERTS file', () => {
    const store = defaultTrustStore({ rootCertificates }, { NODE_EXTRA_CA_CERTS: join(dir, 'missing.pem') });
    expect(store).toEqual([...rootCertificates]);
  });
});

describe('a configured CA keeps the default trust store', () => {
  // On Node with tls.getCACertificates the variable is read at start-up, so only the fallback can be shown here.
  it.runIf(
    typeof (process.getBuiltinModule('node:tls') as { getCACertificates?: unknown }).getCACertificates !==
      'function',
  )(
    'trusts an endpoint signed by a NODE_EXTRA_CA_CERTS authority while a private CA is configured',
    async () => {
      const file = join(dir, 'node-extra.pem');
      writeFileSync(file, otherCerts.ca);
      vi.stubEnv('NODE_EXTRA_CA_CERTS', file);
      const server = await httpsTokenServer(otherCerts);
      const auth = provider(server.url, { tls: { ...noTls, ca: certs.ca } });
      await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    },
  );

  it('puts the configured CA after the whole default store', () => {
    const options = tlsConnectOptions({ ...noTls, ca: certs.ca });
    expect(options.ca?.at(-1)).toBe(certs.ca);
    expect(options.ca?.slice(0, -1)).toEqual(defaultTrustStore());
  });
});

describe('createConnectionPool and proxies', () => {
  async function proxy() {
    const started = await startConnectProxy();
    cleanups.push(() => started.close());
    return started;
  }

  it('tunnels through HTTPS_PROXY and keeps the configured CA for the server behind it', async () => {
    const server = await httpsTokenServer(certs);
    const via = await proxy();
    const pool = await createConnectionPool({ ...noTls, ca: certs.ca }, { HTTPS_PROXY: via.url });
    cleanups.push(() => pool.destroy());
    const response = await request(server.url, { method: 'POST', dispatcher: pool, body: 'grant_type=x' });
    expect(response.statusCode).toBe(200);
    await response.body.dump();
    expect(via.tunnels).toEqual([new URL(server.url).host]);
  });

  it('goes direct for a host NO_PROXY names', async () => {
    const server = await httpsTokenServer(certs);
    const via = await proxy();
    const pool = await createConnectionPool(
      { ...noTls, ca: certs.ca },
      { https_proxy: via.url, NO_PROXY: '127.0.0.1' },
    );
    cleanups.push(() => pool.destroy());
    const response = await request(server.url, { method: 'POST', dispatcher: pool, body: '' });
    await response.body.dump();
    expect(response.statusCode).toBe(200);
    expect(via.tunnels).toEqual([]);
  });

  it('given an origin and no proxy, is that origin’s pool, with the configured CA', async () => {
    const server = await httpsTokenServer(certs);
    const { Pool } = await import('undici');
    const pool = await createConnectionPool({ ...noTls, ca: certs.ca }, {}, new URL(server.url).origin);
    cleanups.push(() => pool.destroy());
    expect(pool).toBeInstanceOf(Pool);
    const response = await request(server.url, { method: 'POST', dispatcher: pool, body: '' });
    await response.body.dump();
    expect(response.statusCode).toBe(200);
  });

  it('refuses an origin that is more or other than an http(s) origin, naming the field and not echoing it', async () => {
    const cases: [string, string][] = [
      ['not a url', 'is not a URL'],
      ['ftp://cluster.example', 'is not http or https'],
      ['https://user:s3cret@cluster.example', 'holds credentials'],
      ['https://cluster.example/v2', 'has a path, query or fragment'],
      ['https://cluster.example?x=1', 'has a path, query or fragment'],
    ];
    for (const [origin, problem] of cases) {
      const error = await createConnectionPool(noTls, {}, origin).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(isConfigError(error)).toBe(true);
      if (!isConfigError(error)) continue;
      expect(error.issues).toEqual([
        { code: 'INVALID_URL', key: 'origin', message: expect.stringContaining(`origin ${problem}`) },
      ]);
      expect(error.message).not.toContain('s3cret');
    }
  });

  it('takes an origin as URL writes it (a trailing slash, the default port, upper case)', async () => {
    const { Pool } = await import('undici');
    const pool = await createConnectionPool(noTls, {}, 'HTTPS://Cluster.Example:443/');
    cleanups.push(() => pool.destroy());
    expect(pool).toBeInstanceOf(Pool);
  });

  it('given an origin and a proxy, still goes through the proxy', async () => {
    const server = await httpsTokenServer(certs);
    const via = await proxy();
    const pool = await createConnectionPool(
      { ...noTls, ca: certs.ca },
      { HTTPS_PROXY: via.url },
      new URL(server.url).origin,
    );
    cleanups.push(() => pool.destroy());
    const response = await request(server.url, { method: 'POST', dispatcher: pool, body: '' });
    await response.body.dump();
    expect(response.statusCode).toBe(200);
    expect(via.tunnels).toEqual([new URL(server.url).host]);
  });

  it('sends token requests through the proxy the environment names', async () => {
    const server = await httpsTokenServer(certs);
    const via = await proxy();
    vi.stubEnv('HTTPS_PROXY', via.url);
    vi.stubEnv('NO_PROXY', '');
    const auth = provider(server.url, { tls: { ...noTls, ca: certs.ca } });
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    expect(via.tunnels).toHaveLength(1);
  });
});

describe('createOAuthProvider: options it refuses or warns about', () => {
  it('refuses a dispatcher together with a configured CA, naming the setting', async () => {
    const { MockAgent } = await import('undici');
    const error = (() => {
      try {
        createOAuthProvider({
          url: 'https://idp.example/token',
          clientId: 'c',
          clientSecret: 's',
          dispatcher: new MockAgent(),
          tls: { ...noTls, ca: certs.ca },
        });
      } catch (e) {
        return e;
      }
    })();
    expect(isConfigError(error)).toBe(true);
    expect(error).toMatchObject({ issues: [{ code: 'CONFLICT', key: 'CAMUNDA_CA_CERT' }] });
  });

  it('accepts a dispatcher when no TLS setting is configured', async () => {
    const { MockAgent } = await import('undici');
    expect(() =>
      createOAuthProvider({
        url: 'https://idp.example/token',
        clientId: 'c',
        clientSecret: 's',
        dispatcher: new MockAgent(),
        tls: noTls,
      }),
    ).not.toThrow();
  });

  it.each([
    ['http://idp.example.com/token', true],
    ['http://127.0.0.1:8080/token', false],
    ['http://localhost/token', false],
    ['http://[::1]/token', false],
    ['https://idp.example.com/token', false],
  ])('warns about a plain-http token URL to a remote host: %s → %s', (url, warns) => {
    const logger = recordingLogger();
    createOAuthProvider({ url, clientId: 'c', clientSecret: 's', logger });
    const warnings = logger.records.filter(
      (r) => r.level === 'warn' && r.fields.event === 'oauth.insecure_url',
    );
    expect(warnings).toHaveLength(warns ? 1 : 0);
    expect(JSON.stringify(logger.records)).not.toContain('"s"');
  });

  it.each([['not a url'], ['ftp://idp.example/token']])('refuses the url %j with an AuthError', (url) => {
    const error = (() => {
      try {
        createOAuthProvider({ url, clientId: 'c', clientSecret: 's' });
      } catch (e) {
        return e;
      }
    })();
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS' });
  });

  it('refuses an empty client id with an AuthError, not a TypeError', () => {
    expect(() =>
      createOAuthProvider({ url: 'https://idp.example/token', clientId: '', clientSecret: 's' }),
    ).toThrow(expect.objectContaining({ name: 'AuthError', code: 'INVALID_OPTIONS' }));
  });
});

describe('token response size', () => {
  it('refuses a token response larger than maxResponseBytes with a typed error, without retrying', async () => {
    const server = await startTokenServer();
    cleanups.push(() => server.close());
    server.reply({ status: 200, text: 'x'.repeat(10_000) });
    const auth = provider(server.url, { maxResponseBytes: 1_000, retry: { max: 3, baseDelayMs: 1 } });
    const error = await auth.headers({}).catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'TOKEN_RESPONSE_TOO_LARGE', status: 200 });
    expect(server.requests).toHaveLength(1);
  });

  it('takes the limit from CAMUNDA_OAUTH_MAX_RESPONSE_BYTES through createAuthProvider', async () => {
    const server = await startTokenServer();
    cleanups.push(() => server.close());
    server.reply({ status: 200, text: 'x'.repeat(500) });
    const auth = createAuthProvider(
      authConfig({ strategy: 'OAUTH', oauth: { url: server.url, maxResponseBytes: 100 } }),
    );
    cleanups.push(() => auth.close?.());
    await expect(auth.headers({})).rejects.toMatchObject({ code: 'TOKEN_RESPONSE_TOO_LARGE' });
  });

  it('accepts a token response within the limit', async () => {
    const server = await startTokenServer();
    cleanups.push(() => server.close());
    const auth = provider(server.url, { maxResponseBytes: 1_000 });
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
  });
});
