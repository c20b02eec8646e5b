import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../scripts/example-catalog.js';
import { runExample } from '../scripts/run-example.js';

/**
 * The integration suite: the end-to-end scenarios that `run-all` runs against the in-memory engine (every example
 * that does not need a particular auth mode or TLS), and the demo, against a real cluster. Skipped unless
 * CAMUNDA_INTEGRATION=1; the cluster is CAMUNDA_REST_ADDRESS, with credentials from the usual CAMUNDA_*
 * variables. `docker compose -f docker/docker-compose.yaml up -d --wait` starts one (see CONTRIBUTING.md).
 * The examples share the cluster, so they run one after another.
 */
const enabled = process.env.CAMUNDA_INTEGRATION === '1';
const demoRoot = fileURLToPath(new URL('../../demo', import.meta.url));

describe.runIf(enabled)('against the cluster at CAMUNDA_REST_ADDRESS', () => {
  it('has an address to talk to', () => {
    expect(process.env.CAMUNDA_REST_ADDRESS, 'set CAMUNDA_REST_ADDRESS to the cluster').toMatch(
      /^https?:\/\//,
    );
  });

  for (const example of EXAMPLES.filter((e) => e.cluster)) {
    it(`runs the ${example.name} example`, async () => {
      const run = await runExample(example.name, process.env);
      expect(run.exitCode, run.output).toBe(0);
    });
  }

  it('runs the demo to completion', () => {
    // The packages are built already (the test target depends on their build); the demo's thread handler is
    // compiled here. 200 instances keep the run short.
    const handler = spawnSync(process.execPath, ['scripts/build-packages.mjs', '--handler-only'], {
      cwd: demoRoot,
      encoding: 'utf8',
    });
    expect(handler.status, `${handler.stdout}${handler.stderr}`).toBe(0);
    const demo = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts', '--instances', '200', '--timeout-seconds', '90'],
      { cwd: demoRoot, env: process.env, encoding: 'utf8', timeout: 110_000 },
    );
    const output = `${demo.stdout}${demo.stderr}`;
    expect(demo.status, output).toBe(0);
    expect(output).toMatch(/instances completed\s+200 of 200/);
  });
});
