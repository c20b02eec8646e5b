import type { AuthProvider } from '@camunda-ts/auth';
import { isHttpError, isNetworkError } from '@camunda-ts/http';
import { type Logger, nullLogger } from '@camunda-ts/types';
import { operations } from '@camunda-ts/types/operations';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CamundaClient } from '../src/camunda-client.js';
import { isConsistencyTimeoutError } from '../src/consistency-timeout-error.js';
import { createCamundaClient } from '../src/create-camunda-client.js';
import { isOperationError } from '../src/is-operation-error.js';
import type { OperationEndEvent } from '../src/operation-events.js';
import { isValidationError } from '../src/validation-error.js';
import { headerOf, JSON_HEADERS, jsonBody, mockClient } from './mock-client.js';

const TOPOLOGY = {
  brokers: [],
  clusterId: null,
  clusterSize: 1,
  partitionsCount: 1,
  replicationFactor: 1,
  gatewayVersion: '8.10.0',
  lastCompletedChangeId: '-1',
};

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});
function track<T extends { client: CamundaClient; agent: { close(): Promise<void> } }>(setup: T): T {
  closers.push(async () => {
    await setup.client.close();
    await setup.agent.close();
  });
  return setup;
}

describe('CamundaClient over MockAgent', () => {
  it('is configured from the given environment and returns the typed payload', async () => {
    const { client, pool } = track(mockClient());
    pool.intercept({ path: '/v2/topology', method: 'GET' }).reply(200, TOPOLOGY, JSON_HEADERS);
    const topology = await client.getTopology();
    expect(topology.gatewayVersion).toBe('8.10.0');
    expect(client.config.restAddress).toBe('http://camunda.test/v2');
    const fromDefaults = new CamundaClient({ env: {}, logger: nullLogger });
    expect(fromDefaults.config.restAddress).toBe('http://localhost:8080/v2');
    await fromDefaults.close();
  });

  it('uses a custom AuthProvider unchanged and leaves it open on close', async () => {
    const provider: AuthProvider = Object.freeze({
      kind: 'custom',
      headers: vi.fn(async () => ({ authorization: 'Custom abc' })),
      invalidate: vi.fn(),
      close: vi.fn(async () => {}),
    });
    const { client, pool, agent } = mockClient({}, { auth: provider });
    let seen: string | undefined;
    pool.intercept({ path: '/v2/topology', method: 'GET' }).reply(
      200,
      (opts) => {
        seen = headerOf(opts.headers, 'authorization');
        return TOPOLOGY;
      },
      JSON_HEADERS,
    );
    await client.getTopology();
    await client.close();
    await agent.close();
    expect(seen).toBe('Custom abc');
    expect(provider.headers).toHaveBeenCalledTimes(1);
    expect(provider.close).not.toHaveBeenCalled();
  });

  it('injects CAMUNDA_DEFAULT_TENANT_ID where the caller omitted the tenant', async () => {
    const { client, pool } = track(mockClient({ CAMUNDA_DEFAULT_TENANT_ID: 'acme' }));
    const bodies: Record<string, unknown>[] = [];
    pool
      .intercept({ path: '/v2/process-instances', method: 'POST' })
      .reply(
        200,
        (opts) => {
          bodies.push(jsonBody(opts.body));
          return {
            processInstanceKey: '1',
            processDefinitionKey: '2',
            processDefinitionId: 'order',
            processDefinitionVersion: 1,
            tenantId: 'acme',
            variables: {},
            businessId: null,
            tags: [],
          };
        },
        JSON_HEADERS,
      )
      .times(2);
    await client.createProcessInstance({ processDefinitionId: 'order' as never });
    await client.createProcessInstance({ processDefinitionId: 'order' as never, tenantId: 'other' as never });
    expect(bodies.map((b) => b.tenantId)).toEqual(['acme', 'other']);
  });

  it('strict validation rejects a bad request before anything is sent', async () => {
    const { client, agent, pool } = track(mockClient({ CAMUNDA_SDK_VALIDATION: 'strict' }));
    pool.intercept({ path: '/v2/jobs/activation', method: 'POST' }).reply(200, { jobs: [] }, JSON_HEADERS);
    const error = await client.activateJobs({ type: 42 } as never).catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ operationId: 'activateJobs', side: 'request' });
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });

  it('warn validation logs a mismatched response and still returns it', async () => {
    const warn = vi.fn();
    const logger: Logger = { ...nullLogger, warn };
    const { client, pool } = track(mockClient({ CAMUNDA_SDK_VALIDATION: 'req:none,res:warn' }, { logger }));
    pool.intercept({ path: '/v2/topology', method: 'GET' }).reply(200, { brokers: 'odd' }, JSON_HEADERS);
    const topology = await client.getTopology();
    expect(topology).toEqual({ brokers: 'odd' });
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ operationId: 'getTopology', side: 'response' }),
      expect.any(String),
    );
  });

  it('eventual polling times out with ConsistencyTimeoutError', async () => {
    const { client, pool } = track(mockClient());
    pool
      .intercept({ path: '/v2/process-instances/search', method: 'POST' })
      .reply(
        200,
        { items: [], page: { totalItems: 0, hasMoreTotalItems: false, startCursor: null, endCursor: null } },
        JSON_HEADERS,
      )
      .persist();
    const error = await client
      .searchProcessInstances({}, { consistency: { waitUpToMs: 500, pollIntervalMs: 5 } })
      .catch((e: unknown) => e);
    expect(isConsistencyTimeoutError(error)).toBe(true);
    expect((error as { attempts: number }).attempts).toBeGreaterThan(1);
    expect(error).toMatchObject({ operationId: 'searchProcessInstances', lastStatus: 200 });
  });

  it('eventual polling returns once a get stops answering 404', async () => {
    const { client, pool } = track(mockClient());
    pool
      .intercept({ path: '/v2/process-instances/7', method: 'GET' })
      .reply(
        404,
        { type: 'about:blank', title: 'NOT_FOUND', status: 404, detail: 'no', instance: '/x' },
        JSON_HEADERS,
      );
    pool
      .intercept({ path: '/v2/process-instances/7', method: 'GET' })
      .reply(200, { processInstanceKey: '7' }, JSON_HEADERS);
    const instance = await client.getProcessInstance(
      { processInstanceKey: '7' as never },
      { consistency: { waitUpToMs: 1_000, pollIntervalMs: 1 } },
    );
    expect(instance.processInstanceKey).toBe('7');
  });

  it('paginate offers every search with cursor pagination', async () => {
    const { client } = track(mockClient());
    const expected = Object.values(operations)
      .filter((spec) => spec.pagination !== undefined)
      .map((spec) => spec.operationId)
      .sort();
    expect(Object.keys(client.paginate).sort()).toEqual(expected);
    expect(expected).toContain('searchProcessInstances');
  });

  it('paginate walks three pages following the cursor and stops', async () => {
    const { client, pool } = track(mockClient());
    const sent: Record<string, unknown>[] = [];
    const pages = [
      { items: [{ processInstanceKey: '1' }, { processInstanceKey: '2' }], endCursor: 'c1' },
      { items: [{ processInstanceKey: '3' }, { processInstanceKey: '4' }], endCursor: 'c2' },
      { items: [{ processInstanceKey: '5' }], endCursor: 'c3' },
    ];
    pool
      .intercept({ path: '/v2/process-instances/search', method: 'POST' })
      .reply(
        200,
        (opts) => {
          const body = jsonBody(opts.body);
          sent.push(body);
          const page = pages[sent.length - 1] as (typeof pages)[number];
          return {
            items: page.items,
            page: { totalItems: 5, hasMoreTotalItems: false, startCursor: 's', endCursor: page.endCursor },
          };
        },
        JSON_HEADERS,
      )
      .times(3);
    const keys: string[] = [];
    for await (const instance of client.paginate.searchProcessInstances(
      { filter: { processDefinitionId: 'order' } as never },
      { pageSize: 2 },
    )) {
      keys.push(instance.processInstanceKey);
    }
    expect(keys).toEqual(['1', '2', '3', '4', '5']);
    expect(sent.map((b) => b.page)).toEqual([
      { limit: 2 },
      { limit: 2, after: 'c1' },
      { limit: 2, after: 'c2' },
    ]);
    expect(
      sent.every((b) => (b.filter as { processDefinitionId: string }).processDefinitionId === 'order'),
    ).toBe(true);
  });

  it('maps problem details to HttpError and narrows per operation with isOperationError', async () => {
    const { client, pool } = track(mockClient());
    pool.intercept({ path: '/v2/process-instances', method: 'POST' }).reply(
      409,
      {
        type: 'about:blank',
        title: 'CONFLICT',
        status: 409,
        detail: 'business id taken',
        instance: '/v2/process-instances',
      },
      { headers: { 'content-type': 'application/problem+json' } },
    );
    const error = await client
      .createProcessInstance({ processDefinitionId: 'order' as never })
      .catch((e: unknown) => e);
    expect(isHttpError(error) && error.status === 409).toBe(true);
    expect(isOperationError(error, 'createProcessInstance')).toBe(true);
    expect(isOperationError(error, 'cancelProcessInstance')).toBe(false);
    if (isOperationError(error, 'createProcessInstance'))
      expect(error.problem.detail).toBe('business id taken');
  });

  it('reports each call to the operation hooks with attempts, retries and status, tied to attempt hooks by callId', async () => {
    const ends: OperationEndEvent[] = [];
    const attemptCallIds: (number | undefined)[] = [];
    const { client, pool } = track(
      mockClient(
        {},
        {
          hooks: {
            onOperationEnd: (event) => ends.push(event),
            beforeRequest: (info) => {
              attemptCallIds.push(info.callId);
              return { 'x-trace': `call-${info.callId}` };
            },
          },
        },
      ),
    );
    pool
      .intercept({ path: '/v2/topology', method: 'GET' })
      .reply(503, { type: 'about:blank', title: 'RESOURCE_EXHAUSTED', status: 503 }, JSON_HEADERS);
    let traced: string | undefined;
    pool.intercept({ path: '/v2/topology', method: 'GET' }).reply(
      200,
      (opts) => {
        traced = headerOf(opts.headers, 'x-trace');
        return TOPOLOGY;
      },
      JSON_HEADERS,
    );
    await client.getTopology();
    expect(ends).toHaveLength(1);
    const [end] = ends as [OperationEndEvent];
    expect(end).toMatchObject({
      operationId: 'getTopology',
      ok: true,
      attempts: 2,
      retries: 1,
      requests: 1,
      status: 200,
    });
    expect(end.gateWaitMs).toBeGreaterThanOrEqual(0);
    expect(attemptCallIds).toEqual([end.callId, end.callId]);
    expect(traced).toBe(`call-${end.callId}`);
  });

  it('reports backpressure changes through onBackpressureChange and backpressureState()', async () => {
    const changes: string[] = [];
    const { client, pool } = track(
      mockClient(
        { CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: '1' },
        { hooks: { onBackpressureChange: (e) => changes.push(e.state.severity) } },
      ),
    );
    expect(client.backpressureState()).toMatchObject({ severity: 'healthy', limit: null });
    pool
      .intercept({ path: '/v2/topology', method: 'GET' })
      .reply(429, { type: 'about:blank', title: 'RESOURCE_EXHAUSTED', status: 429 }, JSON_HEADERS);
    await expect(client.getTopology()).rejects.toMatchObject({ name: 'HttpError', status: 429 });
    expect(changes.length).toBeGreaterThan(0);
    expect(client.backpressureState().severity).not.toBe('healthy');
  });

  it('a throwing operation hook is logged and ignored', async () => {
    const warn = vi.fn();
    const { client, pool } = track(
      mockClient(
        {},
        {
          logger: { ...nullLogger, warn },
          hooks: {
            onOperationStart: () => {
              throw new Error('hook bug');
            },
          },
        },
      ),
    );
    pool.intercept({ path: '/v2/topology', method: 'GET' }).reply(200, TOPOLOGY, JSON_HEADERS);
    await expect(client.getTopology()).resolves.toMatchObject({ clusterSize: 1 });
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ hook: 'onOperationStart' }),
      expect.any(String),
    );
  });

  it('addHooks instruments a client created without hooks, and the returned function removes them', async () => {
    const warn = vi.fn();
    const { client, pool } = track(mockClient({}, { logger: { ...nullLogger, warn } }));
    const traced: (string | undefined)[] = [];
    pool
      .intercept({ path: '/v2/topology', method: 'GET' })
      .reply(
        200,
        (opts) => {
          traced.push(`${headerOf(opts.headers, 'x-a')}|${headerOf(opts.headers, 'x-b')}`);
          return TOPOLOGY;
        },
        JSON_HEADERS,
      )
      .times(3);

    await client.getTopology();
    const starts: number[] = [];
    const ends: OperationEndEvent[] = [];
    const removeFirst = client.addHooks({
      onOperationStart: (event) => starts.push(event.callId),
      beforeRequest: () => ({ 'x-a': '1' }),
    });
    const removeSecond = client.addHooks({
      onOperationEnd: (event) => ends.push(event),
      beforeRequest: () => {
        throw new Error('hook bug');
      },
    });
    client.addHooks({ beforeRequest: () => ({ 'x-b': '2' }) });
    await client.getTopology();
    removeFirst();
    removeSecond();
    removeSecond();
    await client.getTopology();

    // Before addHooks nothing was added; afterwards every set was heard, the throwing one in isolation.
    expect(traced).toEqual(['undefined|undefined', '1|2', 'undefined|2']);
    expect(starts).toHaveLength(1);
    expect(ends).toHaveLength(1);
    expect(ends[0]).toMatchObject({ callId: starts[0], operationId: 'getTopology', ok: true, status: 200 });
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ hook: 'beforeRequest' }), expect.any(String));
  });

  it('after its last hooks are removed, a client calls no hook again until new ones are added', async () => {
    const { client, pool } = track(mockClient());
    pool.intercept({ path: '/v2/topology', method: 'GET' }).reply(200, TOPOLOGY, JSON_HEADERS).times(3);
    const seen: string[] = [];
    const remove = client.addHooks({
      onOperationStart: () => seen.push('start'),
      beforeRequest: () => {
        seen.push('attempt');
      },
    });
    await client.getTopology();
    remove();
    await client.getTopology();
    client.addHooks({ onOperationEnd: (event) => seen.push(`end ${event.callId}`) });
    await client.getTopology();
    // Call ids stay unique across the removal: the tracker is the same one.
    expect(seen).toEqual(['start', 'attempt', 'end 2']);
  });

  it('reports backpressure changes to hooks added after creation', async () => {
    const { client, pool } = track(mockClient({ CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: '1' }));
    const changes: string[] = [];
    client.addHooks({ onBackpressureChange: (e) => changes.push(e.state.severity) });
    pool
      .intercept({ path: '/v2/topology', method: 'GET' })
      .reply(429, { type: 'about:blank', title: 'RESOURCE_EXHAUSTED', status: 429 }, JSON_HEADERS);
    await expect(client.getTopology()).rejects.toMatchObject({ status: 429 });
    expect(changes).not.toHaveLength(0);
  });

  it('accepts a message-first logger such as winston and routes SDK logs to it', async () => {
    const winstonLike = { silly: vi.fn(), debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const { client, pool } = track(
      mockClient({ CAMUNDA_SDK_VALIDATION: 'warn' }, { logger: winstonLike as never }),
    );
    pool.intercept({ path: '/v2/topology', method: 'GET' }).reply(200, { brokers: 'odd' }, JSON_HEADERS);
    await client.getTopology();
    expect(winstonLike.warn).toHaveBeenCalledWith(
      expect.stringContaining('getTopology'),
      expect.objectContaining({ side: 'response' }),
    );
  });

  it('honours an AbortSignal with AbortError', async () => {
    const { client, pool } = track(mockClient());
    pool.intercept({ path: '/v2/topology', method: 'GET' }).reply(200, TOPOLOGY, JSON_HEADERS).delay(1_000);
    const controller = new AbortController();
    const pending = client.getTopology(undefined, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', operationId: 'getTopology' });
  });

  it('uses a pino logger at CAMUNDA_SDK_LOG_LEVEL when none is given', async () => {
    const client = createCamundaClient({ env: { CAMUNDA_SDK_LOG_LEVEL: 'warn' } });
    expect((client.logger as unknown as { level: string }).level).toBe('warn');
    await client.close();
  });

  it('close() is idempotent, refuses later calls, and Symbol.asyncDispose closes too', async () => {
    const { client, agent } = mockClient();
    await Promise.all([client.close(), client.close()]);
    const error = await client.getTopology().catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    const other = createCamundaClient({ env: {}, dispatcher: agent, logger: nullLogger });
    await other[Symbol.asyncDispose]();
    await expect(other.getTopology()).rejects.toMatchObject({ name: 'NetworkError' });
    await agent.close();
  });
});

describe('CamundaClient: a dispatcher and TLS settings', () => {
  it('refuses a dispatcher together with a configured CA instead of dropping the CA', async () => {
    const { MockAgent } = await import('undici');
    const { isConfigError } = await import('@camunda-ts/config');
    const error = (() => {
      try {
        return new CamundaClient({
          dispatcher: new MockAgent(),
          config: {
            CAMUNDA_REST_ADDRESS: 'https://camunda.test',
            CAMUNDA_CA_CERT: '-----BEGIN CERTIFICATE-----\nprivate\n-----END CERTIFICATE-----\n',
          },
        });
      } catch (e) {
        return e;
      }
    })();
    expect(isConfigError(error)).toBe(true);
    expect(error).toMatchObject({ issues: [{ code: 'CONFLICT', key: 'CAMUNDA_CA_CERT' }] });
  });
});
