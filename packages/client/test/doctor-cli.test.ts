import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestEngine, type TestEngine } from '@camunda-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The `camunda-ts` bin as npm installs it: the built dist/cli.js, run by node (build first: `pnpm build`).
const cli = join(process.cwd(), 'dist', 'cli.js');

function run(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('the camunda-ts bin', () => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await startTestEngine();
  });
  afterAll(async () => {
    await engine?.stop();
  });

  it('is declared in package.json and built', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['camunda-ts']).toBe('./dist/cli.js');
    expect(existsSync(cli)).toBe(true);
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('doctor: exit code 0 and a clean diagnosis for a healthy engine', async () => {
    const result = await run(['doctor'], { CAMUNDA_REST_ADDRESS: engine.restAddress });
    expect(result.stdout).toMatch(/^Diagnosis: Everything works/m);
    expect(result.code).toBe(0);
  });

  it('doctor: exit code 1 when a check fails', async () => {
    const result = await run(['doctor'], { CAMUNDA_REST_ADDRESS: 'http://127.0.0.1:1' });
    expect(result.stdout).toContain('ECONNREFUSED');
    expect(result.code).toBe(1);
  });

  it('prints its usage without a command, and refuses an unknown one', async () => {
    const usage = await run([], {});
    expect(usage.stdout).toContain('Usage: camunda-ts doctor');
    expect(usage.code).toBe(2);
    const unknown = await run(['doctr'], {});
    expect(unknown.stderr).toContain('Unknown command: doctr');
    expect(unknown.code).toBe(2);
  });
});
