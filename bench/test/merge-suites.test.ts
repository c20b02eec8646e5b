import { describe, expect, it } from 'vitest';
import type { BenchResults, SuiteId, SuiteResult } from '../src/report/bench-results.js';
import { mergeSuites } from '../src/report/merge-suites.js';

function suite(id: SuiteId, title: string): SuiteResult {
  return { id, title, method: '', scenarios: [] };
}

function results(startedAt: string, suites: SuiteResult[], versions: Record<string, string>): BenchResults {
  return {
    schemaVersion: 1,
    mode: 'full',
    startedAt,
    durationSeconds: 1,
    machine: {
      cpu: 'cpu',
      cores: 2,
      memoryGiB: 1,
      os: 'os',
      node: 'v20',
      commit: null,
      loadAverage: { start: 0, end: 0 },
    },
    versions,
    settings: {},
    suites,
  };
}

describe('mergeSuites', () => {
  it('replaces the suites of a partial run, keeps the others in bench order and the full run header', () => {
    const full = results(
      'full-run',
      [suite('request', 'old request'), suite('footprint', 'old footprint'), suite('backpressure', 'old bp')],
      { a: '1' },
    );
    const partial = results(
      'partial-run',
      [suite('browser-bundle', 'new bundle'), suite('request', 'new request')],
      {
        b: '2',
      },
    );
    const merged = mergeSuites(full, partial);
    expect(merged.suites.map((s) => s.title)).toEqual([
      'new request',
      'old footprint',
      'new bundle',
      'old bp',
    ]);
    expect(merged.startedAt).toBe('full-run');
    expect(merged.versions).toEqual({ a: '1', b: '2' });
  });
});
