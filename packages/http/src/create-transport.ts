import type { AuthHeadersContext } from '@camunda-ts/auth';
import { AuthError, rejectDispatcherWithTls } from '@camunda-ts/auth';
import { backoffDelay, isCamundaError, nullLogger } from '@camunda-ts/types';
import { AbortError } from './abort-error.js';
import type { AttemptSender, OutgoingAttempt, ReceivedResponse } from './attempt-sender.js';
import { type CallScope, openCallScope } from './call-scope.js';
import { decodeBody, utf8 } from './decode-body.js';
import { createDefaultAttemptSender } from './default-attempt-sender.js';
import { HttpError } from './http-error.js';
import { isFormData } from './is-form-data.js';
import { logLevelProbe } from './log-level-probe.js';
import { LONG_POLL_MARGIN_MS } from './long-poll-margin.js';
import { matchesContentType } from './matches-content-type.js';
import { NetworkError } from './network-error.js';
import { isOverloadSignal } from './overload-signal.js';
import { parseProblemDetail } from './problem-detail.js';
import { queryString } from './query-string.js';
import { redactBody, redactHeaders } from './redaction.js';
import { parseRetryAfter } from './retry-after.js';
import { type RetryPolicy, resolveRetryPolicy } from './retry-policy.js';
import { TimeoutError } from './timeout-error.js';
import type { HttpMethod, SendOptions, Transport, TransportRequest, TransportResponse } from './transport.js';
import { systemClock } from './transport-clock.js';
import type { TransportCoreOptions } from './transport-core-options.js';
import type { GatePermit, TransportGate } from './transport-gate.js';
import type { AttemptInfo } from './transport-hooks.js';
import type { TransportOptions } from './transport-options.js';
import { compileUrlTemplate, type UrlTemplate } from './url-template.js';
import { USER_AGENT } from './version.js';

type Headers = Readonly<Record<string, string>>;
type ResponseHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** JSON first; the wildcard keeps XML and binary operations from answering 406. */
const DEFAULT_ACCEPT = 'application/json, application/problem+json;q=0.9, */*;q=0.1';

/** Socket and DNS failures after which the same request may succeed; TLS and argument errors are not here. */
const TRANSIENT_NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  // fetch: a request that got no answer (the fetch sender's code when the runtime gives none), Bun's codes.
  'FETCH_FAILED',
  'ConnectionRefused',
  'ConnectionClosed',
]);

const NO_SEND_OPTIONS: SendOptions = Object.freeze({});
const NO_HEADERS: ResponseHeaders = Object.freeze({});
/** `Retry-After: 0` from a broken proxy must not turn retries into a tight loop. */
const RETRY_AFTER_MIN_MS = 100;
const NO_AUTH_CONTEXT: AuthHeadersContext = Object.freeze({});

type GateRequest = Parameters<TransportGate['acquire']>[0];

/** Why one attempt did not produce the call's response. */
type AttemptFailure =
  | {
      readonly kind: 'http-error';
      readonly error: HttpError;
      readonly retryable: boolean;
      readonly retryAfterMs: number | undefined;
    }
  | { readonly kind: 'failure'; readonly error: unknown; readonly retryable: boolean };

/** How one attempt ended: the call's response (no `kind`), or why not. */
type AttemptResult = TransportResponse<unknown> | AttemptFailure;

/** Where an attempt's result goes: the retry loop waiting for it, or (the first attempt) the call itself. */
type Resume = ((result: AttemptResult) => void) | undefined;

function isFailure(result: AttemptResult): result is AttemptFailure {
  return (result as { readonly kind?: unknown }).kind !== undefined;
}

