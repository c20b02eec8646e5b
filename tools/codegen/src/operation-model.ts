import type { Doc, TypeNode } from './type-node.js';

/** One path or query parameter. */
export interface ParameterModel {
  readonly name: string;
  readonly type: TypeNode;
  readonly required: boolean;
  readonly doc: Doc;
}

/** One documented error response. */
export interface ErrorResponseModel {
  readonly status: number;
  readonly description: string;
}

/** How the input object maps onto the request body (mirrors `OperationSpec.body`). */
export type BodyMode = 'none' | 'fields' | 'whole';

/** Everything the emitters need to know about one operation. */
export interface OperationModel {
  readonly operationId: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated: boolean;
  readonly pathParams: readonly ParameterModel[];
  readonly queryParams: readonly ParameterModel[];
  readonly body: BodyMode;
  readonly requestContentType?: 'application/json' | 'multipart/form-data';
  /** The body's component schema, when it is a `$ref`. */
  readonly requestSchema?: string;
  /** The body's shape (a ref or an inline schema); undefined when there is no body. */
  readonly requestType?: TypeNode;
  readonly requestBodyRequired: boolean;
  readonly successStatus: number;
  /** Every 2xx status the operation documents, ascending (`successStatus` is the first). */
  readonly successStatuses: readonly number[];
  readonly responseContentType?: string;
  readonly responseSchema?: string;
  readonly responseType?: TypeNode;
  readonly errors: readonly ErrorResponseModel[];
  readonly eventuallyConsistent: boolean;
  readonly retrySafe: boolean;
  readonly longPoll: boolean;
  readonly tenantDefault?: 'tenantId' | 'tenantIds';
  readonly pagination?: { readonly itemsField: string };
  /** True when `{}` is a valid input, so the generated method takes the input as optional. */
  readonly inputOptional: boolean;
}
