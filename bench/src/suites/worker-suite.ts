import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ChildHandle } from '../child/start-child.js';
import type { MetricSpec, RatioSpec, SuiteResult } from '../report/bench-results.js';
import { bestOfRows } from '../report/best-of-rows.js';
import { computeRatios } from '../report/compute-ratios.js';
import type { WorkerRunnerApi } from '../runners/worker-runner.js';
import type { WorkerContenderId } from '../runners/worker-subjects.js';
import type { BenchContext } from './bench-context.js';
import { type Contender, measureInRounds } from './measure-in-rounds.js';
import { describeIdleCpu, describeProcStats, readProcStats } from './proc-stats.js';
import { runJobs } from './run-jobs.js';
import type { StubApi } from './stub-api.js';

const BASELINE = {
  id: 'camunda-ts-async-baseline',
  label: '@camunda-ts/worker, async strategy, baseline build',
} as const;

const CONTENDERS: ReadonlyArray<{ id: WorkerContenderId; label: string }> = [
  { id: 'undici-loop', label: 'hand-written undici slot loop' },
  { id: 'undici-batch-loop', label: 'hand-written undici batch loop' },
  { id: 'undici-dispatch-batch-loop', label: 'hand-written undici batch loop, dispatch' },
  { id: 'official', label: '@camunda8/orchestration-cluster-api worker' },
  { id: 'official-thread', label: '@camunda8/orchestration-cluster-api threaded worker' },
  { id: 'camunda-ts-async', label: '@camunda-ts/worker, async strategy' },
  { id: 'camunda-ts-thread', label: '@camunda-ts/worker, thread strategy' },
];

const THROUGHPUT: MetricSpec = { id: 'throughput', label: 'throughput', unit: 'jobs/s', better: 'higher' };

const METRICS: readonly MetricSpec[] = [
  THROUGHPUT,
  { id: 'requestsPerJob', label: 'requests per completed job', unit: 'ratio', better: 'lower' },
  { id: 'cpuPerJob', label: 'worker CPU per job (µs)', unit: 'ratio', better: 'lower' },
  { id: 'activationsPer1k', label: 'activations per 1,000 jobs', unit: 'count', better: 'lower' },
  { id: 'p50', label: 'p50 activation → completion acknowledged', unit: 'ms', better: 'lower' },
  { id: 'p99', label: 'p99 activation → completion acknowledged', unit: 'ms', better: 'lower' },
];

/** Round by round, the fastest of the hand-written loops: the reference the worker's goal is taken against. */
const FASTER_LOOP = { id: 'undici-faster-loop', label: 'fastest of the undici loops, per round (floor)' };

const RATIOS: readonly RatioSpec[] = [
  {
    numerator: 'camunda-ts-async',
    denominator: FASTER_LOOP.id,
    metric: 'throughput',
    goal: { text: '≥ 0.9× the fastest undici loop', atLeast: 0.9 },
  },
  { numerator: 'camunda-ts-async', denominator: 'undici-loop', metric: 'throughput' },
  { numerator: 'camunda-ts-async', denominator: 'undici-batch-loop', metric: 'throughput' },
  { numerator: 'camunda-ts-async', denominator: 'undici-dispatch-batch-loop', metric: 'throughput' },
  { numerator: 'camunda-ts-thread', denominator: 'undici-loop', metric: 'throughput' },
  { numerator: 'official', denominator: 'undici-loop', metric: 'throughput' },
  { numerator: 'official-thread', denominator: 'undici-loop', metric: 'throughput' },
  { numerator: 'camunda-ts-async', denominator: 'official', metric: 'throughput' },
];

/** Diagnostics: the async worker of a copy of the packages (`BENCH_BASELINE_ROOT`), for paired before/after runs. */
const BASELINE_RATIOS: readonly RatioSpec[] = [
  { numerator: 'camunda-ts-async', denominator: BASELINE.id, metric: 'throughput' },
  { numerator: 'camunda-ts-async', denominator: BASELINE.id, metric: 'cpuPerJob' },
];

