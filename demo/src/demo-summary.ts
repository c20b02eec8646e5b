import { formatCount, formatDuration, formatRate } from './format.js';
import type { JobTypeReport } from './order-workers.js';
import { percentile } from './percentile.js';
import { renderTable } from './render-table.js';
import type { OrderRunState } from './run-orders.js';

/** Everything the closing summary reports. */
export interface DemoSummary {
  readonly target: string;
  readonly instances: number;
  readonly run: OrderRunState;
  readonly jobs: readonly JobTypeReport[];
  readonly messagesPublished: number;
  /** From the first creation to the last answer. */
  readonly elapsedMs: number;
  /** Engine start or connection, deployment and worker start-up. */
  readonly setupMs: number;
  /** Why the run ended early, if it did. */
  readonly stoppedBecause: string | undefined;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** The summary table printed at the end of a run. */
export function renderDemoSummary(summary: DemoSummary): string {
  const { run } = summary;
  const sorted = [...run.latenciesMs].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  const notStarted = summary.instances - run.started;
  const abandoned = run.started - run.completed - run.failed;
  const jobTotals = summary.jobs.reduce(
    (sum, { stats }) => ({
      completed: sum.completed + stats.completed,
      errored: sum.errored + stats.errored,
      failed: sum.failed + stats.failed,
    }),
    { completed: 0, errored: 0, failed: 0 },
  );

  const facts: Array<[string, string]> = [
    [
      'instances completed',
      `${formatCount(run.completed)} of ${formatCount(summary.instances)}` +
        ` (${formatCount(run.fulfilled)} fulfilled, ${formatCount(run.cancelled)} cancelled after a declined payment)`,
    ],
    [
      'failed instances',
      formatCount(run.failed) +
        (abandoned > 0 ? `; ${formatCount(abandoned)} still running when the demo stopped waiting` : '') +
        (notStarted > 0 ? `; ${formatCount(notStarted)} not started` : '') +
        (run.firstError === undefined ? '' : ` — first: ${describeError(run.firstError)}`),
    ],
    [
      'end-to-end latency',
      p50 === undefined || p95 === undefined
        ? '–'
        : `p50 ${formatDuration(p50)} · p95 ${formatDuration(p95)}`,
    ],
    ['throughput', `${formatRate(run.completed, summary.elapsedMs)} instances/s`],
    [
      'elapsed',
      `${formatDuration(summary.elapsedMs)} (setup before that: ${formatDuration(summary.setupMs)})`,
    ],
    ['messages published', formatCount(summary.messagesPublished)],
  ];
  const width = Math.max(...facts.map(([label]) => label.length));

  const jobRows = summary.jobs.map(({ type, strategy, stats }) => [
    type,
    strategy,
    formatCount(stats.completed),
    formatCount(stats.errored),
    formatCount(stats.failed),
  ]);
  jobRows.push([
    'all',
    '',
    formatCount(jobTotals.completed),
    formatCount(jobTotals.errored),
    formatCount(jobTotals.failed),
  ]);

  return [
    `Order fulfilment on ${summary.target}`,
    ...(summary.stoppedBecause === undefined ? [] : [`Stopped early: ${summary.stoppedBecause}`]),
    '',
    ...facts.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    '',
    renderTable(['job type', 'strategy', 'completed', 'BPMN errors', 'failed (retried)'], jobRows, [
      'left',
      'left',
      'right',
      'right',
      'right',
    ]),
  ].join('\n');
}
