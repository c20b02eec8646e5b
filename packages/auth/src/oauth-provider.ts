import type { TlsConfig } from '@camunda-ts/config';
import { abortableSleep, childLogger, type Logger, nullLogger } from '@camunda-ts/types';
import type { Dispatcher } from 'undici';
import { abortable } from './abortable.js';
import { AuthError, isAuthError } from './auth-error.js';
import type { AuthHeadersContext, AuthProvider } from './auth-provider.js';
import { type CachedToken, cachedToken } from './cached-token.js';
import { createConnectionPool } from './create-connection-pool.js';
import { fetchToken } from './fetch-token.js';
import { rejectDispatcherWithTls } from './reject-dispatcher-with-tls.js';
import { revealer, type SecretInput } from './secret-input.js';
import { createTokenDiskCache, type TokenDiskCache } from './token-disk-cache.js';

/** Retry policy for the token endpoint. */
export interface OAuthRetryOptions {
  /** Retries after the first attempt (`CAMUNDA_OAUTH_RETRY_MAX` − 1: that key counts attempts). Default 5. */
  readonly max?: number;
  /** Ceiling of the first backoff delay, doubled per retry (`CAMUNDA_OAUTH_RETRY_BASE_DELAY_MS`). Default 1000. */
  readonly baseDelayMs?: number;
  /** Upper bound of any backoff delay. Default 30 000. */
  readonly maxDelayMs?: number;
}

