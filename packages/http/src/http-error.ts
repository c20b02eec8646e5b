import { CamundaError, errorGuard } from '@camunda-ts/types';
import type { ProblemDetail } from './problem-detail.js';

/** Options of an {@link HttpError}. */
export interface HttpErrorOptions {
  /** The operation that failed. */
  readonly operationId: string;
  /** The HTTP status: ≥ 400, a redirect, or a 2xx the operation does not document. */
  readonly status: number;
  /** The `Location` header of a redirect. */
  readonly location?: string | undefined;
  /** The problem detail, from the body or synthesized from the status. */
  readonly problem: ProblemDetail;
  /** The decoded body: JSON value, text (e.g. a proxy's HTML), or `undefined` when empty. */
  readonly body?: unknown;
  /** Defaults to `HTTP_<status>`. */
  readonly code?: string;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

const MAX_DETAIL_IN_MESSAGE = 500;

/**
 * The server's answer is not a documented success: an error status (≥ 400), a redirect (`location` says where
 * to), a 2xx the operation does not document, or a body that is not what the operation returns
 * (`UNEXPECTED_CONTENT_TYPE`, `INVALID_RESPONSE_BODY`, `RESPONSE_TOO_LARGE`). Carries the RFC 9457 problem
 * detail.
 */
export class HttpError extends CamundaError {
  /** Stable error name, checked by {@link isHttpError}. */
  override readonly name = 'HttpError' as const;
  /** The operation that failed. */
  readonly operationId: string;
  /** The HTTP status. */
  readonly status: number;
  /** The `Location` header of a redirect; `undefined` otherwise. */
  readonly location: string | undefined;
  /** The RFC 9457 problem detail (synthesized from the status when the body had none). */
  readonly problem: ProblemDetail;
  /** The decoded body: JSON value, text (e.g. a proxy's HTML), or `undefined` when empty. */
  readonly body: unknown;

  constructor(options: HttpErrorOptions) {
    super(httpErrorMessage(options), {
      code: options.code ?? `HTTP_${options.status}`,
      cause: options.cause,
    });
    this.operationId = options.operationId;
    this.status = options.status;
    this.location = options.location;
    this.problem = options.problem;
    this.body = options.body;
  }

  /** Shorthand for `problem.type`. */
  get type(): string {
    return this.problem.type;
  }
  /** Shorthand for `problem.title`. */
  get title(): string {
    return this.problem.title;
  }
  /** Shorthand for `problem.detail`. */
  get detail(): string | undefined {
    return this.problem.detail;
  }
  /** Shorthand for `problem.instance`. */
  get instance(): string | undefined {
    return this.problem.instance;
  }
}

function httpErrorMessage({ operationId, status, problem }: HttpErrorOptions): string {
  const detail = problem.detail === undefined ? '' : `: ${truncate(problem.detail)}`;
  return `${operationId} failed with HTTP ${status} (${problem.title})${detail}`;
}

function truncate(text: string): string {
  return text.length > MAX_DETAIL_IN_MESSAGE ? `${text.slice(0, MAX_DETAIL_IN_MESSAGE)}…` : text;
}

/** True for an {@link HttpError} from any installed copy of this package. */
export const isHttpError = errorGuard<HttpError>('HttpError');
