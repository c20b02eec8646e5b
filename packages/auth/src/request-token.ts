import type { Dispatcher } from 'undici';
import type { AuthErrorCode } from './auth-error.js';
import { loadUndici } from './load-undici.js';
import { readBoundedBody } from './read-bounded-body.js';

/** One token request: everything needed to send it once. */
export interface TokenRequest {
  readonly url: string;
  /** Token URL without query or user info, safe to put in messages. */
  readonly endpoint: string;
  /** The form body; a function so the client secret sits on no object property. */
  readonly body: () => string;
  /** The dispatcher to send through; a function so that the provider creates its own only when it first asks. */
  readonly dispatcher: () => Promise<Dispatcher>;
  readonly timeoutMs: number;
  /** Largest token response body read; a larger one fails with `TOKEN_RESPONSE_TOO_LARGE`. */
  readonly maxResponseBytes: number;
  /** Aborted when the provider closes. */
  readonly signal: AbortSignal;
  /** Masks the client secret should the endpoint echo it back. */
  readonly scrub: (text: string) => string;
}

/** The outcome of one attempt: a token, or why not and whether another attempt could help. */
export type TokenAttempt =
  | { readonly ok: true; readonly accessToken: string; readonly expiresInMs: number }
  | {
      readonly ok: false;
      readonly code: AuthErrorCode;
      readonly message: string;
      readonly retryable: boolean;
      readonly status?: number;
      readonly cause?: unknown;
    };

const MAX_DETAIL_CHARS = 200;
// Certificate problems do not heal by retrying; everything else on the wire might.
const TLS_FAILURE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/;

/** Sends one client-credentials token request, bounded by `timeoutMs`. Never throws. */
export async function requestToken(req: TokenRequest): Promise<TokenAttempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, req.timeoutMs);
  const onClose = () => controller.abort();
  req.signal.addEventListener('abort', onClose, { once: true });
  try {
    const { request } = await loadUndici();
    const response = await request(req.url, {
      method: 'POST',
      dispatcher: await req.dispatcher(),
      signal: controller.signal,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: req.body(),
    });
    const read = await readBoundedBody(
      response.body,
      req.maxResponseBytes,
      response.headers['content-length'],
    );
    if (!read.ok) {
      return {
        ok: false,
        code: 'TOKEN_RESPONSE_TOO_LARGE',
        message: `Token endpoint ${req.endpoint} sent a body over the ${req.maxResponseBytes}-byte limit`,
        retryable: false,
        status: response.statusCode,
      };
    }
    return interpret(req, response.statusCode, new TextDecoder().decode(read.bytes));
  } catch (error) {
    if (req.signal.aborted) {
      return {
        ok: false,
        code: 'TOKEN_REQUEST_FAILED',
        message: 'The OAuth provider is closed',
        retryable: false,
      };
    }
    if (timedOut) {
      return {
        ok: false,
        code: 'TOKEN_REQUEST_FAILED',
        message: `Token request to ${req.endpoint} timed out after ${req.timeoutMs} ms`,
        retryable: true,
        cause: error,
      };
    }
    const errorCode = (error as { code?: unknown }).code;
    const reason = typeof errorCode === 'string' ? errorCode : (error as Error).name;
    return {
      ok: false,
      code: 'TOKEN_REQUEST_FAILED',
      message: `Token request to ${req.endpoint} failed: ${reason}`,
      retryable: !(typeof errorCode === 'string' && TLS_FAILURE.test(errorCode)),
      cause: error,
    };
  } finally {
    clearTimeout(timer);
    req.signal.removeEventListener('abort', onClose);
  }
}

function interpret(req: TokenRequest, status: number, text: string): TokenAttempt {
  if (status >= 200 && status < 300) return parseToken(req, status, text);
  const detail = oauthErrorDetail(req, text);
  if (status === 400 || status === 401) {
    return {
      ok: false,
      code: 'INVALID_CREDENTIALS',
      message: `Token endpoint ${req.endpoint} rejected the client credentials (${status}${detail})`,
      retryable: false,
      status,
    };
  }
  return {
    ok: false,
    code: 'TOKEN_REQUEST_FAILED',
    message: `Token endpoint ${req.endpoint} answered ${status}${detail}`,
    retryable: status === 408 || status === 429 || status >= 500,
    status,
  };
}

function parseToken(req: TokenRequest, status: number, text: string): TokenAttempt {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return invalidResponse(req, status, 'the body is not JSON');
  }
  const { access_token: accessToken, expires_in: expiresIn } = (body ?? {}) as Record<string, unknown>;
  if (typeof accessToken !== 'string' || accessToken === '') {
    return invalidResponse(req, status, 'access_token is missing');
  }
  // Some identity providers send expires_in as a numeric string.
  const seconds = typeof expiresIn === 'string' && expiresIn.trim() !== '' ? Number(expiresIn) : expiresIn;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) {
    return invalidResponse(req, status, 'expires_in is missing or not a positive number');
  }
  return { ok: true, accessToken, expiresInMs: seconds * 1000 };
}

function invalidResponse(req: TokenRequest, status: number, why: string): TokenAttempt {
  return {
    ok: false,
    code: 'TOKEN_RESPONSE_INVALID',
    message: `Token endpoint ${req.endpoint} sent an unusable token response: ${why}`,
    retryable: false,
    status,
  };
}

/** `: invalid_client – Bad secret` from an RFC 6749 error body, or nothing. */
function oauthErrorDetail(req: TokenRequest, text: string): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return '';
  }
  const { error, error_description: description } = (body ?? {}) as Record<string, unknown>;
  const parts = [error, description].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  if (parts.length === 0) return '';
  return `: ${req.scrub(parts.join(' – ')).slice(0, MAX_DETAIL_CHARS)}`;
}
