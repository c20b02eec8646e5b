import { flush } from './manual-clock.js';

/**
 * Lets the event loop turn until `predicate` holds (no timers involved: each turn is `setImmediate`), failing
 * with `what` when it never does. For waiting on promise chains, not on time.
 */
export async function until(predicate: () => boolean, what = 'condition', turns = 500): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (predicate()) return;
    await flush(1);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A promise with its resolve function, for handlers the test releases by hand. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * Waits in real time (polling every few milliseconds) until `predicate` holds, for work done by threads, child
 * processes and sockets. Fails with `what` after `timeoutMs`.
 */
export async function untilReal(
  predicate: () => boolean,
  what = 'condition',
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
  }
}
