import type { ResolvedHandlerModule } from './compile-worker-options.js';
import type { ExecutionStrategy } from './execution-strategy.js';
import type { JobRun } from './job-run.js';
import { type LoadedHandler, loadHandlerModule } from './load-handler-module.js';

/**
 * Runs handlers on the worker's own event loop: the handler is called with the job's context directly, so the
 * hot path adds nothing beyond the call. A module handler is imported once at start. A handler cannot be
 * terminated: one that ignores its aborted signal past the abort grace period is abandoned (its promise is no
 * longer awaited and its slot is freed) and keeps running until it returns on its own.
 */
export function createAsyncStrategy(handler: LoadedHandler | ResolvedHandlerModule): ExecutionStrategy {
  let fn: LoadedHandler | undefined = typeof handler === 'function' ? handler : undefined;
  return {
    async start() {
      if (fn === undefined) fn = await loadHandlerModule(handler as ResolvedHandlerModule);
    },
    run(job: JobRun): unknown {
      return (fn as (job: JobRun) => unknown)(job);
    },
    async close() {},
  };
}
