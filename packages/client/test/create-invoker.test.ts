import { HttpError, TimeoutError } from '@camunda-ts/http';
import { nullLogger } from '@camunda-ts/types';
import { type OperationId, operations } from '@camunda-ts/types/operations';
import { describe, expect, it } from 'vitest';
import { isConsistencyTimeoutError } from '../src/consistency-timeout-error.js';
import { createInvoker, type InvokerOptions } from '../src/create-invoker.js';
import { createSchemaValidator } from '../src/schema-validator.js';
import { isValidationError } from '../src/validation-error.js';
import { fakeClock } from './fake-clock.js';
import { fakeTransport } from './fake-transport.js';

const config: InvokerOptions['config'] = {
  defaultTenantId: '<default>',
  eventualPollDefaultMs: 100,
  http: {
    timeoutMs: 30_000,
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100 },
    retryAfterMaxMs: 30_000,
    maxResponseBytes: 64 * 1024 * 1024,
  },
};
const noValidation = createSchemaValidator({ request: 'none', response: 'none', logger: nullLogger });

function invoker(transport: ReturnType<typeof fakeTransport>, overrides: Partial<InvokerOptions> = {}) {
  return createInvoker({
    transport,
    config,
    validator: noValidation,
    tracker: undefined,
    clock: fakeClock(),
    ...overrides,
  });
}

function notFound(operationId: string) {
  return new HttpError({
    operationId,
    status: 404,
    problem: { type: 'about:blank', title: 'Not Found', status: 404 },
  });
}

describe('createInvoker: building the request', () => {
  it('splits path parameters from body fields and describes the operation', async () => {
    const transport = fakeTransport();
    await invoker(transport)(
      'assignUserTask',
      { userTaskKey: '42', assignee: 'ann', allowOverride: true },
      undefined,
    );
    expect(transport.sent[0]?.request).toEqual({
      operationId: 'assignUserTask',
      method: 'POST',
      pathTemplate: '/user-tasks/{userTaskKey}/assignment',
      retrySafe: expect.any(Boolean),
      pathParams: { userTaskKey: '42' },
      body: { assignee: 'ann', allowOverride: true },
      expect: { statuses: [204], contentType: undefined },
    });
  });

  it('sends query parameters and no body for a GET', async () => {
    const transport = fakeTransport();
    await invoker(transport)('getTopology', undefined, undefined);
    const request = transport.sent[0]?.request;
    expect(request).toMatchObject({ method: 'GET', pathTemplate: '/topology', retrySafe: true });
    expect(request).not.toHaveProperty('body');
  });

  it('passes per-call options (signal, timeout, retry) to the transport unchanged', async () => {
    const transport = fakeTransport();
    const options = { signal: new AbortController().signal, timeoutMs: 5, retry: false as const };
    await invoker(transport)('getTopology', undefined, options);
    expect(transport.sent[0]?.options).toBe(options);
  });

  it('fills the default tenant where the body allows one and the caller left it out', async () => {
    const transport = fakeTransport();
    const invoke = invoker(transport, { config: { ...config, defaultTenantId: 'acme' } });
    const input = { processDefinitionId: 'order' };
    await invoke('createProcessInstance', input, undefined);
    await invoke('createProcessInstance', { processDefinitionId: 'order', tenantId: 'other' }, undefined);
    await invoke('activateJobs', { type: 'pay', maxJobsToActivate: 1, timeout: 1000 }, undefined);
    await invoke('publishMessage', { name: 'm', correlationKey: 'c' }, undefined);
    expect(transport.sent.map((c) => c.request.body)).toEqual([
      { processDefinitionId: 'order', tenantId: 'acme' },
      { processDefinitionId: 'order', tenantId: 'other' },
      { type: 'pay', maxJobsToActivate: 1, timeout: 1000, tenantIds: ['acme'] },
      { name: 'm', correlationKey: 'c', tenantId: 'acme' },
    ]);
    expect(input).toEqual({ processDefinitionId: 'order' });
  });

  it('marks job activation as a long poll with its request timeout', async () => {
    const transport = fakeTransport();
    const invoke = invoker(transport);
    await invoke(
      'activateJobs',
      { type: 'a', maxJobsToActivate: 1, timeout: 1, requestTimeout: 20_000 },
      undefined,
    );
    await invoke(
      'activateJobs',
      { type: 'a', maxJobsToActivate: 1, timeout: 1, requestTimeout: -1 },
      undefined,
    );
    expect(transport.sent[0]?.request.longPollMs).toBe(20_000);
    expect(transport.sent[1]?.request).not.toHaveProperty('longPollMs');
  });

  it('turns the fields of a multipart operation into FormData parts', async () => {
    const transport = fakeTransport();
    const file = new File(['<definitions/>'], 'a.bpmn', { type: 'application/xml' });
    await invoker(transport)('createDeployment', { resources: [file] }, undefined);
    const form = transport.sent[0]?.request.body as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect((form.get('resources') as File).name).toBe('a.bpmn');
    expect(form.get('tenantId')).toBe('<default>');
  });
});

