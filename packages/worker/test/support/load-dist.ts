import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type WorkerModule = typeof import('../../src/index.js');

/**
 * The built package (dist/index.js). The thread and process strategies start their entry scripts from dist, so
 * their tests run against the build; the types still come from the sources. Build first: `pnpm build`.
 */
export async function loadDist(): Promise<WorkerModule> {
  const url = new URL('../../dist/index.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    throw new Error('packages/worker/dist is missing: run `pnpm build` before the tests');
  }
  return (await import(url.href)) as WorkerModule;
}

/** Absolute location of a file under test/fixtures. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}
