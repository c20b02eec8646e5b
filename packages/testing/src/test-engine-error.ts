import { CamundaError, errorGuard } from '@camunda-ts/types';

/** Options of a {@link TestEngineError}. */
export interface TestEngineErrorOptions {
  /** Stable, machine-readable reason, e.g. `INVALID_ARGUMENT`, `NOT_FOUND`, `UNSUPPORTED_ELEMENT`. */
  readonly code: string;
  /** HTTP status the engine answers with when the error reaches a request (400 … 599). */
  readonly status?: number;
  /** Problem-detail title; defaults to `code`. */
  readonly title?: string;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * An error raised by the test engine: a bad option at start, or a request it rejects. On the wire it becomes an
 * RFC 9457 problem detail with `status`, `title` and the message as `detail`.
 */
export class TestEngineError extends CamundaError {
  /** Stable error name, checked by {@link isTestEngineError}. */
  override readonly name = 'TestEngineError' as const;
  /** HTTP status of the problem detail. */
  readonly status: number;
  /** Problem-detail title. */
  readonly title: string;

  constructor(message: string, options: TestEngineErrorOptions) {
    super(message, options);
    this.status = options.status ?? 500;
    this.title = options.title ?? options.code;
  }
}

/** True for a {@link TestEngineError} from any installed copy of this package. */
export const isTestEngineError = errorGuard<TestEngineError>('TestEngineError');
