// Runs every example as its own program (as a user would run it) against a fresh in-memory engine in the auth
// mode the example needs, with the engine checking each response against the API spec. Fails when an example
// exits non-zero or the engine saw a response that breaks the spec. `--verbose` prints every example's output;
// `--only a,b` runs some of them.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { startTestEngine } from '@camunda-ts/testing';
import { engineEnv } from './engine-env.js';
import { EXAMPLES, type ExampleSpec } from './example-catalog.js';
import { type ExampleRun, neutralEnv, runExample } from './run-example.js';
import { createTestCertificates, hasOpenssl, type TestCertificates } from './test-certificates.js';
import { startTlsProxy, type TlsProxy } from './tls-proxy.js';

const { values } = parseArgs({
  options: { verbose: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const only = values.only?.split(',').map((name) => name.trim());
const selected = only ? EXAMPLES.filter((example) => only.includes(example.name)) : EXAMPLES;
if (only && selected.length !== only.length) {
  console.error(`Unknown example in --only; known: ${EXAMPLES.map((e) => e.name).join(', ')}`);
  process.exit(2);
}

type Outcome = { spec: ExampleSpec } & (
  | { status: 'passed' | 'failed'; run: ExampleRun; problems: string[] }
  | { status: 'skipped'; reason: string }
);

const openssl = hasOpenssl();
let certificates: TestCertificates | undefined;

async function runOne(spec: ExampleSpec): Promise<Outcome> {
  if (spec.tls && !openssl) {
    return { spec, status: 'skipped', reason: 'needs the openssl binary to make test certificates' };
  }
  if (spec.tls) certificates ??= createTestCertificates();
  const engine = await startTestEngine({ auth: spec.auth, validateResponses: true });
  let proxy: TlsProxy | undefined;
  try {
    if (spec.tls && certificates) proxy = await startTlsProxy(engine.restAddress, certificates);
    const env = { ...neutralEnv(), ...engineEnv(engine) };
    if (proxy && certificates) {
      Object.assign(env, {
        CAMUNDA_REST_ADDRESS: proxy.restAddress,
        CAMUNDA_CA_CERT_PATH: certificates.caCert,
        CAMUNDA_MTLS_CERT_PATH: certificates.clientCert,
        CAMUNDA_MTLS_KEY_PATH: certificates.clientKey,
        CAMUNDA_MTLS_KEY_PASSPHRASE: certificates.clientKeyPassphrase,
      });
    }
    const run = await runExample(spec.name, env);
    const problems = [
      ...(run.ok ? [] : [`exited with ${run.exitCode}`]),
      ...engine.violations().map((v) => `spec violation: ${JSON.stringify(v)}`),
    ];
    return { spec, status: problems.length === 0 ? 'passed' : 'failed', run, problems };
  } finally {
    await proxy?.close();
    await engine.stop();
  }
}

const indent = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');

function report(outcome: Outcome): void {
  const label = `${outcome.spec.name}${outcome.spec.auth === 'none' ? '' : ` (${outcome.spec.auth})`}`;
  if (outcome.status === 'skipped') {
    console.log(`  - ${label.padEnd(34)} skipped: ${outcome.reason}`);
    return;
  }
  const seconds = `${(outcome.run.durationMs / 1000).toFixed(1)} s`;
  console.log(`  ${outcome.status === 'passed' ? '✓' : '✗'} ${label.padEnd(34)} ${seconds}`);
  if (outcome.status === 'failed') {
    for (const problem of outcome.problems) console.log(`      ${problem}`);
  }
  if (outcome.status === 'failed' || values.verbose) console.log(indent(outcome.run.output));
}

const started = performance.now();
console.log(
  `Running ${selected.length} examples against @camunda-ts/testing (responses checked against the spec)`,
);
// Each example is a separate Node process; two at a time keep a 2-core machine busy without crowding it.
const queue = [...selected];
const outcomes: Outcome[] = [];
await Promise.all(
  Array.from({ length: Math.min(2, availableParallelism(), queue.length) }, async () => {
    for (let spec = queue.shift(); spec !== undefined; spec = queue.shift()) {
      const outcome = await runOne(spec).catch(
        (error: unknown): Outcome => ({
          spec: spec as ExampleSpec,
          status: 'failed',
          run: { ok: false, exitCode: null, durationMs: 0, output: String(error) },
          problems: ['the runner failed'],
        }),
      );
      outcomes.push(outcome);
      report(outcome);
    }
  }),
);
certificates?.remove();

const count = (status: Outcome['status']) => outcomes.filter((o) => o.status === status).length;
console.log(
  `examples: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
process.exitCode = count('failed') > 0 ? 1 : 0;
