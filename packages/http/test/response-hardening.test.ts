import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  createTransport,
  isHttpError,
  type SendOptions,
  type TransportGate,
  type TransportRequest,
} from '../src/index.js';
import {
  type ConfigPatch,
  fakeAuth,
  fakeClock,
  JSON_HEADERS,
  mockAgent,
  ORIGIN,
  testConfig,
} from './support/harness.js';
import { startHttpServer } from './support/servers.js';

const topology: TransportRequest = {
  operationId: 'getTopology',
  method: 'GET',
  pathTemplate: '/topology',
  retrySafe: true,
  expect: { statuses: [200], contentType: 'application/json' },
};
const processXml: TransportRequest = {
  operationId: 'getProcessDefinitionXML',
  method: 'GET',
  pathTemplate: '/process-definitions/1/xml',
  retrySafe: true,
  accept: 'text/xml',
  expect: { statuses: [200, 204], contentType: 'text/xml' },
};
const deleteTenantUser: TransportRequest = {
  operationId: 'unassignUserFromTenant',
  method: 'DELETE',
  pathTemplate: '/tenants/t/users/bob',
  retrySafe: true,
  expect: { statuses: [204], contentType: undefined },
};
const LOGIN_PAGE = '<!doctype html><html><body><form action="/login">Sign in</form></body></html>';
const HTML_HEADERS = { 'content-type': 'text/html; charset=utf-8' } as const;

describe('statuses and bodies that are not a documented success', () => {
  const agent = mockAgent();
  const pool = agent.get(ORIGIN);
  afterEach(() => agent.assertNoPendingInterceptors());
  afterAll(() => agent.close());

  function setup(patch: ConfigPatch = {}) {
    const clock = fakeClock();
    const transport = createTransport({
      config: testConfig({ retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 }, ...patch }),
      auth: fakeAuth(),
      dispatcher: agent,
      clock,
      random: () => 0.5,
    });
    const send = (request: TransportRequest, options?: SendOptions) => transport.send(request, options);
    return { clock, send };
  }

  const intercept = (request: TransportRequest) =>
    pool.intercept({ path: `/v2${request.pathTemplate}`, method: request.method });

  it('turns a 302 to a login page into an HttpError with the location, never a result', async () => {
    const { send } = setup();
    intercept(topology).reply(302, LOGIN_PAGE, {
      headers: { ...HTML_HEADERS, location: 'https://sso.example/login?next=%2Fv2%2Ftopology' },
    });
    const error = await send(topology).catch((e: unknown) => e);
    expect(isHttpError(error)).toBe(true);
    expect(error).toMatchObject({
      status: 302,
      code: 'UNEXPECTED_STATUS',
      location: 'https://sso.example/login?next=%2Fv2%2Ftopology',
    });
    expect((error as Error).message).toContain('302');
  });

  it('treats a redirect as an error for a request without expectations too', async () => {
    const { send } = setup();
    const { expect: _, ...plain } = topology;
    intercept(plain).reply(307, '', { headers: { location: '/elsewhere' } });
    await expect(send(plain)).rejects.toMatchObject({
      name: 'HttpError',
      status: 307,
      location: '/elsewhere',
    });
  });

  it('refuses a 2xx the operation does not document', async () => {
    const { send } = setup();
    intercept(deleteTenantUser).reply(200, LOGIN_PAGE, { headers: HTML_HEADERS });
    await expect(send(deleteTenantUser)).rejects.toMatchObject({
      name: 'HttpError',
      status: 200,
      code: 'UNEXPECTED_STATUS',
    });
  });

  it('accepts every documented success status', async () => {
    const { send } = setup();
    intercept(processXml).reply(204, '');
    await expect(send(processXml)).resolves.toMatchObject({ status: 204, body: undefined });
  });

  it('refuses a success whose body is HTML where JSON is documented', async () => {
    const { send } = setup();
    intercept(topology).reply(200, LOGIN_PAGE, { headers: HTML_HEADERS });
    const error = await send(topology).catch((e: unknown) => e);
    expect(isHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: 200, code: 'UNEXPECTED_CONTENT_TYPE' });
    expect((error as Error).message).toMatch(/application\/json/);
  });

  it('refuses an untyped success body that is not JSON where JSON is documented', async () => {
    const { send } = setup();
    intercept(topology).reply(200, LOGIN_PAGE);
    await expect(send(topology)).rejects.toMatchObject({ name: 'HttpError', code: 'INVALID_RESPONSE_BODY' });
  });

  it('refuses HTML where XML is documented, and accepts XML', async () => {
    const { send } = setup();
    intercept(processXml).reply(200, LOGIN_PAGE, { headers: HTML_HEADERS });
    await expect(send(processXml)).rejects.toMatchObject({ code: 'UNEXPECTED_CONTENT_TYPE' });
    intercept(processXml).reply(200, '<definitions/>', { headers: { 'content-type': 'text/xml' } });
    await expect(send(processXml)).resolves.toMatchObject({ body: '<definitions/>' });
  });

  it('fails a response body over the configured limit with a typed error, without retrying', async () => {
    const { send } = setup({ maxResponseBytes: 1_000 });
    intercept(topology).reply(200, JSON.stringify({ brokers: 'x'.repeat(5_000) }), { headers: JSON_HEADERS });
    const error = await send(topology).catch((e: unknown) => e);
    expect(isHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: 200, code: 'RESPONSE_TOO_LARGE' });
  });

  it('bounds an error body by the same limit', async () => {
    const { send } = setup({ maxResponseBytes: 1_000 });
    intercept(topology).reply(400, 'x'.repeat(5_000), { headers: { 'content-type': 'text/plain' } });
    await expect(send(topology)).rejects.toMatchObject({ name: 'HttpError', code: 'RESPONSE_TOO_LARGE' });
  });

  it('cuts a long Retry-After to the configured maximum, even without a call timeout', async () => {
    const { send, clock } = setup({ retryAfterMaxMs: 2_000 });
    intercept(topology).reply(429, '', { headers: { 'retry-after': '86400' } });
    intercept(topology).reply(200, '{}', { headers: JSON_HEADERS });
    await send(topology, { timeoutMs: 0 });
    expect(clock.sleeps).toEqual([2_000]);
  });

  it('waits at least a minimum after Retry-After: 0', async () => {
    const { send, clock } = setup();
    intercept(topology).reply(503, '', { headers: { 'retry-after': '0' } });
    intercept(topology).reply(200, '{}', { headers: JSON_HEADERS });
    await send(topology);
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(100);
  });
});

