import { type CamundaClient, createCamundaClient } from '@camunda-ts/client';
import { startTestEngine, type TestEngine, type TestEngineOptions } from '@camunda-ts/testing';
import { expect } from 'vitest';

/** What a test runs after it, in reverse order of registration. */
export type Cleanups = Array<() => Promise<void>>;

/**
 * Starts the in-memory engine in fidelity mode (with `options`); `cleanups` stops it after the test and fails the
 * test if any response broke the spec.
 */
export async function startCheckedEngine(
  cleanups: Cleanups,
  options: TestEngineOptions = {},
): Promise<TestEngine> {
  const engine = await startTestEngine({ validateResponses: true, ...options });
  cleanups.push(async () => {
    const violations = engine.violations();
    await engine.stop();
    expect(violations, 'engine responses that do not match the spec').toEqual([]);
  });
  return engine;
}

/** A client of the engine at `restAddress` (no auth, silent logs, `config` on top), closed by `cleanups`. */
export function connectClient(
  cleanups: Cleanups,
  restAddress: string,
  config: Record<string, string> = {},
): CamundaClient {
  const client = createCamundaClient({
    env: {},
    config: {
      CAMUNDA_REST_ADDRESS: restAddress,
      CAMUNDA_AUTH_STRATEGY: 'NONE',
      CAMUNDA_SDK_LOG_LEVEL: 'silent',
      ...config,
    },
  });
  cleanups.push(() => client.close());
  return client;
}
