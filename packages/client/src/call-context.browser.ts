import type { CallContext } from './call-context.js';

/**
 * The context of the `browser` and `worker` builds, which have no `AsyncLocalStorage`: the value is known while
 * exactly one call is in flight (the usual case in a page), and `undefined` while several overlap, so hooks of
 * overlapping calls get no `callId` rather than a wrong one.
 */
export function createCallContext<T>(): CallContext<T> {
  const active = new Set<T>();
  return {
    run<R>(store: T, fn: () => R): R {
      active.add(store);
      const done = () => active.delete(store);
      try {
        const result = fn();
        if (result instanceof Promise) result.then(done, done);
        else done();
        return result;
      } catch (error) {
        done();
        throw error;
      }
    },
    getStore(): T | undefined {
      if (active.size !== 1) return undefined;
      for (const store of active) return store;
      return undefined;
    },
  };
}
