import type { JobWorkerStats } from '@camunda-ts/worker';
import { describe, expect, it } from 'vitest';
import { renderDemoSummary } from '../src/demo-summary.js';

const stats = (completed: number, errored = 0, failed = 0): JobWorkerStats =>
  ({ completed, errored, failed }) as JobWorkerStats;

describe('renderDemoSummary', () => {
  it('reports instances, latency percentiles, throughput and jobs per type with totals', () => {
    const text = renderDemoSummary({
      target: 'the in-memory engine',
      instances: 4,
      run: {
        started: 4,
        completed: 4,
        fulfilled: 3,
        cancelled: 1,
        failed: 0,
        latenciesMs: [40, 10, 30, 20],
        firstError: undefined,
      },
      jobs: [
        { type: 'payment', strategy: 'async', stats: stats(3, 1) },
        { type: 'invoicing', strategy: 'thread', stats: stats(3, 0, 2) },
      ],
      messagesPublished: 3,
      elapsedMs: 2_000,
      setupMs: 150,
      stoppedBecause: undefined,
    });
    expect(text).toContain('instances completed  4 of 4 (3 fulfilled, 1 cancelled after a declined payment)');
    expect(text).toContain('end-to-end latency   p50 20 ms · p95 40 ms');
    expect(text).toContain('throughput           2 instances/s');
    expect(text).toMatch(/invoicing\s+thread\s+3\s+0\s+2/);
    expect(text).toMatch(/all\s+6\s+1\s+2/);
    expect(text).not.toContain('Stopped early');
  });

  it('says why a run stopped early and what was left', () => {
    const text = renderDemoSummary({
      target: 'Camunda 8.10.0 at http://localhost:8080/v2',
      instances: 10,
      run: {
        started: 6,
        completed: 3,
        fulfilled: 3,
        cancelled: 0,
        failed: 1,
        latenciesMs: [5, 6, 7],
        firstError: new Error('boom'),
      },
      jobs: [],
      messagesPublished: 3,
      elapsedMs: 1_000,
      setupMs: 10,
      stoppedBecause: 'SIGINT',
    });
    expect(text).toContain('Stopped early: SIGINT');
    expect(text).toContain(
      '1; 2 still running when the demo stopped waiting; 4 not started — first: Error: boom',
    );
  });
});
