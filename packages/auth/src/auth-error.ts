import { CamundaError, errorGuard } from '@camunda-ts/types';

/** Why obtaining credentials failed (`INVALID_OPTIONS`: the provider was given options it cannot work with). */
export type AuthErrorCode =
  | 'TOKEN_REQUEST_FAILED'
  | 'INVALID_CREDENTIALS'
  | 'TOKEN_RESPONSE_INVALID'
  | 'TOKEN_RESPONSE_TOO_LARGE'
  | 'INVALID_OPTIONS'
  /** OAuth client credentials asked for in a browser or web-worker build, where the secret would be public. */
  | 'UNSUPPORTED_RUNTIME';

/** Options of an {@link AuthError}. */
export interface AuthErrorOptions {
  /** Why the credentials could not be obtained. */
  readonly code: AuthErrorCode;
  /** HTTP status of the token endpoint's answer, when there was one. */
  readonly status?: number;
  /** The underlying failure (a network error, an unreadable body). */
  readonly cause?: unknown;
}

/**
 * Credentials could not be obtained. The http layer re-throws it unchanged, so the caller sees why no request
 * was sent. Messages name the endpoint and status, never a secret or a token.
 */
export class AuthError extends CamundaError {
  /** Stable error name, checked by {@link isAuthError}. */
  override readonly name = 'AuthError' as const;
  declare readonly code: AuthErrorCode;
  /** HTTP status of the token endpoint's answer; `undefined` for network failures. */
  readonly status: number | undefined;

  constructor(message: string, options: AuthErrorOptions) {
    super(message, options);
    this.status = options.status;
  }
}

/** True for an {@link AuthError} from any installed copy of this package. */
export const isAuthError = errorGuard<AuthError>('AuthError');
