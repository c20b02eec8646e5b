import { afterEach, beforeEach, expect } from 'vitest';
import { startTestEngine, type TestEngine, type TestEngineOptions } from '../../src/index.js';
import { restClient } from './rest-client.js';

/**
 * Starts a fresh engine in fidelity mode before each test and stops it after, failing the test if any response
 * the engine sent did not match the spec.
 */
export function useEngine(options: TestEngineOptions = {}) {
  const state: { engine: TestEngine | undefined; api: ReturnType<typeof restClient> | undefined } = {
    engine: undefined,
    api: undefined,
  };
  beforeEach(async () => {
    state.engine = await startTestEngine({ validateResponses: true, ...options });
    state.api = restClient(state.engine);
  });
  afterEach(async () => {
    const engine = state.engine;
    state.engine = undefined;
    if (engine === undefined) return;
    const violations = engine.violations();
    await engine.stop();
    expect(violations, 'responses that do not match the spec').toEqual([]);
  });
  return {
    get engine(): TestEngine {
      if (state.engine === undefined) throw new Error('engine not started');
      return state.engine;
    },
    get api(): ReturnType<typeof restClient> {
      if (state.api === undefined) throw new Error('engine not started');
      return state.api;
    },
  };
}
