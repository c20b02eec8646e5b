import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CamundaClient, createCamundaClient } from '@camunda8/orchestration-cluster-api';
import type { LogEvent } from '@camunda8/orchestration-cluster-api/logger';
import { afterEach, beforeEach, expect } from 'vitest';
import type { TestEngine, TestEngineOptions } from '../../src/index.js';
import { type StrippedLog, stripping810Fields } from './official-sdk-fetch.js';
import { useEngine } from './use-engine.js';

// Fanatical validation writes a sample of each refused response to this directory (default: the working directory).
process.env.CAMUNDA_SDK_VALIDATION_CAPTURE_DIR ??= join(tmpdir(), 'camunda-sdk-captures');

/**
 * The official SDK's configuration against the engine: its address, no auth, and response validation in
 * `fanatical` mode, so every answer is parsed with the SDK's own schemas and an unknown or missing field fails
 * the call. Requests are checked in `warn` mode (a warning fails the test, see {@link useOfficialSdk}): in `strict`
 * mode SDK 9.1.5 sends the parsed request, and its pagination schema, a union whose first member is `{ limit }`,
 * drops `after`, `before` and `from`. Retries are off: an answer the engine gets wrong must fail the test, not be
 * retried into success.
 */
export function officialSdkConfig(restAddress: string): Record<string, string | number> {
  return {
    CAMUNDA_REST_ADDRESS: restAddress,
    CAMUNDA_AUTH_STRATEGY: 'NONE',
    CAMUNDA_SDK_VALIDATION: 'req:warn,res:fanatical',
    CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: 1,
    CAMUNDA_SDK_BACKPRESSURE_PROFILE: 'LEGACY',
  };
}

/**
 * Starts the engine (fidelity mode, real HTTP on 127.0.0.1, port 0) and an official SDK client against it before
 * each test. After each test, fails if the SDK logged a warning or an error (a response its schemas refused, a
 * worker that could not activate) or the engine sent a response that does not match the spec.
 */
export function useOfficialSdk(options: TestEngineOptions = {}) {
  const t = useEngine({ host: '127.0.0.1', port: 0, ...options });
  const state: { client: CamundaClient | undefined; logged: LogEvent[]; stripped: StrippedLog } = {
    client: undefined,
    logged: [],
    stripped: [],
  };
  beforeEach(() => {
    state.logged = [];
    state.stripped = [];
    state.client = createCamundaClient({
      config: officialSdkConfig(t.engine.restAddress) as never,
      fetch: stripping810Fields(state.stripped),
      log: {
        level: 'warn',
        transport: (event) => {
          state.logged.push(event);
        },
      },
    });
  });
  afterEach(() => {
    const client = state.client;
    state.client = undefined;
    client?.stopAllWorkers();
    const problems = state.logged.filter((e) => e.level === 'error' || e.level === 'warn');
    expect(
      problems.map((e) => ({ scope: e.scope, code: e.code, args: e.args })),
      'warnings and errors the official SDK logged',
    ).toEqual([]);
  });
  return {
    get engine(): TestEngine {
      return t.engine;
    },
    get client(): CamundaClient {
      if (state.client === undefined) throw new Error('client not created');
      return state.client;
    },
    /** The 8.10 properties taken out of answers before the SDK checked them. */
    get stripped(): StrippedLog {
      return state.stripped;
    },
    /** What the SDK logged at warn or error level so far in this test (a test expecting some clears it). */
    get logged(): LogEvent[] {
      return state.logged;
    },
  };
}

/** A `File` for `createDeployment`, named so the engine classifies it by extension. */
export const resourceFile = (name: string, content: string): File =>
  new File([content], name, { type: name.endsWith('.form') ? 'application/json' : 'application/xml' });
