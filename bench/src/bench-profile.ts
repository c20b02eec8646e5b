/** Counts and durations of one bench run. */
export interface BenchProfile {
  readonly mode: 'quick' | 'full';
  /**
   * Runs per figure in the request suite (each contender once per round). Many short rounds rather than a few long
   * ones: the two runs of a pair are closer in time, so a burst of other work on the machine skews fewer pairs.
   */
  readonly requestRounds: number;
  readonly requestWarmupMs: number;
  readonly requestDurationMs: number;
  /** Size of the variables sent with createProcessInstance. */
  readonly payloadBytes: number;
  readonly workerRounds: number;
  readonly workerJobs: number;
  readonly workerWarmupJobs: number;
  /**
   * The unrecorded run after the full collection before each timed run: long enough for V8 to re-optimise the code
   * the collection dropped and to grow back the young generation it shrank after a pause.
   */
  readonly workerRewarmJobs: number;
  readonly workerConcurrency: number;
  /** A worker run that has not completed its jobs by then is reported as failed. */
  readonly workerRunTimeoutMs: number;
  readonly coldStartRounds: number;
  readonly e2eRounds: number;
  /** Demo process instances per end-to-end run. */
  readonly e2eInstances: number;
  /** Creations in flight at once, and each worker's concurrent jobs. */
  readonly e2eConcurrency: number;
  readonly e2eRunTimeoutMs: number;
  readonly backpressureRounds: number;
  readonly backpressureDurationMs: number;
  /** Jobs through one worker in the soak (one run, at full speed). */
  readonly soakJobs: number;
  /** Jobs before the soak's baseline is taken (compiled code, pools and buffers at their working size). */
  readonly soakWarmupJobs: number;
  readonly soakRunTimeoutMs: number;
}

/** `--quick`: small counts for a CI smoke run (well under two minutes on two cores). */
export const QUICK_PROFILE: BenchProfile = {
  mode: 'quick',
  requestRounds: 3,
  requestWarmupMs: 100,
  requestDurationMs: 250,
  payloadBytes: 10_240,
  workerRounds: 3,
  workerJobs: 1_000,
  workerWarmupJobs: 200,
  workerRewarmJobs: 200,
  workerConcurrency: 32,
  workerRunTimeoutMs: 30_000,
  coldStartRounds: 4,
  e2eRounds: 3,
  e2eInstances: 100,
  e2eConcurrency: 32,
  e2eRunTimeoutMs: 30_000,
  backpressureRounds: 3,
  backpressureDurationMs: 800,
  soakJobs: 50_000,
  soakWarmupJobs: 5_000,
  soakRunTimeoutMs: 60_000,
};

/** The full run whose figures go into RESULTS.md. */
export const FULL_PROFILE: BenchProfile = {
  mode: 'full',
  requestRounds: 9,
  requestWarmupMs: 300,
  requestDurationMs: 700,
  payloadBytes: 10_240,
  workerRounds: 5,
  workerJobs: 20_000,
  workerWarmupJobs: 2_000,
  workerRewarmJobs: 10_000,
  workerConcurrency: 32,
  workerRunTimeoutMs: 120_000,
  coldStartRounds: 15,
  e2eRounds: 5,
  e2eInstances: 1_000,
  e2eConcurrency: 32,
  e2eRunTimeoutMs: 120_000,
  backpressureRounds: 5,
  backpressureDurationMs: 5_000,
  soakJobs: 1_000_000,
  soakWarmupJobs: 20_000,
  soakRunTimeoutMs: 900_000,
};
