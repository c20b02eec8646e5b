import type { CamundaConfig } from '@camunda-ts/config';
import type { Dispatcher } from 'undici';
import type { AttemptSender, OutgoingAttempt } from './attempt-sender.js';
import { createLazyApiAgent, type LazyApiAgent } from './lazy-api-agent.js';
import { loadUndici } from './load-undici.js';
import { UndiciAnswerHandler } from './undici-answer-handler.js';

/** Input of {@link createUndiciAttemptSender}. */
export interface UndiciAttemptSenderOptions {
  /** Configuration of the pool the sender creates when given neither `dispatcher` nor `agent`. */
  readonly config: CamundaConfig;
  /** An injected dispatcher (a `MockAgent` in tests); left open on close. */
  readonly dispatcher?: Dispatcher | undefined;
  /** A shared pool, created on its first use; left open on close. Ignored when `dispatcher` is given. */
  readonly agent?: LazyApiAgent | undefined;
}

/**
 * Sends attempts with undici's `dispatch` on one keep-alive Agent (custom CA and mTLS from `config.tls`), created
 * on the first send: importing undici is the costly part of starting up.
 */
export function createUndiciAttemptSender(options: UndiciAttemptSenderOptions): AttemptSender {
  const ownAgent =
    options.dispatcher === undefined && options.agent === undefined
      ? createLazyApiAgent(options.config)
      : undefined;
  const agent = options.agent ?? ownAgent;
  let dispatcher: Dispatcher | undefined = options.dispatcher;

  async function load(): Promise<void> {
    dispatcher = await (agent as LazyApiAgent).get();
  }

  // undici's dispatch with a handler that collects the answer: no response stream, no promise and no AbortSignal
  // per request (what `request` adds).
  function send(attempt: OutgoingAttempt): void {
    const { scope } = attempt;
    if (scope.aborted) {
      attempt.fail(scope.reason);
      return;
    }
    (dispatcher as Dispatcher).dispatch(
      {
        origin: attempt.origin,
        path: attempt.path,
        method: attempt.method,
        headers: attempt.headers,
        // Node's global FormData and undici's are distinct types; undici accepts either at run time.
        body: (attempt.body ?? null) as NonNullable<Dispatcher.DispatchOptions['body']> | null,
        // The call budget replaces undici's idle timers when one applies (null: undici's defaults).
        headersTimeout: scope.timeoutMs > 0 ? 0 : null,
        bodyTimeout: scope.timeoutMs > 0 ? 0 : null,
      },
      new UndiciAnswerHandler(attempt),
    );
  }

  return Object.freeze({
    ready: () => (dispatcher === undefined ? load() : undefined),
    prepareForm: toUndiciFormData,
    send,
    // Destroy rather than close: once no call is waiting, what is left are idle sockets and requests whose
    // callers already gave up (an aborted request still connecting would otherwise hold `close()` until undici's
    // connect timeout). An injected dispatcher or a shared pool is the caller's to close.
    close: async () => {
      if (ownAgent !== undefined) await ownAgent.destroy();
    },
  });
}

/**
 * undici only serialises its own FormData class; Node's global FormData comes from a different copy of undici.
 * Entries are copied (Blobs by reference, not read).
 */
async function toUndiciFormData(form: FormData): Promise<FormData> {
  const { FormData: UndiciFormData } = await loadUndici();
  if (form instanceof UndiciFormData) return form;
  const copy = new UndiciFormData();
  for (const [name, value] of form) {
    if (typeof value === 'string') copy.append(name, value);
    else copy.append(name, value, value.name);
  }
  return copy as unknown as FormData;
}
