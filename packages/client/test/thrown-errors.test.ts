import { createOAuthProvider } from '@camunda-ts/auth';
import { createBackpressureGate } from '@camunda-ts/backpressure';
import { resolveConfig } from '@camunda-ts/config';
import { createTransport } from '@camunda-ts/http';
import { isCamundaError, ProcessInstanceKey } from '@camunda-ts/types';
import { MockAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CamundaClient } from '../src/camunda-client.js';
import { type LocalServer, startLocalServer } from './local-server.js';

/** What a public throw site produced: a thrown value (sync or async) or a resolved value. */
async function outcome(run: () => unknown): Promise<{ thrown: boolean; value: unknown }> {
  try {
    return { thrown: false, value: await run() };
  } catch (error) {
    return { thrown: true, value: error };
  }
}

let server: LocalServer;
const clients: CamundaClient[] = [];

beforeAll(async () => {
  // Answers like a login proxy in front of the cluster: a redirect to an HTML page, or the page itself.
  server = await startLocalServer((request, response) => {
    if (request.url?.includes('/topology')) {
      response.writeHead(302, { location: 'https://sso.example/login', 'content-type': 'text/html' });
      response.end('<html>login</html>');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<html>login</html>');
  });
});

afterAll(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await server.close();
});

function client(config: Record<string, string> = {}): CamundaClient {
  const created = new CamundaClient({
    config: { CAMUNDA_REST_ADDRESS: `${server.url}/v2`, CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: '1', ...config },
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
  clients.push(created);
  return created;
}

const controller = new AbortController();
controller.abort();

/** Every public way to fail, each expected to throw or reject with a camunda-ts error. */
const THROW_SITES: Record<string, () => unknown> = {
  'resolveConfig with a bad value': () => resolveConfig({ env: { CAMUNDA_SDK_HTTP_TIMEOUT_MS: 'soon' } }),
  'a client with a dispatcher and a CA': () =>
    new CamundaClient({
      dispatcher: new MockAgent(),
      config: { CAMUNDA_CA_CERT: '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n' },
    }),
  'a path parameter ".."': () =>
    client().unassignUserFromTenant({ tenantId: '..', username: 'bob' } as never),
  'a missing path parameter': () => client().getProcessInstance({} as never),
  'a redirect to a login page': () => client().getTopology(),
  'an HTML page where JSON is documented': () => client().searchProcessInstances({}),
  'an aborted call': () => client().getTopology(undefined, { signal: controller.signal }),
  'a call on a closed client': async () => {
    const closed = client();
    await closed.close();
    return closed.getTopology();
  },
  'a deployment of a missing file': () => client().deployResourcesFromFiles(['/nonexistent/order.bpmn']),
  'a deployment of no files': () => client().deployResourcesFromFiles([]),
  'a malformed semantic key': () => ProcessInstanceKey.of('not-a-key'),
  'bad backpressure options': () => createBackpressureGate({ floor: 0 }),
  'acquiring from a closed gate': () => {
    const gate = createBackpressureGate();
    gate.close();
    return gate.acquire({ operation: 'createProcessInstance' });
  },
  'acquiring with an aborted signal': () =>
    createBackpressureGate().acquire({ operation: 'x', signal: controller.signal }),
  'an OAuth provider with a bad URL': () =>
    createOAuthProvider({ url: 'nope', clientId: 'c', clientSecret: 's' }),
  'an OAuth provider with no client id': () =>
    createOAuthProvider({ url: 'https://idp.example/token', clientId: '', clientSecret: 's' }),
  'OAuth without credentials': () => new CamundaClient({ config: { CAMUNDA_AUTH_STRATEGY: 'OAUTH' } }),
  'a transport request with an empty path parameter': () =>
    createTransport({
      config: resolveConfig({ env: {} }),
      auth: { kind: 'none', headers: async () => ({}), invalidate() {} } as never,
      dispatcher: new MockAgent(),
    }).send({
      operationId: 'getJob',
      method: 'GET',
      pathTemplate: '/jobs/{jobKey}',
      pathParams: { jobKey: '' },
      retrySafe: true,
    }),
};

describe('every public throw site throws one of ours', () => {
  it('never a bare DOMException, TypeError or RangeError', async () => {
    const foreign: string[] = [];
    for (const [site, run] of Object.entries(THROW_SITES)) {
      const { thrown, value } = await outcome(run);
      if (!thrown) foreign.push(`${site}: did not throw`);
      else if (!isCamundaError(value)) {
        foreign.push(`${site}: ${(value as Error)?.name}: ${(value as Error)?.message}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});
