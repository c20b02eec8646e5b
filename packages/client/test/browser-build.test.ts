import { pathToFileURL } from 'node:url';
import { startTestEngine, type TestEngine } from '@camunda-ts/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browserBuildFindings, browserEntry } from '../../../tools/build-config/dist-probe.js';
import type * as ClientModule from '../src/index.js';

async function browserBuild(): Promise<typeof ClientModule> {
  return (await import(pathToFileURL(browserEntry()).href)) as typeof ClientModule;
}

describe('browser build', () => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await startTestEngine();
  });
  afterAll(() => engine.stop());

  it('contains no Node built-in, pino, undici or process access', () => {
    expect(browserBuildFindings()).toEqual([]);
  });

  it('calls the engine with explicit configuration and logs to the console, secrets redacted', async () => {
    const { createCamundaClient } = await browserBuild();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    try {
      const client = createCamundaClient({
        config: {
          CAMUNDA_REST_ADDRESS: engine.restAddress,
          CAMUNDA_AUTH_STRATEGY: 'NONE',
          CAMUNDA_SDK_LOG_LEVEL: 'trace',
        },
      });
      const topology = await client.getTopology();
      expect(topology.gatewayVersion).toBe('8.10.0');
      await client.close();
      const printed = debug.mock.calls.map((call) => JSON.stringify(call)).join('\n');
      expect(printed).toContain('http.response');
    } finally {
      debug.mockRestore();
    }
  });

  it('refuses deployResourcesFromFiles with a typed error: pages deploy File objects', async () => {
    const { createCamundaClient, isResourceFileError } = await browserBuild();
    const client = createCamundaClient({
      config: { CAMUNDA_REST_ADDRESS: engine.restAddress, CAMUNDA_AUTH_STRATEGY: 'NONE' },
      logger: { debug() {}, info() {}, warn() {}, error() {} },
    });
    const error = await client.deployResourcesFromFiles(['order.bpmn']).catch((e: unknown) => e);
    expect(isResourceFileError(error)).toBe(true);
    await client.close();
  });

  it('validates only with schemas the application passes, keeping zod out of bundles that do not', async () => {
    const { createCamundaClient, isConfigError, isValidationError } = await browserBuild();
    const config = {
      CAMUNDA_REST_ADDRESS: engine.restAddress,
      CAMUNDA_AUTH_STRATEGY: 'NONE',
      CAMUNDA_SDK_VALIDATION: 'strict',
    };
    const quiet = { debug() {}, info() {}, warn() {}, error() {} };
    const without = createCamundaClient({ config, logger: quiet });
    const refused = await without.getTopology().catch((e: unknown) => e);
    expect(isConfigError(refused)).toBe(true);
    expect((refused as Error).message).toContain("schemas: () => import('@camunda-ts/types/zod')");
    await without.close();

    const withSchemas = createCamundaClient({
      config,
      logger: quiet,
      schemas: () => import('@camunda-ts/types/zod'),
    });
    const invalid = await withSchemas
      .createProcessInstance({ processDefinitionId: 42 } as never)
      .catch((e: unknown) => e);
    expect(isValidationError(invalid)).toBe(true);
    await withSchemas.close();
  });
});
