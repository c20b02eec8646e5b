import type { ContenderRow, MetricSpec } from './bench-results.js';
import { summarize } from './stats.js';

/**
 * A row that holds, round by round, the better of several contenders' runs on `metric` (the larger when higher is
 * better): "the fastest reference" of each round, so that a ratio against it is paired like any other. Null when
 * one of them was not measured or their runs cannot be paired.
 */
export function bestOfRows(
  rows: readonly ContenderRow[],
  ids: readonly string[],
  metric: MetricSpec,
  row: { readonly id: string; readonly label: string },
): ContenderRow | null {
  const runs = ids.map((id) => {
    const found = rows.find((r) => r.id === id);
    return found?.status === 'measured' ? found.metrics[metric.id]?.runs : undefined;
  });
  const first = runs[0];
  if (first === undefined || runs.some((r) => r === undefined || r.length !== first.length)) return null;
  const pick = metric.better === 'higher' ? Math.max : Math.min;
  const best = first.map((_, i) => pick(...runs.map((r) => r![i]!)));
  return { ...row, status: 'measured', metrics: { [metric.id]: summarize(best) } };
}
