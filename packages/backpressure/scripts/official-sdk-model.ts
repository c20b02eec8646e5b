import type { BackpressureGate, BackpressureOutcome, BackpressureState, Permit } from '../src/index.js';
import type { VirtualTime } from './virtual-time.js';

/**
 * A model of the gate the official Camunda SDKs publish, written from its documented behaviour: it starts at
 * 16 permits, scales by 0.7 on a signal and by 0.5 once 3 signals came in a row (the streak resets only when
 * severity has decayed to healthy after 2 s without signals), and recovers only when a call succeeds, at most
 * once per second: +1 permit while soft or severe, ×1.5 once healthy. At a floor of 1 under severe overload
 * every acquire first sleeps a backoff of 25 ms doubling to 2 s, cleared by any success.
 */
export function createOfficialSdkModel(clock: VirtualTime): BackpressureGate {
  const initial = 16;
  let max: number | null = initial;
  let current = 0;
  let severity: BackpressureState['severity'] = 'healthy';
  let consecutive = 0;
  let lastSignalAt = Number.NEGATIVE_INFINITY;
  let lastRecoverAt = 0;
  let healthySince = 0;
  let backoffMs = 0;
  const waiters: Array<() => void> = [];

  const scale = (factor: number) => {
    if (max !== null) max = Math.max(1, Math.min(max, Math.ceil(max * factor)));
  };
  const wake = () => {
    while (waiters.length > 0 && (max === null || current < max)) {
      current += 1;
      waiters.shift()?.();
    }
  };
  const permit = (): Permit => {
    let released = false;
    return {
      release() {
        if (released) return;
        released = true;
        current = Math.max(0, current - 1);
        wake();
      },
    };
  };
  const recover = () => {
    const now = clock.now();
    if (max === null || now - lastRecoverAt < 1000) return;
    lastRecoverAt = now;
    if (now - lastSignalAt > 2000) {
      if (severity === 'severe') severity = 'soft';
      else if (severity === 'soft') {
        severity = 'healthy';
        healthySince = now;
        consecutive = 0;
      }
    }
    if (severity !== 'healthy') {
      if (max < initial) max += 1;
    } else if (healthySince > 0 && now - healthySince >= 30_000) {
      max = null;
    } else {
      max = Math.ceil(max * 1.5);
    }
    wake();
  };

  return {
    async acquire() {
      if (backoffMs > 0) await clock.sleep(backoffMs);
      if (max === null || current < max) {
        current += 1;
        return permit();
      }
      await new Promise<void>((resolve) => waiters.push(resolve));
      return permit();
    },
    record(outcome: BackpressureOutcome) {
      if (outcome.type === 'success') {
        backoffMs = 0;
        recover();
        return;
      }
      if (outcome.type !== 'overload') return;
      lastSignalAt = clock.now();
      consecutive += 1;
      healthySince = 0;
      if (consecutive >= 3) {
        severity = 'severe';
        scale(0.5);
      } else {
        severity = 'soft';
        scale(0.7);
      }
      if (max !== null && max <= 1 && severity === 'severe') {
        backoffMs = backoffMs === 0 ? 25 : Math.min(2000, backoffMs * 2);
      }
    },
    state: () => ({ severity, limit: max, inFlight: current, waiting: waiters.length, backoffMs }),
    close() {},
  };
}
