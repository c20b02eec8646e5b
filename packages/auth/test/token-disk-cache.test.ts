import { chmod, chown, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AuthProvider, createOAuthProvider, type OAuthProviderOptions } from '../src/index.js';
import { manualClock, recordingLogger } from './support/fakes.js';
import { issuedToken, startTokenServer, type TokenServer } from './support/token-server.js';

let server: TokenServer;
let cacheDir: string;
const providers: AuthProvider[] = [];

beforeEach(async () => {
  server = await startTokenServer();
  cacheDir = await mkdtemp(join(tmpdir(), 'camunda-ts-auth-cache-'));
});

afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close?.()));
  await server.close();
  await rm(cacheDir, { recursive: true, force: true });
});

function provider(overrides: Partial<OAuthProviderOptions> = {}): AuthProvider {
  const created = createOAuthProvider({
    url: server.url,
    clientId: 'disk-client',
    clientSecret: 'disk-secret',
    audience: 'zeebe.camunda.io',
    cacheDir,
    retry: { max: 0 },
    ...overrides,
  });
  providers.push(created);
  return created;
}

async function cacheFiles(): Promise<string[]> {
  return (await readdir(cacheDir)).sort();
}

describe('OAuth disk token cache', () => {
  it('writes one file with mode 0600 and a hashed name that reveals neither client nor URL', async () => {
    await provider().headers({});

    const files = await cacheFiles();
    expect(files).toHaveLength(1);
    const [file] = files as [string];
    expect(file).toMatch(/^camunda-token-[0-9a-f]{32}\.json$/);
    expect((await stat(join(cacheDir, file))).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await readFile(join(cacheDir, file), 'utf8')) as Record<string, unknown>;
    expect(stored.accessToken).toBe(issuedToken(1));
    expect(JSON.stringify(stored)).not.toContain('disk-secret');
  });

  it('creates a missing cache directory', async () => {
    const nested = join(cacheDir, 'a', 'b');
    await provider({ cacheDir: nested }).headers({});
    expect(await readdir(nested)).toHaveLength(1);
  });

  it('is reused by a second provider instance with the same key', async () => {
    const clock = manualClock();
    await provider({ now: clock.now }).headers({});
    clock.advance(60_000);

    const second = provider({ now: clock.now });
    await expect(second.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    expect(server.requests).toHaveLength(1);
  });

  it('keeps one file per (url, client id, audience, scope)', async () => {
    await provider().headers({});
    await provider({ audience: 'operate.camunda.io' }).headers({});
    await provider({ scope: 'extra' }).headers({});
    await provider({ clientId: 'other-client' }).headers({});
    expect(await cacheFiles()).toHaveLength(4);
    expect(server.requests).toHaveLength(4);
  });

  it('ignores and replaces a corrupt file', async () => {
    await provider().headers({});
    const [file] = (await cacheFiles()) as [string];
    await writeFile(join(cacheDir, file), '{"version":1,"accessToken":', { mode: 0o600 });
    const logger = recordingLogger();

    await expect(provider({ logger }).headers({})).resolves.toEqual({
      authorization: `Bearer ${issuedToken(2)}`,
    });
    expect(server.requests).toHaveLength(2);
    const stored = JSON.parse(await readFile(join(cacheDir, file), 'utf8')) as Record<string, unknown>;
    expect(stored.accessToken).toBe(issuedToken(2));
    expect(logger.records.map((record) => record.fields.event)).toContain('oauth.cache.corrupt');
    expect(await cacheFiles()).toEqual([file]);
  });

  it('ignores and replaces an expired file', async () => {
    const clock = manualClock();
    await provider({ now: clock.now }).headers({});
    clock.advance(3_600_000);

    await expect(provider({ now: clock.now }).headers({})).resolves.toEqual({
      authorization: `Bearer ${issuedToken(2)}`,
    });
    const [file] = (await cacheFiles()) as [string];
    const stored = JSON.parse(await readFile(join(cacheDir, file), 'utf8')) as Record<string, unknown>;
    expect(stored.accessToken).toBe(issuedToken(2));
  });

  it('does not reload a token from disk after the server rejected it', async () => {
    const auth = provider();
    await auth.headers({});
    auth.invalidate('401');
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(2)}` });
    expect(server.requests).toHaveLength(2);
  });

  it('keeps working when the directory cannot be written', async () => {
    const blocker = join(cacheDir, 'not-a-directory');
    await writeFile(blocker, '');
    const logger = recordingLogger();
    const auth = provider({ cacheDir: join(blocker, 'cache'), logger });
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    expect(logger.records.map((record) => record.fields.event)).toContain('oauth.cache.write_failed');
  });
});

describe('OAuth disk token cache: refusing untrusted files', () => {
  const posix = typeof process.getuid === 'function';

  async function plantedFile(mode: number): Promise<string> {
    await provider().headers({});
    const [name] = await cacheFiles();
    const file = join(cacheDir, name as string);
    const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...stored, accessToken: 'planted-token' }), { mode });
    await chmod(file, mode);
    return file;
  }

  it.runIf(posix)('refuses a cache file readable by others and asks the endpoint instead', async () => {
    await plantedFile(0o644);
    const logger = recordingLogger();
    const second = provider({ logger });
    await expect(second.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(2)}` });
    expect(server.requests).toHaveLength(2);
    expect(logger.records.map((entry) => entry.fields.event)).toContain('oauth.cache.refused');
  });

  it.runIf(posix)('refuses a cache file accessible by the group', async () => {
    await plantedFile(0o620);
    const second = provider();
    await expect(second.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(2)}` });
  });

  it.runIf(posix)('refuses a cache file larger than any token', async () => {
    await provider().headers({});
    const [name] = await cacheFiles();
    await writeFile(join(cacheDir, name as string), 'x'.repeat(100_000), { mode: 0o600 });
    const logger = recordingLogger();
    await provider({ logger }).headers({});
    expect(server.requests).toHaveLength(2);
    expect(logger.records.map((entry) => entry.fields.event)).toContain('oauth.cache.refused');
  });

  // Handing a file to another user needs root; elsewhere this case is covered by the mode checks' code path.
  it.runIf(process.getuid?.() === 0)('refuses a cache file owned by another user', async () => {
    const file = await plantedFile(0o600);
    await chown(file, 65534, 65534);
    const logger = recordingLogger();
    await expect(provider({ logger }).headers({})).resolves.toEqual({
      authorization: `Bearer ${issuedToken(2)}`,
    });
    expect(logger.records.map((entry) => entry.fields.event)).toContain('oauth.cache.refused');
  });

  it.runIf(posix)('creates its directory with mode 0700', async () => {
    const nested = join(cacheDir, 'private');
    await provider({ cacheDir: nested }).headers({});
    expect((await stat(nested)).mode & 0o777).toBe(0o700);
  });
});
