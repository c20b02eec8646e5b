import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The examples project folder. */
export const EXAMPLES_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** How one example run went. */
export interface ExampleRun {
  readonly ok: boolean;
  readonly exitCode: number | null;
  readonly durationMs: number;
  /** stdout and stderr, interleaved as they came. */
  readonly output: string;
}

/** Runs a TypeScript program (through tsx) with exactly `env`; kills it after `timeoutMs`. */
export function runProgram(
  file: string,
  env: Record<string, string | undefined>,
  args: readonly string[] = [],
  timeoutMs = 60_000,
): Promise<ExampleRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
      cwd: EXAMPLES_ROOT,
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      output += `\n[killed after ${timeoutMs} ms]`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ ok: exitCode === 0, exitCode, durationMs: performance.now() - started, output });
    });
  });
}

/** Runs `src/<name>.ts` with `env`. */
export function runExample(name: string, env: Record<string, string | undefined>): Promise<ExampleRun> {
  return runProgram(`src/${name}.ts`, env);
}

/** `process.env` without any CAMUNDA_* or ZEEBE_* setting, so only what the runner sets reaches an example. */
export function neutralEnv(): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('CAMUNDA_') && !key.startsWith('ZEEBE_')),
  );
}
