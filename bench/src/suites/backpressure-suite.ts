import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildHandle } from '../child/start-child.js';
import type { EngineCounters, EngineHostApi } from '../engine/engine-host.js';
import type { ContenderRow, MetricSpec, RatioSpec, SuiteResult } from '../report/bench-results.js';
import { computeRatios } from '../report/compute-ratios.js';
import type { BackpressureContenderId, BackpressureRunnerApi } from '../runners/backpressure-runner.js';
import type { BenchContext } from './bench-context.js';
import { type Contender, measureInRounds } from './measure-in-rounds.js';
import { simulationScenarios } from './simulation-scenarios.js';

/** The engine's capacity in this suite: requests in service at once, each held a few ms. */
const CAPACITY = 8;
const EAGER_CALLERS = 64;
const FAULTS = {
  maxInFlight: CAPACITY,
  capacityStatus: 429,
  latencyMs: { min: 4, max: 6 },
  operations: ['createProcessInstance'],
};

const CONTENDERS: ReadonlyArray<{ id: BackpressureContenderId; label: string; callers: number }> = [
  {
    id: 'reference',
    label: `capacity limit: ${CAPACITY} well-behaved callers (raw undici)`,
    callers: CAPACITY,
  },
  { id: 'official', label: '@camunda8/orchestration-cluster-api, default profile', callers: EAGER_CALLERS },
  { id: 'camunda-ts-legacy', label: '@camunda-ts/client, LEGACY (observe only)', callers: EAGER_CALLERS },
  { id: 'camunda-ts-balanced', label: '@camunda-ts/client, BALANCED (default)', callers: EAGER_CALLERS },
];

const METRICS: readonly MetricSpec[] = [
  { id: 'goodput', label: 'goodput', unit: 'req/s', better: 'higher' },
  { id: 'rejectedPct', label: 'requests refused by the engine', unit: 'percent', better: 'lower' },
  { id: 'failedCalls', label: 'calls that gave up', unit: 'count', better: 'lower' },
];

const RATIOS: readonly RatioSpec[] = [
  {
    numerator: 'camunda-ts-balanced',
    denominator: 'reference',
    metric: 'goodput',
    goal: { text: '≥ 0.8× the capacity limit (issue 7)', atLeast: 0.8 },
  },
  { numerator: 'camunda-ts-legacy', denominator: 'reference', metric: 'goodput' },
  { numerator: 'official', denominator: 'reference', metric: 'goodput' },
];

const delta = (after: EngineCounters, before: EngineCounters) => ({
  requests: (after.byOperation.createProcessInstance ?? 0) - (before.byOperation.createProcessInstance ?? 0),
  refused: after.faults.refused - before.faults.refused,
});

/** Backpressure: eager callers against the engine in capacity mode; goodput and refusals per client. */
export async function runBackpressureSuite(ctx: BenchContext): Promise<SuiteResult> {
  const { profile } = ctx;
  const bpmn = readFileSync(join(ctx.benchRoot, '..', 'demo/bpmn/order-fulfilment.bpmn'), 'utf8');
  const method =
    `\`@camunda-ts/testing\` in capacity mode (its own process): at most ${CAPACITY} createProcessInstance requests ` +
    `in service, each held 4–6 ms; one arriving beyond that is answered 429 RESOURCE_EXHAUSTED. ${EAGER_CALLERS} ` +
    `eager callers per client call back to back for ${profile.backpressureDurationMs} ms through the client's own ` +
    'retries and gate; the capacity limit is what exactly ' +
    `${CAPACITY} callers reach without ever being refused. Refusals are counted by the engine.`;
  const engine = await ctx.spawn<EngineHostApi>('engine-host', 'test engine (capacity mode)');
  const runners = new Map<string, ChildHandle<BackpressureRunnerApi>>();
  try {
    const started = await engine.call('start', { options: { faults: FAULTS } });
    if (!started.ready) {
      const rows: ContenderRow[] = CONTENDERS.map((c) => ({
        id: c.id,
        label: c.label,
        status: 'missing',
        reason: `engine: ${started.reason}`,
        metrics: {},
      }));
      return {
        id: 'backpressure',
        title: 'Backpressure',
        method,
        skipped: started.reason,
        scenarios: [
          {
            id: 'capacity',
            title: 'capacity mode',
            metrics: METRICS,
            rows,
            ratios: computeRatios(rows, RATIOS),
            notes: [],
          },
        ],
      };
    }
    const contenders: Contender[] = [];
    for (const c of CONTENDERS) {
      const runner = await ctx.spawn<BackpressureRunnerApi>('backpressure-runner', `backpressure (${c.id})`, [
        '--expose-gc',
      ]);
      const setup = await runner.call('setup', { contender: c.id, restAddress: started.restAddress });
      if (!setup.ready) {
        await runner.close();
        contenders.push({ ...c, unavailable: { status: 'missing', reason: setup.reason } });
        continue;
      }
      runners.set(c.id, runner);
      contenders.push(c);
    }
    const resources = { 'order-fulfilment.bpmn': bpmn };
    const runOnce = async (id: string, durationMs: number) => {
      await engine.call('prepare', { resources });
      const before = await engine.call('stats', {});
      const callers = CONTENDERS.find((c) => c.id === id)!.callers;
      const r = await runners.get(id)!.call('run', { callers, durationMs });
      const counts = delta(await engine.call('stats', {}), before);
      return { r, counts };
    };
    for (const c of contenders) {
      if (c.unavailable === undefined) await runOnce(c.id, Math.min(500, profile.backpressureDurationMs));
    }
    const rows = await measureInRounds(contenders, profile.backpressureRounds, async (c) => {
      const { r, counts } = await runOnce(c.id, profile.backpressureDurationMs);
      if (c.id === 'reference' && (r.failed > 0 || counts.refused > 0)) {
        return {
          failed: `the reference was refused ${counts.refused} times: the engine is not at the assumed capacity`,
        };
      }
      return {
        goodput: (r.succeeded / r.elapsedMs) * 1000,
        rejectedPct: counts.requests > 0 ? (counts.refused / counts.requests) * 100 : 0,
        failedCalls: r.failed,
      };
    });
    return {
      id: 'backpressure',
      title: 'Backpressure',
      method,
      scenarios: [
        {
          id: 'capacity',
          title: `${EAGER_CALLERS} eager callers, engine capacity ${CAPACITY}`,
          metrics: METRICS,
          rows,
          ratios: computeRatios(rows, RATIOS),
          notes: [
            'Issue 7’s target for BALANCED: at least 80 % of the capacity limit with at most 2 % of requests refused.',
          ],
        },
        ...(await simulationScenarios(ctx.benchRoot)),
      ],
    };
  } finally {
    await Promise.all([...runners.values()].map((r) => r.close()));
    await engine.close();
  }
}
