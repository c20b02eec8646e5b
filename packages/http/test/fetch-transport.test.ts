import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createFetchTransport,
  type FetchTransportOptions,
  isAbortError,
  isHttpError,
  isNetworkError,
  isTimeoutError,
  systemClock,
  type TransportRequest,
  USER_AGENT,
} from '../src/index.js';
import { fakeAuth, fakeClock, recordingGate, testConfig } from './support/harness.js';
import { type RunningServer, startHttpServer } from './support/servers.js';

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

type Reply = (res: ServerResponse) => void;

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Reply =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

const problem =
  (status: number, title: string, headers: Record<string, string> = {}): Reply =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/problem+json', ...headers });
    res.end(JSON.stringify({ type: 'about:blank', title, status, detail: `${title} detail` }));
  };

const getTopology: TransportRequest = {
  operationId: 'getTopology',
  method: 'GET',
  pathTemplate: '/topology',
  retrySafe: true,
};

/** Never answered: the request waits until the client gives up (kept out of the scripted replies). */
const hanging: TransportRequest = {
  operationId: 'getTopology',
  method: 'GET',
  pathTemplate: '/hang',
  retrySafe: true,
};

const createInstance: TransportRequest = {
  operationId: 'createProcessInstance',
  method: 'POST',
  pathTemplate: '/process-instances',
  body: { processDefinitionId: 'order', variables: { password: 'hunter2' } },
  retrySafe: false,
};

describe('createFetchTransport against a real server', () => {
  let server: RunningServer;
  let seen: Seen[];
  let replies: Reply[];
  let hangingSeen = 0;

  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (req.url === '/v2/hang') {
          hangingSeen++;
          return;
        }
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
        });
        const reply = replies.shift() ?? problem(500, 'No reply scripted');
        reply(res);
      });
    });
  });

  afterAll(() => server.close());

  beforeEach(() => {
    seen = [];
    replies = [];
  });

  function transport(patch: Partial<FetchTransportOptions> = {}) {
    return createFetchTransport({
      config: testConfig({ restAddress: `${server.url}/v2` }),
      auth: fakeAuth(['abc']),
      clock: fakeClock(),
      ...patch,
    });
  }

  it('sends JSON with credentials and the user agent, and decodes the JSON answer', async () => {
    replies.push(json(200, { processInstanceKey: '42' }, { 'x-trace': 't-1' }));
    const response = await transport().send(createInstance);
    expect(response).toMatchObject({ status: 200, body: { processInstanceKey: '42' } });
    expect(response.headers['x-trace']).toBe('t-1');
    const [request] = seen;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v2/process-instances');
    expect(request?.headers.authorization).toBe('Bearer abc');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['user-agent']).toBe(USER_AGENT);
    expect(JSON.parse(request?.body ?? '')).toEqual(createInstance.body);
  });

  it('sends a FormData body as multipart with its boundary', async () => {
    replies.push(json(200, { deploymentKey: '7' }));
    const form = new FormData();
    form.append('resources', new Blob(['<bpmn:definitions/>']), 'order.bpmn');
    await transport().send({
      operationId: 'createDeployment',
      method: 'POST',
      pathTemplate: '/deployments',
      body: form,
      retrySafe: false,
    });
    expect(seen[0]?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0]?.body).toContain('filename="order.bpmn"');
  });

  it('does not follow a redirect: a 302 to a login page is an HttpError with its location', async () => {
    replies.push((res) => {
      res.writeHead(302, { location: '/login', 'content-type': 'text/html' });
      res.end('<html>login</html>');
    });
    const error = await transport()
      .send(getTopology)
      .catch((e: unknown) => e);
    expect(isHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: 302, location: '/login' });
    // Only the API was asked: the login page was never fetched.
    expect(seen.map((r) => r.url)).toEqual(['/v2/topology']);
  });

  it('rejects a problem answer with an HttpError carrying the problem detail', async () => {
    replies.push(problem(404, 'Not found'));
    const error = await transport()
      .send(getTopology)
      .catch((e: unknown) => e);
    expect(isHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: 404, operationId: 'getTopology', problem: { title: 'Not found' } });
  });

  it('retries a 429 after the Retry-After delay, and feeds every attempt to the gate and the hooks', async () => {
    replies.push(problem(429, 'Busy', { 'retry-after': '2' }), json(200, { ok: true }));
    const clock = fakeClock();
    const gate = recordingGate();
    const attempts: number[] = [];
    const response = await transport({
      clock,
      gate,
      hooks: { afterResponse: (info) => attempts.push(info.status) },
    }).send(createInstance);
    expect(response.body).toEqual({ ok: true });
    expect(clock.sleeps).toEqual([2_000]);
    expect(attempts).toEqual([429, 200]);
    expect(gate.events).toEqual([
      'acquire:createProcessInstance',
      'record:overload',
      'release:createProcessInstance',
      'acquire:createProcessInstance',
      'record:success',
      'release:createProcessInstance',
    ]);
  });

  it('refreshes the credentials once on a 401 and tries again', async () => {
    replies.push(problem(401, 'Unauthorized'), json(200, { ok: true }));
    const auth = fakeAuth(['stale', 'fresh']);
    await expect(transport({ auth }).send(createInstance)).resolves.toMatchObject({ body: { ok: true } });
    expect(seen.map((request) => request.headers.authorization)).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(auth.invalidations).toHaveLength(1);
  });

  it('ends a call that outlives its budget with a TimeoutError', async () => {
    const error = await transport({ clock: systemClock })
      .send(hanging, { timeoutMs: 200, retry: false })
      .catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
  });

  it("ends a call when the caller's signal aborts, with an AbortError", async () => {
    const controller = new AbortController();
    const before = hangingSeen;
    const pending = transport().send(hanging, { signal: controller.signal });
    while (hangingSeen === before) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error('user left'));
    const error = await pending.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
  });

  it('logs requests with credentials and secret body members redacted', async () => {
    replies.push(json(200, { ok: true }));
    const lines: string[] = [];
    const capture = (fields: unknown, message?: string) => lines.push(`${message} ${JSON.stringify(fields)}`);
    await transport({
      config: testConfig({ restAddress: `${server.url}/v2`, logLevel: 'silly' }),
      logger: { trace: capture, debug: capture, info: capture, warn: capture, error: capture },
    }).send(createInstance);
    const text = lines.join('\n');
    expect(text).toContain('http.request');
    expect(text).toContain('[REDACTED]');
    expect(text).not.toContain('Bearer abc');
    expect(text).not.toContain('hunter2');
  });

  it('refuses TLS settings it cannot apply, naming them', () => {
    expect(() =>
      createFetchTransport({
        config: testConfig({ tls: { ca: '-----BEGIN CERTIFICATE-----' } }),
        auth: fakeAuth(),
      }),
    ).toThrow(/CAMUNDA_CA_CERT \(tls\.ca\)/);
  });
});

