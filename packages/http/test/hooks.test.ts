import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  type AttemptInfo,
  createTransport,
  type ErrorInfo,
  type ResponseInfo,
  type TransportRequest,
} from '../src/index.js';
import {
  fakeAuth,
  fakeClock,
  JSON_HEADERS,
  mockAgent,
  ORIGIN,
  PROBLEM_HEADERS,
  REST_ADDRESS,
  recordingGate,
  testConfig,
} from './support/harness.js';

const getJob: TransportRequest = {
  operationId: 'getJob',
  method: 'GET',
  pathTemplate: '/jobs/{jobKey}',
  pathParams: { jobKey: 42 },
  query: { x: 1 },
  retrySafe: true,
};

describe('hooks', () => {
  const agent = mockAgent();
  const pool = agent.get(ORIGIN);
  afterEach(() => agent.assertNoPendingInterceptors());
  afterAll(() => agent.close());

  it('adds headers from beforeRequest and reports every attempt to afterResponse', async () => {
    const before: AttemptInfo[] = [];
    const after: ResponseInfo[] = [];
    const traceparents: string[] = [];
    const transport = createTransport({
      config: testConfig(),
      auth: fakeAuth(),
      dispatcher: agent,
      clock: fakeClock(),
      gate: recordingGate(),
      hooks: {
        beforeRequest: (info) => {
          before.push(info);
          return { traceparent: `00-${'a'.repeat(32)}-${String(info.attempt).padStart(16, '0')}-01` };
        },
        afterResponse: (info) => after.push(info),
      },
    });
    for (const status of [503, 200]) {
      pool.intercept({ path: '/v2/jobs/42?x=1' }).reply((opts) => {
        traceparents.push((opts.headers as Record<string, string>).traceparent ?? '');
        return { statusCode: status, data: '{}', responseOptions: { headers: JSON_HEADERS } };
      });
    }
    await transport.send(getJob);
    expect(traceparents.map((t) => t.slice(-4))).toEqual(['1-01', '2-01']);
    expect(before.map(({ attempt, retryCount }) => [attempt, retryCount])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(before[0]).toMatchObject({
      operationId: 'getJob',
      method: 'GET',
      pathTemplate: '/jobs/{jobKey}',
      url: `${REST_ADDRESS}/jobs/42?x=1`,
      gateWaitMs: 0,
    });
    expect(after.map((i) => i.status)).toEqual([503, 200]);
    // A 503 without RESOURCE_EXHAUSTED is retried but is not an overload signal.
    expect(after.map((i) => i.overload)).toEqual([false, false]);
    expect(after[1]).toMatchObject({ attempt: 2, retryCount: 1, operationId: 'getJob' });
    expect(after[1]?.durationMs).toBeGreaterThanOrEqual(0);
    expect(after[1]?.headers['content-type']).toBe('application/json');
  });

  it('flags the answers the gate counts as overload in afterResponse', async () => {
    const after: ResponseInfo[] = [];
    const transport = createTransport({
      config: testConfig(),
      auth: fakeAuth(),
      dispatcher: agent,
      clock: fakeClock(),
      hooks: { afterResponse: (info) => after.push(info) },
    });
    pool.intercept({ path: '/v2/jobs/42?x=1' }).reply(429, '', {});
    pool
      .intercept({ path: '/v2/jobs/42?x=1' })
      .reply(500, '{"title":"RESOURCE_EXHAUSTED"}', { headers: PROBLEM_HEADERS });
    pool.intercept({ path: '/v2/jobs/42?x=1' }).reply(404, '', {});
    await expect(transport.send(getJob)).rejects.toMatchObject({ status: 404 });
    expect(after.map((i) => [i.status, i.overload])).toEqual([
      [429, true],
      [500, true],
      [404, false],
    ]);
  });

  it('reports an attempt without an answer to onError with the error the caller sees', async () => {
    const errors: ErrorInfo[] = [];
    const transport = createTransport({
      config: testConfig(),
      auth: fakeAuth(),
      dispatcher: agent,
      hooks: { onError: (info) => errors.push(info) },
    });
    pool
      .intercept({ path: '/v2/jobs/42?x=1' })
      .replyWithError(Object.assign(new Error('x'), { code: 'EPIPE' }));
    const thrown = await transport.send(getJob, { retry: false }).catch((e: unknown) => e);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.error).toBe(thrown);
    expect(errors[0]).toMatchObject({
      operationId: 'getJob',
      attempt: 1,
      error: { name: 'NetworkError', code: 'EPIPE' },
    });
  });

  it('keeps calls working when a hook throws, and logs the failure', async () => {
    const warnings: Record<string, unknown>[] = [];
    const noop = () => {};
    const transport = createTransport({
      config: testConfig({ logLevel: 'warn' }),
      auth: fakeAuth(),
      dispatcher: agent,
      logger: { trace: noop, debug: noop, info: noop, warn: (fields) => warnings.push(fields), error: noop },
      hooks: {
        beforeRequest: () => {
          throw new Error('tracer broke');
        },
        afterResponse: () => {
          throw new Error('metrics broke');
        },
      },
    });
    pool.intercept({ path: '/v2/jobs/42?x=1' }).reply(200, '{"ok":1}', { headers: JSON_HEADERS });
    await expect(transport.send(getJob)).resolves.toMatchObject({ body: { ok: 1 } });
    expect(warnings.map((w) => w.hook)).toEqual(['beforeRequest', 'afterResponse']);
  });
});
