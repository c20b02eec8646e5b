import { describe, expect, it } from 'vitest';
import type { BenchResults, ScenarioResult } from '../src/report/bench-results.js';
import { computeLimits, computeRatios } from '../src/report/compute-ratios.js';
import { formatRatio, formatSummary, formatValue } from '../src/report/format-value.js';
import { renderResultsMarkdown, renderScenario } from '../src/report/render-results.js';
import { summarize } from '../src/report/stats.js';

const rows = [
  {
    id: 'floor',
    label: 'raw undici',
    status: 'measured' as const,
    metrics: { throughput: summarize([6800, 6700, 6900]) },
  },
  {
    id: 'ours',
    label: '@camunda-ts/client',
    status: 'missing' as const,
    reason: '@camunda-ts/client is not built yet',
    metrics: {},
  },
];

const scenario: ScenarioResult = {
  id: 's',
  title: 'getTopology, concurrency 32',
  metrics: [
    { id: 'throughput', label: 'throughput', unit: 'req/s', better: 'higher' },
    { id: 'p50', label: 'p50', unit: 'ms', better: 'lower' },
  ],
  rows,
  ratios: computeRatios(rows, [
    {
      numerator: 'ours',
      denominator: 'floor',
      metric: 'throughput',
      goal: { text: '≥ 0.85×', atLeast: 0.85 },
    },
  ]),
  notes: ['a note'],
};

describe('formatting', () => {
  it('rounds rates to whole numbers with separators and keeps decimals for small durations', () => {
    expect(formatValue(6812.4, 'req/s')).toBe('6,812');
    expect(formatValue(53.62, 'inst/s')).toBe('53.6');
    expect(formatValue(0.256, 'ms')).toBe('0.26');
    expect(formatValue(19_360_000, 'bytes')).toBe('19.36 MB');
    expect(formatValue(22_200, 'bytes')).toBe('22.2 kB');
    expect(formatValue(5.83, 'percent')).toBe('5.8 %');
  });
  it('shows median with min–max, or one value when the runs agree', () => {
    expect(formatSummary(summarize([3, 1, 2]), 'count')).toBe('2 (1–3)');
    expect(formatSummary(summarize([7]), 'count')).toBe('7');
    expect(formatRatio(summarize([0.9, 0.8, 1]))).toBe('0.90× (0.80–1.00×)');
  });
});

describe('renderScenario', () => {
  const text = renderScenario(scenario);
  it('names the unit in the column title unless the cells carry it', () => {
    expect(text).toContain('| contender | throughput (req/s) | p50 (ms) |');
    const sized = renderScenario({
      ...scenario,
      metrics: [{ id: 'throughput', label: 'installed size', unit: 'bytes', better: 'lower' }],
      ratios: [],
    });
    expect(sized).toContain('| contender | installed size |');
  });
  it('prints a figure for a measured row', () => {
    expect(text).toContain('| raw undici | 6,800 (6,700–6,900) | — |');
  });
  it('prints the reason, never a number, for a row that was not measured', () => {
    expect(text).toContain(
      '| @camunda-ts/client | **not measured**: @camunda-ts/client is not built yet | — |',
    );
  });
  it('says a goal cannot be judged yet when its ratio is missing', () => {
    expect(text).toContain('n/a (@camunda-ts/client not measured) — goal ≥ 0.85×: not yet measurable');
  });
  it('escapes pipes so a reason cannot break the table', () => {
    const broken = renderScenario({
      ...scenario,
      rows: [{ id: 'x', label: 'x', status: 'failed', reason: 'a | b', metrics: {} }],
      ratios: [],
    });
    expect(broken).toContain('| x | **failed**: a \\| b | — |');
  });
});

describe('limits', () => {
  const limited: ScenarioResult = {
    ...scenario,
    metrics: [{ id: 'rss', label: 'RSS at the end', unit: 'bytes', better: 'lower' }],
    rows: [
      { id: 'w', label: 'worker', status: 'measured', metrics: { rss: summarize([92_000_000]) } },
      { id: 'x', label: 'other', status: 'failed', reason: 'broke', metrics: {} },
    ],
    ratios: [],
  };
  const limits = computeLimits(limited.rows, [
    { row: 'w', metric: 'rss', goal: { text: '≤ 100 MB', atMost: 100e6 } },
    { row: 'w', metric: 'rss', goal: { text: '≤ 90 MB', atMost: 90e6 } },
    { row: 'x', metric: 'rss', goal: { text: '≤ 100 MB', atMost: 100e6 } },
  ]);
  it('judges a single figure against its bound', () => {
    expect(limits.map((l) => l.goalMet)).toEqual([true, false, null]);
  });
  it('prints the figure, the bound and the verdict, in the scenario and in the goals table', () => {
    const text = renderScenario({ ...limited, limits });
    expect(text).toContain('- worker (RSS at the end): 92.00 MB — goal ≤ 100 MB: met');
    expect(text).toContain('- worker (RSS at the end): 92.00 MB — goal ≤ 90 MB: NOT met');
    expect(text).toContain('n/a (other not measured) — goal ≤ 100 MB: not yet measurable');
  });
});

describe('renderResultsMarkdown', () => {
  const results: BenchResults = {
    schemaVersion: 1,
    mode: 'full',
    startedAt: '2026-01-02T03:04:05.000Z',
    durationSeconds: 321,
    machine: {
      cpu: 'Test CPU',
      cores: 2,
      memoryGiB: 24,
      os: 'Linux 6',
      node: 'v20.20.2',
      commit: 'abc1234',
      loadAverage: { start: 0.1, end: 0.2 },
    },
    versions: { undici: '7.30.2' },
    settings: { requestRounds: 5 },
    suites: [{ id: 'request', title: 'Request throughput', method: 'How.', scenarios: [scenario] }],
  };
  const text = renderResultsMarkdown(results);
  it('states machine, Node version and date', () => {
    expect(text).toContain('| machine | Test CPU, 2 cores, 24 GiB, Linux 6 |');
    expect(text).toContain('| Node | v20.20.2 |');
    expect(text).toContain('| date | 2026-01-02T03:04:05.000Z (321 s) |');
  });
  it('gathers goals into one table', () => {
    expect(text).toMatch(
      /## Goals[\s\S]*getTopology, concurrency 32: @camunda-ts\/client \/ raw undici \| ≥ 0.85× \|/,
    );
  });
  it('puts the findings after the goals and before the suites', () => {
    const withFindings = renderResultsMarkdown(results, '## Findings\n\nThe pool was the cost.\n');
    const at = (text: string) => withFindings.indexOf(text);
    expect(at('The pool was the cost.')).toBeGreaterThan(at('## Goals'));
    expect(at('The pool was the cost.')).toBeLessThan(at('## 1. Request throughput'));
    expect(text).not.toContain('## Findings');
  });
  it('numbers the suites and ends with a single newline', () => {
    expect(text).toContain('## 1. Request throughput');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });
});