describe('createFetchTransport without a server', () => {
  it('retries a retry-safe call after a refused connection, then reports a NetworkError', async () => {
    const closed = await startHttpServer(() => {});
    const address = closed.url;
    await closed.close();
    const clock = fakeClock();
    const error = await createFetchTransport({
      config: testConfig({ restAddress: `${address}/v2`, retry: { maxAttempts: 2 } }),
      auth: fakeAuth(),
      clock,
    })
      .send(getTopology)
      .catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ECONNREFUSED' });
    expect(clock.sleeps).toHaveLength(1);
  });

  it('names a network failure the runtime gives no code for FETCH_FAILED and retries it', async () => {
    let calls = 0;
    const failingFetch = (async () => {
      calls++;
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const error = await createFetchTransport({
      config: testConfig({ retry: { maxAttempts: 3 } }),
      auth: fakeAuth(),
      clock: fakeClock(),
      fetch: failingFetch,
    })
      .send(getTopology)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NetworkError', code: 'FETCH_FAILED' });
    expect(calls).toBe(3);
  });
});

describe('createFetchTransport: bounded bodies', () => {
  it('stops reading a streamed body once it passes http.maxResponseBytes, and cancels the stream', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new Uint8Array(16 * 1024).fill(32);
    const streamingFetch: typeof fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled++;
            controller.enqueue(chunk);
          },
          cancel() {
            cancelled = true;
          },
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    const transport = createFetchTransport({
      config: testConfig({ maxResponseBytes: 64 * 1024 }),
      auth: fakeAuth(),
      fetch: streamingFetch,
    });
    await expect(transport.send(getTopology)).rejects.toMatchObject({
      name: 'HttpError',
      code: 'RESPONSE_TOO_LARGE',
    });
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(16);
  });
});
