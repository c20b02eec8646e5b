import type { ChildHandle } from '../child/start-child.js';
import type { LimitSpec, MetricSpec, SuiteResult } from '../report/bench-results.js';
import { computeLimits } from '../report/compute-ratios.js';
import { summarize } from '../report/stats.js';
import type { WorkerRunnerApi } from '../runners/worker-runner.js';
import type { WorkerContenderId } from '../runners/worker-subjects.js';
import type { BenchContext } from './bench-context.js';
import type { RunFigures } from './measure-in-rounds.js';
import { runJobs } from './run-jobs.js';
import type { StubApi } from './stub-api.js';

const CONTENDERS: ReadonlyArray<{ id: WorkerContenderId; label: string }> = [
  { id: 'camunda-ts-async', label: '@camunda-ts/worker, async strategy' },
  { id: 'undici-batch-loop', label: 'hand-written undici batch loop (reference)' },
  { id: 'undici-dispatch-batch-loop', label: 'hand-written undici batch loop, dispatch (reference)' },
];

const METRICS: readonly MetricSpec[] = [
  { id: 'throughput', label: 'throughput', unit: 'jobs/s', better: 'higher' },
  { id: 'firstTenth', label: 'first 10 %', unit: 'jobs/s', better: 'higher' },
  { id: 'lastTenth', label: 'last 10 %', unit: 'jobs/s', better: 'higher' },
  { id: 'lastOverFirst', label: 'last 10 % / first 10 %', unit: 'ratio', better: 'higher' },
  { id: 'rssStart', label: 'RSS after warm-up', unit: 'bytes', better: 'lower' },
  { id: 'rssPeak', label: 'RSS, highest sample', unit: 'bytes', better: 'lower' },
  { id: 'rssEnd', label: 'RSS at the end', unit: 'bytes', better: 'lower' },
  { id: 'heapStart', label: 'live heap after warm-up', unit: 'bytes', better: 'lower' },
  { id: 'heapEnd', label: 'live heap at the end', unit: 'bytes', better: 'lower' },
  { id: 'heapGrowthPer100k', label: 'live heap growth per 100k jobs', unit: 'bytes', better: 'lower' },
];

const LIMITS: readonly LimitSpec[] = [
  { row: 'camunda-ts-async', metric: 'rssEnd', goal: { text: '≤ 100 MB', atMost: 100e6 } },
  { row: 'camunda-ts-async', metric: 'heapGrowthPer100k', goal: { text: '≤ 0.2 MB', atMost: 0.2e6 } },
  { row: 'camunda-ts-async', metric: 'lastOverFirst', goal: { text: '≥ 0.95 (within 5 %)', atLeast: 0.95 } },
];

interface Sample {
  readonly jobs: number;
  readonly rss: number;
  readonly heapUsed: number;
}

