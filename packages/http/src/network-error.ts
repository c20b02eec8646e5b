import { CamundaError, errorGuard } from '@camunda-ts/types';

/** Options of a {@link NetworkError}. */
export interface NetworkErrorOptions {
  /** The operation whose request failed. */
  readonly operationId: string;
  /** The socket/TLS error code (`ECONNREFUSED`, `UND_ERR_SOCKET`, `DEPTH_ZERO_SELF_SIGNED_CERT`, …). */
  readonly code: string;
  /** The underlying socket or undici error. */
  readonly cause?: unknown;
}

/** The request got no HTTP answer: connection refused or reset, DNS, TLS handshake, closed transport. */
export class NetworkError extends CamundaError {
  /** Stable error name, checked by {@link isNetworkError}. */
  override readonly name = 'NetworkError' as const;
  /** The operation whose request failed. */
  readonly operationId: string;

  constructor(options: NetworkErrorOptions) {
    super(`${options.operationId} failed: network error (${options.code})`, options);
    this.operationId = options.operationId;
  }
}

/** True for a {@link NetworkError} from any installed copy of this package. */
export const isNetworkError = errorGuard<NetworkError>('NetworkError');
