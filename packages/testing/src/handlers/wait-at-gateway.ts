import type { EngineContext } from '../engine/engine-context.js';
import type { EngineRequest } from '../http/engine-handler.js';
import { TestEngineError } from '../test-engine-error.js';

/**
 * Waits, as Camunda's gateway does, for `outcome` within `timeoutMs` of wall time: resolves with it, or rejects with
 * 504 `DEADLINE_EXCEEDED` once the limit passes (the engine goes on with what it was doing), or with an abort
 * when the request itself goes away. `release` runs once the wait ends, whichever way.
 */
export function waitAtGateway<T>(
  ctx: EngineContext,
  req: EngineRequest,
  timeoutMs: number,
  outcome: Promise<T>,
  release?: () => void,
): Promise<T> {
  const deadline = ctx.requestTimers.deadline(timeoutMs, req.signal);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      deadline.dispose();
      deadline.signal.removeEventListener('abort', onDeadline);
      release?.();
      fn();
    };
    const onDeadline = () =>
      finish(() =>
        reject(
          deadline.expired
            ? new TestEngineError(
                'Expected to handle request, but request timed out between gateway and broker',
                { code: 'DEADLINE_EXCEEDED', status: 504, title: 'DEADLINE_EXCEEDED' },
              )
            : new Error('request aborted'),
        ),
      );
    outcome.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
    if (deadline.signal.aborted) onDeadline();
    else deadline.signal.addEventListener('abort', onDeadline, { once: true });
  });
}