describe('a streamed body over the limit', () => {
  it('is abandoned once it passes the limit, without reading the rest', async () => {
    const total = 64 * 1024 * 1024;
    let written = 0;
    const server = await startHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = `"${'x'.repeat(16 * 1024)}",`;
      res.write('[');
      const pump = () => {
        while (written < total) {
          written += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end('""]');
      };
      res.on('error', () => {});
      pump();
    });
    const transport = createTransport({
      config: testConfig({ restAddress: `${server.url}/v2`, maxResponseBytes: 256 * 1024 }),
      auth: fakeAuth(),
    });
    try {
      await expect(transport.send(topology)).rejects.toMatchObject({ code: 'RESPONSE_TOO_LARGE' });
      // The server can only write ahead of a reader by what the socket buffers hold: far less than the body.
      expect(written).toBeLessThan(total / 4);
    } finally {
      await transport.close();
      await server.close();
    }
  });
});

describe('the gate wait and the call budget', () => {
  it("passes the call's remaining budget to the gate, so an expired waiter leaves its queue", async () => {
    const requests: Parameters<TransportGate['acquire']>[0][] = [];
    const gate: TransportGate = {
      acquire: (request) => {
        requests.push(request);
        return Promise.resolve({ release() {} });
      },
      record() {},
    };
    const agent = mockAgent();
    agent
      .get(ORIGIN)
      .intercept({ path: '/v2/topology', method: 'GET' })
      .reply(200, '{}', { headers: JSON_HEADERS });
    const transport = createTransport({ config: testConfig(), auth: fakeAuth(), dispatcher: agent, gate });
    await transport.send(topology, { timeoutMs: 5_000 });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.timeoutMs).toBeGreaterThan(0);
    expect(requests[0]?.timeoutMs).toBeLessThanOrEqual(5_000);
    await agent.close();
  });

  it('turns a foreign error thrown before sending into one of ours', async () => {
    const gate: TransportGate = {
      acquire: () => Promise.reject(new DOMException('closed', 'AbortError')),
      record() {},
    };
    const agent = mockAgent();
    const transport = createTransport({ config: testConfig(), auth: fakeAuth(), dispatcher: agent, gate });
    const error = await transport.send(topology).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: 'NetworkError', operationId: 'getTopology' });
    const failingAuth = { ...fakeAuth(), headers: () => Promise.reject(new TypeError('boom')) };
    const second = createTransport({ config: testConfig(), auth: failingAuth, dispatcher: agent });
    await expect(second.send(topology)).rejects.toMatchObject({
      name: 'AuthError',
      message: expect.stringContaining('getTopology'),
    });
    await agent.close();
  });
});

describe('a dispatcher and TLS settings', () => {
  it('refuses a dispatcher together with a configured client certificate, naming the setting', () => {
    const agent = mockAgent();
    let error: unknown;
    try {
      createTransport({
        config: testConfig({ tls: { cert: 'client-cert-pem' } }),
        auth: fakeAuth(),
        dispatcher: agent,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      name: 'ConfigError',
      issues: [{ code: 'CONFLICT', key: 'CAMUNDA_MTLS_CERT' }],
    });
  });
});
