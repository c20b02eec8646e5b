import { afterEach, describe, expect, it, vi } from 'vitest';
import { startConnectProxy } from '../../../tools/build-config/connect-proxy.js';
import { createTransport } from '../src/index.js';
import { fakeAuth, testConfig } from './support/harness.js';
import { startHttpServer } from './support/servers.js';

const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  vi.unstubAllEnvs();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const topology = {
  operationId: 'getTopology',
  method: 'GET',
  pathTemplate: '/topology',
  retrySafe: true,
} as const;

async function setup(env: Record<string, string>) {
  const server = await startHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"brokers":[]}');
  });
  cleanups.push(() => server.close());
  const proxy = await startConnectProxy();
  cleanups.push(() => proxy.close());
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value.replace('$PROXY', proxy.url));
  const transport = createTransport({
    config: testConfig({ restAddress: `${server.url}/v2` }),
    auth: fakeAuth(),
  });
  cleanups.push(() => transport.close());
  return { server, proxy, transport };
}

describe('the transport and HTTP(S)_PROXY', () => {
  it('sends API calls through the proxy the environment names', async () => {
    const { server, proxy, transport } = await setup({ HTTP_PROXY: '$PROXY', NO_PROXY: '' });
    await expect(transport.send(topology)).resolves.toMatchObject({ status: 200, body: { brokers: [] } });
    expect(proxy.tunnels).toEqual([new URL(server.url).host]);
  });

  it('goes direct when NO_PROXY names the cluster host', async () => {
    const { proxy, transport } = await setup({ HTTP_PROXY: '$PROXY', NO_PROXY: 'example.org,127.0.0.1' });
    await expect(transport.send(topology)).resolves.toMatchObject({ status: 200 });
    expect(proxy.tunnels).toEqual([]);
  });
});
