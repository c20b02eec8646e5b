// Throughput of `transport.send(getTopology)` against raw `undici.request` on the same stub server, at a fixed
// concurrency. Run `pnpm build` first, then `pnpm bench` (env: BENCH_REQUESTS, BENCH_ROUNDS, BENCH_CONCURRENCY).
import { fork } from 'node:child_process';
import { Agent, request } from 'undici';
import { createTransport } from '../dist/index.js';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);

const child = fork(new URL('./stub-server.mjs', import.meta.url), { stdio: 'inherit' });
const { port } = await new Promise((resolve) => child.once('message', resolve));
const origin = `http://127.0.0.1:${port}`;

function config() {
  return {
    restAddress: `${origin}/v2`,
    auth: { strategy: 'NONE', oauth: {}, basic: {} },
    tls: { ca: undefined, cert: undefined, key: undefined, passphrase: undefined },
    logLevel: 'error',
    http: { timeoutMs: 30_000, retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 2_000 } },
    backpressure: { profile: 'BALANCED', knobs: {} },
    validation: { request: 'none', response: 'none' },
    eventualPollDefaultMs: 5_000,
    defaultTenantId: '<default>',
    worker: {},
  };
}

// A bearer provider as a user would write it: resolves a fresh header object per call.
const auth = {
  kind: 'bearer',
  headers: async () => ({ authorization: 'Bearer bench-token' }),
  invalidate() {},
};
// A healthy gate, shaped like @camunda-ts/backpressure's fast path: what the request path pays for
// acquire/record/release.
const permit = { release() {} };
const gate = {
  acquire: ({ signal }) => (signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve(permit)),
  record() {},
};
const getTopology = { operationId: 'getTopology', method: 'GET', pathTemplate: '/topology', retrySafe: true };

async function run(once) {
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      await once();
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return REQUESTS / ((performance.now() - start) / 1000);
}

const rawAgent = new Agent();
const url = `${origin}/v2/topology`;
const raw = async () => {
  const { body } = await request(url, {
    dispatcher: rawAgent,
    headers: { authorization: 'Bearer bench-token' },
  });
  await body.json();
};
// The floor: undici's dispatcher API with origin and path already split, no URL parsing.
const dispatch = async () => {
  const { body } = await rawAgent.request({
    origin,
    path: '/v2/topology',
    method: 'GET',
    headers: { authorization: 'Bearer bench-token' },
  });
  await body.json();
};
const plain = createTransport({ config: config(), auth });
const gated = createTransport({ config: config(), auth, gate });
const variants = {
  'raw undici.request': raw,
  'raw agent.request': dispatch,
  'transport.send': () => plain.send(getTopology),
  'transport.send + gate': () => gated.send(getTopology),
};

for (const once of Object.values(variants)) await run(once); // warm-up: JIT, sockets
const results = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, once] of Object.entries(variants)) results[name].push(await run(once));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const base = median(results['raw undici.request']);
console.log(`concurrency ${CONCURRENCY}, ${REQUESTS} requests x ${ROUNDS} rounds, Node ${process.version}`);
for (const [name, values] of Object.entries(results)) {
  const m = median(values);
  console.log(`${name.padEnd(24)} ${m.toFixed(0).padStart(7)} req/s  ${(m / base).toFixed(2)}x`);
}

await Promise.all([plain.close(), gated.close(), rawAgent.close()]);
child.disconnect();
