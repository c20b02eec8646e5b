import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { Secret } from '@camunda-ts/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransport, isNetworkError, type Transport, type TransportRequest } from '../src/index.js';
import { type ConfigPatch, fakeAuth, testConfig } from './support/harness.js';

const topology: TransportRequest = {
  operationId: 'getTopology',
  method: 'GET',
  pathTemplate: '/topology',
  retrySafe: true,
};
const KEY_PASSPHRASE = 'client key passphrase';

interface Pki {
  readonly ca: string;
  readonly serverCert: string;
  readonly serverKey: string;
  readonly clientCert: string;
  /** Encrypted with KEY_PASSPHRASE. */
  readonly clientKey: string;
}

/** A throwaway CA with a server certificate for 127.0.0.1 and a client certificate, made with openssl. */
function makePki(dir: string): Pki {
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'];
  run(
    'req',
    '-x509',
    ...ec,
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    '-subj',
    '/CN=camunda-ts test CA',
  );
  writeFileSync(
    join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
  );
  run('req', ...ec, '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  run(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.crt',
    '-days',
    '2',
    '-extfile',
    'server.ext',
  );
  writeFileSync(join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  run(
    'req',
    ...ec,
    '-keyout',
    'client.key',
    '-passout',
    `pass:${KEY_PASSPHRASE}`,
    '-out',
    'client.csr',
    '-subj',
    '/CN=camunda-ts client',
  );
  run(
    'x509',
    '-req',
    '-in',
    'client.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'client.crt',
    '-days',
    '2',
    '-extfile',
    'client.ext',
  );
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    ca: read('ca.crt'),
    serverCert: read('server.crt'),
    serverKey: read('server.key'),
    clientCert: read('client.crt'),
    clientKey: read('client.key'),
  };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `https://127.0.0.1:${(server.address() as { port: number }).port}/v2`;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

describe('TLS on API calls (real node:https servers)', () => {
  let dir: string;
  let pki: Pki;
  let plain: Server;
  let mutual: Server;
  let plainUrl: string;
  let mutualUrl: string;
  const transports: Transport[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'camunda-ts-http-tls-'));
    pki = makePki(dir);
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      const peer = (req.socket as TLSSocket).getPeerCertificate();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ clientCN: peer?.subject?.CN ?? null }));
    };
    plain = createServer({ cert: pki.serverCert, key: pki.serverKey }, handler);
    mutual = createServer(
      { cert: pki.serverCert, key: pki.serverKey, ca: pki.ca, requestCert: true, rejectUnauthorized: true },
      handler,
    );
    plainUrl = await listen(plain);
    mutualUrl = await listen(mutual);
  });

  afterAll(async () => {
    for (const transport of transports) await transport.close();
    await Promise.all([close(plain), close(mutual)]);
    rmSync(dir, { recursive: true, force: true });
  });

  function transport(restAddress: string, tls: ConfigPatch['tls']) {
    const created = createTransport({
      config: testConfig({ restAddress, ...(tls && { tls }) }),
      auth: fakeAuth(),
    });
    transports.push(created);
    return created;
  }

  it('rejects a server signed by an unknown CA', async () => {
    const error = await transport(plainUrl, {})
      .send(topology, { retry: false })
      .catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect((error as { code: string }).code).toMatch(/CERT|SIGNATURE|ISSUER/);
  });

  it('trusts the server once the custom CA is configured', async () => {
    const response = await transport(plainUrl, { ca: pki.ca }).send(topology);
    expect(response).toMatchObject({ status: 200, body: { clientCN: null } });
  });

  it('fails against a server that requires a client certificate when none is configured', async () => {
    const error = await transport(mutualUrl, { ca: pki.ca })
      .send(topology, { retry: false })
      .catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
  });

  it('presents the client certificate (encrypted key, passphrase) on API calls: mTLS', async () => {
    const api = transport(mutualUrl, {
      ca: pki.ca,
      cert: pki.clientCert,
      key: new Secret(pki.clientKey),
      passphrase: new Secret(KEY_PASSPHRASE),
    });
    const first = await api.send<{ clientCN: string }>(topology);
    const second = await api.send<{ clientCN: string }>({
      ...topology,
      operationId: 'getStatus',
      pathTemplate: '/status',
    });
    expect(first.body.clientCN).toBe('camunda-ts client');
    expect(second.body.clientCN).toBe('camunda-ts client');
  });
});
