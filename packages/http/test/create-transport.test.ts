import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTransport, type Transport, USER_AGENT } from '../src/index.js';
import { fakeAuth, JSON_HEADERS, mockAgent, ORIGIN, testConfig } from './support/harness.js';
import { startHttpServer } from './support/servers.js';

describe('createTransport', () => {
  const agent = mockAgent();
  const pool = agent.get(ORIGIN);
  let transport: Transport | undefined;
  afterEach(async () => {
    await transport?.close();
    agent.assertNoPendingInterceptors();
  });
  afterAll(() => agent.close());

  function make() {
    transport = createTransport({ config: testConfig(), auth: fakeAuth(['abc']), dispatcher: agent });
    return transport;
  }

  it('sends to restAddress + filled template + query, with credentials and user-agent, and decodes JSON', async () => {
    let seen: Record<string, string> = {};
    pool
      .intercept({
        path: '/v2/process-instances/2251799813685249/call-hierarchy?a=1&b=x&b=y%20z',
        method: 'GET',
      })
      .reply((opts) => {
        seen = opts.headers as Record<string, string>;
        return {
          statusCode: 200,
          data: JSON.stringify([{ name: 'p' }]),
          responseOptions: { headers: JSON_HEADERS },
        };
      });
    const response = await make().send<{ name: string }[]>({
      operationId: 'getProcessInstanceCallHierarchy',
      method: 'GET',
      pathTemplate: '/process-instances/{processInstanceKey}/call-hierarchy',
      pathParams: { processInstanceKey: '2251799813685249' },
      query: { a: 1, b: ['x', 'y z'], skipped: undefined, alsoSkipped: null },
      retrySafe: true,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual([{ name: 'p' }]);
    expect(response.headers['content-type']).toBe('application/json');
    expect(seen.authorization).toBe('Bearer abc');
    expect(seen['user-agent']).toBe(USER_AGENT);
    expect(seen.accept).toContain('application/json');
  });

  it('encodes path parameters', async () => {
    pool.intercept({ path: '/v2/documents/a%2Fb%20c', method: 'DELETE' }).reply(204, '');
    const response = await make().send({
      operationId: 'deleteDocument',
      method: 'DELETE',
      pathTemplate: '/documents/{documentId}',
      pathParams: { documentId: 'a/b c' },
      retrySafe: true,
    });
    expect(response).toMatchObject({ status: 204, body: undefined });
  });

  it('rejects a missing path parameter, naming the operation and parameter', async () => {
    await expect(
      make().send({ operationId: 'getJob', method: 'GET', pathTemplate: '/jobs/{jobKey}', retrySafe: true }),
    ).rejects.toThrow(/getJob: path parameter "jobKey" is missing/);
  });

  it('serialises a JSON body with a JSON content type', async () => {
    let body = '';
    let contentType = '';
    pool.intercept({ path: '/v2/process-instances', method: 'POST' }).reply((opts) => {
      body = String(opts.body);
      contentType = (opts.headers as Record<string, string>)['content-type'] ?? '';
      return {
        statusCode: 200,
        data: '{"processInstanceKey":"1"}',
        responseOptions: { headers: JSON_HEADERS },
      };
    });
    const response = await make().send({
      operationId: 'createProcessInstance',
      method: 'POST',
      pathTemplate: '/process-instances',
      body: { processDefinitionId: 'order', variables: { n: 1 } },
      retrySafe: false,
    });
    expect(JSON.parse(body)).toEqual({ processDefinitionId: 'order', variables: { n: 1 } });
    expect(contentType).toBe('application/json');
    expect(response.body).toEqual({ processInstanceKey: '1' });
  });

  it('sends a raw body with the request content type, and a custom accept', async () => {
    let seen: Record<string, string> = {};
    let body = '';
    pool.intercept({ path: '/v2/raw', method: 'PUT' }).reply((opts) => {
      seen = opts.headers as Record<string, string>;
      body = String(opts.body);
      return { statusCode: 200, data: '<a/>', responseOptions: { headers: { 'content-type': 'text/xml' } } };
    });
    const response = await make().send({
      operationId: 'putRaw',
      method: 'PUT',
      pathTemplate: '/raw',
      body: 'plain text',
      contentType: 'text/plain',
      accept: 'text/xml',
      retrySafe: true,
    });
    expect(seen['content-type']).toBe('text/plain');
    expect(seen.accept).toBe('text/xml');
    expect(body).toBe('plain text');
    expect(response.body).toBe('<a/>');
  });

  it('sends JSON bodies as JSON.stringify would, the empty object and toJSON included', async () => {
    const bodies: string[] = [];
    pool
      .intercept({ path: '/v2/echo', method: 'POST' })
      .reply((opts) => {
        bodies.push(String(opts.body));
        return { statusCode: 204, data: '' };
      })
      .times(4);
    const t = make();
    const echo = (body: unknown) =>
      t.send({ operationId: 'echo', method: 'POST', pathTemplate: '/echo', body, retrySafe: true });
    const withToJson = Object.defineProperty({}, 'toJSON', { value: () => ({ replaced: true }) });
    const inherited = Object.create({ inheritedField: 1 }) as object;
    for (const body of [{}, withToJson, inherited, { jobKey: undefined, variables: { a: 1 } }])
      await echo(body);
    expect(bodies).toEqual(['{}', '{"replaced":true}', '{}', '{"variables":{"a":1}}']);
  });

  it('returns bytes for a binary answer and undefined for an empty one', async () => {
    pool
      .intercept({ path: '/v2/documents/d1', method: 'GET' })
      .reply(200, Buffer.from([1, 2, 3]), { headers: { 'content-type': 'application/octet-stream' } });
    pool.intercept({ path: '/v2/empty', method: 'POST' }).reply(200, '', { headers: JSON_HEADERS });
    const t = make();
    const bytes = await t.send({
      operationId: 'getDocument',
      method: 'GET',
      pathTemplate: '/documents/{documentId}',
      pathParams: { documentId: 'd1' },
      retrySafe: true,
    });
    // A plain Uint8Array, not the Buffer undici reads into.
    expect(bytes.body).toEqual(new Uint8Array([1, 2, 3]));
    const empty = await t.send({
      operationId: 'empty',
      method: 'POST',
      pathTemplate: '/empty',
      retrySafe: false,
    });
    expect(empty.body).toBeUndefined();
  });

  it('turns malformed JSON in a success answer into an HttpError', async () => {
    pool.intercept({ path: '/v2/topology', method: 'GET' }).reply(200, '{oops', { headers: JSON_HEADERS });
    await expect(
      make().send({ operationId: 'getTopology', method: 'GET', pathTemplate: '/topology', retrySafe: true }),
    ).rejects.toMatchObject({ name: 'HttpError', status: 200, code: 'INVALID_RESPONSE_BODY' });
  });

  it('refuses calls after close and leaves an injected dispatcher open', async () => {
    const t = make();
    await t.close();
    await expect(
      t.send({ operationId: 'getTopology', method: 'GET', pathTemplate: '/topology', retrySafe: true }),
    ).rejects.toMatchObject({ name: 'NetworkError', code: 'TRANSPORT_CLOSED' });
    pool.intercept({ path: '/v2/topology', method: 'GET' }).reply(200, '{}', { headers: JSON_HEADERS });
    const again = createTransport({ config: testConfig(), auth: fakeAuth(), dispatcher: agent });
    await expect(
      again.send({ operationId: 'getTopology', method: 'GET', pathTemplate: '/topology', retrySafe: true }),
    ).resolves.toMatchObject({ status: 200 });
    await again.close();
  });
});

describe('response headers from the undici sender', () => {
  it('lower-cases names, joins a repeated header into an array, reads bytes as latin1, and keeps __proto__ as data', async () => {
    const server = await startHttpServer((_req, res) => {
      res.setHeader('X-Repeated', ['one', 'two']);
      res.setHeader('X-Latin', 'caf\u00e9');
      res.setHeader('__proto__', 'plain');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
    const transport = createTransport({
      config: testConfig({ restAddress: `${server.url}/v2` }),
      auth: fakeAuth(),
    });
    try {
      const { headers } = await transport.send({
        operationId: 'getTopology',
        method: 'GET',
        pathTemplate: '/topology',
        retrySafe: true,
      });
      expect(headers['content-type']).toBe('application/json');
      expect(headers['x-repeated']).toEqual(['one', 'two']);
      expect(headers['x-latin']).toBe('caf\u00e9');
      expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(headers, '__proto__')?.value).toBe('plain');
    } finally {
      await transport.close();
      await server.close();
    }
  });
});
