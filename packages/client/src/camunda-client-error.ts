import type { AuthError } from '@camunda-ts/auth';
import type { BackpressureQueueFullError } from '@camunda-ts/backpressure';
import type { AbortError, HttpError, NetworkError, TimeoutError } from '@camunda-ts/http';
import type { ConsistencyTimeoutError } from './consistency-timeout-error.js';
import type { PaginationError } from './pagination-error.js';
import type { ResourceFileError } from './resource-file-error.js';
import type { ValidationError } from './validation-error.js';

/** Every error a client call can fail with; narrow with the guards (`isHttpError(e)`) or by `e.name`. */
export type CamundaClientError =
  | HttpError
  | NetworkError
  | TimeoutError
  | AbortError
  | AuthError
  | BackpressureQueueFullError
  | ValidationError
  | ConsistencyTimeoutError
  | ResourceFileError
  | PaginationError;
