import type { OperationId } from './generated/operations.js';

/**
 * How one operation of the API is called. The generated `operations` table holds one per operationId; the client
 * runtime and the in-memory engine read it instead of knowing operations one by one.
 */
export interface OperationSpec {
  /** The spec's operationId, also the client's method name. */
  readonly operationId: OperationId;
  /** The HTTP method. */
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path template relative to the `/v2` base, e.g. `/process-instances/{processInstanceKey}`. */
  readonly path: string;
  /** Input fields that fill the path template, in template order. */
  readonly pathParams: readonly string[];
  /** Input fields sent as query parameters. */
  readonly queryParams: readonly string[];
  /**
   * How the input becomes the request body. `none`: no body. `fields`: the input's fields other than the path and
   * query parameters form the body (a JSON object, or the parts of a multipart form). `whole`: `input.body` is the
   * body (used for bodies that are not objects, or whose fields would collide with a parameter).
   */
  readonly body: 'none' | 'fields' | 'whole';
  /** Content type of the body; `multipart/form-data` for uploads. Undefined when there is no body. */
  readonly requestContentType: 'application/json' | 'multipart/form-data' | undefined;
  /** Component schema of the body; undefined when there is none or it is inline (multipart forms). */
  readonly requestSchema: string | undefined;
  /** The documented success status (the first 2xx). */
  readonly successStatus: number;
  /**
   * Every documented success status, ascending (a few operations answer 200 or 204, 201 or 207). Any other
   * status is an error.
   */
  readonly successStatuses: readonly number[];
  /**
   * Content type of the success payload: `application/json`, `text/xml` (definition XML),
   * `application/octet-stream` (binary content, typed `Uint8Array`), or undefined when there is no content.
   */
  readonly responseContentType: string | undefined;
  /** Component schema of the success payload; undefined when there is none or it is inline (arrays, text). */
  readonly responseSchema: string | undefined;
  /** Every error status the operation documents, ascending. */
  readonly errorStatuses: readonly number[];
  /** Reads the secondary (eventually consistent) store: a write may take a moment to become visible. */
  readonly eventuallyConsistent: boolean;
  /**
   * Safe to send again after a network error: GET, PUT and DELETE, POST searches and statistics, and operations the
   * spec documents as idempotent. Never an operation that creates something.
   */
  readonly retrySafe: boolean;
  /** Holds the request open until work arrives (`activateJobs`): needs its own timeout and concurrency lane. */
  readonly longPoll: boolean;
  /**
   * The body has an optional `tenantId` (or `tenantIds`, for `activateJobs`) that the client may fill from the
   * configured default tenant when the caller leaves it out.
   */
  readonly tenantDefault: 'tenantId' | 'tenantIds' | undefined;
  /**
   * Set for searches with cursor pagination. The request's `page` takes `{ limit, after }` (or `before`); the
   * response's `page` reports `totalItems`, `hasMoreTotalItems`, `startCursor` and `endCursor` (null past the
   * end), and `itemsField` names the array of results (always `items` in this spec). Searches that only offer
   * offset pagination (`from`/`limit`) have no entry here.
   */
  readonly pagination:
    | {
        /** Name of the array of results in a page response. */
        readonly itemsField: string;
      }
    | undefined;
}