/** Everything about one call that stays the same across its attempts. */
interface Call {
  readonly request: TransportRequest;
  readonly operationId: string;
  readonly path: string;
  /** What is sent; a multipart body becomes the sender's `FormData` before the first attempt sends it. */
  body: string | Uint8Array | FormData | undefined;
  /** A multipart body not yet converted (`AttemptSender.prepareForm`; undici's is loaded on first use). */
  form: FormData | undefined;
  readonly headersFor: (auth: Headers) => Headers;
  readonly scope: CallScope;
  /** What `auth.headers` gets: the caller's signal (the scope's budget is enforced by racing). */
  readonly authContext: AuthHeadersContext;
  /** What `gate.acquire` gets (the caller's signal; the budget is enforced by racing), when there is a gate. */
  readonly gateRequest: GateRequest | undefined;
  readonly policy: RetryPolicy;
  /** The caller wants the body alone (`sendForBody`). */
  readonly bodyOnly: boolean;
  /** Clock time when `send` was called: the start of a first attempt sent in the same turn. */
  readonly openedAt: number;
  /** Settle the promise `send` returned: with the response, or its body alone. */
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** What the transport does with an attempt's answer; one per transport, shared by its attempts. */
interface ExchangeCore {
  answered(exchange: Exchange, response: ReceivedResponse): void;
  failed(exchange: Exchange, error: unknown): void;
}

/**
 * One attempt as handed to the sender, and the state the transport needs when its answer comes back. The sender
 * calls `respond` or `fail`; the first counts. One object per attempt stands for what would otherwise be a promise,
 * its resolving functions and an async frame.
 */
class Exchange implements OutgoingAttempt {
  readonly origin: string;
  readonly path: string;
  readonly method: HttpMethod;
  readonly body: string | Uint8Array | FormData | undefined;
  readonly scope: CallScope;
  readonly maxResponseBytes: number;
  readonly startedAt: number;
  #settled = false;

  constructor(
    readonly core: ExchangeCore,
    origin: string,
    maxResponseBytes: number,
    readonly call: Call,
    readonly attempt: number,
    readonly headers: Headers,
    readonly permit: GatePermit | undefined,
    readonly gateWaitMs: number,
    readonly info: AttemptInfo | undefined,
    readonly resume: Resume,
    startedAt: number,
  ) {
    this.origin = origin;
    this.path = call.path;
    this.method = call.request.method;
    this.body = call.body;
    this.scope = call.scope;
    this.maxResponseBytes = maxResponseBytes;
    this.startedAt = startedAt;
  }

