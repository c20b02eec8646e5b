import { describe, expect, it } from 'vitest';
import { openCallScope } from '../src/call-scope.js';

describe('openCallScope', () => {
  it('is a shared no-op without a signal or a budget', () => {
    const scope = openCallScope(undefined, 0, 0);
    expect(scope).toBe(openCallScope(undefined, Number.POSITIVE_INFINITY, 5));
    expect([scope.signal, scope.aborted, scope.deadline]).toEqual([
      undefined,
      false,
      Number.POSITIVE_INFINITY,
    ]);
  });

  it('notifies every abort listener once on the caller abort, except removed ones', () => {
    const controller = new AbortController();
    const scope = openCallScope(controller.signal, 0, 0);
    const calls: string[] = [];
    const removed = () => calls.push('removed');
    scope.onAbort(() => calls.push('first'));
    scope.onAbort(removed);
    scope.onAbort(() => calls.push('third'));
    scope.offAbort(removed);
    controller.abort('stop');
    controller.abort('again');
    expect(calls).toEqual(['first', 'third']);
    expect(scope).toMatchObject({ aborted: true, abortedBy: 'caller', reason: 'stop', callerReason: 'stop' });
    scope.dispose();
  });

  it('makes a real AbortSignal only on demand, already aborted when the scope is', () => {
    const controller = new AbortController();
    const scope = openCallScope(controller.signal, 1_000, 100);
    expect(scope.deadline).toBe(1_100);
    controller.abort('late');
    expect(scope.signal?.aborted).toBe(true);
    expect(scope.signal?.reason).toBe('late');
    scope.dispose();
  });

  it('races a pending promise against the budget', async () => {
    const scope = openCallScope(undefined, 5, 0);
    const never = new Promise<never>(() => {});
    const error = await scope.race(never).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError' });
    expect(scope.abortedBy).toBe('timeout');
    await expect(scope.race(Promise.resolve(1))).rejects.toBe(error);
    scope.dispose();
  });

  it('passes a settled promise through and stops listening once disposed', async () => {
    const controller = new AbortController();
    const scope = openCallScope(controller.signal, 60_000, 0);
    await expect(scope.race(Promise.resolve('ok'))).resolves.toBe('ok');
    await expect(scope.race(Promise.reject(new Error('no')))).rejects.toThrow('no');
    scope.dispose();
    controller.abort();
    expect(scope.aborted).toBe(false);
  });
});

describe('the shared budget timer', () => {
  it('expires only the calls whose budget ran out, and never a call that ended', async () => {
    const short = openCallScope(undefined, 5, 0);
    const ended = openCallScope(undefined, 1, 0);
    const long = openCallScope(undefined, 60_000, 0);
    ended.dispose();
    const error = await short.race(new Promise<never>(() => {})).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([short.abortedBy, ended.aborted, long.aborted]).toEqual(['timeout', false, false]);
    long.dispose();
  });

  it('expires a call after an earlier one, watched from the same timer', async () => {
    const first = openCallScope(undefined, 2, 0);
    const second = openCallScope(undefined, 8, 0);
    const reasons = await Promise.all(
      [first, second].map((scope) => scope.race(new Promise<never>(() => {})).catch((e: unknown) => e)),
    );
    expect(reasons.map((reason) => (reason as Error).name)).toEqual(['TimeoutError', 'TimeoutError']);
    expect([first.abortedBy, second.abortedBy]).toEqual(['timeout', 'timeout']);
    first.dispose();
    second.dispose();
  });
});

describe('CallScope.cancel', () => {
  it('aborts a cancellable scope as a caller abort with the owner reason, once', () => {
    const scope = openCallScope(undefined, 0, 0, true);
    const calls: string[] = [];
    scope.onAbort(() => calls.push('listener'));
    const reason = new Error('closed');
    scope.cancel(reason);
    scope.cancel(new Error('again'));
    expect(calls).toEqual(['listener']);
    expect(scope).toMatchObject({ aborted: true, abortedBy: 'caller', reason, callerReason: reason });
    scope.dispose();
  });

  it('keeps the first reason when the caller aborted before the owner', () => {
    const controller = new AbortController();
    const scope = openCallScope(controller.signal, 60_000, 0);
    controller.abort('stop');
    scope.cancel(new Error('closed'));
    expect(scope).toMatchObject({ abortedBy: 'caller', reason: 'stop', callerReason: 'stop' });
    scope.dispose();
  });

  it('does nothing to the shared unbounded scope, which only a cancellable request avoids', () => {
    const unbounded = openCallScope(undefined, 0, 0);
    unbounded.cancel(new Error('closed'));
    expect(unbounded.aborted).toBe(false);
    expect(openCallScope(undefined, 0, 0, true)).not.toBe(unbounded);
  });
});
