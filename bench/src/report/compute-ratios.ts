import type { ContenderRow, Goal, LimitRow, LimitSpec, RatioRow, RatioSpec } from './bench-results.js';
import { pairRatio } from './pair-ratio.js';

/**
 * Computes each requested ratio from the rows' per-run figures. A ratio whose side was not measured carries the
 * reason instead of a number.
 */
export function computeRatios(rows: readonly ContenderRow[], specs: readonly RatioSpec[]): RatioRow[] {
  return specs.map((spec) => {
    const base = { numerator: spec.numerator, denominator: spec.denominator, metric: spec.metric };
    const withGoal = spec.goal === undefined ? base : { ...base, goal: spec.goal };
    const top = rows.find((r) => r.id === spec.numerator);
    const bottom = rows.find((r) => r.id === spec.denominator);
    const unavailable = [top, bottom].find((r) => r === undefined || r.status !== 'measured');
    if (top === undefined || bottom === undefined || unavailable !== undefined) {
      const which = unavailable?.label ?? (top === undefined ? spec.numerator : spec.denominator);
      return { ...withGoal, ratio: null, reason: `${which} not measured`, goalMet: null };
    }
    const a = top.metrics[spec.metric];
    const b = bottom.metrics[spec.metric];
    if (a === undefined || b === undefined) {
      return { ...withGoal, ratio: null, reason: `no ${spec.metric} figure`, goalMet: null };
    }
    if (a.runs.length !== b.runs.length || b.runs.some((v) => v === 0)) {
      return { ...withGoal, ratio: null, reason: 'runs cannot be paired', goalMet: null };
    }
    const ratio = pairRatio(a.runs, b.runs);
    return {
      ...withGoal,
      ratio,
      goalMet: spec.goal === undefined ? null : meetsGoal(ratio.median, spec.goal),
    };
  });
}

/** Checks each bound against the median of its row's runs; a row not measured carries the reason instead. */
export function computeLimits(rows: readonly ContenderRow[], specs: readonly LimitSpec[]): LimitRow[] {
  return specs.map((spec) => {
    const row = rows.find((r) => r.id === spec.row);
    if (row === undefined || row.status !== 'measured') {
      return { ...spec, value: null, reason: `${row?.label ?? spec.row} not measured`, goalMet: null };
    }
    const value = row.metrics[spec.metric];
    if (value === undefined)
      return { ...spec, value: null, reason: `no ${spec.metric} figure`, goalMet: null };
    return { ...spec, value, goalMet: meetsGoal(value.median, spec.goal) };
  });
}

function meetsGoal(value: number, goal: Goal): boolean {
  if (goal.atLeast !== undefined && value < goal.atLeast) return false;
  if (goal.atMost !== undefined && value > goal.atMost) return false;
  return true;
}
