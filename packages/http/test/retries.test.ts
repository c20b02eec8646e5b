import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  createTransport,
  isHttpError,
  isNetworkError,
  type SendOptions,
  type TransportRequest,
} from '../src/index.js';
import {
  type ConfigPatch,
  fakeAuth,
  fakeClock,
  JSON_HEADERS,
  mockAgent,
  ORIGIN,
  PROBLEM_HEADERS,
  testConfig,
} from './support/harness.js';

const topology: TransportRequest = {
  operationId: 'getTopology',
  method: 'GET',
  pathTemplate: '/topology',
  retrySafe: true,
};
const createInstance: TransportRequest = {
  operationId: 'createProcessInstance',
  method: 'POST',
  pathTemplate: '/process-instances',
  body: { processDefinitionId: 'order' },
  retrySafe: false,
};
const exhausted = JSON.stringify({
  type: 'about:blank',
  title: 'RESOURCE_EXHAUSTED',
  status: 503,
  detail: 'busy',
});

describe('retries', () => {
  const agent = mockAgent();
  const pool = agent.get(ORIGIN);
  afterEach(() => agent.assertNoPendingInterceptors());
  afterAll(() => agent.close());

  function setup(patch: ConfigPatch = {}, random = () => 0.5) {
    const clock = fakeClock();
    const transport = createTransport({
      config: testConfig({ retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000 }, ...patch }),
      auth: fakeAuth(),
      dispatcher: agent,
      clock,
      random,
    });
    const send = (request: TransportRequest, options?: SendOptions) => transport.send(request, options);
    return { clock, send };
  }

  function intercept(request: TransportRequest) {
    return pool.intercept({ path: `/v2${request.pathTemplate}`, method: request.method });
  }

  it('retries 429 and 503 even for an operation that is not retry-safe, then succeeds', async () => {
    const { send, clock } = setup();
    intercept(createInstance).reply(429, '', {});
    intercept(createInstance).reply(503, exhausted, { headers: PROBLEM_HEADERS });
    intercept(createInstance).reply(200, '{"processInstanceKey":"7"}', { headers: JSON_HEADERS });
    const response = await send(createInstance);
    expect(response.body).toEqual({ processInstanceKey: '7' });
    expect(clock.sleeps).toHaveLength(2);
  });

  it('retries a 500 whose problem detail says RESOURCE_EXHAUSTED, but not a plain 500', async () => {
    const { send } = setup();
    const overloaded = JSON.stringify({
      title: 'Internal',
      status: 500,
      detail: 'RESOURCE_EXHAUSTED: queue full',
    });
    intercept(createInstance).reply(500, overloaded, { headers: PROBLEM_HEADERS });
    intercept(createInstance).reply(200, '{}', { headers: JSON_HEADERS });
    await expect(send(createInstance)).resolves.toMatchObject({ status: 200 });

    intercept(createInstance).reply(500, '{"title":"INTERNAL","detail":"boom"}', {
      headers: PROBLEM_HEADERS,
    });
    await expect(send(createInstance)).rejects.toMatchObject({ name: 'HttpError', status: 500 });
  });

  it('never retries 4xx validation errors', async () => {
    const { send, clock } = setup();
    intercept(topology).reply(400, '{"title":"INVALID_ARGUMENT","detail":"bad"}', {
      headers: PROBLEM_HEADERS,
    });
    await expect(send(topology)).rejects.toMatchObject({ name: 'HttpError', status: 400, code: 'HTTP_400' });
    intercept(topology).reply(404, '', {});
    await expect(send(topology)).rejects.toMatchObject({ status: 404 });
    intercept(topology).reply(409, '{"title":"INVALID_STATE"}', { headers: PROBLEM_HEADERS });
    await expect(send(topology)).rejects.toMatchObject({ status: 409 });
    expect(clock.sleeps).toEqual([]);
  });

  it('honours Retry-After in seconds', async () => {
    const { send, clock } = setup();
    intercept(topology).reply(429, '', { headers: { 'retry-after': '3' } });
    intercept(topology).reply(200, '{}', { headers: JSON_HEADERS });
    await send(topology);
    expect(clock.sleeps).toEqual([3_000]);
  });

  it('honours Retry-After as an HTTP-date', async () => {
    const { send, clock } = setup();
    const at = new Date(clock.now() + 2_000).toUTCString();
    intercept(topology).reply(503, '', { headers: { 'retry-after': at } });
    intercept(topology).reply(200, '{}', { headers: JSON_HEADERS });
    await send(topology);
    expect(clock.sleeps).toEqual([2_000]);
  });

  it('backs off with full jitter inside the exponential cap', async () => {
    // random() = 0.999…: each delay lands just under its cap 100, 200, 400 (maxDelayMs 1000 not reached).
    const high = setup({}, () => 0.9999);
    for (let i = 0; i < 3; i++) intercept(topology).reply(429, '', {});
    intercept(topology).reply(200, '{}', { headers: JSON_HEADERS });
    await high.send(topology);
    expect(high.clock.sleeps).toEqual([99, 199, 399]);

    const quarter = setup({}, () => 0.25);
    for (let i = 0; i < 2; i++) intercept(topology).reply(429, '', {});
    intercept(topology).reply(200, '{}', { headers: JSON_HEADERS });
    await quarter.send(topology);
    expect(quarter.clock.sleeps).toEqual([25, 50]);

    // random() = 0: the lower bound, an immediate retry without a wait.
    const low = setup({}, () => 0);
    intercept(topology).reply(429, '', {});
    intercept(topology).reply(200, '{}', { headers: JSON_HEADERS });
    await expect(low.send(topology)).resolves.toMatchObject({ status: 200 });
    expect(low.clock.sleeps).toEqual([]);
  });

  it('caps the backoff at maxDelayMs', async () => {
    const { send, clock } = setup(
      { retry: { maxAttempts: 6, baseDelayMs: 400, maxDelayMs: 1_000 } },
      () => 0.9999,
    );
    for (let i = 0; i < 5; i++) intercept(topology).reply(503, '', {});
    intercept(topology).reply(200, '{}', { headers: JSON_HEADERS });
    await send(topology);
    expect(clock.sleeps).toEqual([399, 799, 999, 999, 999]);
  });

  it('stops after maxAttempts and throws the last answer', async () => {
    const { send, clock } = setup({ retry: { maxAttempts: 3 } });
    for (let i = 0; i < 3; i++) intercept(topology).reply(429, exhausted, { headers: PROBLEM_HEADERS });
    const error = await send(topology).catch((e: unknown) => e);
    expect(isHttpError(error) && error.status).toBe(429);
    expect(clock.sleeps).toHaveLength(2);
  });

  it('sends once with retry: false, and uses a per-call override', async () => {
    const { send, clock } = setup();
    intercept(topology).reply(429, '', {});
    await expect(send(topology, { retry: false })).rejects.toMatchObject({ status: 429 });
    expect(clock.sleeps).toEqual([]);

    for (let i = 0; i < 2; i++) intercept(topology).reply(429, '', {});
    await expect(send(topology, { retry: { maxAttempts: 2, baseDelayMs: 10 } })).rejects.toMatchObject({
      status: 429,
    });
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeLessThan(10);
  });

  it('gives up at once when the backoff would outlast the call budget', async () => {
    const { send, clock } = setup();
    intercept(topology).reply(429, '', { headers: { 'retry-after': '60' } });
    await expect(send(topology, { timeoutMs: 5_000 })).rejects.toMatchObject({
      name: 'HttpError',
      status: 429,
    });
    expect(clock.sleeps).toEqual([]);
  });

  it('retries network errors for retry-safe operations', async () => {
    const { send, clock } = setup();
    intercept(topology).replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    intercept(topology).reply(200, '{"brokers":[]}', { headers: JSON_HEADERS });
    await expect(send(topology)).resolves.toMatchObject({ body: { brokers: [] } });
    expect(clock.sleeps).toHaveLength(1);
  });

  it('never retries a non-idempotent operation after a network error', async () => {
    const { send, clock } = setup();
    intercept(createInstance).replyWithError(
      Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    );
    const error = await send(createInstance).catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ECONNRESET', operationId: 'createProcessInstance' });
    expect((error as Error).message).toBe('createProcessInstance failed: network error (ECONNRESET)');
    expect(clock.sleeps).toEqual([]);
  });

  it('does not retry a network error that is not transient', async () => {
    const { send } = setup();
    intercept(topology).replyWithError(Object.assign(new Error('bad cert'), { code: 'CERT_HAS_EXPIRED' }));
    await expect(send(topology)).rejects.toMatchObject({ name: 'NetworkError', code: 'CERT_HAS_EXPIRED' });
  });

  it('exhausts retries on repeated network errors', async () => {
    const { send, clock } = setup({ retry: { maxAttempts: 2 } });
    for (let i = 0; i < 2; i++) {
      intercept(topology).replyWithError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }));
    }
    await expect(send(topology)).rejects.toMatchObject({ name: 'NetworkError', code: 'ECONNREFUSED' });
    expect(clock.sleeps).toHaveLength(1);
  });
});