  respond(response: ReceivedResponse): void {
    if (this.#settled) return;
    this.#settled = true;
    this.core.answered(this, response);
  }

  fail(error: unknown): void {
    if (this.#settled) return;
    this.#settled = true;
    this.core.failed(this, error);
  }
}

/**
 * Creates the transport every API call goes through: undici `dispatch` on one keep-alive pool (custom CA and
 * mTLS from `config.tls`) in the Node build, `fetch` in the `browser`, `worker` and `bun` builds; credentials
 * from `auth`, a call budget and cancellation, retries with full-jitter backoff, `Retry-After`, a single
 * credentials refresh on 401, and problem-detail errors. Each attempt is wrapped in the gate (acquire → request
 * → record → release), so every overload answer — retried ones too — reaches it.
 *
 * Retries live here rather than in undici's retry interceptor because each attempt must pass the gate, fetch
 * fresh credentials and be reported to hooks.
 */
export function createTransport(options: TransportOptions): Transport {
  // A dispatcher brings its own connection settings: configured TLS would be dropped without a word.
  if (options.dispatcher !== undefined) rejectDispatcherWithTls(options.config.tls);
  return createTransportCore(
    options,
    createDefaultAttemptSender({
      config: options.config,
      dispatcher: options.dispatcher,
      agent: options.agent,
    }),
  );
}

/**
 * The runtime-neutral transport: credentials, the call budget and cancellation, retries with full-jitter backoff,
 * `Retry-After`, the 401 refresh, the gate around each attempt, decoding, problem-detail errors, hooks and
 * redacted logging. `sender` sends each attempt (undici on Node, `fetch` elsewhere) and owns the connections.
 */
export function createTransportCore(options: TransportCoreOptions, sender: AttemptSender): Transport {
  const { config, auth, hooks, gate } = options;
  const logger = options.logger ?? nullLogger;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;

  const base = new URL(config.restAddress);
  const origin = base.origin;
  const basePath = base.pathname.endsWith('/') ? base.pathname.slice(0, -1) : base.pathname;
  const retryDefaults: RetryPolicy = Object.freeze({ ...config.http.retry });
  const defaultTimeoutMs = config.http.timeoutMs;
  const retryAfterMaxMs = config.http.retryAfterMaxMs;
  const maxResponseBytes = config.http.maxResponseBytes;
  const logEnabled = logLevelProbe(logger, config.logLevel);
  const logBodies = config.logLevel === 'silly';
  const timeOrigin = performance.timeOrigin;
  const templates = new Map<string, UrlTemplate>();
  const plainHeaders = headerMerger({ 'user-agent': USER_AGENT, accept: DEFAULT_ACCEPT });
  const jsonHeaders = headerMerger({
    'user-agent': USER_AGENT,
    accept: DEFAULT_ACCEPT,
    'content-type': 'application/json',
  });
  let closed = false;
  let closing: Promise<void> | undefined;
  let inFlight = 0;
  /** Long polls in flight: closing ends them at once, since they hold no work, instead of waiting them out. */
  const longPolls = new Set<CallScope>();
  let onDrained: (() => void) | undefined;

  const gateRequests = new Map<string, GateRequest>();

  /** The gate request of a call without a signal: one frozen object per operation, not one per call. */
  function plainGateRequest(operation: string): GateRequest {
    let request = gateRequests.get(operation);
    if (request === undefined) {
      request = Object.freeze({ operation });
      gateRequests.set(operation, request);
    }
    return request;
  }

  function template(pathTemplate: string, operationId: string): UrlTemplate {
    let compiled = templates.get(pathTemplate);
    if (compiled === undefined) {
      compiled = compileUrlTemplate(pathTemplate, operationId);
      templates.set(pathTemplate, compiled);
    }
    return compiled;
  }

  /** Serialises the body once per call and picks the headers that go with it. */
  function prepareBody(request: TransportRequest): Pick<Call, 'body' | 'form' | 'headersFor'> {
    const { body, contentType, accept } = request;
    let prepared: Call['body'];
    let form: FormData | undefined;
    let headersFor: Call['headersFor'];
    if (body === undefined) {
      prepared = undefined;
      headersFor = plainHeaders;
    } else if (isFormData(body)) {
      // undici writes the multipart content type with its boundary.
      prepared = undefined;
      form = body;
      headersFor = plainHeaders;
    } else if (contentType !== undefined) {
      prepared = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
      headersFor = (auth) => ({ ...plainHeaders(auth), 'content-type': contentType });
    } else {
      prepared = isEmptyObject(body) ? '{}' : JSON.stringify(body);
      headersFor = jsonHeaders;
    }
    if (accept !== undefined) {
      const inner = headersFor;
      headersFor = (auth) => ({ ...inner(auth), accept });
    }
    return { body: prepared, form, headersFor };
  }

  /**
   * Not an async function: the call is one promise, settled from the sender's answer (`Exchange`); only a call
   * whose first attempt fails enters the async retry loop.
   */
  function send<T>(request: TransportRequest, sendOptions?: SendOptions): Promise<TransportResponse<T>> {
    return start(request, sendOptions, false) as Promise<TransportResponse<T>>;
  }

  function sendForBody<T>(request: TransportRequest, sendOptions?: SendOptions): Promise<T> {
    return start(request, sendOptions, true) as Promise<T>;
  }

  function start(
    request: TransportRequest,
    sendOptions: SendOptions | undefined,
    bodyOnly: boolean,
  ): Promise<unknown> {
    let call: Call;
    try {
      const operationId = request.operationId;
      if (closed) throw new NetworkError({ operationId, code: 'TRANSPORT_CLOSED' });
      const opts = sendOptions ?? NO_SEND_OPTIONS;
      if (opts.signal?.aborted) throw new AbortError({ operationId, cause: opts.signal.reason });
      const path =
        basePath +
        template(request.pathTemplate, operationId)(request.pathParams) +
        queryString(request.query);
      const { body, form, headersFor } = prepareBody(request);
      const policy = resolveRetryPolicy(retryDefaults, opts.retry);
      const timeoutMs =
        opts.timeoutMs ??
        (request.longPollMs === undefined
          ? defaultTimeoutMs
          : Math.max(defaultTimeoutMs, request.longPollMs + LONG_POLL_MARGIN_MS));
      const longPoll = request.longPollMs !== undefined;
      const openedAt = clock.now();
      // On the system clock the budget timer's base is the same reading, without a second one.
      const scope = openCallScope(
        opts.signal,
        timeoutMs,
        openedAt,
        longPoll,
        clock === systemClock ? openedAt - timeOrigin : undefined,
      );
      if (longPoll) longPolls.add(scope);
      call = {
        request,
        operationId,
        path,
        body,
        form,
        headersFor,
        scope,
        authContext: opts.signal === undefined ? NO_AUTH_CONTEXT : { signal: opts.signal },
        gateRequest:
          gate === undefined
            ? undefined
            : opts.signal === undefined
              ? plainGateRequest(operationId)
              : { operation: operationId, signal: opts.signal },
        policy,
        bodyOnly,
        openedAt,
        resolve: ignore,
        reject: ignore,
      };
    } catch (error) {
      return Promise.reject(error);
    }
    inFlight++;
    return new Promise<unknown>((resolve, reject) => {
      call.resolve = resolve;
      call.reject = reject;
      startAttempt(call, 1, undefined);
    });
  }

  function endCall(call: Call): void {
    call.scope.dispose();
    if (call.request.longPollMs !== undefined) longPolls.delete(call.scope);
    if (--inFlight === 0) onDrained?.();
  }

  /** Where an attempt's result goes: the waiting retry loop, or the call (ended, or handed to the retry loop). */
  function conclude(call: Call, result: AttemptResult, resume: Resume): void {
    if (resume !== undefined) {
      resume(result);
      return;
    }
    if (!isFailure(result)) {
      endCall(call);
      call.resolve(call.bodyOnly ? result.body : result);
      return;
    }
    retryLoop(call, result).then(
      (response) => call.resolve(call.bodyOnly ? response.body : response),
      call.reject,
    );
  }

  /** One attempt of the retry loop, as a promise (the first attempt needs none). */
  function attemptOnce(call: Call, attempt: number): Promise<AttemptResult> {
    return new Promise((resolve) => startAttempt(call, attempt, resolve));
  }

  /** The attempt loop after a first attempt that failed: retries, the 401 refresh, backoff within the budget. */
  async function retryLoop(call: Call, first: AttemptFailure): Promise<TransportResponse<unknown>> {
    const { operationId, scope, policy } = call;
    let attempt = 0;
    let retries = 0;
    let refreshed = false;
    let settled: AttemptResult | undefined = first;
    try {
      for (;;) {
        attempt++;
        const result = settled ?? (await attemptOnce(call, attempt));
        settled = undefined;
        if (!isFailure(result)) return result;
        let delayMs: number;
        let reason: string;
        if (result.kind === 'failure') {
          if (!result.retryable || !call.request.retrySafe || retries + 1 >= policy.maxAttempts)
            throw result.error;
          retries++;
          delayMs = backoffDelay(retries - 1, policy.baseDelayMs, policy.maxDelayMs, random);
          reason = (result.error as NetworkError).code;
        } else {
          const { status } = result.error;
          if (status === 401 && !refreshed) {
            // The token may have been revoked or expired early: fetch a fresh one and try once more.
            refreshed = true;
            auth.invalidate(`HTTP 401 from ${operationId}`);
            if (logEnabled('debug')) logger.debug({ operationId, attempt }, 'http.unauthorized.refresh');
            continue;
          }
          if (!result.retryable || retries + 1 >= policy.maxAttempts) throw result.error;
          retries++;
          delayMs =
            result.retryAfterMs === undefined
              ? backoffDelay(retries - 1, policy.baseDelayMs, policy.maxDelayMs, random)
              : // The server's wait, bounded both ways: with no call budget it would otherwise be unbounded.
                Math.min(retryAfterMaxMs, Math.max(RETRY_AFTER_MIN_MS, result.retryAfterMs));
          reason = `HTTP ${status}`;
        }
        // Waiting past the budget would only end in a TimeoutError; the server's answer says more.
        if (clock.now() + delayMs >= scope.deadline) throw result.error;
        if (logEnabled('debug')) {
          logger.debug({ operationId, attempt, nextAttempt: attempt + 1, delayMs, reason }, 'http.retry');
        }
        if (delayMs > 0) {
          try {
            await clock.sleep(delayMs, scope.signal);
          } catch (error) {
            throw callFailure(error, call, 'backoff');
          }
        } else if (scope.aborted) {
          throw callFailure(scope.reason, call, 'backoff');
        }
      }
    } finally {
      endCall(call);
    }
  }

  /**
   * Starts one attempt. When the sender is ready, credentials are at hand and the gate admits the call at once,
   * the request is handed to the sender in this turn, without a promise; anything that has to wait goes through
   * `prepareSlowly`.
   */
  function startAttempt(call: Call, attempt: number, resume: Resume): void {
    if (sender.ready() === undefined && call.form === undefined && !call.scope.aborted) {
      const authHeaders = auth.headersNow?.();
      if (authHeaders !== undefined) {
        const { gateRequest } = call;
        const permit =
          gateRequest === undefined ? undefined : (gate as TransportGate).tryAcquire?.(gateRequest);
        if (gateRequest === undefined || permit !== undefined) {
          exchange(
            call,
            attempt,
            authHeaders,
            permit,
            0,
            resume,
            attempt === 1 ? call.openedAt : clock.now(),
          );
          return;
        }
      }
    }
    prepareSlowly(call, attempt).then(
      (prepared) => {
        if ('kind' in prepared) conclude(call, prepared, resume);
        else {
          const { authHeaders, permit, gateWaitMs } = prepared;
          exchange(call, attempt, authHeaders, permit, gateWaitMs, resume, clock.now());
        }
      },
      (error: unknown) =>
        conclude(
          call,
          { kind: 'failure', error: callFailure(error, call, 'prepare'), retryable: false },
          resume,
        ),
    );
  }

  /** The stages before the request that may have to wait: the sender's pool, a form, credentials, the gate. */
  async function prepareSlowly(
    call: Call,
    attempt: number,
  ): Promise<
    | { readonly authHeaders: Headers; readonly permit: GatePermit | undefined; readonly gateWaitMs: number }
    | AttemptFailure
  > {
    const { scope } = call;
    let gateWaitMs = 0;
    let permit: GatePermit | undefined;
    let acquiring: Promise<GatePermit> | undefined;
    let stage: 'prepare' | 'auth' | 'gate' = 'prepare';
    try {
      // First use only: let the sender create its pool; convert a multipart body once per call.
      const senderReady = sender.ready();
      if (senderReady !== undefined) await scope.race(senderReady);
      if (call.form !== undefined) {
        call.body = await scope.race(sender.prepareForm(call.form));
        call.form = undefined;
      }
      stage = 'auth';
      let authHeaders = auth.headersNow?.();
      if (authHeaders === undefined) authHeaders = await scope.race(auth.headers(call.authContext));
      else if (scope.aborted) throw scope.reason;
      if (call.gateRequest !== undefined) {
        stage = 'gate';
        permit = (gate as TransportGate).tryAcquire?.(call.gateRequest);
        if (permit !== undefined && scope.aborted) throw scope.reason;
      }
      if (call.gateRequest !== undefined && permit === undefined) {
        const waitStart = clock.now();
        // What is left of the budget bounds the queue wait, so an expired caller leaves the gate's queue.
        const remainingMs = scope.deadline - waitStart;
        acquiring = (gate as TransportGate).acquire(
          Number.isFinite(remainingMs)
            ? { ...call.gateRequest, timeoutMs: Math.max(0, remainingMs) }
            : call.gateRequest,
        );
        permit = await scope.race(acquiring);
        gateWaitMs = clock.now() - waitStart;
      }
      return { authHeaders, permit, gateWaitMs };
    } catch (error) {
      if (permit !== undefined) permit.release();
      // The budget ran out while queued: hand back a permit the gate grants later.
      else acquiring?.then(releasePermit, ignore);
      const failure = callFailure(error, call, stage);
      reportError(attemptInfo(call, attempt, gateWaitMs), failure, 0);
      return { kind: 'failure', error: failure, retryable: false };
    }
  }

  /** Hands the request to the sender; its answer comes back through the `Exchange`. */
  function exchange(
    call: Call,
    attempt: number,
    authHeaders: Headers,
    permit: GatePermit | undefined,
    gateWaitMs: number,
    resume: Resume,
    startedAt: number,
  ): void {
    let headers = call.headersFor(authHeaders);
    let info: AttemptInfo | undefined;
    if (hooks !== undefined) {
      info = attemptInfo(call, attempt, gateWaitMs);
      const extra = callHook('beforeRequest', () => hooks.beforeRequest?.(info as AttemptInfo));
      if (extra) headers = { ...headers, ...extra };
    }
    if (logEnabled('trace')) {
      const { request } = call;
      const fields: Record<string, unknown> = {
        operationId: call.operationId,
        method: request.method,
        url: origin + call.path,
        attempt,
        headers: redactHeaders(headers),
      };
      if (logBodies && request.body !== undefined) fields.body = redactBody(request.body);
      logger.trace(fields, 'http.request');
    }
    const outgoing = new Exchange(
      exchangeCore,
      origin,
      maxResponseBytes,
      call,
      attempt,
      headers,
      permit,
      gateWaitMs,
      info,
      resume,
      startedAt,
    );
    try {
      sender.send(outgoing);
    } catch (error) {
      outgoing.fail(error);
    }
  }

  const exchangeCore: ExchangeCore = {
    answered(ex, response) {
      // A sender that did not fail the attempt when its scope aborted: the caller has already given up on it.
      if (ex.scope.aborted) {
        conclude(ex.call, failureOf(ex, ex.scope.reason), ex.resume);
        return;
      }
      let result: AttemptResult;
      try {
        result = answerOf(ex, response);
      } catch (error) {
        result = failureOf(ex, error);
      }
      conclude(ex.call, result, ex.resume);
    },
    failed(ex, error) {
      conclude(ex.call, failureOf(ex, error), ex.resume);
    },
  };

  /** An answer that came: a response, or the HTTP error it stands for; reported to the gate, hooks and logs. */
  function answerOf(ex: Exchange, response: ReceivedResponse): AttemptResult {
    const { call } = ex;
    const { request, operationId } = call;
    const { status } = response;
    const bytes = response.body;
    let decoded: unknown;
    let problemBody: ReturnType<typeof parseProblemDetail> | undefined;
    /** Why an answer that came is still not a success (a redirect, an HTML page, a body too large, bad JSON). */
    let refusal: HttpError | undefined;
    const expected = request.expect;
    const documented =
      status >= 200 && status < 300 && (expected === undefined || expected.statuses.includes(status));
    if (!documented && status < 400) {
      // Redirects are not followed and undocumented statuses are not results.
      refusal = unexpectedAnswer(operationId, status, 'UNEXPECTED_STATUS', response.headers);
    } else if (bytes === undefined) {
      refusal = unexpectedAnswer(operationId, status, 'RESPONSE_TOO_LARGE', response.headers);
    } else if (status >= 400) {
      problemBody = parseProblemDetail(status, contentTypeOf(response), utf8(bytes));
    } else if (bytes.byteLength > 0) {
      // Only an answer with a body needs its headers read (a 204 never does).
      const contentType = contentTypeOf(response);
      if (!matchesContentType(expected?.contentType, contentType)) {
        refusal = unexpectedAnswer(operationId, status, 'UNEXPECTED_CONTENT_TYPE', response.headers, {
          expected: expected?.contentType,
          actual: contentType,
        });
      } else {
        // An untyped body is held to the documented type: JSON must parse, not fall back to text.
        const decodeAs =
          contentType ?? (expected?.contentType?.includes('json') ? expected.contentType : undefined);
        try {
          decoded = decodeBody(bytes, decodeAs, status);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          refusal = new HttpError({
            operationId,
            status,
            problem: { type: 'about:blank', title: 'Invalid JSON in the response body', status },
            code: 'INVALID_RESPONSE_BODY',
            cause: error,
          });
        }
      }
    }

    const durationMs = clock.now() - ex.startedAt;
    const overload = problemBody !== undefined && isOverloadSignal(status, problemBody.problem);
    if (gate !== undefined) {
      if (overload) gate.record({ type: 'overload', operation: operationId, status, latencyMs: durationMs });
      else gate.record({ type: 'success', operation: operationId, latencyMs: durationMs });
    }
    ex.permit?.release();

    if (hooks?.afterResponse !== undefined) {
      const base = ex.info ?? attemptInfo(call, ex.attempt, ex.gateWaitMs);
      callHook('afterResponse', () =>
        hooks.afterResponse?.({ ...base, status, durationMs, headers: response.headers, overload }),
      );
    }
    if (logEnabled('debug')) {
      logger.debug(
        { operationId, method: request.method, status, durationMs, attempt: ex.attempt },
        'http.response',
      );
      if (logEnabled('trace')) {
        const fields: Record<string, unknown> = {
          operationId,
          status,
          headers: redactHeaders(response.headers),
        };
        if (logBodies && refusal === undefined) fields.body = redactBody(problemBody?.body ?? decoded);
        logger.trace(fields, 'http.response.detail');
      }
    }

    if (refusal !== undefined)
      return { kind: 'http-error', error: refusal, retryable: false, retryAfterMs: undefined };
    if (problemBody === undefined) {
      // A caller of `sendForBody` never sees the headers: they are not read for it.
      return { status, headers: ex.call.bodyOnly ? NO_HEADERS : response.headers, body: decoded };
    }
    const error = new HttpError({
      operationId,
      status,
      problem: problemBody.problem,
      body: problemBody.body,
    });
    // 429 and 503 mean the engine refused before acting; a RESOURCE_EXHAUSTED 500 is the same refusal.
    const retryable = status === 429 || status === 503 || overload;
    const retryAfterMs = retryable
      ? parseRetryAfter(response.headers['retry-after'], clock.now())
      : undefined;
    return { kind: 'http-error', error, retryable, retryAfterMs };
  }

  /** No complete answer came (or it could not be read): a failure, retryable for transient network errors. */
  function failureOf(ex: Exchange, error: unknown): AttemptFailure {
    const { call } = ex;
    const durationMs = clock.now() - ex.startedAt;
    const failure = callFailure(error, call, 'request');
    // A caller's abort says nothing about the server's health.
    if (gate !== undefined && !isAbort(failure)) gate.record({ type: 'error', operation: call.operationId });
    ex.permit?.release();
    reportError(ex.info ?? attemptInfo(call, ex.attempt, ex.gateWaitMs), failure, durationMs);
    const retryable =
      (failure as { name?: unknown }).name === 'NetworkError' &&
      TRANSIENT_NETWORK_CODES.has((failure as NetworkError).code);
    return { kind: 'failure', error: failure, retryable };
  }

  /**
   * Maps whatever ended a call stage to the error the caller sees, always one of ours: an abort or the budget
   * first; then camunda-ts errors as they are (AuthError, the gate's errors); a gate wait cut by the budget is a
   * TimeoutError; anything else from a credentials provider an AuthError, and from elsewhere a NetworkError.
   */
  function callFailure(
    error: unknown,
    call: Call,
    stage: 'prepare' | 'auth' | 'gate' | 'request' | 'backoff',
  ): unknown {
    const { operationId, scope } = call;
    const abortedBy = scope.abortedBy;
    if (abortedBy === 'caller') return new AbortError({ operationId, cause: scope.callerReason });
    if (abortedBy === 'timeout') return new TimeoutError({ operationId, timeoutMs: scope.timeoutMs });
    if ((error as { code?: unknown } | undefined)?.code === 'BACKPRESSURE_WAIT_TIMEOUT') {
      return new TimeoutError({ operationId, timeoutMs: scope.timeoutMs });
    }
    if (isCamundaError(error)) return error;
    if (stage === 'auth') {
      return new AuthError(`${operationId}: the credentials provider failed`, {
        code: 'TOKEN_REQUEST_FAILED',
        cause: error,
      });
    }
    return new NetworkError({ operationId, code: errorCode(error), cause: error });
  }

  function attemptInfo(call: Call, attempt: number, gateWaitMs: number): AttemptInfo {
    return {
      operationId: call.operationId,
      method: call.request.method,
      pathTemplate: call.request.pathTemplate,
      url: origin + call.path,
      attempt,
      retryCount: attempt - 1,
      gateWaitMs,
    };
  }

  function reportError(info: AttemptInfo, error: unknown, durationMs: number): void {
    if (hooks?.onError !== undefined)
      callHook('onError', () => hooks.onError?.({ ...info, error, durationMs }));
    if (logEnabled('debug')) {
      const { name, code } = error as { name?: unknown; code?: unknown };
      logger.debug(
        {
          operationId: info.operationId,
          method: info.method,
          attempt: info.attempt,
          durationMs,
          error: { name, code },
        },
        'http.failure',
      );
    }
  }

  function callHook<R>(name: string, fn: () => R): R | undefined {
    try {
      return fn();
    } catch (error) {
      if (logEnabled('warn')) {
        logger.warn(
          { hook: name, error: { name: (error as Error)?.name, message: (error as Error)?.message } },
          'http.hook.failed',
        );
      }
      return undefined;
    }
  }

  /**
   * Ends the long polls in flight (as aborted calls), waits for the other calls, then lets the sender release what
   * it owns (an undici Agent it created).
   */
  function close(): Promise<void> {
    closing ??= (async () => {
      closed = true;
      const reason = new Error('The transport was closed');
      for (const scope of longPolls) scope.cancel(reason);
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          onDrained = resolve;
        });
      }
      await sender.close();
    })();
    return closing;
  }

