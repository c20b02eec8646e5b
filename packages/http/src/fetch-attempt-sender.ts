import type { AttemptSender, OutgoingAttempt, ReceivedResponse } from './attempt-sender.js';
import { readFetchBody } from './read-fetch-body.js';

/** Input of {@link createFetchAttemptSender}. */
export interface FetchAttemptSenderOptions {
  /** The `fetch` to send with; default the runtime's global `fetch`, looked up at each send. */
  readonly fetch?: typeof fetch | undefined;
  /**
   * Whether a browser sends cookies with API calls (`RequestInit.credentials`); default `same-origin`, the
   * fetch default.
   */
  readonly credentials?: 'omit' | 'same-origin' | 'include' | undefined;
}

/**
 * Sends attempts with `fetch`: browsers, web and edge workers, Bun, Deno, and Node when asked. The runtime owns
 * the connections, so there is nothing to create first and nothing to close.
 */
export function createFetchAttemptSender(options: FetchAttemptSenderOptions = {}): AttemptSender {
  const injected = options.fetch;
  const credentials = options.credentials;

  // The scope's abort fails the attempt at once, even from a `fetch` that ignores the signal.
  function send(attempt: OutgoingAttempt): void {
    const { scope } = attempt;
    if (scope.aborted) {
      attempt.fail(scope.reason);
      return;
    }
    const onAbort = () => attempt.fail(scope.reason);
    scope.onAbort(onAbort);
    exchange(attempt).then(
      (response) => {
        scope.offAbort(onAbort);
        attempt.respond(response);
      },
      (error: unknown) => {
        scope.offAbort(onAbort);
        attempt.fail(error);
      },
    );
  }

  async function exchange(attempt: OutgoingAttempt): Promise<ReceivedResponse> {
    const signal = attempt.scope.signal;
    // A redirect is an answer, not something to follow: the core turns any undocumented status into an error,
    // as the undici sender (which never follows) does.
    const init: RequestInit = { method: attempt.method, headers: attempt.headers, redirect: 'manual' };
    if (attempt.body !== undefined) init.body = attempt.body as NonNullable<RequestInit['body']>;
    if (signal !== undefined) init.signal = signal;
    if (credentials !== undefined) init.credentials = credentials;
    let response: Response;
    try {
      // Looked up per call: test tools and polyfills replace the global after modules load.
      response = await (injected ?? globalThis.fetch)(attempt.origin + attempt.path, init);
    } catch (error) {
      throw withCode(error);
    }
    // Browsers hide a manual redirect behind an opaque response with status 0: still a redirect, location unknown.
    const status = response.type === 'opaqueredirect' ? 302 : response.status;
    const headers = headerRecord(response.headers);
    let body: Uint8Array | undefined;
    try {
      body = await readFetchBody(response, attempt.maxResponseBytes);
    } catch (error) {
      throw withCode(error);
    }
    return { status, headers, body };
  }

  return Object.freeze({
    ready: () => undefined,
    prepareForm: (form: FormData) => Promise.resolve(form),
    send,
    close: () => Promise.resolve(),
  });
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  // Names come lower-cased; repeated headers are already joined with ", ".
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

/**
 * fetch rejects with a bare `TypeError` in browsers (the reason is hidden from scripts), with the socket error as
 * `cause` in Node and Deno, and with a `code` in Bun. The transport names a network error by a code, so one is
 * added where the runtime gives none. Aborts pass through: the call scope knows why it aborted.
 */
function withCode(error: unknown): unknown {
  if ((error as { name?: unknown } | undefined)?.name === 'AbortError') return error;
  const own = (error as { code?: unknown } | undefined)?.code;
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  if ((typeof own === 'string' && own !== '') || (typeof cause === 'string' && cause !== '')) return error;
  const message = error instanceof Error ? error.message : String(error);
  return Object.assign(new TypeError(message, { cause: error }), { code: 'FETCH_FAILED' });
}
