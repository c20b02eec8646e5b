import { join } from 'node:path';
import { build } from 'esbuild';

/** The child processes the bench starts, by name, and their source entries (relative to `src/`). */
export const CHILD_ENTRIES = {
  'stub-server': 'stub/stub-server.ts',
  'request-runner': 'runners/request-runner.ts',
  'worker-runner': 'runners/worker-runner.ts',
  'engine-host': 'engine/engine-host.ts',
  'e2e-runner': 'runners/e2e-runner.ts',
  'backpressure-runner': 'runners/backpressure-runner.ts',
} as const;

/** A child name. */
export type ChildName = keyof typeof CHILD_ENTRIES;

/**
 * Compiles every child entry to plain ESM under `outDir`, so children run on bare Node: no TypeScript loader
 * (and no source-map support it would switch on) in the processes being measured. Packages stay external and
 * load from node_modules exactly as an application would load them.
 */
export async function buildChildren(benchRoot: string, outDir: string): Promise<Record<ChildName, string>> {
  const entryPoints = Object.fromEntries(
    Object.entries(CHILD_ENTRIES).map(([name, file]) => [name, join(benchRoot, 'src', file)]),
  );
  await build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  return Object.fromEntries(
    Object.keys(CHILD_ENTRIES).map((name) => [name, join(outDir, `${name}.mjs`)]),
  ) as Record<ChildName, string>;
}
