import { afterEach, describe, expect, it } from 'vitest';
import { createTransport, type Transport } from '../src/index.js';
import { fakeAuth, fakeClock, testConfig } from './support/harness.js';
import { type RunningServer, startHttpServer } from './support/servers.js';

describe('multipart and connection reuse (real node:http server)', () => {
  let server: RunningServer | undefined;
  let transport: Transport | undefined;
  afterEach(async () => {
    await transport?.close();
    await server?.close();
  });

  it('sends a FormData body as multipart, again on a retry', async () => {
    const received: { contentType: string; body: string }[] = [];
    server = await startHttpServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({
          contentType: req.headers['content-type'] ?? '',
          body: Buffer.concat(chunks).toString(),
        });
        res.writeHead(received.length === 1 ? 503 : 200, { 'content-type': 'application/json' });
        res.end(received.length === 1 ? '' : '{"deploymentKey":"1"}');
      });
    });
    transport = createTransport({
      config: testConfig({ restAddress: `${server.url}/v2` }),
      auth: fakeAuth(),
      clock: fakeClock(),
    });
    const form = new FormData();
    form.append('resources', new Blob(['<bpmn:definitions/>'], { type: 'application/xml' }), 'order.bpmn');
    form.append('tenantId', '<default>');
    const response = await transport.send({
      operationId: 'createDeployment',
      method: 'POST',
      pathTemplate: '/deployments',
      body: form,
      retrySafe: false,
    });
    expect(response.body).toEqual({ deploymentKey: '1' });
    expect(received).toHaveLength(2);
    for (const { contentType, body } of received) {
      expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
      expect(body).toContain('filename="order.bpmn"');
      expect(body).toContain('<bpmn:definitions/>');
      expect(body).toContain('<default>');
    }
  });

  it('keeps connections alive across calls', async () => {
    const ports = new Set<number>();
    server = await startHttpServer((req, res) => {
      ports.add(req.socket.remotePort ?? 0);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    transport = createTransport({
      config: testConfig({ restAddress: `${server.url}/v2` }),
      auth: fakeAuth(),
    });
    for (let i = 0; i < 10; i++) {
      await transport.send({
        operationId: 'getTopology',
        method: 'GET',
        pathTemplate: '/topology',
        retrySafe: true,
      });
    }
    // undici may open a second socket while the first finishes its previous answer; never one per call.
    expect(ports.size).toBeLessThanOrEqual(2);
  });

  it('close() waits for calls in flight, then refuses new ones', async () => {
    const events: string[] = [];
    let answer = () => {};
    let arrived = () => {};
    const received = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    server = await startHttpServer((_req, res) => {
      answer = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"done":true}');
      };
      arrived();
    });
    const api = createTransport({
      config: testConfig({ restAddress: `${server.url}/v2` }),
      auth: fakeAuth(),
    });
    transport = api;
    const call = api
      .send({ operationId: 'getTopology', method: 'GET', pathTemplate: '/topology', retrySafe: true })
      .then(() => events.push('call settled'));
    await received;
    const closing = api.close().then(() => events.push('closed'));
    await expect(
      api.send({ operationId: 'getStatus', method: 'GET', pathTemplate: '/status', retrySafe: true }),
    ).rejects.toMatchObject({ code: 'TRANSPORT_CLOSED' });
    answer();
    await Promise.all([call, closing]);
    expect(events).toEqual(['call settled', 'closed']);
  });
});
