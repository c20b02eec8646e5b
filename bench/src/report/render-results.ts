import type {
  BenchResults,
  ContenderRow,
  LimitRow,
  MetricUnit,
  RatioRow,
  ScenarioResult,
  SuiteResult,
} from './bench-results.js';
import { formatRatio, formatSummary } from './format-value.js';

const escapeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** A column title: the unit in brackets where the cells do not already say it. */
function headerLabel(label: string, unit: MetricUnit): string {
  return unit === 'bytes' || unit === 'count' || unit === 'percent' || unit === 'ratio'
    ? label
    : `${label} (${unit})`;
}

function rowLabel(scenario: ScenarioResult, id: string): string {
  return scenario.rows.find((r) => r.id === id)?.label ?? id;
}

function statusText(row: ContenderRow): string {
  const word = row.status === 'missing' ? 'not measured' : row.status === 'pending' ? 'pending' : 'failed';
  return `**${word}**: ${row.reason ?? 'no reason given'}`;
}

/** A scenario as a Markdown table, one row per contender, followed by its ratios. */
export function renderScenario(scenario: ScenarioResult): string {
  const head = ['contender', ...scenario.metrics.map((m) => headerLabel(m.label, m.unit))];
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
  ];
  for (const row of scenario.rows) {
    const cells =
      row.status === 'measured'
        ? scenario.metrics.map((m) => {
            const summary = row.metrics[m.id];
            return summary === undefined ? '—' : formatSummary(summary, m.unit);
          })
        : [statusText(row), ...scenario.metrics.slice(1).map(() => '—')];
    lines.push(`| ${[row.label, ...cells].map(escapeCell).join(' | ')} |`);
  }
  const out = [`### ${scenario.title}`, '', ...lines];
  const limits = scenario.limits ?? [];
  if (scenario.ratios.length > 0 || limits.length > 0) {
    out.push('');
    for (const ratio of scenario.ratios) out.push(`- ${renderRatio(scenario, ratio)}`);
    for (const limit of limits) out.push(`- ${renderLimit(scenario, limit)}`);
  }
  if (scenario.notes.length > 0) {
    out.push('');
    for (const note of scenario.notes) out.push(`> ${note}`);
  }
  return out.join('\n');
}

function metricLabel(scenario: ScenarioResult, id: string): string {
  return scenario.metrics.find((m) => m.id === id)?.label ?? id;
}

/** `a / b (metric): 0.91× (0.89–0.93) — goal ≥ 0.85×: met`. */
export function renderRatio(scenario: ScenarioResult, ratio: RatioRow): string {
  const name = `${rowLabel(scenario, ratio.numerator)} / ${rowLabel(scenario, ratio.denominator)} (${metricLabel(scenario, ratio.metric)})`;
  const value = ratio.ratio === null ? `n/a (${ratio.reason ?? 'not computed'})` : formatRatio(ratio.ratio);
  const goal = ratio.goal === undefined ? '' : ` — goal ${ratio.goal.text}: ${goalWord(ratio.goalMet)}`;
  return `${name}: ${value}${goal}`;
}

function limitValue(scenario: ScenarioResult, limit: LimitRow): string {
  const unit = scenario.metrics.find((m) => m.id === limit.metric)?.unit ?? 'count';
  return limit.value === null ? `n/a (${limit.reason ?? 'not measured'})` : formatSummary(limit.value, unit);
}

/** `row (metric): 92.1 MB — goal ≤ 100 MB: met`. */
export function renderLimit(scenario: ScenarioResult, limit: LimitRow): string {
  const name = `${rowLabel(scenario, limit.row)} (${metricLabel(scenario, limit.metric)})`;
  return `${name}: ${limitValue(scenario, limit)} — goal ${limit.goal.text}: ${goalWord(limit.goalMet)}`;
}

function goalWord(met: boolean | null): string {
  return met === null ? 'not yet measurable' : met ? 'met' : 'NOT met';
}

function renderSuite(suite: SuiteResult, index: number): string {
  const out = [`## ${index + 1}. ${suite.title}`, '', suite.method];
  if (suite.skipped !== undefined) out.push('', `**Not run**: ${suite.skipped}`);
  for (const scenario of suite.scenarios) out.push('', renderScenario(scenario));
  return out.join('\n');
}

/** Every ratio that carries a goal, gathered into one table at the top. */
function renderGoals(results: BenchResults): string[] {
  const rows: string[] = [];
  for (const suite of results.suites) {
    for (const scenario of suite.scenarios) {
      for (const ratio of scenario.ratios) {
        if (ratio.goal === undefined) continue;
        const value =
          ratio.ratio === null ? `n/a (${ratio.reason ?? 'not computed'})` : formatRatio(ratio.ratio);
        const what = `${scenario.title}: ${rowLabel(scenario, ratio.numerator)} / ${rowLabel(scenario, ratio.denominator)}`;
        rows.push(
          `| ${escapeCell(what)} | ${ratio.goal.text} | ${escapeCell(value)} | ${goalWord(ratio.goalMet)} |`,
        );
      }
      for (const limit of scenario.limits ?? []) {
        const what = `${scenario.title}: ${rowLabel(scenario, limit.row)}, ${metricLabel(scenario, limit.metric)}`;
        rows.push(
          `| ${escapeCell(what)} | ${limit.goal.text} | ${escapeCell(limitValue(scenario, limit))} | ${goalWord(limit.goalMet)} |`,
        );
      }
    }
  }
  if (rows.length === 0) return [];
  return ['## Goals', '', '| figure | goal | measured | |', '| --- | --- | ---: | --- |', ...rows, ''];
}

/**
 * The whole RESULTS.md (also what the run prints). `findings` (Markdown, from `bench/FINDINGS.md`) follows the
 * goals table: what profiling showed and what changed the figures, kept next to them across runs.
 */
export function renderResultsMarkdown(results: BenchResults, findings?: string): string {
  const m = results.machine;
  const settings = Object.entries(results.settings)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const versions = Object.entries(results.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`pnpm bench${results.mode === 'quick' ? ' --quick' : ''}\`; do not edit by hand. Methods: [README.md](README.md).`,
    '',
    '| | |',
    '| --- | --- |',
    `| date | ${results.startedAt} (${results.durationSeconds.toFixed(0)} s) |`,
    `| machine | ${escapeCell(m.cpu)}, ${m.cores} cores, ${m.memoryGiB} GiB, ${escapeCell(m.os)} |`,
    `| Node | ${m.node} |`,
    `| commit | ${m.commit ?? 'unknown'} |`,
    `| load average (1 min) | ${m.loadAverage.start.toFixed(2)} at start, ${m.loadAverage.end.toFixed(2)} at end |`,
    `| mode | ${results.mode} |`,
    `| settings | ${escapeCell(settings)} |`,
    `| versions | ${escapeCell(versions)} |`,
    '',
    'Each figure is the median of the runs, with the smallest and largest run in brackets. Ratios are taken pair by',
    'pair (run i of one contender over run i of the other, measured in the same round), then summarised the same way.',
    'Goals are reported, not asserted.',
    '',
    ...renderGoals(results),
    ...(findings === undefined || findings.trim() === '' ? [] : [findings.trim(), '']),
    ...results.suites.map((suite, i) => `${renderSuite(suite, i)}\n`),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
