import { nullLogger } from '@camunda-ts/types';
import { operations } from '@camunda-ts/types/operations';
import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createCamundaResultClient } from '../src/create-camunda-result-client.js';
import { isValidationError } from '../src/validation-error.js';
import { JSON_HEADERS, ORIGIN } from './mock-client.js';

const agents: MockAgent[] = [];
afterEach(async () => {
  for (const agent of agents.splice(0)) await agent.close();
});

function resultClient(env: Record<string, string> = {}) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  agents.push(agent);
  const client = createCamundaResultClient({
    env: { CAMUNDA_REST_ADDRESS: ORIGIN, CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: '1', ...env },
    dispatcher: agent,
    logger: nullLogger,
  });
  return { client, pool: agent.get(ORIGIN) };
}

describe('createCamundaResultClient', () => {
  it('has one method per operation', async () => {
    const { client } = resultClient();
    for (const operationId of Object.keys(operations)) {
      expect(typeof (client as unknown as Record<string, unknown>)[operationId]).toBe('function');
    }
    await client.close();
  });

  it('resolves { ok: true, value } on success', async () => {
    const { client, pool } = resultClient();
    pool.intercept({ path: '/v2/topology', method: 'GET' }).reply(200, { clusterSize: 3 }, JSON_HEADERS);
    const result = await client.getTopology();
    expect(result).toEqual({ ok: true, value: { clusterSize: 3 } });
    await client.close();
  });

  it('resolves { ok: false, error } with the same typed errors instead of throwing', async () => {
    const { client, pool } = resultClient({ CAMUNDA_SDK_VALIDATION: 'strict' });
    pool
      .intercept({ path: '/v2/process-instances/9', method: 'GET' })
      .reply(
        404,
        { type: 'about:blank', title: 'NOT_FOUND', status: 404, detail: 'gone', instance: '/x' },
        JSON_HEADERS,
      );
    const notFound = await client.getProcessInstance({ processInstanceKey: '9' as never });
    expect(notFound.ok).toBe(false);
    if (!notFound.ok)
      expect(notFound.error).toMatchObject({
        name: 'HttpError',
        status: 404,
        operationId: 'getProcessInstance',
      });

    const invalid = await client.activateJobs({ type: 1 } as never);
    expect(!invalid.ok && isValidationError(invalid.error)).toBe(true);

    const missing = await client.deployResourcesFromFiles(['/definitely/not/here.bpmn']);
    expect(missing).toMatchObject({
      ok: false,
      error: { name: 'ResourceFileError', path: '/definitely/not/here.bpmn' },
    });
    await client[Symbol.asyncDispose]();
    expect(await client.getTopology()).toMatchObject({ ok: false, error: { name: 'NetworkError' } });
  });
});
