import type { Logger, LogMethod } from '@camunda-ts/client';
import type { ResolvedHandlerModule } from './compile-worker-options.js';
import type { JobActionKind } from './job-context.js';
import type { RemoteCallOptions } from './job-handler.js';
import type { ActivatedJob } from './job-types.js';
import { type LoadedHandler, loadHandlerModule } from './load-handler-module.js';
import type { ChildToMain, MainToChild } from './pool-protocol.js';
import { fromWireError, toWireError } from './wire-error.js';

/** The child's end of the channel to the worker (a thread's `parentPort` or a process's IPC channel). */
export interface ChildPort {
  post(message: ChildToMain): void;
  onMessage(listener: (message: MainToChild) => void): void;
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The handler side of a thread or process: loads the handler module, then runs one job at a time as the worker
 * sends them. Actions, log lines and (in threads) client calls travel back to the worker, which owns the job.
 */
export function runHandlerChild(port: ChildPort, target: ResolvedHandlerModule): void {
  const handler = loadHandlerModule(target);
  handler.then(
    () => port.post({ t: 'ready' }),
    (error: unknown) => port.post({ t: 'initError', error: toWireError(error) }),
  );

  const controllers = new Map<number, AbortController>();
  const pending = new Map<number, Pending>();
  let seq = 0;

  /** Sends a request and waits for its answer; a value that cannot be cloned rejects here, not in the worker. */
  const request = (make: (seq: number) => ChildToMain): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const n = ++seq;
      pending.set(n, { resolve, reject });
      try {
        port.post(make(n));
      } catch (error) {
        pending.delete(n);
        reject(error);
      }
    });

  const answer = (
    n: number,
    value: unknown,
    wireError: Parameters<typeof fromWireError>[0] | undefined,
  ): void => {
    const entry = pending.get(n);
    if (entry === undefined) return;
    pending.delete(n);
    if (wireError !== undefined) entry.reject(fromWireError(wireError));
    else entry.resolve(value);
  };

  const runJob = (id: number, job: ActivatedJob, connected: boolean): void => {
    const controller = new AbortController();
    controllers.set(id, controller);
    const context = createChildContext(id, job, connected, controller.signal, port, request);
    handler
      .then((fn: LoadedHandler) => (fn as (job: unknown) => unknown)(context))
      .then(
        (value) => {
          try {
            port.post({ t: 'done', id, value });
          } catch (error) {
            port.post({
              t: 'threw',
              id,
              error: toWireError(
                new TypeError(
                  `The handler's return value cannot be sent to the worker: ${(error as Error).message}`,
                ),
              ),
            });
          }
        },
        (error: unknown) => port.post({ t: 'threw', id, error: toWireError(error) }),
      )
      .finally(() => controllers.delete(id));
  };

  port.onMessage((message) => {
    switch (message.t) {
      case 'job':
        runJob(message.id, message.job, message.connected);
        break;
      case 'abort':
        controllers.get(message.id)?.abort(fromWireError(message.reason));
        break;
      case 'actionDone':
        answer(message.seq, message.receipt, message.error);
        break;
      case 'callDone':
        answer(message.seq, message.value, message.error);
        break;
      default:
        break;
    }
  });
}

type Request = (make: (seq: number) => ChildToMain) => Promise<unknown>;

function createChildContext(
  id: number,
  job: ActivatedJob,
  connected: boolean,
  signal: AbortSignal,
  port: ChildPort,
  request: Request,
): Record<string, unknown> {
  const act =
    (kind: JobActionKind) =>
    (...args: unknown[]): Promise<unknown> =>
      request((seq) => ({ t: 'action', id, seq, kind, args }));
  let log: Logger | undefined;
  const context: Record<string, unknown> = {
    ...job,
    signal,
    complete: act('complete'),
    fail: act('fail'),
    throwError: act('throwError'),
    ignore: act('ignore'),
    extendTimeout: (timeoutMs: number): Promise<unknown> =>
      request((seq) => ({ t: 'extend', id, seq, timeoutMs })),
  };
  Object.defineProperty(context, 'log', {
    enumerable: true,
    get: () => {
      log ??= remoteLogger(id, port);
      return log;
    },
  });
  if (connected) context.client = remoteClient(id, request, port);
  return context;
}

function remoteLogger(id: number, port: ChildPort): Logger {
  const method =
    (level: 'trace' | 'debug' | 'info' | 'warn' | 'error'): LogMethod =>
    (fields, message) => {
      try {
        port.post(
          message === undefined ? { t: 'log', id, level, fields } : { t: 'log', id, level, fields, message },
        );
      } catch {
        // Fields that cannot be cloned are reduced to their string form rather than lost.
        port.post({
          t: 'log',
          id,
          level,
          fields: { fields: String(fields) },
          ...(message !== undefined && { message }),
        });
      }
    };
  const logger: Logger = {
    trace: method('trace'),
    debug: method('debug'),
    info: method('info'),
    warn: method('warn'),
    error: method('error'),
    child: () => logger,
  };
  return logger;
}

function remoteClient(id: number, request: Request, port: ChildPort): unknown {
  const methods = new Map<string, (input: unknown, options?: RemoteCallOptions) => Promise<unknown>>();
  return new Proxy(
    {},
    {
      get(_target, property) {
        // `then` must stay undefined, or awaiting the client would treat it as a promise.
        if (typeof property !== 'string' || property === 'then') return undefined;
        let method = methods.get(property);
        if (method === undefined) {
          method = (input, options) => {
            const signal = options?.signal;
            if (signal?.aborted) return Promise.reject(signal.reason);
            let callSeq = 0;
            const onAbort = (): void => port.post({ t: 'callAbort', id, seq: callSeq });
            const result = request((seq) => {
              callSeq = seq;
              return {
                t: 'call',
                id,
                seq,
                method: property,
                input,
                ...(options?.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
              };
            });
            if (signal === undefined) return result;
            signal.addEventListener('abort', onAbort, { once: true });
            return result.finally(() => signal.removeEventListener('abort', onAbort));
          };
          methods.set(property, method);
        }
        return method;
      },
    },
  );
}
