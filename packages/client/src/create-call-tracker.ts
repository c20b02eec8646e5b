import type { ErrorInfo, ResponseInfo, TransportHooks } from '@camunda-ts/http';
import type { Logger } from '@camunda-ts/types';
import type { OperationId } from '@camunda-ts/types/operations';
import { createCallContext } from './call-context.js';
import type { CamundaClientHooks } from './camunda-client-hooks.js';

interface CallState {
  readonly callId: number;
  attempts: number;
  retries: number;
  gateWaitMs: number;
  status: number | undefined;
}

/** Ties transport attempts to the client call they belong to, and emits the operation events. */
export interface CallTracker {
  /** Hooks for the transport: they update the current call and forward to the user's attempt hooks. */
  readonly transportHooks: TransportHooks;
  /** Runs one client call, emitting its start and end events. */
  track<T>(operationId: OperationId, run: () => Promise<T>): Promise<T>;
}

/**
 * Builds the tracker, or returns `undefined` when no hook is registered: then calls pay nothing for it. The call
 * context travels through `AsyncLocalStorage` (see `createCallContext` for the browser build), so attempts of concurrent calls are never mixed up.
 */
export function createCallTracker(
  hooks: CamundaClientHooks | undefined,
  logger: Logger,
): CallTracker | undefined {
  if (hooks === undefined) return undefined;
  const { onOperationStart, onOperationEnd, beforeRequest, afterResponse, onError } = hooks;
  if (!onOperationStart && !onOperationEnd && !beforeRequest && !afterResponse && !onError) return undefined;

  const context = createCallContext<CallState>();
  let nextCallId = 1;

  const safely = <E>(name: string, hook: ((event: E) => void) | undefined, event: E) => {
    if (hook === undefined) return;
    try {
      hook.call(hooks, event);
    } catch (error) {
      logger.warn({ hook: name, err: error }, `client hook ${name} threw; ignored`);
    }
  };
  const count = (
    state: CallState | undefined,
    info: ResponseInfo | ErrorInfo,
    status: number | undefined,
  ) => {
    if (state === undefined) return;
    state.attempts += 1;
    if (info.attempt > 1) state.retries += 1;
    state.gateWaitMs += info.gateWaitMs;
    if (status !== undefined) state.status = status;
  };

  const transportHooks: TransportHooks = {
    ...(beforeRequest && {
      beforeRequest: (info) => beforeRequest.call(hooks, { ...info, callId: context.getStore()?.callId }),
    }),
    afterResponse(info) {
      const state = context.getStore();
      count(state, info, info.status);
      if (afterResponse) afterResponse.call(hooks, { ...info, callId: state?.callId });
    },
    onError(info) {
      const state = context.getStore();
      count(state, info, undefined);
      if (onError) onError.call(hooks, { ...info, callId: state?.callId });
    },
  };

  return {
    transportHooks,
    track<T>(operationId: OperationId, run: () => Promise<T>): Promise<T> {
      const state: CallState = {
        callId: nextCallId++,
        attempts: 0,
        retries: 0,
        gateWaitMs: 0,
        status: undefined,
      };
      safely('onOperationStart', onOperationStart, { callId: state.callId, operationId });
      const started = performance.now();
      const end = (ok: boolean, error: unknown) =>
        safely('onOperationEnd', onOperationEnd, {
          callId: state.callId,
          operationId,
          ok,
          durationMs: performance.now() - started,
          attempts: state.attempts,
          retries: state.retries,
          requests: state.attempts - state.retries,
          gateWaitMs: state.gateWaitMs,
          status: state.status,
          error,
        });
      return context.run(state, run).then(
        (value) => {
          end(true, undefined);
          return value;
        },
        (error: unknown) => {
          end(false, error);
          throw error;
        },
      );
    },
  };
}
