import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { startTestEngine, type TestEngine } from './start-test-engine.js';
import type { TestEngineOptions } from './test-engine-options.js';

/** Where the CLI writes. */
export interface CliIo {
  /** Receives normal output, one line per call. */
  readonly out: (line: string) => void;
  /** Receives errors and usage, one line per call. */
  readonly err: (line: string) => void;
}

const USAGE = `Usage: camunda-ts-engine [options]

An in-memory Camunda 8 engine speaking the /v2 REST API, for tests and local development.

Options:
  --port <n>             Port to listen on (default 8080; 0 picks a free port)
  --host <host>          Interface to listen on (default 127.0.0.1)
  --auth <mode>          none | basic | oauth (default none)
  --username <name>      Basic auth user (default demo)
  --password <secret>    Basic auth password (default demo)
  --client-id <id>       OAuth client id (default camunda-ts-test)
  --client-secret <s>    OAuth client secret (default camunda-ts-test-secret)
  --token-ttl-ms <n>     OAuth token lifetime in ms (default 300000, at least 1000)
  --deploy <file>        Deploy a resource file at start: .bpmn, .dmn, .form, .rpa or any other (repeatable)
  --validate-responses   Check every response against the spec (fidelity mode)
  --authorizations       Enforce authorizations (403 FORBIDDEN, searches filtered)
  --multi-tenancy        Restrict every caller to the tenants it is assigned to
  --help                 Show this help`;

/**
 * Parses arguments, starts the engine, deploys the requested files and prints where it listens. Returns the
 * engine, or undefined when only help was printed or the arguments were wrong (then `exitCode` says which).
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
): Promise<{
  /** The running engine, unless the CLI only printed help or failed. */
  engine?: TestEngine;
  /** 0 on success, 2 for bad arguments, 1 when the engine could not start or a deployment failed. */
  exitCode: number;
}> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return { exitCode: 2 };
  }
  if (values.help === true) {
    io.out(USAGE);
    return { exitCode: 0 };
  }
  const port = Number(values.port ?? '8080');
  const mode = values.auth ?? 'none';
  if (mode !== 'none' && mode !== 'basic' && mode !== 'oauth') {
    io.err(`--auth must be none, basic or oauth, got '${mode}'`);
    return { exitCode: 2 };
  }
  const auth: TestEngineOptions['auth'] =
    mode === 'basic'
      ? {
          mode,
          ...(values.username === undefined ? {} : { username: values.username }),
          ...(values.password === undefined ? {} : { password: values.password }),
        }
      : mode === 'oauth'
        ? {
            mode,
            ...(values['client-id'] === undefined ? {} : { clientId: values['client-id'] }),
            ...(values['client-secret'] === undefined ? {} : { clientSecret: values['client-secret'] }),
            ...(values['token-ttl-ms'] === undefined ? {} : { tokenTtlMs: Number(values['token-ttl-ms']) }),
          }
        : 'none';
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    io.err(`--port must be an integer 0…65535, got '${values.port}'`);
    return { exitCode: 2 };
  }
  const engine = await startTestEngine({
    port,
    host: values.host ?? '127.0.0.1',
    auth,
    validateResponses: values['validate-responses'] === true,
    authorizations: values.authorizations === true,
    multiTenancy: values['multi-tenancy'] === true,
  });
  try {
    for (const file of values.deploy ?? []) {
      await engine.deploy({ [basename(file)]: await readFile(file) });
      io.out(`Deployed ${file}`);
    }
  } catch (error) {
    await engine.stop();
    io.err(`Deployment failed: ${(error as Error).message}`);
    return { exitCode: 1 };
  }
  io.out(`Camunda test engine listening on ${engine.restAddress}`);
  if (engine.oauthUrl !== undefined) io.out(`OAuth token endpoint: ${engine.oauthUrl}`);
  if (engine.credentials.mode === 'basic') io.out(`Basic auth user: ${engine.credentials.username}`);
  if (engine.credentials.mode === 'oauth') io.out(`OAuth client id: ${engine.credentials.clientId}`);
  const enforced = [
    values.authorizations === true ? 'authorizations' : '',
    values['multi-tenancy'] === true ? 'multi-tenancy' : '',
  ]
    .filter((e) => e !== '')
    .join(' and ');
  if (enforced !== '') io.out(`Enforcing ${enforced}`);
  io.out('Press Ctrl+C to stop.');
  return { engine, exitCode: 0 };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      auth: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      'token-ttl-ms': { type: 'string' },
      deploy: { type: 'string', multiple: true },
      'validate-responses': { type: 'boolean' },
      authorizations: { type: 'boolean' },
      'multi-tenancy': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
}
