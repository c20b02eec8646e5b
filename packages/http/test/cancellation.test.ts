import { afterEach, describe, expect, it } from 'vitest';
import {
  createTransport,
  isAbortError,
  isTimeoutError,
  type Transport,
  type TransportRequest,
} from '../src/index.js';
import { fakeAuth, fakeClock, mockAgent, ORIGIN, testConfig } from './support/harness.js';
import { type RunningServer, startHttpServer, startSilentServer } from './support/servers.js';

const topology: TransportRequest = {
  operationId: 'getTopology',
  method: 'GET',
  pathTemplate: '/topology',
  retrySafe: true,
};

/** Resolves on the next call of the returned trigger. */
function latch(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('cancellation and timeouts', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function server(start: Promise<RunningServer>): Promise<RunningServer> {
    const running = await start;
    cleanups.push(() => running.close());
    return running;
  }

  function transportFor(url: string, patch: { timeoutMs?: number } = {}): Transport {
    const transport = createTransport({
      config: testConfig({ restAddress: `${url}/v2`, ...patch }),
      auth: fakeAuth(),
    });
    cleanups.push(() => transport.close());
    return transport;
  }

  it('rejects at once when the signal is already aborted, sending nothing', async () => {
    let requests = 0;
    const running = await server(startHttpServer((_req, res) => res.end(String(++requests))));
    const reason = new Error('not needed any more');
    const error = await transportFor(running.url)
      .send(topology, { signal: AbortSignal.abort(reason) })
      .catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'AbortError',
      code: 'ABORTED',
      operationId: 'getTopology',
      cause: reason,
    });
    expect(requests).toBe(0);
  });

  it('close() ends long polls in flight as aborted calls, and waits for the other calls', async () => {
    const held: Array<{ url: string | undefined; end: (body: string) => void }> = [];
    const arrived = latch();
    const running = await server(
      startHttpServer((req, res) => {
        held.push({
          url: req.url,
          end: (body) => res.writeHead(200, { 'content-type': 'application/json' }).end(body),
        });
        if (held.length === 3) arrived.open();
      }),
    );
    const transport = transportFor(running.url);
    const activation: TransportRequest = {
      operationId: 'activateJobs',
      method: 'POST',
      pathTemplate: '/jobs/activation',
      body: { type: 'x' },
      retrySafe: false,
      longPollMs: 60_000,
    };
    const polls = [transport.send(activation), transport.send(activation)].map((p) =>
      p.catch((e: unknown) => e),
    );
    const plain = transport.send<{ ok: boolean }>(topology);
    await arrived.promise;
    const closed = transport.close();
    const outcomes = await Promise.all(polls);
    expect(outcomes).toEqual([
      expect.objectContaining({ name: 'AbortError', operationId: 'activateJobs' }),
      expect.objectContaining({ name: 'AbortError', operationId: 'activateJobs' }),
    ]);
    expect((outcomes[0] as Error).cause).toMatchObject({ message: 'The transport was closed' });
    // The ordinary call is waited for, and still answered.
    held.find((h) => h.url === '/v2/topology')?.end('{"ok":true}');
    await expect(plain).resolves.toMatchObject({ body: { ok: true } });
    await closed;
  });

  it('aborts while waiting for credentials', async () => {
    const asked = latch();
    const transport = createTransport({
      config: testConfig(),
      auth: {
        kind: 'slow',
        headers: ({ signal }) => {
          asked.open();
          return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
        },
        invalidate: () => {},
      },
    });
    cleanups.push(() => transport.close());
    const controller = new AbortController();
    const pending = transport.send(topology, { signal: controller.signal });
    await asked.promise;
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('times out while waiting for credentials, even from a provider that ignores the signal', async () => {
    const transport = createTransport({
      config: testConfig(),
      auth: { kind: 'stuck', headers: () => new Promise(() => {}), invalidate: () => {} },
    });
    cleanups.push(() => transport.close());
    await expect(transport.send(topology, { timeoutMs: 20 })).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('aborts while connecting (TLS handshake never completes)', async () => {
    const connected = latch();
    const running = await server(startSilentServer(() => connected.open()));
    const controller = new AbortController();
    const pending = transportFor(running.url).send(topology, { signal: controller.signal });
    await connected.promise;
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', operationId: 'getTopology' });
  });

  it('aborts while waiting for the answer, and never retries an abort', async () => {
    const received = latch();
    let requests = 0;
    const running = await server(
      startHttpServer(() => {
        requests++;
        received.open();
      }),
    );
    const controller = new AbortController();
    const pending = transportFor(running.url).send(topology, { signal: controller.signal });
    await received.promise;
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(requests).toBe(1);
  });

  it('aborts while reading the body', async () => {
    const headersSent = latch();
    const running = await server(
      startHttpServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"brokers":[', () => headersSent.open());
      }),
    );
    const controller = new AbortController();
    const pending = transportFor(running.url).send(topology, { signal: controller.signal });
    await headersSent.promise;
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('aborts during the backoff between retries', async () => {
    const agent = mockAgent();
    cleanups.push(() => agent.close());
    agent.get(ORIGIN).intercept({ path: '/v2/topology' }).reply(429, '', {});
    const sleeping = latch();
    const clock = {
      ...fakeClock(),
      sleep: (_ms: number, signal?: AbortSignal) => {
        sleeping.open();
        return new Promise<void>((_, reject) =>
          signal?.addEventListener('abort', () => reject(signal.reason)),
        );
      },
    };
    // A fixed jitter: full jitter can draw a zero wait, which skips the backoff this test aborts in.
    const transport = createTransport({
      config: testConfig(),
      auth: fakeAuth(),
      dispatcher: agent,
      clock,
      random: () => 0.5,
    });
    const controller = new AbortController();
    const pending = transport.send(topology, { signal: controller.signal });
    await sleeping.promise;
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    agent.assertNoPendingInterceptors();
  });

  it('times out with a TimeoutError naming the budget, and does not retry it', async () => {
    let requests = 0;
    const running = await server(
      startHttpServer(() => {
        requests++;
      }),
    );
    // A budget long enough for the request to reach the server on a loaded machine.
    const error = await transportFor(running.url)
      .send(topology, { timeoutMs: 500 })
      .catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'TimeoutError',
      code: 'TIMEOUT',
      timeoutMs: 500,
      operationId: 'getTopology',
    });
    expect((error as Error).message).toBe('getTopology timed out after 500 ms');
    expect(requests).toBe(1);
  });

  it('applies the configured default timeout', async () => {
    const running = await server(startHttpServer(() => {}));
    await expect(transportFor(running.url, { timeoutMs: 30 }).send(topology)).rejects.toMatchObject({
      name: 'TimeoutError',
      timeoutMs: 30,
    });
  });

  it('gives a long poll its own budget: longPollMs plus the margin', async () => {
    const agent = mockAgent();
    cleanups.push(() => agent.close());
    agent
      .get(ORIGIN)
      .intercept({ path: '/v2/jobs/activation', method: 'POST' })
      .reply(200, '{"jobs":[]}', { headers: { 'content-type': 'application/json' } })
      .delay(60);
    const transport = createTransport({
      config: testConfig({ timeoutMs: 20 }),
      auth: fakeAuth(),
      dispatcher: agent,
    });
    const response = await transport.send({
      operationId: 'activateJobs',
      method: 'POST',
      pathTemplate: '/jobs/activation',
      body: { type: 't', maxJobsToActivate: 1, timeout: 1_000, requestTimeout: 50 },
      retrySafe: false,
      longPollMs: 50,
    });
    expect(response.body).toEqual({ jobs: [] });
  });

  it('cleans up: an aborted call leaves no listener on the caller signal', async () => {
    const agent = mockAgent();
    cleanups.push(() => agent.close());
    agent.get(ORIGIN).intercept({ path: '/v2/topology' }).reply(200, '{}').times(3);
    const transport = createTransport({ config: testConfig(), auth: fakeAuth(), dispatcher: agent });
    const controller = new AbortController();
    let added = 0;
    let removed = 0;
    const signal = controller.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => {
      added++;
      add(...args);
    }) as typeof signal.addEventListener;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
      removed++;
      remove(...args);
    }) as typeof signal.removeEventListener;
    for (let i = 0; i < 3; i++) await transport.send(topology, { signal });
    expect(added).toBe(3);
    expect(removed).toBe(3);
  });
});
