import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtinsLoadedBy,
  distEntry,
  nonAsciiDistLines,
  probeDist,
} from '../../../tools/build-config/dist-probe.js';
import { type LocalServer, sendJson, startLocalServer } from './local-server.js';

const TOPOLOGY = {
  brokers: [],
  clusterSize: 1,
  partitionsCount: 1,
  replicationFactor: 1,
  gatewayVersion: '8.8.0',
  lastCompletedChangeId: '-1',
};

let server: LocalServer;
let topologyRequests = 0;

beforeAll(async () => {
  server = await startLocalServer((request, response) => {
    if (request.url === '/v2/topology') topologyRequests++;
    sendJson(response, 200, TOPOLOGY);
  });
});

afterAll(async () => {
  await server.close();
});

/** Child-process prelude: the environment of a client talking to the test server without credentials. */
function envScript(): string {
  return `const env = ${JSON.stringify({ CAMUNDA_REST_ADDRESS: `${server.url}/v2`, CAMUNDA_AUTH_STRATEGY: 'NONE' })};`;
}

/**
 * Node built-ins the client needs only for files (resource files, the support log, `.env`), the home directory,
 * pino and the CLI, with what they bring: an ESM import of `fs` also loads its streams and `fs/promises`, one of
 * `util` its argument parser and MIME types, one of `module` the source-map support. The client fetches them on
 * first use instead.
 */
const LOADED_ON_USE = [
  'fs/promises',
  'os',
  'module',
  'stream',
  'internal/fs/streams',
  'internal/util/parse_args/parse_args',
  'internal/mime',
  'internal/source_map/source_map',
];

/** A client's settings without anything that reads files: an address and no auth. */
const PLAIN_ENV = { CAMUNDA_REST_ADDRESS: 'http://127.0.0.1:1/v2', CAMUNDA_AUTH_STRATEGY: 'NONE' };

describe.each(['esm', 'cjs'] as const)('built %s output', (format) => {
  it('is present (run `pnpm build` before the tests)', () => {
    expect(existsSync(distEntry(format))).toBe(true);
  });

  it('imports without loading undici or pino', async () => {
    const result = await probeDist(
      format,
      `report({ createCamundaClient: typeof pkg.createCamundaClient, undici: loaded('undici'), pino: loaded('pino') });`,
    );
    expect(result).toEqual({ createCamundaClient: 'function', undici: false, pino: false });
  });

  it('imports and creates a client at default settings without loading built-ins it needs only later', async () => {
    const loaded = await builtinsLoadedBy(
      format,
      `globalThis.client = pkg.createCamundaClient({ env: ${JSON.stringify(PLAIN_ENV)} });`,
    );
    expect(loaded.filter((name) => LOADED_ON_USE.includes(name))).toEqual([]);
  });

  it('loads them once a feature needs them: the support log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'camunda-ts-dist-'));
    try {
      const env = {
        ...PLAIN_ENV,
        CAMUNDA_SUPPORT_LOG_ENABLED: 'true',
        CAMUNDA_SUPPORT_LOG_FILE_PATH: join(dir, 'support.log'),
      };
      const loaded = await builtinsLoadedBy(
        format,
        `const client = pkg.createCamundaClient({ env: ${JSON.stringify(env)}, logger: pkg.nullLogger });
await client.close();`,
      );
      expect(loaded).toEqual(expect.arrayContaining(['fs/promises', 'os']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads undici on the first call, which answers, and pino only with the first record written', async () => {
    const before = topologyRequests;
    const result = await probeDist(
      format,
      `${envScript()}
const client = pkg.createCamundaClient({ env: { ...env, CAMUNDA_SDK_LOG_LEVEL: 'warn' } });
const constructed = { undici: loaded('undici'), pino: loaded('pino'), level: client.logger.level };
const first = await client.getTopology();
const second = await client.getTopology();
const afterCalls = { undici: loaded('undici'), pino: loaded('pino') };
client.logger.child({ probe: true }).info({}, 'below the level');
const afterInfo = loaded('pino');
await client.close();
report({ constructed, afterCalls, afterInfo, first, second });`,
    );
    expect(result).toEqual({
      constructed: { undici: false, pino: false, level: 'warn' },
      afterCalls: { undici: true, pino: false },
      afterInfo: false,
      first: TOPOLOGY,
      second: TOPOLOGY,
    });
    expect(topologyRequests - before).toBe(2);
  });

  it('never loads pino at level silent, and loads it for the first record at an enabled level', async () => {
    const result = await probeDist(
      format,
      `${envScript()}
const silent = pkg.createCamundaClient({ env: { ...env, CAMUNDA_SDK_LOG_LEVEL: 'silent' } });
await silent.getTopology();
silent.logger.error({}, 'not written');
await silent.close();
const afterSilent = loaded('pino');
const lines = [];
const logger = pkg.createDefaultLogger({ level: 'error', destination: { write: (line) => lines.push(line) } });
logger.warn({}, 'not written');
const afterWarn = loaded('pino');
logger.error({ probe: 1 }, 'written');
report({ afterSilent, afterWarn, afterError: loaded('pino'), record: JSON.parse(lines[0]) });`,
    );
    expect(result).toMatchObject({
      afterSilent: false,
      afterWarn: false,
      afterError: true,
      record: { msg: 'written', probe: 1, level: 50, name: 'camunda-ts' },
    });
  });

  it('never loads pino when given a logger', async () => {
    const result = await probeDist(
      format,
      `${envScript()}
const client = pkg.createCamundaClient({ env, logger: pkg.nullLogger });
const topology = await client.getTopology();
await client.close();
report({ pino: loaded('pino'), clusterSize: topology.clusterSize });`,
    );
    expect(result).toEqual({ pino: false, clusterSize: 1 });
  });

  it('closes before any call without loading undici, and refuses calls afterwards', async () => {
    const result = await probeDist(
      format,
      `${envScript()}
const client = pkg.createCamundaClient({ env, logger: pkg.nullLogger });
await client.close();
const error = await client.getTopology().catch((e) => e);
report({ name: error.name, undici: loaded('undici') });`,
    );
    expect(result).toEqual({ name: 'NetworkError', undici: false });
  });
});

describe('built client source', () => {
  it('is ASCII only, so V8 holds each module as a one-byte string', () => {
    expect(nonAsciiDistLines()).toEqual([]);
  });
});
