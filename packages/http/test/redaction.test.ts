import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import type { Logger } from '@camunda-ts/types';
import { pino } from 'pino';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  createTransport,
  REDACT_PATHS,
  redactBody,
  redactHeaders,
  type TransportRequest,
} from '../src/index.js';
import { fakeAuth, fakeClock, JSON_HEADERS, mockAgent, ORIGIN, testConfig } from './support/harness.js';

const SECRETS = [
  'SECRET-TOKEN-1',
  'SECRET-TOKEN-2',
  'SECRET-CLIENT',
  'SECRET-PW',
  'SECRET-NESTED',
  'SECRET-ANSWER',
  'SECRET-COOKIE',
];

const request: TransportRequest = {
  operationId: 'createProcessInstance',
  method: 'POST',
  pathTemplate: '/process-instances',
  body: {
    processDefinitionId: 'order',
    variables: {
      clientSecret: 'SECRET-CLIENT',
      password: 'SECRET-PW',
      nested: { access_token: 'SECRET-NESTED' },
    },
  },
  retrySafe: false,
};

describe('redaction in logs', () => {
  const agent = mockAgent();
  const pool = agent.get(ORIGIN);
  afterEach(() => agent.assertNoPendingInterceptors());
  afterAll(() => agent.close());

  function script() {
    pool.intercept({ path: '/v2/process-instances', method: 'POST' }).reply(401, '', {});
    pool.intercept({ path: '/v2/process-instances', method: 'POST' }).reply(429, '', {});
    pool
      .intercept({ path: '/v2/process-instances', method: 'POST' })
      .replyWithError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
  }

  async function exercise(logger: Logger) {
    const transport = createTransport({
      config: testConfig({ logLevel: 'silly' }),
      auth: fakeAuth(['SECRET-TOKEN-1', 'SECRET-TOKEN-2']),
      dispatcher: agent,
      logger,
      clock: fakeClock(),
    });
    script();
    await expect(transport.send(request)).rejects.toMatchObject({ name: 'NetworkError' });
    pool
      .intercept({ path: '/v2/process-instances', method: 'POST' })
      .reply(
        200,
        JSON.stringify({ processInstanceKey: '1', token: 'SECRET-ANSWER', refresh_token: 'SECRET-ANSWER' }),
        { headers: { ...JSON_HEADERS, 'set-cookie': 'session=SECRET-COOKIE' } },
      );
    await transport.send(request);
  }

  it('writes no token or secret through pino at trace level (silly config), with the exported redact paths', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ level: 'trace', redact: [...REDACT_PATHS] }, sink);
    await exercise(logger);
    const output = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    expect(output).toContain('"operationId":"createProcessInstance"');
    expect(output).toContain('http.request');
    expect(output).toContain('processDefinitionId');
    for (const secret of SECRETS) expect(output).not.toContain(secret);
  });

  it('redacts by itself, for any logger: nothing secret in the fields handed over', async () => {
    const records: unknown[] = [];
    const capture = (fields: Record<string, unknown>, message?: string) => records.push({ fields, message });
    await exercise({ trace: capture, debug: capture, info: capture, warn: capture, error: capture });
    const dump = `${JSON.stringify(records)}\n${inspect(records, { depth: null })}`;
    expect(records.length).toBeGreaterThan(5);
    for (const secret of SECRETS) expect(dump).not.toContain(secret);
  });

  it('logs each response at debug with operation, status and duration, and headers only at trace', async () => {
    const records: { level: string; fields: Record<string, unknown>; message: string | undefined }[] = [];
    const at = (level: string) => (fields: Record<string, unknown>, message?: string) =>
      records.push({ level, fields, message });
    const transport = createTransport({
      config: testConfig({ logLevel: 'debug' }),
      auth: fakeAuth(),
      dispatcher: agent,
      logger: {
        trace: at('trace'),
        debug: at('debug'),
        info: at('info'),
        warn: at('warn'),
        error: at('error'),
      },
    });
    pool
      .intercept({ path: '/v2/process-instances', method: 'POST' })
      .reply(200, '{}', { headers: JSON_HEADERS });
    await transport.send(request);
    const response = records.find((r) => r.message === 'http.response');
    expect(response?.level).toBe('debug');
    expect(response?.fields).toMatchObject({
      operationId: 'createProcessInstance',
      method: 'POST',
      status: 200,
      attempt: 1,
    });
    expect(typeof response?.fields.durationMs).toBe('number');
    expect(records.some((r) => r.level === 'trace')).toBe(false);
  });

  it('asks pino whether a level is on, so nothing is built for a silent logger', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ level: 'info' }, sink);
    const transport = createTransport({
      config: testConfig({ logLevel: 'trace' }),
      auth: fakeAuth(),
      dispatcher: agent,
      logger,
    });
    pool
      .intercept({ path: '/v2/process-instances', method: 'POST' })
      .reply(200, '{}', { headers: JSON_HEADERS });
    await transport.send(request);
    expect(lines).toEqual([]);
  });
});

describe('redaction helpers', () => {
  it('masks credential headers whatever their case', () => {
    expect(
      redactHeaders({
        Authorization: 'Bearer x',
        cookie: 'a=b',
        'X-Api-Key': 'k',
        accept: 'application/json',
      }),
    ).toEqual({
      Authorization: '[REDACTED]',
      cookie: '[REDACTED]',
      'X-Api-Key': '[REDACTED]',
      accept: 'application/json',
    });
  });

  it('masks token and secret members at any depth and keeps the rest', () => {
    expect(
      redactBody({
        a: 1,
        list: [{ client_secret: 's' }],
        deep: { accessToken: 't', 'api-key': 'k', keep: 'v' },
      }),
    ).toEqual({
      a: 1,
      list: [{ client_secret: '[REDACTED]' }],
      deep: { accessToken: '[REDACTED]', 'api-key': '[REDACTED]', keep: 'v' },
    });
    expect(redactBody('plain')).toBe('plain');
  });

  it('gives pino paths that it accepts and applies', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ level: 'info', redact: [...REDACT_PATHS] }, sink);
    logger.info({
      headers: { authorization: 'Bearer LEAK-1' },
      client_secret: 'LEAK-2',
      req: { password: 'LEAK-3' },
    });
    expect(lines.join('')).not.toMatch(/LEAK-/);
  });
});
