import { CamundaError, errorGuard } from '@camunda-ts/types';

/** Options of a {@link NetworkError}. */
export interface NetworkErrorOptions {
  readonly operationId: string;
  /** The socket/TLS error code (`ECONNREFUSED`, `UND_ERR_SOCKET`, `DEPTH_ZERO_SELF_SIGNED_CERT`, …). */
  readonly code: string;
  readonly cause?: unknown;
}

/** The request got no HTTP answer: connection refused or reset, DNS, TLS handshake, closed transport. */
export class NetworkError extends CamundaError {
  override readonly name = 'NetworkError' as const;
  readonly operationId: string;

  constructor(options: NetworkErrorOptions) {
    super(`${options.operationId} failed: network error (${options.code})`, options);
    this.operationId = options.operationId;
  }
}

/** True for a {@link NetworkError} from any installed copy of this package. */
export const isNetworkError = errorGuard<NetworkError>('NetworkError');