  return Object.freeze({ send, sendForBody, close });
}

/**
 * Merges credentials into a fixed set of headers, reusing the last merged object while the credentials stay
 * the same (the usual case: one token for many calls).
 */
function headerMerger(base: Headers): (auth: Headers) => Headers {
  let lastAuth: Headers | undefined;
  let lastMerged: Headers = Object.freeze({ ...base });
  return (auth) => {
    if (auth === lastAuth || (lastAuth !== undefined && sameEntries(auth, lastAuth))) return lastMerged;
    lastMerged = Object.freeze({ ...base, ...auth });
    lastAuth = auth;
    return lastMerged;
  };
}

function sameEntries(a: Headers, b: Headers): boolean {
  let count = 0;
  for (const key in a) {
    if (a[key] !== b[key]) return false;
    count++;
  }
  for (const _ in b) count--;
  return count === 0;
}

const REFUSAL_TITLES = {
  UNEXPECTED_STATUS: 'The status is not a documented success of the operation',
  UNEXPECTED_CONTENT_TYPE: 'The body is not of the documented content type',
  RESPONSE_TOO_LARGE: 'The response body exceeds the configured size limit',
} as const;

/** An answer that came but is no result; the body is left out (a login page, or too large to keep). */
function unexpectedAnswer(
  operationId: string,
  status: number,
  code: keyof typeof REFUSAL_TITLES,
  headers: ResponseHeaders,
  types?: { readonly expected: string | undefined; readonly actual: string | undefined },
): HttpError {
  const location = headerValue(headers.location);
  const detail =
    types !== undefined
      ? `expected ${types.expected ?? 'no content'}, got ${types.actual ?? 'no content type'}`
      : location !== undefined
        ? `redirected to ${location}`
        : undefined;
  return new HttpError({
    operationId,
    status,
    problem: {
      type: 'about:blank',
      title: REFUSAL_TITLES[code],
      status,
      ...(detail !== undefined && { detail }),
    },
    code,
    ...(location !== undefined && { location }),
  });
}

/** `{}` (a job completion without variables): its JSON is known without serialising it. */
function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const _ in value) return false;
  return Object.getPrototypeOf(value) === Object.prototype && !('toJSON' in value);
}

function contentTypeOf(response: ReceivedResponse): string | undefined {
  return headerValue(response.headers['content-type']);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && code !== '') return code;
  const causeCode = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return typeof causeCode === 'string' && causeCode !== '' ? causeCode : 'NETWORK_ERROR';
}

function releasePermit(permit: GatePermit): void {
  permit.release();
}

function ignore(): void {}

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | undefined)?.name === 'AbortError';
}
