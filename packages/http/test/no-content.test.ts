import { afterEach, describe, expect, it } from 'vitest';
import type { AttemptSender, ReceivedResponse } from '../src/attempt-sender.js';
import { createTransport, createTransportCore, type TransportRequest } from '../src/index.js';
import { COMPLETE_JOB, fakeAuth, testConfig } from './support/harness.js';
import { type RunningServer, startHttpServer } from './support/servers.js';

const getTopology: TransportRequest = {
  operationId: 'getTopology',
  method: 'GET',
  pathTemplate: '/topology',
  retrySafe: true,
  expect: { statuses: [200], contentType: 'application/json' },
};

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server that answers completions 204 (no `content-length`, as Camunda does) and topology in chunks. */
async function jobServer(topologyChunks: readonly string[]) {
  const sockets = new Set<unknown>();
  const running = await startHttpServer((req, res) => {
    sockets.add(req.socket);
    if (req.url?.endsWith('/completion')) {
      res.writeHead(204);
      res.end();
      return;
    }
    // Written chunk by chunk, so the answer has no `content-length` (chunked transfer encoding).
    res.writeHead(200, { 'content-type': 'application/json' });
    for (const chunk of topologyChunks) res.write(chunk);
    res.end();
  });
  server = running;
  return { url: running.url, connections: () => sockets.size };
}

describe('answers read whole by the undici sender', () => {
  it('resolves a 204 without a length with no body, and keeps its connection for later calls', async () => {
    const { url, connections } = await jobServer(['{"brokers":', '[]}']);
    const transport = createTransport({ config: testConfig({ restAddress: `${url}/v2` }), auth: fakeAuth() });
    try {
      for (let i = 0; i < 10; i++) {
        await expect(transport.send(COMPLETE_JOB)).resolves.toMatchObject({ status: 204, body: undefined });
      }
      await expect(transport.send(getTopology)).resolves.toMatchObject({
        status: 200,
        body: { brokers: [] },
      });
      // undici's pool may open a second connection while the first is being released; never one per call.
      expect(connections()).toBeLessThanOrEqual(2);
    } finally {
      await transport.close();
    }
  });

  it('joins a body of unknown length that arrives in several chunks', async () => {
    const parts = Array.from({ length: 40 }, (_, i) => `{"id":${i},"pad":"${'y'.repeat(2_000)}"}`);
    const { url } = await jobServer(['{"brokers":[', parts.join(','), ']}']);
    const transport = createTransport({ config: testConfig({ restAddress: `${url}/v2` }), auth: fakeAuth() });
    try {
      const response = await transport.send<{ brokers: Array<{ id: number }> }>(getTopology);
      expect(response.body.brokers.map((b) => b.id)).toEqual(parts.map((_, i) => i));
    } finally {
      await transport.close();
    }
  });

  it('refuses a body of unknown length past the limit, and the next call still gets through', async () => {
    const { url } = await jobServer(['{"brokers":[', `"${'z'.repeat(8_000)}"`, ']}']);
    const transport = createTransport({
      config: testConfig({ restAddress: `${url}/v2`, maxResponseBytes: 4_096 }),
      auth: fakeAuth(),
    });
    try {
      await expect(transport.send(getTopology)).rejects.toMatchObject({ code: 'RESPONSE_TOO_LARGE' });
      await expect(transport.send(COMPLETE_JOB)).resolves.toMatchObject({ status: 204 });
    } finally {
      await transport.close();
    }
  });
});

describe('the core and a sender', () => {
  function senderAnswering(response: ReceivedResponse): AttemptSender {
    return {
      ready: () => undefined,
      prepareForm: async (form) => form,
      send: (attempt) => attempt.respond(response),
      close: async () => {},
    };
  }

  it('hands the sender the configured size limit and maps an oversized answer to RESPONSE_TOO_LARGE', async () => {
    const limits: number[] = [];
    const sender: AttemptSender = {
      ...senderAnswering({ status: 200, headers: {}, body: undefined }),
      send: (attempt) => {
        limits.push(attempt.maxResponseBytes);
        attempt.respond({ status: 200, headers: { 'content-type': 'application/json' }, body: undefined });
      },
    };
    const transport = createTransportCore(
      { config: testConfig({ maxResponseBytes: 1_234 }), auth: fakeAuth() },
      sender,
    );
    await expect(transport.send(getTopology)).rejects.toMatchObject({ code: 'RESPONSE_TOO_LARGE' });
    expect(limits).toEqual([1_234]);
  });

  it('gives a 204 no body even when a sender reports bytes', async () => {
    const transport = createTransportCore(
      { config: testConfig(), auth: fakeAuth() },
      senderAnswering({ status: 204, headers: {}, body: new TextEncoder().encode('ignored') }),
    );
    await expect(transport.send(COMPLETE_JOB)).resolves.toMatchObject({ status: 204, body: undefined });
  });
});
