import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The engine running as a separate process through its CLI: a stand-in for a remote cluster. */
export interface CliEngine {
  readonly restAddress: string;
  stop(): Promise<void>;
}

const cliPath = () =>
  join(dirname(createRequire(import.meta.url).resolve('@camunda-ts/testing/package.json')), 'dist', 'cli.js');

/** Starts `camunda-ts-engine --port 0 --auth basic` and waits for the address it prints. */
export async function startCliEngine(): Promise<CliEngine> {
  const child: ChildProcess = spawn(process.execPath, [cliPath(), '--port', '0', '--auth', 'basic'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const restAddress = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/v2)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The engine CLI exited with ${code}: ${output}`)));
    child.once('error', reject);
  });
  return {
    restAddress,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
