import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTransport, type HttpError, isHttpError, parseProblemDetail } from '../src/index.js';
import { fakeAuth, mockAgent, ORIGIN, PROBLEM_HEADERS, testConfig } from './support/harness.js';

describe('parseProblemDetail', () => {
  it('keeps the RFC 9457 members and any extension members', () => {
    const text = JSON.stringify({
      type: 'https://docs.camunda.io/problems/invalid',
      title: 'INVALID_ARGUMENT',
      status: 400,
      detail: 'processDefinitionKey is required',
      instance: '/v2/process-instances',
      errors: [{ field: 'processDefinitionKey' }],
    });
    const { problem, body } = parseProblemDetail(400, 'application/problem+json', text);
    expect(problem).toEqual({
      type: 'https://docs.camunda.io/problems/invalid',
      title: 'INVALID_ARGUMENT',
      status: 400,
      detail: 'processDefinitionKey is required',
      instance: '/v2/process-instances',
      errors: [{ field: 'processDefinitionKey' }],
    });
    expect(body).toEqual(JSON.parse(text));
  });

  it('fills type, title and status when the server leaves them out or mistypes them', () => {
    const { problem } = parseProblemDetail(404, 'application/json', '{"detail":"no such job","title":7}');
    expect(problem).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'no such job' });
  });

  it('builds a problem from the status for an empty body', () => {
    expect(parseProblemDetail(503, undefined, '')).toEqual({
      problem: { type: 'about:blank', title: 'Service Unavailable', status: 503 },
      body: undefined,
    });
  });

  it('keeps an HTML page from a proxy as text, out of the problem', () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    expect(parseProblemDetail(502, 'text/html', html)).toEqual({
      problem: { type: 'about:blank', title: 'Bad Gateway', status: 502 },
      body: html,
    });
  });

  it('survives malformed JSON and non-object JSON', () => {
    expect(parseProblemDetail(500, 'application/json', '{"title":')).toEqual({
      problem: { type: 'about:blank', title: 'Internal Server Error', status: 500 },
      body: '{"title":',
    });
    expect(parseProblemDetail(400, 'application/json', '["a"]').body).toEqual(['a']);
    expect(parseProblemDetail(599, 'application/json', '').problem.title).toBe('HTTP 599');
  });
});

describe('HttpError from the transport', () => {
  const agent = mockAgent();
  const pool = agent.get(ORIGIN);
  afterEach(() => agent.assertNoPendingInterceptors());
  afterAll(() => agent.close());
  const transport = createTransport({ config: testConfig(), auth: fakeAuth(), dispatcher: agent });
  const getJob = async (): Promise<HttpError> => {
    const request = {
      operationId: 'getJob',
      pathTemplate: '/jobs/{jobKey}',
      pathParams: { jobKey: 1 },
    } as const;
    const error = await transport.send({ ...request, method: 'GET', retrySafe: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!isHttpError(error)) throw new Error('expected an HttpError');
    return error;
  };

  it('carries status, operation, problem and body, and names them in the message', async () => {
    const problem = {
      type: 'about:blank',
      title: 'NOT_FOUND',
      status: 404,
      detail: 'Job 1 not found',
      instance: '/x',
    };
    pool.intercept({ path: '/v2/jobs/1' }).reply(404, JSON.stringify(problem), { headers: PROBLEM_HEADERS });
    const error = await getJob();
    expect(isHttpError(error)).toBe(true);
    expect(error).toMatchObject({
      status: 404,
      operationId: 'getJob',
      code: 'HTTP_404',
      problem,
      body: problem,
    });
    expect([error.type, error.title, error.detail, error.instance]).toEqual([
      'about:blank',
      'NOT_FOUND',
      'Job 1 not found',
      '/x',
    ]);
    expect(error.message).toBe('getJob failed with HTTP 404 (NOT_FOUND): Job 1 not found');
  });

  it('still yields an HttpError for an empty body', async () => {
    pool.intercept({ path: '/v2/jobs/1' }).reply(403, '');
    const error = await getJob();
    expect(error).toMatchObject({
      name: 'HttpError',
      status: 403,
      problem: { title: 'Forbidden' },
      body: undefined,
    });
    expect(error.message).toBe('getJob failed with HTTP 403 (Forbidden)');
  });

  it('still yields an HttpError for an HTML body from a proxy, without the HTML in the message', async () => {
    const html = '<html><head><title>502</title></head><body>nginx</body></html>';
    pool.intercept({ path: '/v2/jobs/1' }).reply(502, html, { headers: { 'content-type': 'text/html' } });
    const error = await getJob();
    expect(error).toMatchObject({
      name: 'HttpError',
      status: 502,
      problem: { title: 'Bad Gateway' },
      body: html,
    });
    expect(error.message).not.toContain('<html>');
  });

  it('shortens a very long detail in the message but keeps it whole in the problem', async () => {
    const detail = 'x'.repeat(2_000);
    pool.intercept({ path: '/v2/jobs/1' }).reply(400, JSON.stringify({ title: 'INVALID_ARGUMENT', detail }), {
      headers: PROBLEM_HEADERS,
    });
    const error = await getJob();
    expect(error.message.length).toBeLessThan(700);
    expect(error.detail).toBe(detail);
  });
});
