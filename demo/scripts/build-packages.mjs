#!/usr/bin/env node
// Builds what the demo runs on, so that `pnpm demo` works on a fresh clone: the workspace packages it imports
// (through Nx, which builds their dependencies first and replays unchanged builds from its cache), then the
// thread handler, which a worker thread loads as plain JavaScript. `--handler-only` skips the packages (for
// callers that already built them, such as a test run under Nx).
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const demoRoot = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const handlerOnly = process.argv.includes('--handler-only');
process.stdout.write(
  handlerOnly
    ? 'Building the thread handler… '
    : 'Building the packages the demo uses (replayed from the Nx cache when unchanged)… ',
);
const nx = handlerOnly
  ? undefined
  : spawnSync(
      'nx',
      [
        'run-many',
        '-t',
        'build',
        '-p',
        '@camunda-ts/client,@camunda-ts/worker,@camunda-ts/testing',
        '--outputStyle=static',
      ],
      {
        cwd: demoRoot,
        encoding: 'utf8',
        // No daemon left behind, no cloud, no interactive UI: this is a one-off build.
        env: {
          ...process.env,
          PATH: `${join(demoRoot, '..', 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
          NX_DAEMON: 'false',
          NX_NO_CLOUD: 'true',
          NX_TUI: 'false',
        },
        shell: process.platform === 'win32',
      },
    );
if (nx !== undefined && nx.status !== 0) {
  process.stdout.write('failed\n');
  process.stderr.write(`${nx.stdout ?? ''}${nx.stderr ?? ''}${nx.error ? `${nx.error.message}\n` : ''}`);
  process.exit(1);
}

await build({
  entryPoints: { 'handlers/invoice-handler': 'src/handlers/invoice-handler.ts' },
  absWorkingDir: demoRoot,
  outdir: 'dist',
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
