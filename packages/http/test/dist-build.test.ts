import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distEntry, probeDist } from '../../../tools/build-config/dist-probe.js';
import { testConfig } from './support/harness.js';
import { type RunningServer, startHttpServer } from './support/servers.js';

let server: RunningServer;
let requests: { path: string; contentType: string }[];

beforeAll(async () => {
  requests = [];
  server = await startHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '' });
      const multipart = Buffer.concat(chunks).toString().includes('filename="order.bpmn"');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ path: req.url, multipart }));
    });
  });
});

afterAll(async () => {
  await server.close();
});

/** Child-process prelude: a transport to the test server with no credentials. */
function transportScript(): string {
  const config = JSON.stringify(testConfig({ restAddress: `${server.url}/v2` }));
  return `
const auth = { kind: 'none', headers: async () => ({}), invalidate() {} };
const config = ${config};
const getTopology = { operationId: 'getTopology', method: 'GET', pathTemplate: '/topology', retrySafe: true };`;
}

describe.each(['esm', 'cjs'] as const)('built %s output', (format) => {
  it('is present (run `pnpm build` before the tests)', () => {
    expect(existsSync(distEntry(format))).toBe(true);
  });

  it('loads without loading undici', async () => {
    const result = await probeDist(
      format,
      `report({ createTransport: typeof pkg.createTransport, undici: loaded('undici') });`,
    );
    expect(result).toEqual({ createTransport: 'function', undici: false });
  });

  it('loads undici on the first send, then answers JSON and multipart calls', async () => {
    const result = await probeDist(
      format,
      `${transportScript()}
const transport = pkg.createTransport({ config, auth });
const beforeSend = loaded('undici');
const topology = await transport.send(getTopology);
const form = new FormData();
form.append('resources', new Blob(['<bpmn:definitions/>']), 'order.bpmn');
const deployment = await transport.send({
  operationId: 'createDeployment', method: 'POST', pathTemplate: '/deployments', body: form, retrySafe: false,
});
await transport.close();
report({ beforeSend, afterSend: loaded('undici'), topology: topology.body, deployment: deployment.body });`,
    );
    expect(result).toEqual({
      beforeSend: false,
      afterSend: true,
      topology: { path: '/v2/topology', multipart: false },
      deployment: { path: '/v2/deployments', multipart: true },
    });
    expect(requests.at(-1)?.contentType).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('closes before any request without loading undici, and refuses calls afterwards', async () => {
    const result = await probeDist(
      format,
      `${transportScript()}
const transport = pkg.createTransport({ config, auth });
await transport.close();
const error = await transport.send(getTopology).catch((e) => e);
report({ code: error.code, undici: loaded('undici') });`,
    );
    expect(result).toEqual({ code: 'TRANSPORT_CLOSED', undici: false });
  });

  it('sends through an injected dispatcher without loading undici or creating an Agent', async () => {
    const result = await probeDist(
      format,
      `${transportScript()}
const paths = [];
const dispatcher = {
  dispatch: ({ path }, handler) => {
    paths.push(path);
    setImmediate(() => {
      handler.onConnect(() => {});
      handler.onHeaders(200, [Buffer.from('content-type'), Buffer.from('application/json')], () => {}, 'OK');
      handler.onData(Buffer.from('{"ok":true}'));
      handler.onComplete([]);
    });
    return true;
  },
  destroy: async () => { throw new Error('an injected dispatcher is the caller\\'s to close'); },
};
const transport = pkg.createTransport({ config, auth, dispatcher });
const response = await transport.send(getTopology);
await transport.close();
report({ body: response.body, paths, undici: loaded('undici') });`,
    );
    expect(result).toEqual({ body: { ok: true }, paths: ['/v2/topology'], undici: false });
  });
});
