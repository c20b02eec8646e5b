import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { probeDist } from '../../../tools/build-config/dist-probe.js';
import type * as AuthModule from '../src/index.js';
import { issuedToken, startTokenServer, type TokenServer } from './support/token-server.js';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

let server: TokenServer;
let cacheDir: string;

beforeEach(async () => {
  server = await startTokenServer();
  cacheDir = await mkdtemp(join(tmpdir(), 'camunda-ts-auth-dist-'));
});

afterEach(async () => {
  await server.close();
  await rm(cacheDir, { recursive: true, force: true });
});

async function writesDiskCache(auth: typeof AuthModule): Promise<void> {
  const provider = auth.createOAuthProvider({
    url: server.url,
    clientId: 'dist-client',
    clientSecret: 'dist-secret',
    audience: 'zeebe.camunda.io',
    cacheDir,
  });
  try {
    await expect(provider.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
  } finally {
    await provider.close?.();
  }
  const files = await readdir(cacheDir);
  expect(files).toHaveLength(1);
  expect((await stat(join(cacheDir, files[0] as string))).mode & 0o777).toBe(0o600);
}

describe('built output', () => {
  it('is present (run `pnpm build` before the tests)', () => {
    expect(existsSync(join(distDir, 'index.js'))).toBe(true);
    expect(existsSync(join(distDir, 'index.cjs'))).toBe(true);
  });

  it('writes the disk cache from the ESM build', async () => {
    const esm = (await import(pathToFileURL(join(distDir, 'index.js')).href)) as typeof AuthModule;
    await writesDiskCache(esm);
  });

  it('writes the disk cache from the CJS build', async () => {
    const cjs = createRequire(import.meta.url)(join(distDir, 'index.cjs')) as typeof AuthModule;
    await writesDiskCache(cjs);
  });
});

describe.each(['esm', 'cjs'] as const)('built %s output, undici on demand', (format) => {
  it('loads without loading undici', async () => {
    const result = await probeDist(
      format,
      `report({ createOAuthProvider: typeof pkg.createOAuthProvider, undici: loaded('undici') });`,
    );
    expect(result).toEqual({ createOAuthProvider: 'function', undici: false });
  });

  it('loads undici with the first token request, which succeeds', async () => {
    const result = await probeDist(
      format,
      `const provider = pkg.createOAuthProvider({
  url: ${JSON.stringify(server.url)}, clientId: 'dist-client', clientSecret: 'dist-secret',
});
const beforeRequest = loaded('undici');
const headers = await provider.headers({});
await provider.close();
report({ beforeRequest, afterRequest: loaded('undici'), headers });`,
    );
    expect(result).toEqual({
      beforeRequest: false,
      afterRequest: true,
      headers: { authorization: `Bearer ${issuedToken(1)}` },
    });
    expect(server.requests).toHaveLength(1);
  });

  it('closes before any token request without loading undici', async () => {
    const result = await probeDist(
      format,
      `const provider = pkg.createOAuthProvider({
  url: ${JSON.stringify(server.url)}, clientId: 'dist-client', clientSecret: 'dist-secret',
});
await provider.close();
const error = await provider.headers({}).catch((e) => e);
report({ name: error.name, undici: loaded('undici') });`,
    );
    expect(result).toEqual({ name: 'AuthError', undici: false });
    expect(server.requests).toHaveLength(0);
  });
});
