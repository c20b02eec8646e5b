import type { ContenderRow, RowStatus } from '../report/bench-results.js';
import { summarize } from '../report/stats.js';

/** A contender of one scenario: runnable, or the reason it is not. */
export interface Contender {
  readonly id: string;
  readonly label: string;
  readonly unavailable?: { readonly status: Exclude<RowStatus, 'measured'>; readonly reason: string };
}

/** One run's figures by metric id; `failed` instead ends the contender's participation in this scenario. */
export type RunFigures = Readonly<Record<string, number>> | { readonly failed: string };

/**
 * Measures every runnable contender once per round, in the order {@link roundOrder} gives, so that over the rounds
 * each contender goes first and each follows a different neighbour, instead of always the same one (which a plain
 * rotation of one order keeps). A contender that fails a run is reported as failed with the reason, and stops being
 * measured.
 */
export async function measureInRounds(
  contenders: readonly Contender[],
  rounds: number,
  measureOne: (contender: Contender, round: number) => Promise<RunFigures>,
): Promise<ContenderRow[]> {
  const runs = new Map<string, Record<string, number[]>>();
  const failures = new Map<string, string>();
  const runnable = contenders.filter((c) => c.unavailable === undefined);
  for (let round = 0; round < rounds; round += 1) {
    const order = roundOrder(runnable.length, round);
    for (let i = 0; i < runnable.length; i += 1) {
      const contender = runnable[order[i] as number]!;
      if (failures.has(contender.id)) continue;
      let figures: RunFigures;
      try {
        figures = await measureOne(contender, round);
      } catch (error) {
        figures = { failed: error instanceof Error ? error.message : String(error) };
      }
      if ('failed' in figures && typeof figures.failed === 'string') {
        failures.set(contender.id, figures.failed);
        continue;
      }
      const byMetric = runs.get(contender.id) ?? {};
      for (const [metric, value] of Object.entries(figures as Record<string, number>)) {
        const values = byMetric[metric] ?? [];
        values.push(value);
        byMetric[metric] = values;
      }
      runs.set(contender.id, byMetric);
    }
  }
  return contenders.map((c): ContenderRow => {
    if (c.unavailable !== undefined) {
      return {
        id: c.id,
        label: c.label,
        status: c.unavailable.status,
        reason: c.unavailable.reason,
        metrics: {},
      };
    }
    const failure = failures.get(c.id);
    if (failure !== undefined)
      return { id: c.id, label: c.label, status: 'failed', reason: failure, metrics: {} };
    const byMetric = runs.get(c.id) ?? {};
    const metrics = Object.fromEntries(
      Object.entries(byMetric).map(([metric, values]) => [metric, summarize(values)]),
    );
    return { id: c.id, label: c.label, status: 'measured', metrics };
  });
}

/**
 * The order of round `round` for `n` contenders (indexes): the rows of a Williams design, a balanced Latin square.
 * Over `n` rounds (`2n` for an odd `n`, whose second half reverses the first) every contender runs in every
 * position once and right after every other contender equally often; fewer rounds get as many of those rows.
 */
export function roundOrder(n: number, round: number): number[] {
  const first: number[] = [];
  for (let j = 0; j < n; j += 1) first.push(j === 0 ? 0 : j % 2 === 1 ? (j + 1) / 2 : n - j / 2);
  const row = round % (n % 2 === 0 ? n : 2 * n);
  const shifted = first.map((k) => (k + row) % n);
  return row < n ? shifted : first.map((k) => (k + row - n) % n).reverse();
}
