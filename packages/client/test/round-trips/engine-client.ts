import { startTestEngine, type TestEngine, type TestEngineOptions } from '@camunda-ts/testing';
import { afterEach, beforeEach, expect } from 'vitest';
import type { CamundaClient } from '../../src/camunda-client.js';
import { createCamundaClient } from '../../src/create-camunda-client.js';

/**
 * Round trips through the client's generated methods against the in-memory engine in fidelity mode: a fresh
 * engine and client per test; a test fails when any engine response did not match the spec. The files of this
 * folder are what `scripts/check-round-trips.mjs` counts as an operation's round trip.
 */
export function useEngineClient(options: TestEngineOptions = {}) {
  let engine: TestEngine | undefined;
  let client: CamundaClient | undefined;
  beforeEach(async () => {
    engine = await startTestEngine({ validateResponses: true, ...options });
    client = createCamundaClient({
      env: {},
      config: {
        CAMUNDA_REST_ADDRESS: engine.restAddress,
        CAMUNDA_AUTH_STRATEGY: 'NONE',
        CAMUNDA_SDK_LOG_LEVEL: 'silent',
      },
    });
  });
  afterEach(async () => {
    await client?.close();
    const running = engine;
    engine = undefined;
    if (running === undefined) return;
    const violations = running.violations();
    await running.stop();
    expect(violations, 'engine responses that do not match the spec').toEqual([]);
  });
  return {
    get engine(): TestEngine {
      if (engine === undefined) throw new Error('engine not started');
      return engine;
    },
    get client(): CamundaClient {
      if (client === undefined) throw new Error('client not started');
      return client;
    },
  };
}

/** A file for `createDeployment`. */
export function resource(name: string, content: string): File {
  return new File([content], name, { type: name.endsWith('.form') ? 'application/json' : 'application/xml' });
}
