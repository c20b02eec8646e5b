import { describe, expect, it } from 'vitest';
import { createRequestTimers } from '../src/http/request-timers.js';

const aborted = (signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });

const activeTimeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('request timers (wall time)', () => {
  it('expire after the limit: the signal aborts with a TimeoutError and the timer is gone', async () => {
    const timers = createRequestTimers();
    const request = new AbortController();
    const deadline = timers.deadline(20, request.signal);
    expect(timers.pending()).toBe(1);
    expect(deadline.expired).toBe(false);
    await aborted(deadline.signal);
    expect(deadline.expired).toBe(true);
    expect((deadline.signal.reason as DOMException).name).toBe('TimeoutError');
    expect(timers.pending()).toBe(0);
  });

  it('follow the request: its abort aborts the deadline at once, not as an expiry', () => {
    const timers = createRequestTimers();
    const request = new AbortController();
    const deadline = timers.deadline(600_000, request.signal);
    request.abort(new Error('client went away'));
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.expired).toBe(false);
    expect(timers.pending()).toBe(0);

    const late = timers.deadline(600_000, request.signal);
    expect(late.signal.aborted).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it('a disposed deadline never fires; a later one still does', async () => {
    const timers = createRequestTimers();
    const request = new AbortController();
    const disposed = timers.deadline(10, request.signal);
    disposed.dispose();
    expect(timers.pending()).toBe(0);
    const later = timers.deadline(40, request.signal);
    await aborted(later.signal);
    expect(disposed.signal.aborted).toBe(false);
    expect(disposed.expired).toBe(false);
  });

  it('cancelAll clears every pending timer; timers never hold the process open', () => {
    const timers = createRequestTimers();
    const request = new AbortController();
    const before = activeTimeouts();
    const deadlines = [timers.deadline(600_000, request.signal), timers.deadline(2 ** 40, request.signal)];
    // unref'd timers are not among the resources that keep the event loop alive.
    expect(activeTimeouts()).toBe(before);
    expect(timers.pending()).toBe(2);
    timers.cancelAll();
    expect(timers.pending()).toBe(0);
    expect(deadlines.map((d) => d.signal.aborted)).toEqual([false, false]);
  });
});
