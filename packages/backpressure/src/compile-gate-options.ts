import type {
  BackpressureChangeEvent,
  BackpressureClock,
  BackpressureGateOptions,
} from './backpressure-gate.js';
import { BackpressureOptionsError } from './backpressure-options-error.js';
import {
  BACKPRESSURE_PROFILES,
  type BackpressureKnobValues,
  type BackpressureProfile,
} from './backpressure-profiles.js';
import { DEFAULT_EXEMPT_OPERATIONS, DEFAULT_LONG_POLL_OPERATIONS } from './default-operations.js';

/** Gate options with defaults applied and values checked, compiled once per gate. */
export interface CompiledGateOptions extends BackpressureKnobValues {
  readonly profile: BackpressureProfile;
  readonly observeOnly: boolean;
  readonly latencyTolerance: number;
  readonly exempt: ReadonlySet<string>;
  readonly longPoll: ReadonlySet<string>;
  readonly clock: BackpressureClock;
  readonly onChange: ((event: BackpressureChangeEvent) => void) | undefined;
  readonly random: () => number;
}

/** Default latency ratio above which the gate stops growing its limit. */
const DEFAULT_LATENCY_TOLERANCE = 2;

/** Monotonic time, so a wall-clock jump never looks like a long quiet period. */
const systemClock: BackpressureClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function check(name: string, value: number, valid: boolean, rule: string): number {
  if (!valid) {
    throw new BackpressureOptionsError(
      name,
      `Backpressure option ${name} must be ${rule} (got ${String(value)})`,
    );
  }
  return value;
}

/** Applies the profile and the overrides, and rejects values the algorithm cannot work with. */
export function compileGateOptions(options: BackpressureGateOptions): CompiledGateOptions {
  const profile = options.profile ?? 'BALANCED';
  const base = Object.hasOwn(BACKPRESSURE_PROFILES, profile) ? BACKPRESSURE_PROFILES[profile] : undefined;
  if (base === undefined) {
    throw new BackpressureOptionsError(
      'profile',
      `Backpressure option profile must be one of ${Object.keys(BACKPRESSURE_PROFILES).join(', ')} (got ${String(profile)})`,
    );
  }
  const floor = options.floor ?? base.floor;
  const decreaseFactor = options.decreaseFactor ?? base.decreaseFactor;
  const recoveryIntervalMs = options.recoveryIntervalMs ?? base.recoveryIntervalMs;
  const recoveryFactor = options.recoveryFactor ?? base.recoveryFactor;
  const unlimitedAfterMs = options.unlimitedAfterMs ?? base.unlimitedAfterMs;
  const backoffBaseMs = options.backoffBaseMs ?? base.backoffBaseMs;
  const backoffMaxMs = options.backoffMaxMs ?? base.backoffMaxMs;
  const maxWaiters = options.maxWaiters ?? base.maxWaiters;
  const latencyTolerance = options.latencyTolerance ?? DEFAULT_LATENCY_TOLERANCE;
  return Object.freeze({
    profile,
    observeOnly: base.observeOnly,
    floor: check('floor', floor, Number.isSafeInteger(floor) && floor >= 1, 'an integer ≥ 1'),
    decreaseFactor: check(
      'decreaseFactor',
      decreaseFactor,
      decreaseFactor > 0 && decreaseFactor < 1,
      'in (0, 1)',
    ),
    recoveryIntervalMs: check(
      'recoveryIntervalMs',
      recoveryIntervalMs,
      Number.isFinite(recoveryIntervalMs) && recoveryIntervalMs > 0,
      'a positive number',
    ),
    recoveryFactor: check(
      'recoveryFactor',
      recoveryFactor,
      Number.isFinite(recoveryFactor) && recoveryFactor > 1,
      'a number > 1',
    ),
    unlimitedAfterMs: check(
      'unlimitedAfterMs',
      unlimitedAfterMs,
      unlimitedAfterMs >= recoveryIntervalMs,
      `≥ recoveryIntervalMs (${recoveryIntervalMs})`,
    ),
    backoffBaseMs: check(
      'backoffBaseMs',
      backoffBaseMs,
      Number.isFinite(backoffBaseMs) && backoffBaseMs > 0,
      'a positive number',
    ),
    backoffMaxMs: check(
      'backoffMaxMs',
      backoffMaxMs,
      Number.isFinite(backoffMaxMs) && backoffMaxMs >= backoffBaseMs,
      `a number ≥ backoffBaseMs (${backoffBaseMs})`,
    ),
    maxWaiters: check(
      'maxWaiters',
      maxWaiters,
      Number.isSafeInteger(maxWaiters) && maxWaiters >= 0,
      'an integer ≥ 0',
    ),
    latencyTolerance: check('latencyTolerance', latencyTolerance, latencyTolerance > 1, 'a number > 1'),
    exempt: new Set(options.exemptOperations ?? DEFAULT_EXEMPT_OPERATIONS),
    longPoll: new Set(options.longPollOperations ?? DEFAULT_LONG_POLL_OPERATIONS),
    clock: options.clock ?? systemClock,
    onChange: options.onChange,
    random: options.random ?? Math.random,
  });
}