describe('createInvoker: every operation', () => {
  it('maps the input onto path, query and body exactly as the operation table says', async () => {
    const transport = fakeTransport();
    const invoke = invoker(transport, { config: { ...config, defaultTenantId: '' } });
    const ids = Object.keys(operations) as OperationId[];
    for (const id of ids) {
      const spec = operations[id];
      const input: Record<string, unknown> = {};
      for (const name of spec.pathParams) input[name] = `path-${name}`;
      for (const name of spec.queryParams) input[name] = `query-${name}`;
      if (spec.body === 'fields') input.extraField = 1;
      if (spec.body === 'whole') input.body = ['whole body'];
      await invoke(id, input, undefined);
      const { request } = transport.sent.at(-1) as (typeof transport.sent)[number];
      expect(request.operationId).toBe(id);
      expect(request.method).toBe(spec.method);
      expect(request.pathTemplate).toBe(spec.path);
      expect(request.retrySafe).toBe(spec.retrySafe);
      expect(request.pathParams ?? {}).toEqual(
        Object.fromEntries(spec.pathParams.map((n) => [n, `path-${n}`])),
      );
      expect(request.query ?? {}).toEqual(Object.fromEntries(spec.queryParams.map((n) => [n, `query-${n}`])));
      if (spec.body === 'none') expect(request.body).toBeUndefined();
      if (spec.body === 'whole') expect(request.body).toEqual(['whole body']);
      if (spec.body === 'fields' && spec.requestContentType === 'multipart/form-data') {
        expect((request.body as FormData).get('extraField')).toBe('1');
      } else if (spec.body === 'fields') {
        expect(request.body).toEqual({ extraField: 1 });
      }
    }
    expect(transport.sent).toHaveLength(241);
  });
});

