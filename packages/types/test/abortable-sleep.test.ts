import { describe, expect, it } from 'vitest';
import { abortableSleep, type SleepTimers } from '../src/index.js';

/** Timers that fire only when the test says so. */
function manualTimers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let next = 0;
  const timers: SleepTimers = {
    setTimeout(fn, ms) {
      pending.set(++next, { fn, ms });
      return next;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  const fireAll = () => {
    for (const [id, timer] of [...pending]) {
      pending.delete(id);
      timer.fn();
    }
  };
  return { timers, pending, fireAll };
}

describe('abortableSleep', () => {
  it('resolves once its timer fires, for the asked time', async () => {
    const { timers, pending, fireAll } = manualTimers();
    let done = false;
    const sleeping = abortableSleep(250, undefined, timers).then(() => {
      done = true;
    });
    expect([...pending.values()].map((t) => t.ms)).toEqual([250]);
    await Promise.resolve();
    expect(done).toBe(false);
    fireAll();
    await sleeping;
    expect(done).toBe(true);
  });

  it('rejects with the signal reason on abort and clears its timer', async () => {
    const { timers, pending } = manualTimers();
    const controller = new AbortController();
    const reason = new Error('stop');
    const sleeping = abortableSleep(1_000, controller.signal, timers);
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
    expect(pending.size).toBe(0);
  });

  it('rejects at once for an aborted signal, and waits a timer turn for no time', async () => {
    const { timers, pending, fireAll } = manualTimers();
    const reason = new Error('already');
    await expect(abortableSleep(10, AbortSignal.abort(reason), timers)).rejects.toBe(reason);
    expect(pending.size).toBe(0);
    const none = abortableSleep(-5, undefined, timers);
    expect([...pending.values()].map((t) => t.ms)).toEqual([0]);
    fireAll();
    await expect(none).resolves.toBeUndefined();
  });

  it('runs on the global timers by default', async () => {
    await expect(abortableSleep(1)).resolves.toBeUndefined();
  });
});
