import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

/** The in-memory engine, running in a child process of its own. */
export interface EngineProcess {
  /** REST address, e.g. `http://127.0.0.1:PORT/v2`'s origin. */
  readonly restAddress: string;
  /** Its port (the proxies forward here). */
  readonly port: number;
  /** The token endpoint's path on that port. */
  readonly tokenPath: string;
  /** Stops the child (SIGTERM) and waits for it. */
  stop(): Promise<void>;
}

/** Starts `camunda-ts-engine` (the bin of `@camunda-ts/testing`) with OAuth and tokens of `tokenTtlMs`. */
export async function startEngineProcess(tokenTtlMs: number): Promise<EngineProcess> {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@camunda-ts/testing/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  const cli = join(dirname(manifestPath), manifest.bin['camunda-ts-engine'] as string);
  const child = spawn(
    process.execPath,
    [cli, '--port', '0', '--auth', 'oauth', '--token-ttl-ms', String(tokenTtlMs)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Never leave the engine behind, even when the run dies.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const lines = createInterface({ input: child.stdout as NonNullable<ChildProcess['stdout']> });
  let restAddress: string | undefined;
  let tokenUrl: string | undefined;
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the engine process exited with code ${code}`)));
    lines.on('line', (line) => {
      restAddress ??= /listening on (\S+)/.exec(line)?.[1];
      tokenUrl ??= /OAuth token endpoint: (\S+)/.exec(line)?.[1];
      if (restAddress !== undefined && tokenUrl !== undefined) resolve();
    });
  });
  const rest = new URL(restAddress as string);
  return {
    restAddress: rest.origin,
    port: Number(rest.port),
    tokenPath: new URL(tokenUrl as string).pathname,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
