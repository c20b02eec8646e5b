/**
 * In-process simulation, in virtual time, of 64 eager callers against a server with a fixed capacity.
 * Run with `pnpm simulate` (`--json` for machine-readable output). Prints Markdown tables; nothing is asserted.
 *
 * Server: `capacity` requests in service at once (8), each taking 4–6 ms (uniform); a request arriving while
 * the server is full is answered 429 RESOURCE_EXHAUSTED after 1 ms. The capacity limit is the goodput of
 * exactly `capacity` well-behaved callers: capacity / mean service time (8 / 5 ms = 1600 calls/s).
 *
 * Callers: each loops without pause. One call is up to 3 attempts; every attempt goes through the gate (as
 * the transport does) and its outcome is recorded; a rejected attempt is retried after a full-jitter
 * exponential delay (base 100 ms, cap 2 s) spent without holding a permit.
 */
import {
  BACKPRESSURE_PROFILES,
  type BackpressureGate,
  type BackpressureProfile,
  createBackpressureGate,
} from '../src/index.js';
import { createOfficialSdkModel } from './official-sdk-model.js';
import { createVirtualTime, seededRandom, type VirtualTime } from './virtual-time.js';

const SERVICE_MIN_MS = 4;
const SERVICE_MAX_MS = 6;
const MEAN_SERVICE_MS = (SERVICE_MIN_MS + SERVICE_MAX_MS) / 2;
const REJECT_MS = 1;
const CALLERS = 64;
const RETRY = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 2_000 };
const OPERATION = 'createProcessInstance';
const SEED = 20_240_601;

type ClientKind = 'no gating' | 'official SDK model' | BackpressureProfile;

/** Server capacity over time: `[fromMs, capacity]` steps, the first starting at 0. */
type CapacityPlan = ReadonlyArray<readonly [number, number]>;

interface Scenario {
  readonly title: string;
  readonly durationMs: number;
  readonly capacity: CapacityPlan;
}

interface Result {
  readonly client: ClientKind;
  readonly goodputPct: number;
  readonly rejectedPct: number;
  readonly failedCallsPct: number;
  readonly p99CallMs: number;
  /** Time-weighted mean of the permits the gate allowed; null when it never limited. */
  readonly meanPermits: number | null;
}

const capacityAt = (plan: CapacityPlan, t: number): number => {
  let capacity = plan[0]?.[1] ?? 0;
  for (const [from, value] of plan) if (t >= from) capacity = value;
  return capacity;
};

/** Successes per run that exactly `capacity` well-behaved callers achieve. */
const capacityLimit = (s: Scenario): number =>
  s.capacity.reduce((sum, [from, capacity], i) => {
    const until = s.capacity[i + 1]?.[0] ?? s.durationMs;
    return sum + (capacity * (until - from)) / MEAN_SERVICE_MS;
  }, 0);

function createServer(clock: VirtualTime, random: () => number, plan: CapacityPlan) {
  let inService = 0;
  return (): Promise<boolean> =>
    new Promise((resolve) => {
      if (inService >= capacityAt(plan, clock.now())) {
        clock.setTimeout(() => resolve(false), REJECT_MS);
        return;
      }
      inService += 1;
      clock.setTimeout(
        () => {
          inService -= 1;
          resolve(true);
        },
        SERVICE_MIN_MS + (SERVICE_MAX_MS - SERVICE_MIN_MS) * random(),
      );
    });
}

const ungated: BackpressureGate = {
  acquire: () => Promise.resolve({ release() {} }),
  record() {},
  state: () => ({ severity: 'healthy', limit: null, inFlight: 0, waiting: 0, backoffMs: 0 }),
  close() {},
};

