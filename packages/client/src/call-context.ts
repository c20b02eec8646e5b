import { AsyncLocalStorage } from 'node:async_hooks';

/** A value that follows one call through its awaits, so hooks of concurrent calls are never mixed up. */
export interface CallContext<T> {
  /** Runs `fn` with `store` as the current value for everything it awaits. */
  run<R>(store: T, fn: () => R): R;
  /** The current call's value, or `undefined` outside any call. */
  getStore(): T | undefined;
}

/** The Node build's context (also Deno's and Bun's): `AsyncLocalStorage`. */
export function createCallContext<T>(): CallContext<T> {
  return new AsyncLocalStorage<T>();
}