describe('createInvoker: validation', () => {
  it('strict request validation rejects a bad request before it is sent, naming operation, side and path', async () => {
    const transport = fakeTransport();
    const validator = createSchemaValidator({ request: 'strict', response: 'none', logger: nullLogger });
    const error = await invoker(transport, { validator })(
      'createProcessInstance',
      { processDefinitionId: 'order', variables: 'not-an-object' },
      undefined,
    ).catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ operationId: 'createProcessInstance', side: 'request' });
    expect((error as Error).message).toContain('createProcessInstance');
    expect(transport.sent).toHaveLength(0);
  });

  it('strict request validation accepts an omitted optional body', async () => {
    const transport = fakeTransport();
    const validator = createSchemaValidator({ request: 'strict', response: 'none', logger: nullLogger });
    await invoker(transport, { validator })('searchProcessInstances', undefined, undefined);
    expect(transport.sent).toHaveLength(1);
    expect(transport.sent[0]?.request).not.toHaveProperty('body');
  });

  it('strict request validation reports a missing path parameter', async () => {
    const transport = fakeTransport();
    const validator = createSchemaValidator({ request: 'strict', response: 'none', logger: nullLogger });
    const error = await invoker(transport, { validator })('getProcessInstance', {}, undefined).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'ValidationError', issues: [{ path: ['processInstanceKey'] }] });
    expect(transport.sent).toHaveLength(0);
  });

  it.each([
    ['..', 'must not be "." or ".."'],
    ['.', 'must not be "." or ".."'],
    ['', 'must not be empty'],
  ])('rejects the path parameter %j in every validation mode, before sending', async (tenantId, message) => {
    const transport = fakeTransport();
    const error = await invoker(transport)(
      'unassignUserFromTenant',
      { tenantId, username: 'bob' },
      undefined,
    ).catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ operationId: 'unassignUserFromTenant', side: 'request' });
    expect((error as { issues: unknown }).issues).toEqual([
      { path: ['tenantId'], message: expect.stringContaining(message) },
    ]);
    expect(transport.sent).toHaveLength(0);
  });

  it('rejects a missing or non-scalar path parameter without validation', async () => {
    const transport = fakeTransport();
    const error = await invoker(transport)(
      'unassignUserFromTenant',
      { tenantId: { toString: () => 'x' } },
      undefined,
    ).catch((e: unknown) => e);
    expect((error as { issues: unknown }).issues).toEqual([
      { path: ['tenantId'], message: expect.stringContaining('string or a number') },
      { path: ['username'], message: expect.stringContaining('missing') },
    ]);
    expect(transport.sent).toHaveLength(0);
  });

  it('strict request validation checks path values against the spec pattern', async () => {
    const transport = fakeTransport();
    const validator = createSchemaValidator({ request: 'strict', response: 'none', logger: nullLogger });
    const error = await invoker(transport, { validator })(
      'getProcessInstance',
      { processInstanceKey: 'not-a-key' },
      undefined,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'ValidationError',
      side: 'request',
      issues: [{ path: ['processInstanceKey'] }],
    });
    expect(transport.sent).toHaveLength(0);
    await invoker(transport, { validator })(
      'getProcessInstance',
      { processInstanceKey: '2251799813685249' },
      undefined,
    );
    expect(transport.sent).toHaveLength(1);
  });

  it('strict request validation checks query values against their schema', async () => {
    const transport = fakeTransport();
    const validator = createSchemaValidator({ request: 'strict', response: 'none', logger: nullLogger });
    const error = await invoker(transport, { validator })(
      'listHistoryBackups',
      { verbose: 'yes' },
      undefined,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationError', issues: [{ path: ['verbose'] }] });
    expect(transport.sent).toHaveLength(0);
  });

  it('warn mode logs a parameter that does not match and sends the call', async () => {
    const transport = fakeTransport();
    const warnings: unknown[] = [];
    const logger = { ...nullLogger, warn: (...args: unknown[]) => warnings.push(args) };
    const validator = createSchemaValidator({ request: 'warn', response: 'none', logger });
    await invoker(transport, { validator })(
      'getProcessInstance',
      { processInstanceKey: 'not-a-key' },
      undefined,
    );
    expect(transport.sent).toHaveLength(1);
    expect(warnings).toHaveLength(1);
  });

  it('an unknown operation id is a ValidationError, not a TypeError', async () => {
    const error = await invoker(fakeTransport())('noSuchOperation' as OperationId, {}, undefined).catch(
      (e: unknown) => e,
    );
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ operationId: 'noSuchOperation', side: 'options' });
  });

  it('strict response validation rejects a malformed answer', async () => {
    const transport = fakeTransport(() => ({ status: 200, body: { brokers: 'nope' } }));
    const validator = createSchemaValidator({ request: 'none', response: 'strict', logger: nullLogger });
    const error = await invoker(transport, { validator })('getTopology', undefined, undefined).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'ValidationError', operationId: 'getTopology', side: 'response' });
  });
});