async function simulate(client: ClientKind, scenario: Scenario): Promise<Result> {
  const { durationMs } = scenario;
  const clock = createVirtualTime();
  const random = seededRandom(SEED);
  const send = createServer(clock, random, scenario.capacity);
  const gate =
    client === 'no gating'
      ? ungated
      : client === 'official SDK model'
        ? createOfficialSdkModel(clock)
        : createBackpressureGate({ profile: client, clock, random });
  let successes = 0;
  let attempts = 0;
  let rejected = 0;
  let failedCalls = 0;
  const callMs: number[] = [];
  let permitArea = 0;
  let everLimited = false;
  let sampledAt = 0;
  let permits = CALLERS;
  const samplePermits = () => {
    const now = Math.min(clock.now(), durationMs);
    permitArea += permits * (now - sampledAt);
    sampledAt = now;
    const limit = gate.state().limit;
    if (limit !== null) everLimited = true;
    permits = Math.min(CALLERS, limit ?? CALLERS);
  };

  const caller = async () => {
    while (clock.now() < durationMs) {
      const startedAt = clock.now();
      let succeeded = false;
      for (let attempt = 1; attempt <= RETRY.maxAttempts && !succeeded; attempt += 1) {
        const permit = await gate.acquire({ operation: OPERATION });
        if (clock.now() >= durationMs) return permit.release();
        const sentAt = clock.now();
        succeeded = await send();
        const latencyMs = clock.now() - sentAt;
        attempts += 1;
        gate.record(
          succeeded
            ? { type: 'success', operation: OPERATION, latencyMs }
            : { type: 'overload', operation: OPERATION, status: 429, latencyMs },
        );
        samplePermits();
        permit.release();
        if (!succeeded) {
          rejected += 1;
          if (attempt < RETRY.maxAttempts) {
            await clock.sleep(random() * Math.min(RETRY.maxDelayMs, RETRY.baseDelayMs * 2 ** (attempt - 1)));
          }
        }
      }
      if (clock.now() > durationMs) return;
      if (succeeded) successes += 1;
      else failedCalls += 1;
      callMs.push(clock.now() - startedAt);
    }
  };

  const running = Array.from({ length: CALLERS }, caller);
  await clock.run(durationMs + 5_000);
  gate.close();
  await Promise.allSettled(running);
  samplePermits();
  callMs.sort((a, b) => a - b);
  return {
    client,
    goodputPct: (100 * successes) / capacityLimit(scenario),
    rejectedPct: (100 * rejected) / Math.max(1, attempts),
    failedCallsPct: (100 * failedCalls) / Math.max(1, successes + failedCalls),
    p99CallMs: callMs[Math.floor(callMs.length * 0.99)] ?? 0,
    meanPermits: everLimited ? permitArea / durationMs : null,
  };
}

const scenarios: Scenario[] = [
  { title: 'Fixed capacity: 8 in service for 30 s', durationMs: 30_000, capacity: [[0, 8]] },
  {
    title: 'Changing capacity: 8 in service, 4 from 10 s, 16 from 20 s',
    durationMs: 30_000,
    capacity: [
      [0, 8],
      [10_000, 4],
      [20_000, 16],
    ],
  },
];

const clients: ClientKind[] = [
  'no gating',
  'official SDK model',
  ...(Object.keys(BACKPRESSURE_PROFILES) as BackpressureProfile[]),
];

const report: Array<{ scenario: Scenario; results: Result[] }> = [];
for (const scenario of scenarios) {
  const results: Result[] = [];
  for (const client of clients) results.push(await simulate(client, scenario));
  report.push({ scenario, results });
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (value: number) => `${value.toFixed(1)} %`;
  console.log(
    `${CALLERS} eager callers; service ${SERVICE_MIN_MS}–${SERVICE_MAX_MS} ms, 429 after ${REJECT_MS} ms when full; ` +
      `retry up to ${RETRY.maxAttempts} attempts, full jitter from ${RETRY.baseDelayMs} ms; seed ${SEED}`,
  );
  for (const { scenario, results } of report) {
    console.log(
      `\n${scenario.title} (limit ${Math.round(capacityLimit(scenario) / (scenario.durationMs / 1000))} calls/s on average)\n`,
    );
    console.log(
      '| client | goodput (% of limit) | rejected (% of attempts) | failed calls | p99 call latency | mean permits |',
    );
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of results) {
      console.log(
        `| ${r.client} | ${pct(r.goodputPct)} | ${pct(r.rejectedPct)} | ${pct(r.failedCallsPct)} | ${Math.round(r.p99CallMs)} ms | ${r.client === 'LEGACY' || r.meanPermits === null ? 'not gated' : r.meanPermits.toFixed(1)} |`,
      );
    }
  }
}