/** Options of {@link createOAuthProvider}. */
export interface OAuthProviderOptions {
  /** Token endpoint (`CAMUNDA_OAUTH_URL`). */
  readonly url: string;
  /** The OAuth client id (`CAMUNDA_CLIENT_ID`). */
  readonly clientId: string;
  /** The client secret (`CAMUNDA_CLIENT_SECRET`), as a string or a `Secret`. */
  readonly clientSecret: SecretInput;
  /** Sent as `audience` unless empty (`CAMUNDA_TOKEN_AUDIENCE`). */
  readonly audience?: string | undefined;
  /** Sent as `scope` when set (`CAMUNDA_OAUTH_SCOPE`). */
  readonly scope?: string | undefined;
  /** Bound of each attempt, response body included (`CAMUNDA_OAUTH_TIMEOUT_MS`). Default 10 000. */
  readonly timeoutMs?: number | undefined;
  /** Largest token response body accepted, in bytes; a larger one is an `AuthError` (`TOKEN_RESPONSE_TOO_LARGE`). Default 1 MiB. */
  readonly maxResponseBytes?: number | undefined;
  /** Retries of failed token requests. */
  readonly retry?: OAuthRetryOptions | undefined;
  /** Directory of the on-disk token cache; no disk cache when unset. */
  readonly cacheDir?: string | undefined;
  /** CA and client certificate for the token endpoint; the same settings the API calls use. */
  readonly tls?: TlsConfig | undefined;
  /** After bad credentials, how long calls fail fast without asking the endpoint again. Default 5000. */
  readonly negativeCacheMs?: number | undefined;
  /** Receives token lifecycle events; never a token or a secret. */
  readonly logger?: Logger | undefined;
  /**
   * Dispatcher for the token requests (undici `MockAgent` in tests). Default: an own pool with `tls` (through
   * `HTTP_PROXY`/`HTTPS_PROXY` unless `NO_PROXY` exempts the endpoint), created by the first token request. A
   * dispatcher together with a CA or client certificate in `tls` is refused: it would silently drop them.
   */
  readonly dispatcher?: Dispatcher | undefined;
  /** Clock in epoch milliseconds. Default `Date.now`. */
  readonly now?: (() => number) | undefined;
  /** Waits between retries; rejects when `signal` aborts. Default `abortableSleep`. */
  readonly sleep?: ((ms: number, signal: AbortSignal) => Promise<void>) | undefined;
  /** Random source in `[0, 1)` for backoff jitter. Default `Math.random`. */
  readonly random?: (() => number) | undefined;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRY_MAX = 5;
const DEFAULT_RETRY_BASE_DELAY_MS = 1_000;
const DEFAULT_RETRY_MAX_DELAY_MS = 30_000;
const DEFAULT_NEGATIVE_CACHE_MS = 5_000;
const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

const defaultSleep = (ms: number, signal: AbortSignal): Promise<void> => abortableSleep(ms, signal);

/**
 * OAuth 2.0 client-credentials provider. Keeps the token in memory (and optionally on disk), refreshes it
 * `max(30 s, 5 %)` of its lifetime before expiry while still serving the current one, and sends exactly one
 * token request however many callers ask at once. After bad credentials it fails fast for `negativeCacheMs`.
 */
export function createOAuthProvider(options: OAuthProviderOptions): AuthProvider {
  const url = parseTokenUrl(options.url);
  if (options.clientId === '') {
    throw new AuthError('createOAuthProvider: clientId is empty', { code: 'INVALID_OPTIONS' });
  }
  if (options.dispatcher !== undefined && options.tls !== undefined) rejectDispatcherWithTls(options.tls);
  const secret = revealer(options.clientSecret);
  const audience = options.audience ?? '';
  const scope = options.scope === '' ? undefined : options.scope;
  const now = options.now ?? Date.now;
  const negativeCacheMs = options.negativeCacheMs ?? DEFAULT_NEGATIVE_CACHE_MS;
  const logger = childLogger(options.logger ?? nullLogger, { component: 'auth', auth: 'oauth' });
  const endpoint = `${url.origin}${url.pathname}`;
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    logger.warn(
      { event: 'oauth.insecure_url', endpoint },
      'the token endpoint is plain http on a remote host: the client secret and tokens travel unencrypted',
    );
  }
  const ownsDispatcher = options.dispatcher === undefined;
  // The own Agent (and undici with it) is created by the first token request, not by the provider.
  let dispatcher: Promise<Dispatcher> | undefined =
    options.dispatcher === undefined ? undefined : Promise.resolve(options.dispatcher);
  const getDispatcher = (): Promise<Dispatcher> => {
    dispatcher ??= createConnectionPool(options.tls);
    return dispatcher;
  };
  const disk: TokenDiskCache | undefined =
    options.cacheDir === undefined
      ? undefined
      : createTokenDiskCache(
          options.cacheDir,
          { url: url.href, clientId: options.clientId, audience, scope },
          logger,
        );
  const closing = new AbortController();
  const fetchOptions = Object.freeze({
    url: url.href,
    endpoint,
    body: () => formBody(options.clientId, secret(), audience, scope),
    dispatcher: getDispatcher,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    signal: closing.signal,
    scrub: (text: string) => maskSecret(text, secret()),
    retryMax: options.retry?.max ?? DEFAULT_RETRY_MAX,
    baseDelayMs: options.retry?.baseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS,
    maxDelayMs: options.retry?.maxDelayMs ?? DEFAULT_RETRY_MAX_DELAY_MS,
    random: options.random ?? Math.random,
    sleep: options.sleep ?? defaultSleep,
    logger,
  });

  let token: CachedToken | undefined;
  /** The last token the server rejected: a disk copy of it must not be reused. */
  let rejected: string | undefined;
  let inflight: Promise<CachedToken> | undefined;
  let refusal: { readonly error: AuthError; readonly until: number } | undefined;

  const closedError = () => new AuthError('The OAuth provider is closed', { code: 'TOKEN_REQUEST_FAILED' });

