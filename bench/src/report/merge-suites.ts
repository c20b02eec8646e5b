import { type BenchResults, SUITE_IDS } from './bench-results.js';

/**
 * The committed results with the suites of a partial run (`pnpm bench --only …`) put in their place, in the
 * bench's order. The run's header (date, machine, load, settings) stays the full run's: the other figures were
 * taken then; versions are merged.
 */
export function mergeSuites(previous: BenchResults, partial: BenchResults): BenchResults {
  const updated = new Map(partial.suites.map((suite) => [suite.id, suite]));
  const kept = previous.suites.filter((suite) => !updated.has(suite.id));
  const suites = [...kept, ...partial.suites].sort(
    (a, b) => SUITE_IDS.indexOf(a.id) - SUITE_IDS.indexOf(b.id),
  );
  return { ...previous, versions: { ...previous.versions, ...partial.versions }, suites };
}
