import type { ChildHandle } from '../child/start-child.js';
import type { MetricSpec, RatioSpec, ScenarioResult, SuiteResult } from '../report/bench-results.js';
import { computeRatios } from '../report/compute-ratios.js';
import type { MeasureParams, RequestRunnerApi } from '../runners/request-runner.js';
import type { RequestContenderId } from '../runners/request-subjects.js';
import type { BenchContext } from './bench-context.js';
import { type Contender, measureInRounds } from './measure-in-rounds.js';
import type { StubApi } from './stub-api.js';

const CONTENDERS: ReadonlyArray<{ id: RequestContenderId; label: string }> = [
  { id: 'undici', label: 'raw undici.request (floor)' },
  { id: 'fetch', label: 'global fetch' },
  { id: 'official', label: '@camunda8/orchestration-cluster-api' },
  { id: 'camunda-ts', label: '@camunda-ts/client' },
  { id: 'camunda-ts-otel', label: '@camunda-ts/client + @camunda-ts/otel (traces and metrics on)' },
];

const METRICS: readonly MetricSpec[] = [
  { id: 'throughput', label: 'throughput', unit: 'req/s', better: 'higher' },
  { id: 'p50', label: 'p50 latency', unit: 'ms', better: 'lower' },
  { id: 'p99', label: 'p99 latency', unit: 'ms', better: 'lower' },
];

const REQUEST_GOAL = { text: '≥ 0.85× raw undici', atLeast: 0.85 } as const;

const RATIOS: readonly RatioSpec[] = [
  { numerator: 'camunda-ts', denominator: 'undici', metric: 'throughput', goal: REQUEST_GOAL },
  // Latency next to raw undici's, paired like throughput (lower is better: 1.10× is 10 % slower).
  { numerator: 'camunda-ts', denominator: 'undici', metric: 'p50' },
  { numerator: 'camunda-ts', denominator: 'undici', metric: 'p99' },
  { numerator: 'official', denominator: 'undici', metric: 'throughput' },
  { numerator: 'fetch', denominator: 'undici', metric: 'throughput' },
  { numerator: 'camunda-ts', denominator: 'official', metric: 'throughput' },
  // Issue 13: the cost of instrumentation, once @camunda-ts/otel exists.
  { numerator: 'camunda-ts-otel', denominator: 'camunda-ts', metric: 'throughput' },
];

const SCENARIOS: ReadonlyArray<Pick<MeasureParams, 'operation' | 'concurrency'>> = [
  { operation: 'getTopology', concurrency: 1 },
  { operation: 'getTopology', concurrency: 32 },
  { operation: 'createProcessInstance', concurrency: 1 },
  { operation: 'createProcessInstance', concurrency: 32 },
];

/** Request throughput and latency: every contender against the same stub, in the same rounds. */
export async function runRequestSuite(ctx: BenchContext): Promise<SuiteResult> {
  const { profile } = ctx;
  const stub = await ctx.spawn<StubApi>('stub-server', 'stub server');
  const runners = new Map<string, ChildHandle<RequestRunnerApi>>();
  try {
    const { url } = await stub.call('info', {});
    const contenders: Contender[] = [];
    for (const c of CONTENDERS) {
      const runner = await ctx.spawn<RequestRunnerApi>('request-runner', `request runner (${c.id})`, [
        '--expose-gc',
      ]);
      const setup = await runner.call('setup', {
        contender: c.id,
        baseUrl: url,
        payloadBytes: profile.payloadBytes,
      });
      if (setup.ready) {
        runners.set(c.id, runner);
        contenders.push(c);
      } else {
        await runner.close();
        const status = c.id === 'camunda-ts-otel' ? 'pending' : 'missing';
        contenders.push({ ...c, unavailable: { status, reason: setup.reason } });
        ctx.log(`  ${c.label}: ${status} — ${setup.reason}`);
      }
    }

    const scenarios: ScenarioResult[] = [];
    for (const scenario of SCENARIOS) {
      const title = `${scenario.operation}, concurrency ${scenario.concurrency}`;
      ctx.log(`  ${title}`);
      const rows = await measureInRounds(contenders, profile.requestRounds, async (c) => {
        const runner = runners.get(c.id)!;
        const r = await runner.call('measure', {
          ...scenario,
          warmupMs: profile.requestWarmupMs,
          durationMs: profile.requestDurationMs,
        });
        if (r.errors > 0)
          return { failed: `${r.errors} of ${r.completed + r.errors} calls failed: ${r.firstError}` };
        return { throughput: r.throughput, p50: r.p50Ms, p99: r.p99Ms };
      });
      scenarios.push({
        id: `${scenario.operation}-c${scenario.concurrency}`,
        title,
        metrics: METRICS,
        rows,
        ratios: computeRatios(rows, RATIOS),
        notes: [],
      });
    }
    return {
      id: 'request',
      title: 'Request throughput and latency',
      method:
        `Closed-loop load against a \`node:http\` stub in its own process: N concurrent loops call back to back for ` +
        `${profile.requestDurationMs} ms after a ${profile.requestWarmupMs} ms warm-up; createProcessInstance sends ` +
        `${(profile.payloadBytes / 1024).toFixed(0)} KB of variables. Each contender runs in its own child process ` +
        '(plain Node, no loader); clients use their defaults (no auth, no validation).',
      scenarios,
    };
  } finally {
    await Promise.all([...runners.values()].map((r) => r.close()));
    await stub.close();
  }
}
