import { HTTP_METHODS, type OpenApiDocument, type OperationObject, type ResponseObject } from './openapi.js';
import type { BodyMode, ErrorResponseModel, OperationModel, ParameterModel } from './operation-model.js';
import { compareStrings, docOf, pascalCase, refName, type SchemaConverter } from './schema-converter.js';
import type { ObjectNode, TypeNode } from './type-node.js';

/** Operations that hold the connection open until work arrives (their own lane in the client). */
export const LONG_POLL_OPERATIONS: ReadonlySet<string> = new Set(['activateJobs']);

const SUPPORTED_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const REQUEST_CONTENT_TYPES = ['application/json', 'multipart/form-data'] as const;

/** Builds the model of every operation, sorted by operationId. */
export function buildOperations(document: OpenApiDocument, converter: SchemaConverter): OperationModel[] {
  const operations: OperationModel[] = [];
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      if (seen.has(operation.operationId)) throw new Error(`duplicate operationId ${operation.operationId}`);
      seen.add(operation.operationId);
      operations.push(buildOperation(document, converter, path, method.toUpperCase(), operation));
    }
  }
  for (const id of LONG_POLL_OPERATIONS) {
    if (!seen.has(id)) throw new Error(`long-poll operation ${id} is not in the spec`);
  }
  return operations.sort((a, b) => compareStrings(a.operationId, b.operationId));
}

function buildOperation(
  document: OpenApiDocument,
  converter: SchemaConverter,
  path: string,
  method: string,
  operation: OperationObject,
): OperationModel {
  const id = operation.operationId;
  if (!SUPPORTED_METHODS.has(method)) throw new Error(`${id}: unsupported method ${method}`);
  const owner = pascalCase(id);
  const pathParams: ParameterModel[] = [];
  const queryParams: ParameterModel[] = [];
  for (const parameter of operation.parameters ?? []) {
    if ('$ref' in parameter) throw new Error(`${id}: parameter $refs are not supported`);
    const model: ParameterModel = {
      name: parameter.name,
      type: converter.convertInline(parameter.schema, owner),
      required: parameter.in === 'path' || parameter.required === true,
      doc: {
        ...docOf(parameter.schema),
        ...(parameter.description ? { description: parameter.description } : {}),
      },
    };
    if (parameter.in === 'path') pathParams.push(model);
    else if (parameter.in === 'query') queryParams.push(model);
    else throw new Error(`${id}: ${parameter.in} parameters are not supported`);
  }
  const templateNames = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  if (
    templateNames.sort().join() !==
    pathParams
      .map((param) => param.name)
      .sort()
      .join()
  ) {
    throw new Error(`${id}: path template ${path} and path parameters disagree`);
  }

  const request = requestOf(converter, operation, owner);
  const paramNames = new Set([...pathParams, ...queryParams].map((param) => param.name));
  const requestShapes = request.type ? converter.objectShapes(stripNull(request.type)) : undefined;
  const body = bodyMode(request.type, requestShapes, paramNames);

  const response = responseOf(converter, operation, owner);
  const errors = errorsOf(document, operation);
  const eventuallyConsistent = operation['x-eventually-consistent'] === true;
  const noRequiredParams = [...pathParams, ...queryParams].every((param) => !param.required);
  const inputOptional =
    noRequiredParams &&
    (body === 'none' ||
      (body === 'fields' &&
        (requestShapes ?? []).some((shape) => shape.properties.every((p) => !p.required))) ||
      (body === 'whole' && !request.required));
  const tenantDefault = body === 'fields' ? tenantDefaultOf(requestShapes ?? []) : undefined;
  const pagination = paginationOf(converter, requestShapes, response.type);

  return {
    operationId: id,
    method: method as OperationModel['method'],
    path,
    ...(operation.summary ? { summary: operation.summary } : {}),
    ...(operation.description ? { description: operation.description } : {}),
    deprecated: operation.deprecated === true,
    pathParams,
    queryParams,
    body,
    ...(body === 'none' ? {} : request.contentType ? { requestContentType: request.contentType } : {}),
    ...(request.schema && body !== 'none' ? { requestSchema: request.schema } : {}),
    ...(request.type && body !== 'none' ? { requestType: request.type } : {}),
    requestBodyRequired: request.required,
    successStatus: response.status,
    successStatuses: response.statuses,
    ...(response.contentType ? { responseContentType: response.contentType } : {}),
    ...(response.schema ? { responseSchema: response.schema } : {}),
    ...(response.type ? { responseType: response.type } : {}),
    errors,
    eventuallyConsistent,
    retrySafe: isRetrySafe(id, method, eventuallyConsistent, operation.description ?? ''),
    longPoll: LONG_POLL_OPERATIONS.has(id),
    ...(tenantDefault ? { tenantDefault } : {}),
    ...(pagination ? { pagination } : {}),
    inputOptional,
  };
}

interface RequestInfo {
  readonly required: boolean;
  readonly contentType?: (typeof REQUEST_CONTENT_TYPES)[number];
  readonly schema?: string;
  readonly type?: TypeNode;
}

function requestOf(converter: SchemaConverter, operation: OperationObject, owner: string): RequestInfo {
  const requestBody = operation.requestBody;
  if (!requestBody) return { required: false };
  const required = requestBody.required === true;
  const contentType = REQUEST_CONTENT_TYPES.find((type) => type in requestBody.content);
  if (!contentType) {
    throw new Error(
      `${operation.operationId}: request content types ${Object.keys(requestBody.content)} unsupported`,
    );
  }
  const schema = requestBody.content[contentType]?.schema;
  // An optional body without a schema (`content: { application/json: {} }`) carries nothing: send none.
  if (!schema || Object.keys(schema).length === 0) {
    return required ? { required, contentType, type: { kind: 'unknown' } } : { required };
  }
  return {
    required,
    contentType,
    ...(schema.$ref ? { schema: refName(schema.$ref) } : {}),
    type: converter.convertInline(schema, `${owner}Request`),
  };
}