  // Single flight: every caller that needs a token while one is being fetched shares that one request.
  function acquire(): Promise<CachedToken> {
    inflight ??= load().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  async function load(): Promise<CachedToken> {
    const stored = await disk?.read();
    if (stored !== undefined && stored.accessToken !== rejected && now() < stored.refreshAt) {
      token = stored;
      logger.debug(
        { event: 'oauth.token.cache_hit', endpoint, expiresAt: stored.expiresAt },
        'token from disk cache',
      );
      return stored;
    }
    const startedAt = now();
    logger.debug({ event: 'oauth.token.request', endpoint, audience }, 'requesting token');
    try {
      const fetched = await fetchToken(fetchOptions);
      const fresh = cachedToken(fetched.accessToken, startedAt, startedAt + fetched.expiresInMs);
      if (closing.signal.aborted) throw closedError();
      token = fresh;
      rejected = undefined;
      refusal = undefined;
      logger.info(
        {
          event: 'oauth.token.refreshed',
          endpoint,
          expiresInMs: fetched.expiresInMs,
          refreshInMs: fresh.refreshAt - startedAt,
        },
        'token obtained',
      );
      await disk?.write(fresh);
      return fresh;
    } catch (error) {
      if (isAuthError(error) && error.code === 'INVALID_CREDENTIALS') {
        refusal = { error, until: now() + negativeCacheMs };
      }
      // A close() is not a failure worth reporting; the caller learns of it from the rejection.
      if (!closing.signal.aborted) {
        logger.warn(
          { event: 'oauth.token.failed', endpoint, code: isAuthError(error) ? error.code : undefined },
          'token request failed',
        );
      }
      throw error;
    }
  }

  function refreshInBackground(): void {
    if (inflight !== undefined || refusing(now())) return;
    // Failures are logged in load(); callers keep the current token until it expires, then wait for a new one.
    acquire().catch(() => {});
  }

  function refusing(at: number): boolean {
    return refusal !== undefined && at < refusal.until;
  }

  async function headers(ctx: AuthHeadersContext = {}): Promise<Record<string, string>> {
    ctx.signal?.throwIfAborted();
    if (closing.signal.aborted) throw closedError();
    const at = now();
    const current = token;
    if (current !== undefined && at < current.expiresAt) {
      if (at >= current.refreshAt) refreshInBackground();
      return { authorization: bearer(current.accessToken) };
    }
    if (refusal !== undefined && refusing(at)) {
      throw new AuthError(`${refusal.error.message}; not asking again for ${refusal.until - at} ms`, {
        code: 'INVALID_CREDENTIALS',
        ...(refusal.error.status === undefined ? {} : { status: refusal.error.status }),
        cause: refusal.error,
      });
    }
    const fresh = await abortable(acquire(), ctx.signal);
    return { authorization: bearer(fresh.accessToken) };
  }

  let lastAccessToken: string | undefined;
  let lastBearer = '';

  /**
   * The header value, built once per token: a fresh concatenation per call would be flattened again for every
   * request (a JWT is often over a kilobyte). Each call still gets its own headers object.
   */
  function bearer(accessToken: string): string {
    if (accessToken !== lastAccessToken) {
      lastBearer = `Bearer ${accessToken}`;
      lastAccessToken = accessToken;
    }
    return lastBearer;
  }

  /** The synchronous half of {@link headers}: a valid cached token, or `undefined` when a wait is needed. */
  function headersNow(): Record<string, string> | undefined {
    if (closing.signal.aborted) return undefined;
    const at = now();
    const current = token;
    if (current === undefined || at >= current.expiresAt) return undefined;
    if (at >= current.refreshAt) refreshInBackground();
    return { authorization: bearer(current.accessToken) };
  }

  function invalidate(reason?: string): void {
    if (token === undefined) return;
    rejected = token.accessToken;
    token = undefined;
    logger.debug({ event: 'oauth.token.invalidated', endpoint, reason }, 'token dropped');
  }

  async function close(): Promise<void> {
    if (closing.signal.aborted) return;
    closing.abort();
    token = undefined;
    await inflight?.catch(() => {});
    if (ownsDispatcher) await (await dispatcher?.catch(() => undefined))?.close();
  }

  return Object.freeze({ kind: 'oauth', headers, headersNow, invalidate, close });
}

function formBody(
  clientId: string,
  clientSecret: string,
  audience: string,
  scope: string | undefined,
): string {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
  });
  if (audience !== '') form.set('audience', audience);
  if (scope !== undefined) form.set('scope', scope);
  return form.toString();
}

function maskSecret(text: string, secret: string): string {
  return secret === '' ? text : text.split(secret).join('***');
}

function parseTokenUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch (error) {
    throw new AuthError('createOAuthProvider: url is not an absolute URL', {
      code: 'INVALID_OPTIONS',
      cause: error,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AuthError(`createOAuthProvider: url must be http(s), not ${url.protocol}`, {
      code: 'INVALID_OPTIONS',
    });
  }
  return url;
}

/** `localhost`, 127.0.0.0/8 and ::1: plain http there never leaves the machine. */
function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127(?:\.\d{1,3}){3}$/.test(host)
  );
}