/** Slope of the least-squares line through the samples: live-heap bytes per job. */
export function heapSlope(samples: readonly Sample[]): number {
  const n = samples.length;
  if (n < 2) return 0;
  const mx = samples.reduce((a, s) => a + s.jobs, 0) / n;
  const my = samples.reduce((a, s) => a + s.heapUsed, 0) / n;
  let num = 0;
  let den = 0;
  for (const s of samples) {
    num += (s.jobs - mx) * (s.heapUsed - my);
    den += (s.jobs - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

async function soakOne(
  ctx: BenchContext,
  stub: ChildHandle<StubApi>,
  url: string,
  contender: WorkerContenderId,
): Promise<RunFigures> {
  const { profile } = ctx;
  const runner = await ctx.spawn<WorkerRunnerApi>('worker-runner', `soak runner (${contender})`, [
    '--expose-gc',
  ]);
  try {
    const setup = await runner.call('setup', {
      contender,
      baseUrl: url,
      concurrency: profile.workerConcurrency,
      handlers: { camundaTs: '', official: '' },
    });
    if (!setup.ready) return { failed: setup.reason };
    const jobType = `soak-${contender}`;
    await runner.call('start', { jobType });
    await runJobs(stub, jobType, profile.soakWarmupJobs, profile.soakRunTimeoutMs);
    // BENCH_HEAP_SNAPSHOTS=<dir>: heap snapshots of the worker after the warm-up, half-way and at the end.
    const snapshots = process.env.BENCH_HEAP_SNAPSHOTS;
    if (snapshots) await runner.call('heapSnapshot', { dir: snapshots, label: `${contender}-start` });
    // BENCH_HEAP_SAMPLING=<dir>: sampled allocations of the sixth tenth of the run that survived a scavenge (what
    // makes V8 grow its young generation), by allocation site; BENCH_HEAP_SAMPLING_ALL=1 samples every
    // allocation. Only one tenth, between two samples: the full collection of a sample would count the young
    // garbage it sweeps as survivors.
    const sampling = process.env.BENCH_HEAP_SAMPLING;
    const survivors = process.env.BENCH_HEAP_SAMPLING_ALL !== '1';
    const start = await runner.call('memory', {});
    const samples: Promise<Sample>[] = [];
    const stop = stub.on('jobs-progress', (data) => {
      const { decile, stats } = data as { decile: number; stats: { jobType: string; total: number } };
      if (stats.jobType !== jobType || decile >= 10) return;
      const jobs = (decile * stats.total) / 10;
      // Mid-run, what is in flight: the objects a scavenge would find alive.
      if (snapshots && decile === 5)
        void runner.call('heapSnapshot', { dir: snapshots, label: `${contender}-mid` }).catch(() => {});
      if (sampling && decile === 6)
        void runner.call('stopHeapSampling', { dir: sampling, label: contender }).catch(() => {});
      const sample = runner.call('memory', {});
      if (sampling && decile === 5) void sample.then(() => runner.call('startHeapSampling', { survivors }));
      samples.push(sample.then((m) => ({ jobs, rss: m.rss, heapUsed: m.heapUsed })));
    });
    const stats = await runJobs(stub, jobType, profile.soakJobs, profile.soakRunTimeoutMs).finally(stop);
    const end = await runner.call('memory', {});
    if (snapshots) await runner.call('heapSnapshot', { dir: snapshots, label: `${contender}-end` });
    const all: Sample[] = [
      { jobs: 0, rss: start.rss, heapUsed: start.heapUsed },
      ...(await Promise.all(samples)),
      { jobs: stats.total, rss: end.rss, heapUsed: end.heapUsed },
    ];
    const d = stats.deciles;
    if (stats.elapsedMs === null || d.length < 10) return { failed: 'the stub saw no complete run' };
    const tenth = stats.total / 10;
    const firstTenth = (tenth / d[0]!) * 1000;
    const lastTenth = (tenth / (d[9]! - d[8]!)) * 1000;
    return {
      throughput: (stats.total / stats.elapsedMs) * 1000,
      firstTenth,
      lastTenth,
      lastOverFirst: lastTenth / firstTenth,
      rssStart: start.rss,
      rssPeak: Math.max(...all.map((s) => s.rss)),
      rssEnd: end.rss,
      heapStart: start.heapUsed,
      heapEnd: end.heapUsed,
      heapGrowthPer100k: Math.max(0, heapSlope(all) * 100_000),
    };
  } finally {
    await runner.close();
  }
}

/** Soak: a long run of jobs through one worker at full speed, watching its memory and its pace. */
export async function runSoakSuite(ctx: BenchContext): Promise<SuiteResult> {
  const { profile } = ctx;
  const stub = await ctx.spawn<StubApi>('stub-server', 'stub server (soak)');
  try {
    const { url } = await stub.call('info', {});
    const rows = [];
    for (const c of CONTENDERS) {
      ctx.log(`  soak: ${c.label}, ${profile.soakJobs.toLocaleString('en-US')} jobs …`);
      const figures = await soakOne(ctx, stub, url, c.id).catch((error: unknown) => ({
        failed: error instanceof Error ? error.message : String(error),
      }));
      if ('failed' in figures && typeof figures.failed === 'string') {
        rows.push({ ...c, status: 'failed' as const, reason: figures.failed, metrics: {} });
      } else {
        const metrics = Object.fromEntries(
          Object.entries(figures as Record<string, number>).map(([k, v]) => [k, summarize([v])]),
        );
        rows.push({ ...c, status: 'measured' as const, metrics });
      }
    }
    return {
      id: 'soak',
      title: 'Soak',
      method:
        `${profile.soakJobs.toLocaleString('en-US')} jobs through one worker in one run, ` +
        `${profile.workerConcurrency} at a time, handler completes at once, after a warm-up of ` +
        `${profile.soakWarmupJobs.toLocaleString('en-US')} jobs. Each worker in its own process (\`--expose-gc\`). ` +
        'At every tenth of the run the bench samples the worker’s RSS, then its live heap after a full ' +
        'collection; heap growth is the slope of the least-squares line through those samples. The pace of the ' +
        'first and last tenth is timed by the stub.',
      scenarios: [
        {
          id: 'soak',
          title: `${profile.soakJobs.toLocaleString('en-US')} jobs, one worker, full speed`,
          metrics: METRICS,
          rows,
          ratios: [],
          limits: computeLimits(rows, LIMITS),
          notes: [],
        },
      ],
    };
  } finally {
    await stub.call('endJobs', {}).catch(() => {});
    await stub.close();
  }
}
