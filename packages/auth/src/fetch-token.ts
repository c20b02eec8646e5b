import { backoffDelay, type Logger } from '@camunda-ts/types';
import { AuthError } from './auth-error.js';
import { requestToken, type TokenRequest } from './request-token.js';

/** A token request plus the retry policy around it. */
export interface FetchTokenOptions extends TokenRequest {
  /** Retries after the first attempt. */
  readonly retryMax: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly random: () => number;
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly logger: Logger;
}

/**
 * Fetches a token, retrying network errors, timeouts, 408, 429 and 5xx with full-jitter backoff. Bad
 * credentials and malformed answers fail at once: retrying cannot fix them.
 */
export async function fetchToken(
  options: FetchTokenOptions,
): Promise<{ accessToken: string; expiresInMs: number }> {
  for (let attempt = 1; ; attempt++) {
    const result = await requestToken(options);
    if (result.ok) return result;
    const { code, message, retryable, status, cause } = result;
    if (!retryable || attempt > options.retryMax) {
      const suffix = attempt > 1 ? ` (after ${attempt} attempts)` : '';
      throw new AuthError(`${message}${suffix}`, {
        code,
        ...(status === undefined ? {} : { status }),
        ...(cause === undefined ? {} : { cause }),
      });
    }
    const delayMs = backoffDelay(attempt - 1, options.baseDelayMs, options.maxDelayMs, options.random);
    options.logger.warn(
      { event: 'oauth.token.retry', endpoint: options.endpoint, attempt, status, delayMs },
      'token request failed, retrying',
    );
    try {
      await options.sleep(delayMs, options.signal);
    } catch (error) {
      throw new AuthError('The OAuth provider is closed', { code: 'TOKEN_REQUEST_FAILED', cause: error });
    }
  }
}
