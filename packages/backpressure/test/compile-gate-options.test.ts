import { describe, expect, it } from 'vitest';
import { compileGateOptions } from '../src/compile-gate-options.js';
import {
  BACKPRESSURE_PROFILES,
  type BackpressureGateOptions,
  DEFAULT_EXEMPT_OPERATIONS,
  DEFAULT_LONG_POLL_OPERATIONS,
  isBackpressureOptionsError,
} from '../src/index.js';

const KNOBS = [
  'floor',
  'decreaseFactor',
  'recoveryIntervalMs',
  'recoveryFactor',
  'unlimitedAfterMs',
  'backoffBaseMs',
  'backoffMaxMs',
  'maxWaiters',
] as const;

describe('compileGateOptions', () => {
  it('defaults to BALANCED with the default exempt and long-poll operations', () => {
    const compiled = compileGateOptions({});
    expect(compiled.profile).toBe('BALANCED');
    for (const knob of KNOBS) expect(compiled[knob]).toBe(BACKPRESSURE_PROFILES.BALANCED[knob]);
    expect([...compiled.exempt]).toEqual(['completeJob', 'failJob', 'throwJobError', 'completeUserTask']);
    expect([...compiled.longPoll]).toEqual(['activateJobs']);
    expect(compiled.observeOnly).toBe(false);
    expect(Object.isFrozen(compiled)).toBe(true);
  });

  it.each(Object.keys(BACKPRESSURE_PROFILES) as Array<keyof typeof BACKPRESSURE_PROFILES>)(
    'takes every knob of %s from the profile table',
    (profile) => {
      const compiled = compileGateOptions({ profile });
      for (const knob of KNOBS) expect(compiled[knob]).toBe(BACKPRESSURE_PROFILES[profile][knob]);
      expect(compiled.observeOnly).toBe(profile === 'LEGACY');
    },
  );

  it('lets each knob override the profile, and ignores knobs set to undefined', () => {
    const overrides = {
      floor: 3,
      decreaseFactor: 0.6,
      recoveryIntervalMs: 250,
      recoveryFactor: 1.3,
      unlimitedAfterMs: 5_000,
      backoffBaseMs: 7,
      backoffMaxMs: 700,
      maxWaiters: 9,
    } as const;
    const compiled = compileGateOptions({ profile: 'CONSERVATIVE', ...overrides });
    for (const knob of KNOBS) expect(compiled[knob]).toBe(overrides[knob]);
    expect(compileGateOptions({ profile: 'AGGRESSIVE', floor: undefined }).floor).toBe(
      BACKPRESSURE_PROFILES.AGGRESSIVE.floor,
    );
  });

  it('replaces the operation lists when given', () => {
    const compiled = compileGateOptions({ exemptOperations: ['a'], longPollOperations: [] });
    expect([...compiled.exempt]).toEqual(['a']);
    expect(compiled.longPoll.size).toBe(0);
  });

  it.each<[string, BackpressureGateOptions]>([
    ['floor', { floor: 0 }],
    ['floor', { floor: 1.5 }],
    ['decreaseFactor', { decreaseFactor: 1 }],
    ['decreaseFactor', { decreaseFactor: 0 }],
    ['recoveryIntervalMs', { recoveryIntervalMs: 0 }],
    ['recoveryFactor', { recoveryFactor: 1 }],
    ['unlimitedAfterMs', { recoveryIntervalMs: 500, unlimitedAfterMs: 100 }],
    ['backoffBaseMs', { backoffBaseMs: -1 }],
    ['backoffMaxMs', { backoffBaseMs: 100, backoffMaxMs: 50 }],
    ['maxWaiters', { maxWaiters: -1 }],
    ['latencyTolerance', { latencyTolerance: 1 }],
    ['decreaseFactor', { decreaseFactor: Number.NaN }],
  ])('rejects an invalid %s', (name, options) => {
    expect(() => compileGateOptions(options)).toThrow(RangeError);
    expect(() => compileGateOptions(options)).toThrow(name);
    const error = (() => {
      try {
        compileGateOptions(options);
      } catch (e) {
        return e;
      }
    })();
    expect(isBackpressureOptionsError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_BACKPRESSURE_OPTION', option: name });
  });

  it('rejects an unknown profile, naming the valid ones', () => {
    expect(() => compileGateOptions({ profile: 'FAST' as never })).toThrow(
      /BALANCED, CONSERVATIVE, AGGRESSIVE, LEGACY/,
    );
    expect(() => compileGateOptions({ profile: 'toString' as never })).toThrow(RangeError);
  });
});

describe('BACKPRESSURE_PROFILES', () => {
  it('orders the profiles from gentle to pushy and keeps LEGACY on BALANCED values', () => {
    const { CONSERVATIVE, BALANCED, AGGRESSIVE, LEGACY } = BACKPRESSURE_PROFILES;
    expect(CONSERVATIVE.decreaseFactor).toBeLessThan(BALANCED.decreaseFactor);
    expect(CONSERVATIVE.recoveryFactor).toBeLessThan(BALANCED.recoveryFactor);
    expect(AGGRESSIVE.recoveryFactor).toBeGreaterThan(BALANCED.recoveryFactor);
    expect(AGGRESSIVE.recoveryIntervalMs).toBeLessThan(BALANCED.recoveryIntervalMs);
    for (const knob of KNOBS) expect(LEGACY[knob]).toBe(BALANCED[knob]);
    expect(LEGACY.observeOnly).toBe(true);
  });

  it('is frozen, as are the default operation lists', () => {
    expect(Object.isFrozen(BACKPRESSURE_PROFILES)).toBe(true);
    expect(Object.isFrozen(BACKPRESSURE_PROFILES.BALANCED)).toBe(true);
    expect(Object.isFrozen(DEFAULT_EXEMPT_OPERATIONS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_LONG_POLL_OPERATIONS)).toBe(true);
  });
});
