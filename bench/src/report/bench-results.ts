import type { Summary } from './stats.js';

/** How a figure is shown and which direction is better. */
export type MetricUnit = 'req/s' | 'jobs/s' | 'inst/s' | 'ms' | 'bytes' | 'count' | 'percent' | 'ratio';

/** One column of a scenario's table. */
export interface MetricSpec {
  readonly id: string;
  readonly label: string;
  readonly unit: MetricUnit;
  readonly better: 'higher' | 'lower';
}

/**
 * Whether a contender was measured. `missing`: its package is not built or not installed (said in the table,
 * never replaced by a number). `failed`: it ran and broke. `pending`: a slot kept for a package still to come.
 */
export type RowStatus = 'measured' | 'missing' | 'failed' | 'pending';

/** One contender's figures in one scenario. */
export interface ContenderRow {
  readonly id: string;
  readonly label: string;
  readonly status: RowStatus;
  /** Why the row has no figures (for every status but `measured`). */
  readonly reason?: string;
  /** Figures by metric id; empty unless measured. */
  readonly metrics: Readonly<Record<string, Summary>>;
}

/** A target stated in an issue: reported next to the ratio, never asserted. */
export interface Goal {
  readonly text: string;
  readonly atLeast?: number;
  readonly atMost?: number;
}

/** Which two rows to divide, on which metric. */
export interface RatioSpec {
  readonly numerator: string;
  readonly denominator: string;
  readonly metric: string;
  readonly goal?: Goal;
}

/** A pair-by-pair ratio, or the reason it could not be computed. */
export interface RatioRow {
  readonly numerator: string;
  readonly denominator: string;
  readonly metric: string;
  readonly ratio: Summary | null;
  readonly reason?: string;
  readonly goal?: Goal;
  /** null when there is no goal or no ratio. */
  readonly goalMet: boolean | null;
}

/** A bound on one contender's figure (not a ratio): e.g. RSS at the end of a soak ≤ 100 MB. */
export interface LimitSpec {
  readonly row: string;
  readonly metric: string;
  readonly goal: Goal;
}

/** A bound, checked against the median of the row's runs. */
export interface LimitRow extends LimitSpec {
  readonly value: Summary | null;
  readonly reason?: string;
  /** null when there is no figure. */
  readonly goalMet: boolean | null;
}

/** One table: the same measurement for every contender. */
export interface ScenarioResult {
  readonly id: string;
  readonly title: string;
  readonly metrics: readonly MetricSpec[];
  readonly rows: readonly ContenderRow[];
  readonly ratios: readonly RatioRow[];
  /** Bounds on single figures, shown after the ratios and in the goals table. */
  readonly limits?: readonly LimitRow[];
  readonly notes: readonly string[];
}

/** Names of the suites, in the order they run. */
export const SUITE_IDS = [
  'request',
  'worker',
  'e2e',
  'cold-start',
  'footprint',
  'backpressure',
  'soak',
  'browser-bundle',
] as const;

/** A suite id. */
export type SuiteId = (typeof SUITE_IDS)[number];

/** A group of scenarios, one per section of RESULTS.md. */
export interface SuiteResult {
  readonly id: SuiteId;
  readonly title: string;
  /** What is measured and how, in a sentence or two. */
  readonly method: string;
  readonly scenarios: readonly ScenarioResult[];
  /** Set when the whole suite could not run (for example its server package is not built). */
  readonly skipped?: string;
}

/** Where and with what the figures were taken. */
export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly commit: string | null;
  /** One-minute load average when the run started and when it ended: other work on the machine skews figures. */
  readonly loadAverage: { readonly start: number; readonly end: number };
}

/** The whole output: `results.json`, and the input of RESULTS.md. */
export interface BenchResults {
  readonly schemaVersion: 1;
  readonly mode: 'quick' | 'full';
  readonly startedAt: string;
  readonly durationSeconds: number;
  readonly machine: MachineInfo;
  /** Versions of the things compared (official SDK, undici, Node's bundled undici for fetch). */
  readonly versions: Readonly<Record<string, string>>;
  /** Counts and durations the run used. */
  readonly settings: Readonly<Record<string, number | string>>;
  readonly suites: readonly SuiteResult[];
}
