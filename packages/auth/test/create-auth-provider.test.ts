import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AuthProvider, createAuthProvider } from '../src/index.js';
import { authConfig } from './support/config.js';
import { issuedToken, startTokenServer, type TokenServer } from './support/token-server.js';

let server: TokenServer;
let cacheDir: string;
const providers: AuthProvider[] = [];

beforeEach(async () => {
  server = await startTokenServer();
  cacheDir = await mkdtemp(join(tmpdir(), 'camunda-ts-auth-factory-'));
});

afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close?.()));
  await server.close();
  await rm(cacheDir, { recursive: true, force: true });
});

function create(config: Parameters<typeof createAuthProvider>[0]): AuthProvider {
  const provider = createAuthProvider(config);
  providers.push(provider);
  return provider;
}

describe('createAuthProvider', () => {
  it('adds nothing for NONE', async () => {
    const auth = create(authConfig({ strategy: 'NONE' }));
    expect(auth.kind).toBe('none');
    await expect(auth.headers({})).resolves.toEqual({});
  });

  it('uses the basic credentials for BASIC', async () => {
    const auth = create(authConfig({ strategy: 'BASIC' }));
    expect(auth.kind).toBe('basic');
    await expect(auth.headers({})).resolves.toEqual({ authorization: 'Basic ZGVtbzpkZW1v' });
  });

  it('runs the client-credentials grant with the OAuth settings for OAUTH', async () => {
    const auth = create(
      authConfig({ strategy: 'OAUTH', oauth: { url: server.url, scope: 'camunda', cacheDir } }),
    );
    expect(auth.kind).toBe('oauth');
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    expect(server.requests[0]?.form).toEqual({
      grant_type: 'client_credentials',
      client_id: 'config-client',
      client_secret: 'config-secret',
      audience: 'zeebe.camunda.io',
      scope: 'camunda',
    });
    expect(await readdir(cacheDir)).toHaveLength(1);
  });

  it('writes no cache file when the disk cache is disabled', async () => {
    const auth = create(
      authConfig({ strategy: 'OAUTH', oauth: { url: server.url, cacheDir, diskCacheDisabled: true } }),
    );
    await auth.headers({});
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('retries as often as retryMax allows', async () => {
    server.reply({ status: 503, json: {} }, { status: 503, json: {} });
    const auth = create(authConfig({ strategy: 'OAUTH', oauth: { url: server.url, retryMax: 1 } }));
    await expect(auth.headers({})).rejects.toMatchObject({ code: 'TOKEN_REQUEST_FAILED', status: 503 });
    expect(server.requests).toHaveLength(2);
  });

  it('throws AuthError when OAUTH lacks a client secret', () => {
    expect(() =>
      createAuthProvider(authConfig({ strategy: 'OAUTH', oauth: { clientSecret: undefined } })),
    ).toThrow(expect.objectContaining({ name: 'AuthError', code: 'INVALID_CREDENTIALS' }));
  });

  it('throws AuthError when BASIC lacks a user name', () => {
    expect(() =>
      createAuthProvider(authConfig({ strategy: 'BASIC', basic: { username: undefined } })),
    ).toThrow(expect.objectContaining({ name: 'AuthError', code: 'INVALID_CREDENTIALS' }));
  });
});
