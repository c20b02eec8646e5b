import type { Logger } from '@camunda-ts/client';
import type { ExecutionStrategy } from './execution-strategy.js';
import { HandlerCrashError } from './handler-crash-error.js';
import type { JobClient } from './job-client.js';
import type { JobActionReceipt, ThrowJobErrorOptions } from './job-context.js';
import { JobError } from './job-error.js';
import { JobFailure } from './job-failure.js';
import type { JobRun } from './job-run.js';
import type { ChildToMain, MainToChild, WireError } from './pool-protocol.js';
import { fromWireError, toWireError } from './wire-error.js';

/** The worker's handle on one thread or process. */
export interface ChildHandle {
  post(message: MainToChild): void;
  onMessage(listener: (message: ChildToMain) => void): void;
  /** Called once when the child is gone, with a readable reason and the error, if one was seen. */
  onExit(listener: (reason: string, error: unknown) => void): void;
  /** Ends the child; a process that ignores SIGTERM for `killAfterMs` gets SIGKILL. */
  terminate(killAfterMs?: number): Promise<void>;
}

/** Options of {@link createHandlerPool}. */
export interface HandlerPoolOptions {
  /** For messages: "thread" or "process". */
  readonly kind: 'thread' | 'process';
  /** Most children alive at once; equal to the worker's slots, so a job never waits for a child. */
  readonly size: number;
  readonly spawn: () => ChildHandle;
  /** The client whose methods a thread handler may call; `undefined` for isolated (process) handlers. */
  readonly client: JobClient | undefined;
  readonly logger: Logger;
}

interface Active {
  readonly id: number;
  readonly run: JobRun;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly calls: Map<number, AbortController>;
  detach: () => void;
}

interface PoolChild {
  readonly handle: ChildHandle;
  current: Active | undefined;
  alive: boolean;
  readonly ready: Promise<void>;
  settleReady: (error?: unknown) => void;
}

/**
 * A pool of handler threads or processes, one job per child at a time, so that a crash takes down only its own
 * job. Children start on demand and stay for the next job; a child that dies is dropped and the next job starts
 * a new one.
 */
