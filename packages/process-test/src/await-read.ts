import { type CallOptions, isConsistencyTimeoutError } from '@camunda-ts/client';
import type { ResolvedWaitOptions } from './wait-options.js';

/** The last answer of a wait, and whether it satisfied the predicate. */
export type ReadOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/**
 * Repeats an eventually consistent read through the client's consistency support until `predicate` holds or the
 * wait ends. A read that is refused for another reason rejects as the client rejects it.
 */
export async function awaitRead<T>(
  read: (options: CallOptions<NoInfer<T>>) => Promise<T>,
  predicate: (value: NoInfer<T>) => boolean,
  wait: ResolvedWaitOptions,
): Promise<ReadOutcome<T>> {
  try {
    const value = await read({
      consistency: { waitUpToMs: wait.timeoutMs, pollIntervalMs: wait.pollIntervalMs, predicate },
    });
    // A zero wait reads once and hands back whatever it got.
    return predicate(value) ? { ok: true, value } : { ok: false };
  } catch (error) {
    if (isConsistencyTimeoutError(error)) return { ok: false };
    throw error;
  }
}
