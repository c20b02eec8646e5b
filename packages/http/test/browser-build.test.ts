import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserBuildFindings, browserEntry } from '../../../tools/build-config/dist-probe.js';
import type * as HttpModule from '../src/index.js';
import { fakeAuth, testConfig } from './support/harness.js';
import { type RunningServer, startHttpServer } from './support/servers.js';

async function browserBuild(): Promise<typeof HttpModule> {
  return (await import(pathToFileURL(browserEntry()).href)) as typeof HttpModule;
}

describe('browser build', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      if (req.url === '/v2/topology') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ gatewayVersion: '8.10.0' }));
        return;
      }
      res.writeHead(404, { 'content-type': 'application/problem+json' });
      res.end('{}');
    });
  });
  afterAll(() => server.close());

  it('contains no Node built-in, undici or process access', () => {
    expect(browserBuildFindings()).toEqual([]);
  });

  it('makes createTransport send with fetch, with problem details titled without node:http', async () => {
    const { createTransport, isHttpError } = await browserBuild();
    const transport = createTransport({
      config: testConfig({ restAddress: `${server.url}/v2` }),
      auth: fakeAuth(),
    });
    const answer = await transport.send({
      operationId: 'getTopology',
      method: 'GET',
      pathTemplate: '/topology',
      retrySafe: true,
    });
    expect(answer.body).toEqual({ gatewayVersion: '8.10.0' });
    const error = await transport
      .send({ operationId: 'getLicense', method: 'GET', pathTemplate: '/license', retrySafe: true })
      .catch((e: unknown) => e);
    expect(isHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: 404, title: 'Not Found' });
    await transport.close();
  });
});