describe('createInvoker: eventual consistency', () => {
  it('polls a search until items appear, through the transport each time', async () => {
    let calls = 0;
    const transport = fakeTransport(() => {
      calls += 1;
      return { status: 200, body: { items: calls < 3 ? [] : [{ processInstanceKey: '1' }], page: {} } };
    });
    const clock = fakeClock();
    const result = await invoker(transport, { clock })(
      'searchProcessInstances',
      {},
      { consistency: { waitUpToMs: 5_000 } },
    );
    expect(result.items).toHaveLength(1);
    expect(transport.sent).toHaveLength(3);
    expect(clock.sleeps).toEqual([100, 100]);
  });

  it('keeps polling a get through 404 and returns the first success', async () => {
    let calls = 0;
    const transport = fakeTransport(() => {
      calls += 1;
      if (calls === 1) throw notFound('getProcessInstance');
      return { status: 200, body: { processInstanceKey: '1' } };
    });
    const result = await invoker(transport)(
      'getProcessInstance',
      { processInstanceKey: '1' },
      { consistency: { waitUpToMs: 1_000, pollIntervalMs: 10 } },
    );
    expect(result).toEqual({ processInstanceKey: '1' });
  });

  it('honours a custom predicate and ends with ConsistencyTimeoutError', async () => {
    const transport = fakeTransport(() => ({
      status: 200,
      body: { items: [{ state: 'ACTIVE' }], page: {} },
    }));
    const error = await invoker(transport)(
      'searchProcessInstances',
      {},
      {
        consistency: {
          waitUpToMs: 1_000,
          pollIntervalMs: 250,
          predicate: (r) => (r as { items: { state: string }[] }).items[0]?.state === 'COMPLETED',
        },
      },
    ).catch((e: unknown) => e);
    expect(isConsistencyTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ attempts: 4, elapsedMs: 750, lastStatus: 200 });
  });

  it('caps each poll to the time left and reports a cut-short poll as a consistency timeout', async () => {
    const clock = fakeClock();
    const transport = fakeTransport((request, options) => {
      clock.advance(options?.timeoutMs ?? 0);
      throw new TimeoutError({ operationId: request.operationId, timeoutMs: options?.timeoutMs ?? 0 });
    });
    const error = await invoker(transport, { clock })(
      'getProcessInstance',
      { processInstanceKey: '1' },
      { consistency: { waitUpToMs: 2_000 } },
    ).catch((e: unknown) => e);
    expect(transport.sent[0]?.options?.timeoutMs).toBe(2_000);
    expect(error).toMatchObject({ name: 'ConsistencyTimeoutError', attempts: 1 });
  });

  it('waitUpToMs 0 reads once without waiting: an empty answer is returned and a 404 thrown', async () => {
    const empty = fakeTransport(() => ({ status: 200, body: { items: [], page: {} } }));
    const clock = fakeClock();
    const result = await invoker(empty, { clock })(
      'searchProcessInstances',
      {},
      { consistency: { waitUpToMs: 0 } },
    );
    expect(result.items).toEqual([]);
    expect(empty.sent).toHaveLength(1);
    expect(empty.sent[0]?.options).not.toHaveProperty('consistency');
    expect(clock.sleeps).toEqual([]);

    const missing = fakeTransport(() => {
      throw notFound('getProcessInstance');
    });
    await expect(
      invoker(missing)('getProcessInstance', { processInstanceKey: '1' }, { consistency: { waitUpToMs: 0 } }),
    ).rejects.toMatchObject({ name: 'HttpError', status: 404 });
    expect(missing.sent).toHaveLength(1);
  });

  it('rejects a negative waitUpToMs before sending', async () => {
    const transport = fakeTransport();
    const error = await invoker(transport)('searchJobs', {}, { consistency: { waitUpToMs: -1 } }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'ValidationError', side: 'options' });
    expect(transport.sent).toHaveLength(0);
  });

  it('refuses consistency on an operation that is not eventually consistent', async () => {
    const transport = fakeTransport();
    const error = await invoker(transport)(
      'createProcessInstance',
      { processDefinitionId: 'x' },
      { consistency: { waitUpToMs: 100 } },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationError', side: 'options' });
    expect(transport.sent).toHaveLength(0);
  });

  it('propagates errors other than 404 at once', async () => {
    const transport = fakeTransport(() => {
      throw new HttpError({
        operationId: 'getJob',
        status: 403,
        problem: { type: 'x', title: 'Forbidden', status: 403 },
      });
    });
    await expect(
      invoker(transport)('searchJobs', {}, { consistency: { waitUpToMs: 1_000 } }),
    ).rejects.toMatchObject({ name: 'HttpError', status: 403 });
    expect(transport.sent).toHaveLength(1);
  });
});
