import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startTestEngine, type TestEngine } from '@camunda-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_VERSION } from '../src/client-version.js';
import { type DoctorReport, runDoctor } from '../src/doctor.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/doctor/${name}`, import.meta.url));

async function doctor(env: Record<string, string>): Promise<{ report: DoctorReport; output: string }> {
  const lines: string[] = [];
  const report = await runDoctor({ env, out: (line) => lines.push(line), timeoutMs: 10_000 });
  return { report, output: lines.join('\n') };
}

function statuses(report: DoctorReport): Record<string, string> {
  return Object.fromEntries(report.checks.map((check) => [check.name, check.status]));
}

describe('doctor against the in-memory engine', () => {
  let engine: TestEngine;
  let basicEngine: TestEngine;
  let oauthEngine: TestEngine;

  beforeAll(async () => {
    [engine, basicEngine, oauthEngine] = await Promise.all([
      startTestEngine(),
      startTestEngine({ auth: 'basic' }),
      startTestEngine({ auth: 'oauth' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([engine?.stop(), basicEngine?.stop(), oauthEngine?.stop()]);
  });

  it('healthy: prints every value with its source and the warnings, and every check passes', async () => {
    const { report, output } = await doctor({
      CAMUNDA_REST_ADDRESS: engine.restAddress,
      CAMUNDA_SDK_LOG_LEVEL: 'info',
      CAMUNDA_REST_ADRESS: 'typo',
    });
    expect(report.ok).toBe(true);
    expect(statuses(report)).toEqual({
      configuration: 'ok',
      dns: 'ok',
      connection: 'ok',
      token: 'skip',
      topology: 'ok',
      version: expect.stringMatching(/^(ok|warn)$/),
    });
    expect(output).toMatch(new RegExp(`CAMUNDA_REST_ADDRESS\\s+${engine.restAddress}\\s+\\(environment\\)`));
    expect(output).toMatch(/CAMUNDA_SDK_HTTP_TIMEOUT_MS\s+30000\s+\(default\)/);
    expect(output).toMatch(/CAMUNDA_AUTH_STRATEGY\s+NONE\s+\(inferred\)/);
    expect(output).toContain('UNKNOWN_KEY');
    expect(output).toContain('did you mean CAMUNDA_REST_ADDRESS?');
    expect(report.checks.find((check) => check.name === 'version')?.detail).toContain(
      `client ${CLIENT_VERSION}`,
    );
    expect(output).toMatch(/^Diagnosis: Everything works/m);
  });

  it('healthy with OAuth: the token check gets a token from the endpoint', async () => {
    const credentials = oauthEngine.credentials as { clientId: string; clientSecret: string };
    const { report } = await doctor({
      CAMUNDA_REST_ADDRESS: oauthEngine.restAddress,
      CAMUNDA_OAUTH_URL: oauthEngine.oauthUrl as string,
      CAMUNDA_CLIENT_ID: credentials.clientId,
      CAMUNDA_CLIENT_SECRET: credentials.clientSecret,
      CAMUNDA_TOKEN_DISK_CACHE_DISABLE: 'true',
    });
    expect(statuses(report)).toMatchObject({ token: 'ok', topology: 'ok' });
    expect(report.ok).toBe(true);
  });

  it('wrong basic credentials: getTopology is refused and the diagnosis names the keys to check', async () => {
    const { report, output } = await doctor({
      CAMUNDA_REST_ADDRESS: basicEngine.restAddress,
      CAMUNDA_BASIC_AUTH_USERNAME: 'demo',
      CAMUNDA_BASIC_AUTH_PASSWORD: 'not-the-password',
    });
    expect(report.ok).toBe(false);
    expect(statuses(report)).toMatchObject({ connection: 'ok', topology: 'fail', version: 'skip' });
    expect(report.diagnosis).toContain('HTTP 401');
    expect(report.diagnosis).toContain('CAMUNDA_BASIC_AUTH_PASSWORD');
    expect(output).not.toContain('not-the-password');
  });

  it('wrong OAuth secret: no token, and the diagnosis names the client id and secret', async () => {
    const credentials = oauthEngine.credentials as { clientId: string };
    const { report, output } = await doctor({
      CAMUNDA_REST_ADDRESS: oauthEngine.restAddress,
      CAMUNDA_OAUTH_URL: oauthEngine.oauthUrl as string,
      CAMUNDA_CLIENT_ID: credentials.clientId,
      CAMUNDA_CLIENT_SECRET: 'wrong-secret',
      CAMUNDA_TOKEN_DISK_CACHE_DISABLE: 'true',
      CAMUNDA_OAUTH_RETRY_MAX: '1',
    });
    expect(report.ok).toBe(false);
    expect(statuses(report)).toMatchObject({ token: 'fail', topology: 'skip' });
    expect(report.diagnosis).toContain('CAMUNDA_CLIENT_SECRET');
    expect(output).not.toContain('wrong-secret');
  });

  it('unreachable: nothing listens on the port, and the diagnosis says so', async () => {
    const port = await closedPort();
    const { report } = await doctor({ CAMUNDA_REST_ADDRESS: `http://127.0.0.1:${port}` });
    expect(report.ok).toBe(false);
    expect(statuses(report)).toMatchObject({ dns: 'ok', connection: 'fail', topology: 'skip' });
    expect(report.diagnosis).toContain('ECONNREFUSED');
    expect(report.diagnosis).toContain('CAMUNDA_REST_ADDRESS');
  });

  it('an invalid configuration: lists the issues and the warnings, and checks nothing else', async () => {
    const { report, output } = await doctor({
      CAMUNDA_REST_ADDRESS: engine.restAddress,
      CAMUNDA_CLIENT_ID: 'id',
      CAMUNDA_CLIENT_SECERT: 'secret',
    });
    expect(report.ok).toBe(false);
    expect(report.checks.map((check) => check.name)).toEqual(['configuration']);
    expect(report.diagnosis).toContain('CAMUNDA_CLIENT_SECRET is required');
    expect(report.diagnosis).toContain(
      'CAMUNDA_CLIENT_SECERT is set instead: did you mean CAMUNDA_CLIENT_SECRET?',
    );
    expect(output).toContain('did you mean CAMUNDA_CLIENT_SECRET?');
  });
});

describe('doctor against a local https server with a self-signed certificate', () => {
  let server: HttpsServer;
  let address: string;

  beforeAll(async () => {
    server = createHttpsServer(
      { cert: readFileSync(fixture('server.crt')), key: readFileSync(fixture('server.key')) },
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            brokers: [],
            clusterId: null,
            clusterSize: 1,
            partitionsCount: 1,
            replicationFactor: 1,
            gatewayVersion: CLIENT_VERSION,
            lastCompletedChangeId: '-1',
          }),
        );
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    address = `https://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('no CA configured: the certificate is not trusted and the fix is CAMUNDA_CA_CERT_PATH', async () => {
    const { report } = await doctor({ CAMUNDA_REST_ADDRESS: address });
    expect(statuses(report)).toMatchObject({ tls: 'fail', topology: 'skip' });
    expect(report.diagnosis).toContain('not trusted');
    expect(report.diagnosis).toContain('CAMUNDA_CA_CERT_PATH');
  });

  it('the wrong CA: the certificate is not trusted and the diagnosis says the CA did not sign it', async () => {
    const { report } = await doctor({
      CAMUNDA_REST_ADDRESS: address,
      CAMUNDA_MTLS_CA_PATH: fixture('other-ca.crt'),
    });
    expect(report.ok).toBe(false);
    expect(statuses(report)).toMatchObject({ tls: 'fail' });
    expect(report.diagnosis).toContain('did not sign it');
  });

  it('the right CA: TLS, topology and version pass', async () => {
    const { report } = await doctor({
      CAMUNDA_REST_ADDRESS: address,
      CAMUNDA_CA_CERT_PATH: fixture('server.crt'),
    });
    expect(statuses(report)).toMatchObject({ tls: 'ok', topology: 'ok', version: 'ok' });
    expect(report.ok).toBe(true);
  });
});

async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
