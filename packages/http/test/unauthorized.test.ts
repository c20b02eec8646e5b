import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTransport, type TransportRequest } from '../src/index.js';
import { fakeAuth, fakeClock, JSON_HEADERS, mockAgent, ORIGIN, testConfig } from './support/harness.js';

const createInstance: TransportRequest = {
  operationId: 'createProcessInstance',
  method: 'POST',
  pathTemplate: '/process-instances',
  body: { processDefinitionId: 'order' },
  retrySafe: false,
};

describe('401 handling', () => {
  const agent = mockAgent();
  const pool = agent.get(ORIGIN);
  afterEach(() => agent.assertNoPendingInterceptors());
  afterAll(() => agent.close());

  function answer(status: number, seen: string[]) {
    pool.intercept({ path: '/v2/process-instances', method: 'POST' }).reply((opts) => {
      seen.push((opts.headers as Record<string, string>).authorization ?? '');
      return {
        statusCode: status,
        data: status === 200 ? '{"ok":true}' : '',
        responseOptions: { headers: JSON_HEADERS },
      };
    });
  }

  it('invalidates the credentials and retries once with fresh headers', async () => {
    const auth = fakeAuth(['stale', 'fresh']);
    const clock = fakeClock();
    const transport = createTransport({ config: testConfig(), auth, dispatcher: agent, clock });
    const seen: string[] = [];
    answer(401, seen);
    answer(200, seen);
    await expect(transport.send(createInstance, { retry: false })).resolves.toMatchObject({
      body: { ok: true },
    });
    expect(seen).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(auth.invalidations).toHaveLength(1);
    expect(auth.invalidations[0]).toContain('createProcessInstance');
    expect(clock.sleeps).toEqual([]);
  });

  it('gives up after the second 401 with an HttpError', async () => {
    const auth = fakeAuth(['a', 'b', 'c']);
    const transport = createTransport({ config: testConfig(), auth, dispatcher: agent });
    const seen: string[] = [];
    answer(401, seen);
    answer(401, seen);
    await expect(transport.send(createInstance)).rejects.toMatchObject({
      name: 'HttpError',
      status: 401,
      operationId: 'createProcessInstance',
    });
    expect(seen).toEqual(['Bearer a', 'Bearer b']);
    expect(auth.invalidations).toHaveLength(1);
  });

  it('refreshes once per call, each call', async () => {
    const auth = fakeAuth(['a', 'b', 'c']);
    const transport = createTransport({ config: testConfig(), auth, dispatcher: agent });
    const seen: string[] = [];
    answer(401, seen);
    answer(200, seen);
    answer(401, seen);
    answer(200, seen);
    await transport.send(createInstance);
    await transport.send(createInstance);
    expect(seen).toEqual(['Bearer a', 'Bearer b', 'Bearer b', 'Bearer c']);
    expect(auth.invalidations).toHaveLength(2);
  });

  it('passes an AuthError from the provider through unchanged, without sending', async () => {
    const { AuthError } = await import('@camunda-ts/auth');
    const failure = new AuthError('Token endpoint http://auth.test/token answered 400', {
      code: 'INVALID_CREDENTIALS',
      status: 400,
    });
    const transport = createTransport({
      config: testConfig(),
      auth: { kind: 'failing', headers: () => Promise.reject(failure), invalidate: () => {} },
      dispatcher: agent,
    });
    await expect(transport.send({ ...createInstance, retrySafe: true })).rejects.toBe(failure);
  });
});
