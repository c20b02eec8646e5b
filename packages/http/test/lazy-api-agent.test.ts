import type { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createLazyApiAgent, createTransport, type LazyApiAgent } from '../src/index.js';
import { fakeAuth, testConfig } from './support/harness.js';
import { type RunningServer, startHttpServer } from './support/servers.js';

describe('createLazyApiAgent', () => {
  let server: RunningServer | undefined;
  let agent: LazyApiAgent | undefined;
  afterEach(async () => {
    await agent?.destroy();
    await server?.close();
    server = undefined;
    agent = undefined;
  });

  it('creates one Agent, however many callers ask at once or later', async () => {
    agent = createLazyApiAgent(testConfig());
    const [first, second] = await Promise.all([agent.get(), agent.get()]);
    expect(second).toBe(first);
    expect(await agent.get()).toBe(first);
    expect((first as Agent).destroyed).toBe(false);
  });

  it('destroys the Agent it created, and refuses to hand one out afterwards', async () => {
    agent = createLazyApiAgent(testConfig());
    const created = await agent.get();
    await Promise.all([agent.destroy(), agent.destroy()]);
    expect((created as Agent).destroyed).toBe(true);
    await expect(agent.get()).rejects.toThrow(/destroyed/);
  });

  it('destroys nothing when no Agent was ever asked for', async () => {
    agent = createLazyApiAgent(testConfig());
    await expect(agent.destroy()).resolves.toBeUndefined();
    await expect(agent.get()).rejects.toThrow(/destroyed/);
  });

  it('is shared by transports, which leave it open when they close', async () => {
    let served = 0;
    server = await startHttpServer((_req, res) => {
      served++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    const config = testConfig({ restAddress: `${server.url}/v2` });
    agent = createLazyApiAgent(config);
    const request = {
      operationId: 'getTopology',
      method: 'GET',
      pathTemplate: '/topology',
      retrySafe: true,
    } as const;
    const first = createTransport({ config, auth: fakeAuth(), agent });
    await first.send(request);
    await first.close();
    const pool = await agent.get();
    expect((pool as Agent).destroyed).toBe(false);
    const second = createTransport({ config, auth: fakeAuth(), agent });
    await expect(second.send(request)).resolves.toMatchObject({ status: 200 });
    await second.close();
    expect(served).toBe(2);
    expect(await agent.get()).toBe(pool);
    expect((pool as Agent).destroyed).toBe(false);
  });

  it('lets a transport that owns its pool close before any request', async () => {
    const transport = createTransport({ config: testConfig(), auth: fakeAuth() });
    await expect(transport.close()).resolves.toBeUndefined();
    await expect(
      transport.send({
        operationId: 'getTopology',
        method: 'GET',
        pathTemplate: '/topology',
        retrySafe: true,
      }),
    ).rejects.toMatchObject({ name: 'NetworkError', code: 'TRANSPORT_CLOSED' });
  });
});
