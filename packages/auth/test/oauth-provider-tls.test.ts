import { Secret } from '@camunda-ts/config';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AuthProvider, createOAuthProvider, type OAuthProviderOptions } from '../src/index.js';
import { createTestCertificates, type TestCertificates } from './support/certificates.js';
import { recordingSleep } from './support/fakes.js';
import { issuedToken, startTokenServer, type TokenServer } from './support/token-server.js';

let certs: TestCertificates;
const servers: TokenServer[] = [];
const providers: AuthProvider[] = [];

beforeAll(() => {
  certs = createTestCertificates();
});

afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close?.()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function httpsServer(requireClientCert: boolean): Promise<TokenServer> {
  const server = await startTokenServer({
    cert: certs.serverCert,
    key: certs.serverKey,
    ca: certs.ca,
    requestCert: requireClientCert,
    rejectUnauthorized: requireClientCert,
  });
  servers.push(server);
  return server;
}

function provider(url: string, overrides: Partial<OAuthProviderOptions> = {}): AuthProvider {
  const created = createOAuthProvider({
    url,
    clientId: 'tls-client',
    clientSecret: 'tls-secret',
    audience: 'zeebe.camunda.io',
    timeoutMs: 5_000,
    retry: { max: 2, baseDelayMs: 1 },
    ...overrides,
  });
  providers.push(created);
  return created;
}

const noClientCert = { ca: undefined, cert: undefined, key: undefined, passphrase: undefined };

describe('createOAuthProvider over HTTPS', () => {
  it('trusts a token endpoint whose certificate is signed by the configured CA', async () => {
    const server = await httpsServer(false);
    const auth = provider(server.url, { tls: { ...noClientCert, ca: certs.ca } });
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    expect(server.requests).toHaveLength(1);
  });

  it('refuses an untrusted certificate without retrying', async () => {
    const server = await httpsServer(false);
    const { delays, sleep } = recordingSleep();
    const auth = provider(server.url, { sleep });
    await expect(auth.headers({})).rejects.toMatchObject({ name: 'AuthError', code: 'TOKEN_REQUEST_FAILED' });
    expect(server.requests).toHaveLength(0);
    expect(delays).toEqual([]);
  });

  it('presents the client certificate, with an encrypted key and its passphrase, for mTLS', async () => {
    const server = await httpsServer(true);
    const auth = provider(server.url, {
      tls: {
        ca: certs.ca,
        cert: certs.clientCert,
        key: new Secret(certs.clientKey),
        passphrase: new Secret(certs.clientKeyPassphrase),
      },
    });
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    expect(server.requests).toHaveLength(1);
  });

  it('fails when the endpoint requires a client certificate and none is configured', async () => {
    const server = await httpsServer(true);
    const auth = provider(server.url, {
      tls: { ...noClientCert, ca: certs.ca },
      sleep: recordingSleep().sleep,
    });
    await expect(auth.headers({})).rejects.toMatchObject({ name: 'AuthError', code: 'TOKEN_REQUEST_FAILED' });
    expect(server.requests).toHaveLength(0);
  });
});
