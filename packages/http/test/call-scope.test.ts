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

describe('CallScope.settle', () => {
  it('rejects with the caller reason as soon as the scope aborts, whatever the executor does later', async () => {
    const controller = new AbortController();
    const scope = openCallScope(controller.signal, 0, 0);
    let resolveLater: ((value: string) => void) | undefined;
    const settled = scope.settle<string>((resolve) => {
      resolveLater = resolve;
    });
    controller.abort('stop');
    resolveLater?.('too late');
    await expect(settled).rejects.toBe('stop');
    scope.dispose();
  });

  it('does not run the executor once the scope aborted, and passes results through before that', async () => {
    const controller = new AbortController();
    const scope = openCallScope(controller.signal, 60_000, 0);
    await expect(scope.settle<number>((resolve) => resolve(1))).resolves.toBe(1);
    await expect(scope.settle((_, reject) => reject(new Error('no')))).rejects.toThrow('no');
    controller.abort('gone');
    let ran = false;
    await expect(
      scope.settle(() => {
        ran = true;
      }),
    ).rejects.toBe('gone');
    expect(ran).toBe(false);
    scope.dispose();
  });

  it('is a plain promise for an unbounded scope', async () => {
    const scope = openCallScope(undefined, 0, 0);
    await expect(scope.settle<string>((resolve) => resolve('ok'))).resolves.toBe('ok');
  });
});
