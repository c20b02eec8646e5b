/** Named set of knob values; `BALANCED` is the default, `LEGACY` observes without ever gating. */
export type BackpressureProfile = 'BALANCED' | 'CONSERVATIVE' | 'AGGRESSIVE' | 'LEGACY';

/**
 * The tuning knobs of the gate. Names match `BackpressureKnobs` of `@camunda-ts/config`
 * (`CAMUNDA_SDK_BACKPRESSURE_<KNOB>`), so a resolved config maps onto gate options one to one.
 */
export interface BackpressureKnobValues {
  /** Lowest concurrency limit; below it the gate paces with an escalating backoff instead. */
  readonly floor: number;
  /** Limit multiplier applied once per round trip of overload signals, 0 < f < 1. */
  readonly decreaseFactor: number;
  /** Period of the recovery timer; the limit grows after each interval without a signal. */
  readonly recoveryIntervalMs: number;
  /** Limit multiplier per quiet recovery interval (at least +1 permit), > 1. */
  readonly recoveryFactor: number;
  /** Time without any signal after which the limit is lifted entirely. */
  readonly unlimitedAfterMs: number;
  /** First backoff delay when the floor itself is overloaded. */
  readonly backoffBaseMs: number;
  /** Upper bound of the floor backoff, which doubles on each further signal. */
  readonly backoffMaxMs: number;
  /** Callers allowed to queue before `acquire` fails with `BackpressureQueueFullError`. */
  readonly maxWaiters: number;
}

/** One profile: its knob values, and whether it only observes. */
export interface BackpressureProfileSettings extends BackpressureKnobValues {
  /** When true the gate records signals and reports state but never delays a caller (`LEGACY`). */
  readonly observeOnly: boolean;
}

const balanced: BackpressureProfileSettings = Object.freeze({
  floor: 1,
  decreaseFactor: 0.9,
  recoveryIntervalMs: 200,
  recoveryFactor: 1.2,
  unlimitedAfterMs: 30_000,
  backoffBaseMs: 25,
  backoffMaxMs: 2_000,
  maxWaiters: 1_000,
  observeOnly: false,
});

/**
 * Knob values of each profile. `CONSERVATIVE` gives way sooner and recovers slower (protects a shared
 * cluster); `AGGRESSIVE` keeps more concurrency and recovers faster (throughput first); `LEGACY` has
 * `BALANCED`'s values but only observes.
 */
export const BACKPRESSURE_PROFILES: Readonly<Record<BackpressureProfile, BackpressureProfileSettings>> =
  Object.freeze({
    BALANCED: balanced,
    CONSERVATIVE: Object.freeze({
      floor: 1,
      decreaseFactor: 0.7,
      recoveryIntervalMs: 300,
      recoveryFactor: 1.1,
      unlimitedAfterMs: 60_000,
      backoffBaseMs: 50,
      backoffMaxMs: 5_000,
      maxWaiters: 1_000,
      observeOnly: false,
    }),
    AGGRESSIVE: Object.freeze({
      floor: 2,
      decreaseFactor: 0.9,
      recoveryIntervalMs: 100,
      recoveryFactor: 1.5,
      unlimitedAfterMs: 10_000,
      backoffBaseMs: 10,
      backoffMaxMs: 1_000,
      maxWaiters: 1_000,
      observeOnly: false,
    }),
    LEGACY: Object.freeze({ ...balanced, observeOnly: true }),
  });
