import { describe, expectTypeOf, it } from 'vitest';
import {
  type BackpressureGate,
  type BackpressureGateOptions,
  type BackpressureKnobValues,
  type BackpressureOutcome,
  type BackpressureState,
  createBackpressureGate,
  type Permit,
} from '../src/index.js';

describe('gate types', () => {
  it('acquire resolves to a permit and state has the documented shape', () => {
    const gate = createBackpressureGate();
    expectTypeOf(gate).toEqualTypeOf<BackpressureGate>();
    expectTypeOf(gate.acquire({ operation: 'x' })).resolves.toEqualTypeOf<Permit>();
    expectTypeOf(gate.state()).toEqualTypeOf<BackpressureState>();
    expectTypeOf<BackpressureState['limit']>().toEqualTypeOf<number | null>();
    expectTypeOf<BackpressureState['severity']>().toEqualTypeOf<'healthy' | 'soft' | 'severe'>();
  });

  it('requires the operation and discriminates outcomes by type', () => {
    const gate = createBackpressureGate();
    // @ts-expect-error operation is required
    void gate.acquire({});
    gate.record({ type: 'success', operation: 'x', latencyMs: 1 });
    gate.record({ type: 'overload', operation: 'x', status: 429, latencyMs: 1 });
    gate.record({ type: 'error', operation: 'x' });
    // @ts-expect-error an overload needs its status
    gate.record({ type: 'overload', operation: 'x', latencyMs: 1 });
    // @ts-expect-error unknown outcome type
    gate.record({ type: 'timeout', operation: 'x' });
    expectTypeOf<Extract<BackpressureOutcome, { type: 'success' }>>().toHaveProperty('latencyMs');
  });

  it('accepts the profile names and the config knobs as options', () => {
    const knobs: Partial<BackpressureKnobValues> = { floor: 2 };
    createBackpressureGate({ profile: 'CONSERVATIVE', ...knobs });
    // @ts-expect-error not a profile
    createBackpressureGate({ profile: 'FAST' });
    expectTypeOf<BackpressureGateOptions['maxWaiters']>().toEqualTypeOf<number | undefined>();
  });
});
