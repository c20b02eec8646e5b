import { afterEach, describe, expect, it } from 'vitest';
import { type ObservedRequest, startTestEngine, type TestEngine } from '../src/index.js';

describe('onRequest observer', () => {
  let engine: TestEngine | undefined;
  afterEach(async () => {
    await engine?.stop();
    engine = undefined;
  });

  it('sees each API request with its operation and headers, credentials left out', async () => {
    const seen: ObservedRequest[] = [];
    engine = await startTestEngine({ auth: 'basic', onRequest: (request) => seen.push(request) });
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const res = await fetch(`${engine.restAddress}/topology?probe=1`, {
      headers: {
        traceparent,
        authorization: `Basic ${Buffer.from('demo:demo').toString('base64')}`,
        cookie: 'session=secret',
      },
    });
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ operationId: 'getTopology', method: 'GET', url: '/v2/topology?probe=1' });
    expect(seen[0]?.headers.traceparent).toBe(traceparent);
    expect(seen[0]?.headers).not.toHaveProperty('authorization');
    expect(seen[0]?.headers).not.toHaveProperty('cookie');
  });

  it('observes requests that are then refused, and a throwing observer changes no answer', async () => {
    const operations: string[] = [];
    engine = await startTestEngine({
      auth: 'basic',
      onRequest: (request) => {
        operations.push(request.operationId);
        throw new Error('probe bug');
      },
    });
    const unauthorized = await fetch(`${engine.restAddress}/topology`);
    await unauthorized.arrayBuffer();
    const unknown = await fetch(`${engine.restAddress}/no-such-path`);
    await unknown.arrayBuffer();
    expect([unauthorized.status, unknown.status]).toEqual([401, 404]);
    // Only requests matched to an operation are observed.
    expect(operations).toEqual(['getTopology']);
  });
});
