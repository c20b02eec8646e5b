import type * as Undici from 'undici';

/**
 * The `browser`, `worker` and `bun` builds have no undici: asking for it (an undici pool, `createTransport` with
 * a dispatcher) fails with an explanation instead of bundling Node's HTTP stack.
 */
export function loadUndici(): Promise<typeof Undici> {
  return Promise.reject(
    new Error(
      'undici is not available in this build (browser, worker or bun): requests go through fetch (createFetchTransport)',
    ),
  );
}
