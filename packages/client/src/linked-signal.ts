/** An `AbortSignal` that fires when either source fires; `dispose()` detaches it once the call is over. */
export interface LinkedSignal {
  readonly signal: AbortSignal;
  dispose(): void;
}

/**
 * Links a caller's signal with a long-lived one (the client's close signal). Written out rather than
 * `AbortSignal.any`, whose composite signals stay attached to a long-lived source on Node 20.
 */
export function linkedSignal(caller: AbortSignal | undefined, lifetime: AbortSignal): LinkedSignal {
  const controller = new AbortController();
  const fromCaller = () => controller.abort(caller?.reason);
  const fromLifetime = () => controller.abort(lifetime.reason);
  if (caller?.aborted) fromCaller();
  else if (lifetime.aborted) fromLifetime();
  else {
    caller?.addEventListener('abort', fromCaller, { once: true });
    lifetime.addEventListener('abort', fromLifetime, { once: true });
  }
  return {
    signal: controller.signal,
    dispose() {
      caller?.removeEventListener('abort', fromCaller);
      lifetime.removeEventListener('abort', fromLifetime);
    },
  };
}