export function createHandlerPool(options: HandlerPoolOptions): ExecutionStrategy {
  const { kind, size, client, logger } = options;
  const children = new Set<PoolChild>();
  const idle: PoolChild[] = [];
  const waiting: Array<(child: PoolChild) => void> = [];
  let nextId = 0;
  let closed = false;

  function spawnChild(): PoolChild {
    const handle = options.spawn();
    let settleReady: (error?: unknown) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      settleReady = (error) => (error === undefined ? resolve() : reject(error));
    });
    // The warm-up awaits `ready`; children started later report load errors through their jobs instead.
    ready.catch(() => {});
    const child: PoolChild = { handle, current: undefined, alive: true, ready, settleReady };
    handle.onMessage((message) => onMessage(child, message));
    handle.onExit((reason, error) => onExit(child, reason, error));
    children.add(child);
    return child;
  }

  function post(child: PoolChild, message: MainToChild): void {
    if (!child.alive) return;
    try {
      child.handle.post(message);
    } catch (error) {
      logger.warn({ err: error, kind }, 'could not send a message to a handler child');
    }
  }

  function release(child: PoolChild): void {
    if (!child.alive || closed) return;
    const waiter = waiting.shift();
    if (waiter !== undefined) waiter(child);
    else idle.push(child);
  }

  function finish(child: PoolChild, active: Active, error: unknown, value?: unknown): void {
    if (child.current !== active) return;
    child.current = undefined;
    active.detach();
    release(child);
    if (error === undefined) active.resolve(value);
    else active.reject(error);
  }

  function act(child: PoolChild, message: Extract<ChildToMain, { t: 'action' }>): void {
    const active = child.current;
    const reply = (receipt: JobActionReceipt | undefined, error?: WireError): void =>
      post(child, {
        t: 'actionDone',
        id: message.id,
        seq: message.seq,
        ...(receipt !== undefined && {
          receipt: { action: receipt.action, outcome: receipt.outcome } as JobActionReceipt,
        }),
        ...(error !== undefined && { error }),
      });
    if (active === undefined || active.id !== message.id) {
      reply(undefined, { name: 'JobSettledError', message: 'The job had already finished in the worker' });
      return;
    }
    const run = active.run;
    const [first, second] = message.args;
    let result: Promise<JobActionReceipt>;
    switch (message.kind) {
      case 'complete':
        result = run.complete(first, second as Parameters<JobRun['complete']>[1]);
        break;
      case 'fail':
        result = run.fail(first as Parameters<JobRun['fail']>[0]);
        break;
      case 'throwError':
        result = run.throwError(first as ThrowJobErrorOptions);
        break;
      default:
        result = run.ignore();
    }
    result.then(
      (receipt) => reply(receipt),
      (error: unknown) => reply(undefined, toWireError(error)),
    );
  }

  function extend(child: PoolChild, message: Extract<ChildToMain, { t: 'extend' }>): void {
    const active = child.current;
    const reply = (error?: WireError): void =>
      post(child, { t: 'callDone', id: message.id, seq: message.seq, ...(error !== undefined && { error }) });
    if (active === undefined || active.id !== message.id) {
      reply({ name: 'JobSettledError', message: 'The job had already finished in the worker' });
      return;
    }
    active.run.extendTimeout(message.timeoutMs).then(
      () => reply(),
      (error: unknown) => reply(toWireError(error)),
    );
  }

  function call(child: PoolChild, message: Extract<ChildToMain, { t: 'call' }>): void {
    const active = child.current;
    const reply = (value: unknown, error?: WireError): void => {
      if (error !== undefined) {
        post(child, { t: 'callDone', id: message.id, seq: message.seq, error });
        return;
      }
      try {
        if (child.alive) child.handle.post({ t: 'callDone', id: message.id, seq: message.seq, value });
      } catch (cloneError) {
        post(child, { t: 'callDone', id: message.id, seq: message.seq, error: toWireError(cloneError) });
      }
    };
    const method =
      client === undefined ? undefined : (client as unknown as Record<string, unknown>)[message.method];
    if (typeof method !== 'function') {
      reply(undefined, {
        name: 'TypeError',
        message: `The worker's client has no method '${message.method}'`,
      });
      return;
    }
    const controller = new AbortController();
    active?.calls.set(message.seq, controller);
    Promise.resolve()
      .then(() =>
        (method as (input: unknown, options: unknown) => unknown).call(client, message.input, {
          signal: controller.signal,
          ...(message.timeoutMs !== undefined && { timeoutMs: message.timeoutMs }),
        }),
      )
      .then(
        (value) => reply(value),
        (error: unknown) => reply(undefined, toWireError(error)),
      )
      .finally(() => active?.calls.delete(message.seq));
  }

  function onMessage(child: PoolChild, message: ChildToMain): void {
    switch (message.t) {
      case 'ready':
        child.settleReady();
        return;
      case 'initError':
        child.settleReady(
          new HandlerCrashError(
            `The handler module could not be loaded: ${message.error.message}`,
            fromWireError(message.error),
          ),
        );
        return;
      case 'action':
        act(child, message);
        return;
      case 'call':
        call(child, message);
        return;
      case 'extend':
        extend(child, message);
        return;
      case 'callAbort':
        child.current?.calls.get(message.seq)?.abort();
        return;
      case 'log': {
        const active = child.current;
        if (active === undefined || active.id !== message.id) return;
        const log = active.run.log[message.level];
        if (message.message === undefined) log(message.fields);
        else log(message.fields, message.message);
        return;
      }
      case 'done': {
        const active = child.current;
        if (active !== undefined && active.id === message.id) finish(child, active, undefined, message.value);
        return;
      }
      case 'threw': {
        const active = child.current;
        if (active !== undefined && active.id === message.id)
          finish(child, active, handlerError(message.error));
        return;
      }
      default:
        return;
    }
  }

  function onExit(child: PoolChild, reason: string, error: unknown): void {
    child.alive = false;
    children.delete(child);
    const at = idle.indexOf(child);
    if (at >= 0) idle.splice(at, 1);
    child.settleReady(new HandlerCrashError(`The handler ${kind} ${reason} before it was ready`, error));
    const active = child.current;
    if (active !== undefined) {
      child.current = undefined;
      active.detach();
      for (const controller of active.calls.values()) controller.abort();
      active.reject(
        new HandlerCrashError(`The handler ${kind} ${reason} while running job ${active.run.jobKey}`, error),
      );
    } else if (!closed) {
      logger.warn({ kind, reason }, 'an idle handler child exited; it will be replaced when needed');
    }
    // A job waiting for a child gets a fresh one in place of the dead one.
    if (!closed && waiting.length > 0 && children.size < size) release(spawnChild());
  }

  function dispatch(child: PoolChild, run: JobRun): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const id = ++nextId;
      const signal = run.signal;
      const onAbort = (): void => post(child, { t: 'abort', id, reason: toWireError(signal.reason) });
      const active: Active = {
        id,
        run,
        resolve,
        reject,
        calls: new Map(),
        detach: () => signal.removeEventListener('abort', onAbort),
      };
      child.current = active;
      try {
        child.handle.post({ t: 'job', id, job: run.toWire(), connected: client !== undefined });
      } catch (error) {
        child.current = undefined;
        release(child);
        reject(new TypeError(`The job cannot be sent to the handler ${kind}: ${(error as Error).message}`));
        return;
      }
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  return {
    async start() {
      // One child up front proves the module loads, so a bad path fails the worker at start, not job by job.
      const child = spawnChild();
      idle.push(child);
      await child.ready;
    },
    run(run: JobRun): Promise<unknown> {
      if (closed) return Promise.reject(new HandlerCrashError(`The handler ${kind} pool is closed`));
      const child = idle.pop() ?? (children.size < size ? spawnChild() : undefined);
      if (child !== undefined) return dispatch(child, run);
      return new Promise<PoolChild>((resolve) => waiting.push(resolve)).then((c) => dispatch(c, run));
    },
    abandon(run: JobRun): void {
      for (const child of children) {
        if (child.current?.run !== run) continue;
        logger.warn({ kind, jobKey: run.jobKey }, 'terminating a handler child that overran its job');
        // Its exit rejects the job's promise and drops the child; the next job starts a fresh one.
        child.handle.terminate().catch((error: unknown) => {
          logger.warn({ err: error, kind }, 'could not terminate a handler child');
        });
      }
    },
    async close(killAfterMs?: number) {
      closed = true;
      idle.length = 0;
      await Promise.all(Array.from(children, (child) => child.handle.terminate(killAfterMs)));
    },
  };
}

/** The handler's throw as the worker acts on it: a real `JobError` for BPMN errors, otherwise a plain copy. */
function handlerError(wire: WireError): Error {
  if (wire.jobFailure !== undefined) {
    const failure = new JobFailure({ message: wire.message, ...wire.jobFailure });
    if (wire.stack !== undefined) failure.stack = wire.stack;
    return failure;
  }
  if (wire.jobError === undefined) return fromWireError(wire);
  const error = new JobError(wire.jobError);
  if (wire.stack !== undefined) error.stack = wire.stack;
  return error;
}
