import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTransport, type GatePermit, type TransportGate, type TransportRequest } from '../src/index.js';
import {
  fakeAuth,
  fakeClock,
  JSON_HEADERS,
  mockAgent,
  ORIGIN,
  PROBLEM_HEADERS,
  recordingGate,
  testConfig,
} from './support/harness.js';

const topology: TransportRequest = {
  operationId: 'getTopology',
  method: 'GET',
  pathTemplate: '/topology',
  retrySafe: true,
};

describe('gate', () => {
  const agent = mockAgent();
  const pool = agent.get(ORIGIN);
  afterEach(() => agent.assertNoPendingInterceptors());
  afterAll(() => agent.close());

  function setup(gate: TransportGate = recordingGate()) {
    const clock = fakeClock();
    return createTransport({
      config: testConfig(),
      auth: fakeAuth(),
      dispatcher: agent,
      gate,
      clock,
      random: () => 0.5,
    });
  }

  it('wraps each attempt in acquire → request → record → release, retried overloads included', async () => {
    const gate = recordingGate();
    const transport = setup(gate);
    pool.intercept({ path: '/v2/topology' }).reply(429, '', {});
    pool
      .intercept({ path: '/v2/topology' })
      .reply(503, '{"title":"RESOURCE_EXHAUSTED","detail":"backpressure"}', { headers: PROBLEM_HEADERS });
    pool.intercept({ path: '/v2/topology' }).reply(200, '{}', { headers: JSON_HEADERS });
    await transport.send(topology);
    const cycle = (type: string) => ['acquire:getTopology', `record:${type}`, 'release:getTopology'];
    expect(gate.events).toEqual([...cycle('overload'), ...cycle('overload'), ...cycle('success')]);
    expect(gate.outcomes.map((o) => (o.type === 'overload' ? o.status : o.type))).toEqual([
      429,
      503,
      'success',
    ]);
  });

  it('classifies a RESOURCE_EXHAUSTED 500 as overload, and a plain 503 or a 404 as no overload', async () => {
    const gate = recordingGate();
    const transport = setup(gate);
    pool
      .intercept({ path: '/v2/topology' })
      .reply(500, '{"title":"RESOURCE_EXHAUSTED"}', { headers: PROBLEM_HEADERS });
    pool
      .intercept({ path: '/v2/topology' })
      .reply(503, '{"title":"UNAVAILABLE"}', { headers: PROBLEM_HEADERS });
    pool.intercept({ path: '/v2/topology' }).reply(404, '', {});
    await expect(transport.send(topology)).rejects.toMatchObject({ status: 404 });
    expect(gate.outcomes.map((o) => o.type)).toEqual(['overload', 'success', 'success']);
  });

  it('records a network failure as an error and still releases the permit', async () => {
    const gate = recordingGate();
    const transport = setup(gate);
    pool
      .intercept({ path: '/v2/topology' })
      .replyWithError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }));
    await expect(transport.send(topology, { retry: false })).rejects.toMatchObject({ name: 'NetworkError' });
    expect(gate.events).toEqual(['acquire:getTopology', 'record:error', 'release:getTopology']);
  });

  it('reports the latency of each attempt', async () => {
    const gate = recordingGate();
    pool.intercept({ path: '/v2/topology' }).reply(200, '{}', { headers: JSON_HEADERS });
    await setup(gate).send(topology);
    const [outcome] = gate.outcomes;
    expect(outcome?.type === 'success' && outcome.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('sends every operation through the gate, exempt ones and long polls included: the gate picks their lane', async () => {
    const gate = recordingGate();
    const transport = setup(gate);
    pool.intercept({ path: '/v2/jobs/5/completion', method: 'POST' }).reply(429, '', {});
    pool.intercept({ path: '/v2/jobs/5/completion', method: 'POST' }).reply(204, '');
    await transport.send({
      operationId: 'completeJob',
      method: 'POST',
      pathTemplate: '/jobs/{jobKey}/completion',
      pathParams: { jobKey: 5 },
      body: {},
      retrySafe: false,
    });
    pool
      .intercept({ path: '/v2/jobs/activation', method: 'POST' })
      .reply(200, '{"jobs":[]}', { headers: JSON_HEADERS });
    await transport.send({
      operationId: 'activateJobs',
      method: 'POST',
      pathTemplate: '/jobs/activation',
      body: { type: 't', maxJobsToActivate: 1, timeout: 1000, requestTimeout: 20_000 },
      retrySafe: false,
      longPollMs: 20_000,
    });
    expect(gate.events).toEqual([
      'acquire:completeJob',
      'record:overload',
      'release:completeJob',
      'acquire:completeJob',
      'record:success',
      'release:completeJob',
      'acquire:activateJobs',
      'record:success',
      'release:activateJobs',
    ]);
  });

  it('times out while queued for a permit, and hands back a permit granted too late', async () => {
    let grant: (permit: GatePermit) => void = () => {};
    let released = 0;
    const slowGate: TransportGate = {
      acquire: () =>
        new Promise((resolve) => {
          grant = resolve;
        }),
      record: () => {},
    };
    const transport = createTransport({
      config: testConfig(),
      auth: fakeAuth(),
      dispatcher: agent,
      gate: slowGate,
    });
    await expect(transport.send(topology, { timeoutMs: 20 })).rejects.toMatchObject({ name: 'TimeoutError' });
    grant({ release: () => released++ });
    await new Promise((resolve) => setImmediate(resolve));
    expect(released).toBe(1);
  });

  it('passes the caller signal to acquire and turns an abort while waiting into an AbortError', async () => {
    const seen: (AbortSignal | undefined)[] = [];
    const waitingGate: TransportGate = {
      acquire: ({ signal }) => {
        seen.push(signal);
        return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
      },
      record: () => {},
    };
    const controller = new AbortController();
    const pending = setup(waitingGate).send(topology, { signal: controller.signal });
    await Promise.resolve();
    await Promise.resolve();
    controller.abort(new Error('user gave up'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', operationId: 'getTopology' });
    expect(seen[0]).toBe(controller.signal);
  });

  it('passes a gate error (queue full) through unchanged', async () => {
    const full = Object.assign(new Error('queue full'), {
      name: 'BackpressureQueueFullError',
      [Symbol.for('camunda-ts.error')]: true,
    });
    const transport = setup({ acquire: () => Promise.reject(full), record: () => {} });
    await expect(transport.send(topology)).rejects.toBe(full);
  });
});
