import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildHandle } from '../child/start-child.js';
import type { EngineHostApi } from '../engine/engine-host.js';
import type { ContenderRow, MetricSpec, RatioSpec, SuiteResult } from '../report/bench-results.js';
import { computeRatios } from '../report/compute-ratios.js';
import type { E2eRunnerApi } from '../runners/e2e-runner.js';
import type { E2eContenderId } from '../runners/e2e-subjects.js';
import type { BenchContext } from './bench-context.js';
import { type Contender, measureInRounds } from './measure-in-rounds.js';

const CONTENDERS: ReadonlyArray<{ id: E2eContenderId; label: string }> = [
  { id: 'official', label: '@camunda8/orchestration-cluster-api (client + worker)' },
  { id: 'camunda-ts', label: '@camunda-ts/client + @camunda-ts/worker' },
];

const METRICS: readonly MetricSpec[] = [
  { id: 'throughput', label: 'instances per second', unit: 'inst/s', better: 'higher' },
  { id: 'p50', label: 'p50 create → finished', unit: 'ms', better: 'lower' },
  { id: 'p99', label: 'p99 create → finished', unit: 'ms', better: 'lower' },
];

const RATIOS: readonly RatioSpec[] = [
  { numerator: 'camunda-ts', denominator: 'official', metric: 'throughput' },
];

const DEMO_BPMN = 'demo/bpmn/order-fulfilment.bpmn';

function unavailableRows(reason: string): ContenderRow[] {
  return CONTENDERS.map((c) => ({ id: c.id, label: c.label, status: 'missing', reason, metrics: {} }));
}

/** End to end on the in-memory engine: the demo's order process, instances per second. */
export async function runE2eSuite(ctx: BenchContext): Promise<SuiteResult> {
  const { profile } = ctx;
  const bpmn = readFileSync(join(ctx.benchRoot, '..', DEMO_BPMN), 'utf8');
  const method =
    `${profile.e2eInstances.toLocaleString('en-US')} instances of the demo’s \`order-fulfilment\` process per run ` +
    `(${DEMO_BPMN}: payment job, message correlation, a review job for half of them, then shipping and invoicing ` +
    `in parallel) against \`@camunda-ts/testing\` in its own process; ${profile.e2eConcurrency} creations in flight ` +
    'and one worker per job type in the measured process. Timed from the first creation to the last instance whose ' +
    'shipping and invoicing jobs are both completed; the engine is reset and the process redeployed before each run.';
  const engine = await ctx.spawn<EngineHostApi>('engine-host', 'test engine');
  const runners = new Map<string, ChildHandle<E2eRunnerApi>>();
  try {
    const started = await engine.call('start', { options: {} });
    if (!started.ready) {
      const rows = unavailableRows(`engine: ${started.reason}`);
      return {
        id: 'e2e',
        title: 'End to end on @camunda-ts/testing',
        method,
        scenarios: [
          {
            id: 'demo',
            title: 'order-fulfilment',
            metrics: METRICS,
            rows,
            ratios: computeRatios(rows, RATIOS),
            notes: [],
          },
        ],
        skipped: started.reason,
      };
    }
    const contenders: Contender[] = [];
    for (const c of CONTENDERS) {
      const runner = await ctx.spawn<E2eRunnerApi>('e2e-runner', `e2e runner (${c.id})`, ['--expose-gc']);
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
    let runNumber = 0;
    const runOnce = async (id: string, instances: number) => {
      await engine.call('prepare', { resources });
      runNumber += 1;
      return runners.get(id)!.call('run', {
        instances,
        concurrency: profile.e2eConcurrency,
        runId: String(runNumber),
        timeoutMs: profile.e2eRunTimeoutMs,
      });
    };
    // A short unrecorded run per contender warms both sides up.
    for (const c of contenders) {
      if (c.unavailable !== undefined) continue;
      const warm = await runOnce(c.id, Math.max(20, profile.e2eInstances / 10));
      if (warm.errors > 0) {
        await runners.get(c.id)?.close();
        runners.delete(c.id);
        contenders[contenders.indexOf(c)] = {
          ...c,
          unavailable: {
            status: 'failed',
            reason: `warm-up: ${warm.errors} errors, first: ${warm.firstError}`,
          },
        };
      }
    }
    const rows = await measureInRounds(contenders, profile.e2eRounds, async (c) => {
      const r = await runOnce(c.id, profile.e2eInstances);
      if (r.errors > 0) return { failed: `${r.errors} errors, first: ${r.firstError}` };
      return { throughput: (r.completed / r.elapsedMs) * 1000, p50: r.p50Ms, p99: r.p99Ms };
    });
    return {
      id: 'e2e',
      title: 'End to end on @camunda-ts/testing',
      method,
      scenarios: [
        {
          id: 'demo',
          title: 'order-fulfilment, end to end',
          metrics: METRICS,
          rows,
          ratios: computeRatios(rows, RATIOS),
          notes: [],
        },
      ],
    };
  } finally {
    await Promise.all([...runners.values()].map((r) => r.close()));
    await engine.close();
  }
}