function stripNull(node: TypeNode): TypeNode {
  return node.kind === 'nullable' ? node.inner : node;
}

/**
 * `fields` when the body is an object (or a union of objects) whose property names do not collide with a
 * parameter; `whole` for anything else (arrays, scalars, free-form maps, collisions).
 */
function bodyMode(
  type: TypeNode | undefined,
  shapes: readonly ObjectNode[] | undefined,
  paramNames: ReadonlySet<string>,
): BodyMode {
  if (!type) return 'none';
  if (!shapes) return 'whole';
  for (const shape of shapes) {
    if (
      shape.properties.length === 0 &&
      (shape.additional.kind === 'any' || shape.additional.kind === 'typed')
    ) {
      return 'whole';
    }
    if (shape.properties.some((property) => paramNames.has(property.name))) return 'whole';
  }
  return 'fields';
}

interface ResponseInfo {
  readonly status: number;
  readonly statuses: readonly number[];
  readonly contentType?: string;
  readonly schema?: string;
  readonly type?: TypeNode;
}

function responseOf(converter: SchemaConverter, operation: OperationObject, owner: string): ResponseInfo {
  const statuses = Object.keys(operation.responses)
    .filter((status) => /^2\d\d$/.test(status))
    .sort(compareStrings);
  const status = statuses[0];
  if (status === undefined) throw new Error(`${operation.operationId}: no 2xx response`);
  const response = operation.responses[status]!;
  if (response.$ref) throw new Error(`${operation.operationId}: $ref success responses are not supported`);
  const content = Object.entries(response.content ?? {});
  const [contentType, media] = content.find(([type]) => type === 'application/json') ?? content[0] ?? [];
  const all = statuses.map(Number);
  if (!contentType || !media?.schema) return { status: Number(status), statuses: all };
  return {
    status: Number(status),
    statuses: all,
    contentType,
    ...(media.schema.$ref ? { schema: refName(media.schema.$ref) } : {}),
    type: converter.convertInline(media.schema, `${owner}Response`),
  };
}

function errorsOf(document: OpenApiDocument, operation: OperationObject): ErrorResponseModel[] {
  return Object.entries(operation.responses)
    .filter(([status]) => /^[1345]\d\d$/.test(status))
    .map(([status, response]) => ({
      status: Number(status),
      description: resolveResponse(document, response).description?.trim() ?? '',
    }))
    .sort((a, b) => a.status - b.status);
}

/** Follows a response `$ref` (the bundle points at responses of other paths: `#/paths/~1clock/put/responses/400`). */
function resolveResponse(document: OpenApiDocument, response: ResponseObject, depth = 0): ResponseObject {
  if (!response.$ref) return response;
  if (depth > 10) throw new Error(`response $ref chain too deep at ${response.$ref}`);
  if (!response.$ref.startsWith('#/')) throw new Error(`unsupported response $ref ${response.$ref}`);
  let target: unknown = document;
  for (const segment of response.$ref.slice(2).split('/')) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    target = (target as Record<string, unknown> | undefined)?.[key];
  }
  if (typeof target !== 'object' || target === null) {
    throw new Error(`dangling response $ref ${response.$ref}`);
  }
  return resolveResponse(document, target as ResponseObject, depth + 1);
}

/**
 * Safe to send again after a network error: reads (GET, and the POST searches and statistics the spec marks
 * eventually consistent), HTTP-idempotent PUT and DELETE, and operations the spec documents as idempotent.
 * Never an operation that creates something: a retried create may create twice.
 */
function isRetrySafe(
  id: string,
  method: string,
  eventuallyConsistent: boolean,
  description: string,
): boolean {
  if (/^create[A-Z]/.test(id)) return false;
  if (method === 'GET' || method === 'PUT' || method === 'DELETE') return true;
  if (method === 'POST' && eventuallyConsistent) return true;
  return /\b(is|are) idempotent\b/i.test(description);
}

function tenantDefaultOf(shapes: readonly ObjectNode[]): 'tenantId' | 'tenantIds' | undefined {
  const optional = (name: string) =>
    shapes.some((shape) => shape.properties.some((property) => property.name === name && !property.required));
  if (optional('tenantId')) return 'tenantId';
  if (optional('tenantIds')) return 'tenantIds';
  return undefined;
}

/**
 * Cursor pagination: the request's `page` accepts `after`, the response's `page` reports `endCursor`, and the
 * response carries exactly one array (the items).
 */
function paginationOf(
  converter: SchemaConverter,
  requestShapes: readonly ObjectNode[] | undefined,
  responseType: TypeNode | undefined,
): { readonly itemsField: string } | undefined {
  const responseShapes = responseType ? converter.objectShapes(responseType) : undefined;
  if (!requestShapes || responseShapes?.length !== 1) return undefined;
  const hasPageWith = (shapes: readonly ObjectNode[], field: string) =>
    shapes.some((shape) =>
      shape.properties.some(
        (property) =>
          property.name === 'page' &&
          (converter.objectShapes(stripNull(property.type)) ?? []).some((page) =>
            page.properties.some((candidate) => candidate.name === field),
          ),
      ),
    );
  if (!hasPageWith(requestShapes, 'after') || !hasPageWith(responseShapes, 'endCursor')) return undefined;
  const arrays = responseShapes[0]!.properties.filter(
    (property) => stripNull(property.type).kind === 'array',
  );
  return arrays.length === 1 ? { itemsField: arrays[0]!.name } : undefined;
}