/** Worker throughput: activate + complete against the job stub, each worker in its own process. */
export async function runWorkerSuite(ctx: BenchContext): Promise<SuiteResult> {
  const { profile } = ctx;
  const withBaseline = process.env.BENCH_BASELINE_ROOT !== undefined;
  const procStats = process.env.BENCH_PROC_STATS === '1';
  const stub = await ctx.spawn<StubApi>('stub-server', 'stub server');
  const runners = new Map<string, ChildHandle<WorkerRunnerApi>>();
  const handlers = {
    camundaTs: join(ctx.benchRoot, 'src/handlers/camunda-ts-thread-handler.mjs'),
    official: join(ctx.benchRoot, 'src/handlers/official-thread-handler.mjs'),
  };
  try {
    const { url } = await stub.call('info', {});
    const contenders: Contender[] = [];
    // BENCH_CONTENDERS=a,b: only these contenders (for profiling one of them).
    const pick = process.env.BENCH_CONTENDERS?.split(',');
    const all = withBaseline ? [...CONTENDERS, BASELINE] : CONTENDERS;
    for (const c of all.filter((x) => pick === undefined || pick.includes(x.id))) {
      const jobType = `bench-${c.id}`;
      const runner = await ctx.spawn<WorkerRunnerApi>('worker-runner', `worker runner (${c.id})`, [
        '--expose-gc',
      ]);
      const setup = await runner.call('setup', {
        contender: c.id,
        baseUrl: url,
        concurrency: profile.workerConcurrency,
        handlers,
      });
      if (!setup.ready) {
        await runner.close();
        contenders.push({ ...c, unavailable: { status: 'missing', reason: setup.reason } });
        ctx.log(`  ${c.label}: missing — ${setup.reason}`);
        continue;
      }
      try {
        await runner.call('start', { jobType });
        // Warm-up run: the worker's code is compiled and its threads exist before anything is timed.
        await runJobs(stub, jobType, profile.workerWarmupJobs, profile.workerRunTimeoutMs);
        runners.set(c.id, runner);
        contenders.push(c);
      } catch (error) {
        await runner.close();
        const reason = `warm-up failed: ${error instanceof Error ? error.message : String(error)}`;
        contenders.push({ ...c, unavailable: { status: 'failed', reason } });
        ctx.log(`  ${c.label}: failed — ${reason}`);
      }
    }

    const measured = await measureInRounds(contenders, profile.workerRounds, async (c) => {
      const runner = runners.get(c.id)!;
      // The same heap to start from: a full collection before each run. It also makes V8 drop optimised code
      // (weak object dependencies) and, after a pause, shrink the young generation, so an unrecorded run
      // (`workerRewarmJobs`) follows it and the timed run measures the steady state, not recompilation and regrowth
      // (see FINDINGS.md). Diagnostics: BENCH_SKIP_GC=1 leaves out both, BENCH_NO_REWARM=1 the second;
      // BENCH_IDLE_MS=<ms> first pauses the contender, as the other contenders' runs do in a full suite.
      if (process.env.BENCH_IDLE_MS !== undefined) await sleep(Number(process.env.BENCH_IDLE_MS));
      if (process.env.BENCH_SKIP_GC !== '1') {
        await runner.call('gc', {});
        if (process.env.BENCH_NO_REWARM !== '1') {
          await runJobs(stub, `bench-${c.id}`, profile.workerRewarmJobs, profile.workerRunTimeoutMs);
        }
      }
      const cpuBefore = await runner.call('cpu', {});
      const before = procStats ? [readProcStats(runner.pid), readProcStats(stub.pid)] : [];
      // Fairness check: what the other contenders' processes, idle between their own runs, spent meanwhile.
      const others = procStats ? [...runners].filter(([id]) => id !== c.id) : [];
      const othersBefore = others.map(([, r]) => readProcStats(r.pid));
      const stats = await runJobs(stub, `bench-${c.id}`, profile.workerJobs, profile.workerRunTimeoutMs);
      const cpuUs = (await runner.call('cpu', {})) - cpuBefore;
      if (procStats) {
        ctx.log(`  ${describeProcStats(c.id, before[0], readProcStats(runner.pid), stats.total)}`);
        ctx.log(`  ${describeProcStats('  stub', before[1], readProcStats(stub.pid), stats.total)}`);
        const othersAfter = others.map(([, r]) => readProcStats(r.pid));
        ctx.log(
          `    ${describeIdleCpu(
            others.map(([id]) => id),
            othersBefore,
            othersAfter,
          )}`,
        );
      }
      if (stats.elapsedMs === null) return { failed: 'the stub saw no complete run' };
      if (stats.duplicateCompletions > 0)
        return { failed: `${stats.duplicateCompletions} jobs completed twice` };
      return {
        throughput: (stats.total / stats.elapsedMs) * 1000,
        requestsPerJob: (stats.activations + stats.completionRequests) / stats.total,
        cpuPerJob: cpuUs / stats.total,
        activationsPer1k: (stats.activations / stats.total) * 1000,
        ...(stats.latencyMs === null ? {} : { p50: stats.latencyMs.p50, p99: stats.latencyMs.p99 }),
      };
    });
    const faster = bestOfRows(
      measured,
      ['undici-loop', 'undici-batch-loop', 'undici-dispatch-batch-loop'],
      THROUGHPUT,
      FASTER_LOOP,
    );
    const rows = faster === null ? measured : [...measured, faster];
    return {
      id: 'worker',
      title: 'Worker throughput',
      method:
        `${profile.workerJobs.toLocaleString('en-US')} jobs per run, ${profile.workerConcurrency} at a time, handler ` +
        'completes at once; timed by the stub from the run’s first activation request to its last completion. ' +
        'Latency is per job, on the stub’s clock: from the activation answer that carried the job to the arrival of ' +
        'its completion (which the stub acknowledges at once). Requests per job count activations and completions; CPU ' +
        'per job is the worker process’s user + system time over the run (less sensitive to other load than jobs/s). ' +
        'Each worker runs in its own process, started once and warmed up; before each timed run a full collection ' +
        `and an unrecorded run of ${profile.workerRewarmJobs.toLocaleString('en-US')} jobs (the collection drops ` +
        'optimised code, and after a pause shrinks the young generation); between its runs it long-polls.',
      scenarios: [
        {
          id: 'activate-complete',
          title: `activate + complete, ${profile.workerConcurrency} concurrent`,
          metrics: METRICS,
          rows,
          ratios: computeRatios(rows, withBaseline ? [...RATIOS, ...BASELINE_RATIOS] : RATIOS),
          notes: [],
        },
      ],
    };
  } finally {
    await stub.call('endJobs', {}).catch(() => {});
    await Promise.all([...runners.values()].map((r) => r.close()));
    await stub.close();
  }
}
