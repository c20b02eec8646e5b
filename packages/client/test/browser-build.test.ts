import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startTestEngine, type TestEngine } from '@camunda-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserBuildFindings } from '../../../tools/build-config/dist-probe.js';

const run = promisify(execFile);
const REPORT_MARK = '@@report@@';

/**
 * Runs `body` in a Node process that resolves packages as a bundler does for a page (`--conditions=browser`):
 * `client` is `@camunda-ts/client` and every camunda-ts package it imports in their browser builds.
 */
async function inBrowserBuild(body: string): Promise<unknown> {
  const script = `const client = await import('@camunda-ts/client');
const report = (value) => process.stdout.write(${JSON.stringify(REPORT_MARK)} + JSON.stringify(value));
${body}`;
  const { stdout } = await run(
    process.execPath,
    ['--conditions=browser', '--input-type=module', '-e', script],
    { cwd: process.cwd(), timeout: 20_000 },
  );
  const at = stdout.lastIndexOf(REPORT_MARK);
  if (at === -1) throw new Error(`The probe reported nothing; it printed: ${stdout}`);
  return JSON.parse(stdout.slice(at + REPORT_MARK.length)) as unknown;
}

describe('browser build', () => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await startTestEngine();
  });
  afterAll(() => engine.stop());

  const config = () =>
    `{ CAMUNDA_REST_ADDRESS: ${JSON.stringify(engine.restAddress)}, CAMUNDA_AUTH_STRATEGY: 'NONE' }`;

  it('contains no Node built-in, pino, undici or process access', () => {
    expect(browserBuildFindings()).toEqual([]);
  });

  it('calls the engine with explicit configuration, loading neither undici nor pino, logging to the console', async () => {
    const result = await inBrowserBuild(`
const printed = [];
console.debug = (...args) => printed.push(JSON.stringify(args));
const camunda = client.createCamundaClient({ config: { ...${config()}, CAMUNDA_SDK_LOG_LEVEL: 'trace' } });
const topology = await camunda.getTopology();
await camunda.close();
const { createRequire } = await import('node:module');
const loaded = Object.keys(createRequire(import.meta.url).cache ?? {});
report({
  version: topology.gatewayVersion,
  logged: printed.some((line) => line.includes('http.response')),
  undici: loaded.some((file) => file.includes('/undici/')),
  pino: loaded.some((file) => file.includes('/pino/')),
});`);
    expect(result).toEqual({ version: '8.10.0', logged: true, undici: false, pino: false });
  });

  it('refuses deployResourcesFromFiles with a typed error: pages deploy File objects', async () => {
    const result = await inBrowserBuild(`
const camunda = client.createCamundaClient({ config: ${config()}, logger: { debug() {}, info() {}, warn() {}, error() {} } });
const error = await camunda.deployResourcesFromFiles(['order.bpmn']).catch((e) => e);
await camunda.close();
report({ resourceFileError: client.isResourceFileError(error) });`);
    expect(result).toEqual({ resourceFileError: true });
  });

  it('validates only with schemas the application passes, keeping zod out of bundles that do not', async () => {
    const result = await inBrowserBuild(`
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const config = { ...${config()}, CAMUNDA_SDK_VALIDATION: 'strict' };
const without = client.createCamundaClient({ config, logger: quiet });
const refused = await without.getTopology().catch((e) => e);
await without.close();
const withSchemas = client.createCamundaClient({ config, logger: quiet, schemas: () => import('@camunda-ts/types/zod') });
const invalid = await withSchemas.createProcessInstance({ processDefinitionId: 42 }).catch((e) => e);
await withSchemas.close();
report({
  refused: client.isConfigError(refused),
  explains: String(refused?.message).includes("schemas: () => import('@camunda-ts/types/zod')"),
  validated: client.isValidationError(invalid),
});`);
    expect(result).toEqual({ refused: true, explains: true, validated: true });
  });

  it('refuses OAuth client credentials when the client is created, naming why, never the secret', async () => {
    const result = await inBrowserBuild(`
let error;
try {
  client.createCamundaClient({ config: {
    CAMUNDA_REST_ADDRESS: ${JSON.stringify(engine.restAddress)},
    CAMUNDA_CLIENT_ID: 'portal',
    CAMUNDA_CLIENT_SECRET: 'not-for-pages',
    CAMUNDA_OAUTH_URL: 'http://127.0.0.1:1/token',
  } });
} catch (caught) {
  error = caught;
}
report({ auth: client.isAuthError(error), code: error?.code, secret: String(error?.message).includes('not-for-pages') });`);
    expect(result).toEqual({ auth: true, code: 'UNSUPPORTED_RUNTIME', secret: false });
  });

  it('refuses what needs files or sockets of its own: the support log and the doctor', async () => {
    const result = await inBrowserBuild(`
let supportLog;
try {
  client.createCamundaClient({ config: { ...${config()}, CAMUNDA_SUPPORT_LOG_ENABLED: 'true' } });
} catch (caught) {
  supportLog = caught;
}
const doctor = await client.runDoctor({ env: {} }).catch((e) => e);
report({
  supportLog: client.isConfigError(supportLog) && supportLog.issues[0].key,
  doctor: client.isConfigError(doctor) && doctor.issues[0].code,
});`);
    expect(result).toEqual({ supportLog: 'CAMUNDA_SUPPORT_LOG_ENABLED', doctor: 'UNSUPPORTED_RUNTIME' });
  });
});
