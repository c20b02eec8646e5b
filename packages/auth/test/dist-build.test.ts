import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
