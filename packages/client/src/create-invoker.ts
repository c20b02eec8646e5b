import type { CamundaConfig } from '@camunda-ts/config';
import {
  AbortError,
  isHttpError,
  isTimeoutError,
  type Transport,
  type TransportRequest,
} from '@camunda-ts/http';
import {
  type OperationId,
  type OperationOutput,
  type OperationSpec,
  operations,
} from '@camunda-ts/types/operations';
import { applyDefaultTenant } from './apply-default-tenant.js';
import type { CallOptions } from './call-options.js';
import type { Clock } from './clock.js';
import type { CallTracker } from './create-call-tracker.js';
import { multipartFormData } from './multipart-form-data.js';
import { pathParameterIssues } from './path-parameter-issues.js';
import { pollUntilConsistent } from './poll-until-consistent.js';
import type { SchemaValidator } from './schema-validator.js';
import { ValidationError } from './validation-error.js';

/** Executes one operation by id: what every generated method calls. */
export type Invoke = <K extends OperationId>(
  operationId: K,
  input: unknown,
  options: CallOptions | undefined,
) => Promise<OperationOutput<K>>;

/** Collaborators of {@link createInvoker}. */
export interface InvokerOptions {
  readonly transport: Pick<Transport, 'send' | 'sendForBody'>;
  readonly config: Pick<CamundaConfig, 'defaultTenantId' | 'eventualPollDefaultMs' | 'http'>;
  readonly validator: SchemaValidator;
  readonly tracker: CallTracker | undefined;
  readonly clock: Clock;
}

/** Server-side long-poll time of a job activation that asks for "the default" (`requestTimeout` 0 or unset). */
const DEFAULT_LONG_POLL_MS = 10_000;

/** What stays the same across calls of one operation, worked out on its first call. */
interface PreparedOperation {
  readonly spec: OperationSpec;
  /** Path and query parameter names, which are not body fields. */
  readonly params: ReadonlySet<string>;
  readonly multipart: boolean;
  /** Searches wait for a non-empty result by default; other reads for any 2xx. */
  readonly itemsField: string | undefined;
  /** The request of a call without parameters or body, shared by all such calls (`getTopology`). */
  readonly bare: TransportRequest;
}

/**
 * The one place where every operation is executed: split the input into path, query and body; validate the
 * request (when asked); fill the default tenant; send through the transport (which wraps each attempt in the
 * backpressure gate and retries); validate the response (when asked); and, for eventually consistent reads with
 * `consistency`, poll until the answer satisfies the predicate.
 */
export function createInvoker(options: InvokerOptions): Invoke {
  const { transport, validator, tracker, clock, config } = options;
  const prepared = new Map<OperationId, PreparedOperation>();

  function prepare(operationId: OperationId): PreparedOperation {
    let op = prepared.get(operationId);
    if (op === undefined) {
      const spec = Object.hasOwn(operations, operationId) ? operations[operationId] : undefined;
      if (spec === undefined) {
        throw new ValidationError(String(operationId), 'options', [
          { path: [], message: 'Unknown operation' },
        ]);
      }
      const json = spec.responseContentType === undefined || spec.responseContentType.includes('json');
      // Operations that answer with XML or bytes ask for exactly that.
      const accept = json ? undefined : spec.responseContentType;
      op = {
        spec,
        params: new Set([...spec.pathParams, ...spec.queryParams]),
        multipart: spec.requestContentType === 'multipart/form-data',
        itemsField:
          spec.pagination?.itemsField ?? (spec.operationId.startsWith('search') ? 'items' : undefined),
        bare: Object.freeze({
          operationId: spec.operationId,
          method: spec.method,
          pathTemplate: spec.path,
          retrySafe: spec.retrySafe,
          ...(accept !== undefined && { accept }),
          expect: Object.freeze({
            statuses: spec.successStatuses,
            contentType: spec.responseContentType,
          }),
        }),
      };
      prepared.set(operationId, op);
    }
    return op;
  }

  /**
   * Runs one call. Not an async function: without request validation nothing before the send has to wait, so
   * the call returns the transport's promise (with one `.then` for the body) instead of stacking an async frame
   * and its promise on every call; a synchronous failure still comes back as a rejected promise.
   */
  function execute(
    op: PreparedOperation,
    input: unknown,
    callOptions: CallOptions | undefined,
  ): Promise<unknown> {
    if (validator.checksRequests) return executeValidated(op, input, callOptions);
    try {
      const fields = (input ?? {}) as Record<string, unknown>;
      const body = requestBody(op, input, fields);
      checkPathParameters(op.spec, fields);
      return send(op, fields, body, callOptions);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** `execute` with request validation, which may have to load the schemas first. */
  async function executeValidated(
    op: PreparedOperation,
    input: unknown,
    callOptions: CallOptions | undefined,
  ): Promise<unknown> {
    const { spec } = op;
    const fields = (input ?? {}) as Record<string, unknown>;
    const body = requestBody(op, input, fields);
    checkPathParameters(spec, fields);
    if (op.params.size > 0) {
      await validator.checkParameters(spec.operationId, pick(fields, [...op.params]));
    }
    // No body at all is how an optional body (a search without criteria) is left out.
    if (body !== undefined) await validator.check('request', spec.operationId, body);
    return send(op, fields, body, callOptions);
  }

  /** Fills the default tenant, builds the request and sends it; validates the response when asked. */
  function send(
    op: PreparedOperation,
    fields: Record<string, unknown>,
    validatedBody: unknown,
    callOptions: CallOptions | undefined,
  ): Promise<unknown> {
    const { spec } = op;
    let body = validatedBody;
    if (spec.tenantDefault !== undefined)
      body = applyDefaultTenant(body, spec.tenantDefault, config.defaultTenantId);
    if (op.multipart) body = multipartFormData(body);

    const longPoll = spec.longPoll ? longPollMs(body) : undefined;
    // A call without parameters or body (getTopology) reuses one request object.
    const request: TransportRequest =
      op.params.size === 0 && body === undefined && longPoll === undefined
        ? op.bare
        : requestFor(op, fields, body, longPoll);

    if (callOptions?.consistency !== undefined) return consistentRead(op, request, callOptions);
    // A long poll is ended by the transport's close (the client's), not waited out.
    if (!validator.checksResponses) return transport.sendForBody(request, callOptions);
    return transport.sendForBody(request, callOptions).then(async (body) => {
      await validator.check('response', spec.operationId, body);
      return body;
    });
  }

  async function readOnce(operationId: string, request: TransportRequest, callOptions: CallOptions) {
    const { consistency: _ignored, ...plainOptions } = callOptions;
    const response = await transport.send(request, plainOptions);
    if (validator.checksResponses) await validator.check('response', operationId, response.body);
    return response.body;
  }

  function consistentRead(op: PreparedOperation, request: TransportRequest, callOptions: CallOptions) {
    const { spec } = op;
    const consistency = callOptions.consistency as NonNullable<CallOptions['consistency']>;
    if (!spec.eventuallyConsistent) {
      throw new ValidationError(spec.operationId, 'options', [
        { path: ['consistency'], message: 'Only eventually consistent reads can wait for consistency' },
      ]);
    }
    // 0 is the official SDK's "read once, do not wait" (a 404 is thrown, not retried).
    if (consistency.waitUpToMs === 0) return readOnce(spec.operationId, request, callOptions);
    if (!(consistency.waitUpToMs > 0)) {
      throw new ValidationError(spec.operationId, 'options', [
        {
          path: ['consistency', 'waitUpToMs'],
          message: 'Expected 0 (read once without waiting) or a positive number of milliseconds',
        },
      ]);
    }
    const callTimeoutMs = callOptions.timeoutMs ?? config.http.timeoutMs;
    let cappedByWait = false;
    const itemsField = op.itemsField;
    const { predicate } = consistency;
    return pollUntilConsistent<unknown>({
      operationId: spec.operationId,
      waitUpToMs: consistency.waitUpToMs,
      pollIntervalMs: consistency.pollIntervalMs ?? config.eventualPollDefaultMs,
      predicate:
        predicate !== undefined
          ? (body) => predicate.call(consistency, body)
          : itemsField === undefined
            ? () => true
            : (body) => hasItems(body, itemsField),
      async attempt(remainingMs) {
        // A poll may not outlive the wait: its budget is the time left when that is shorter than its own.
        cappedByWait = callTimeoutMs === 0 || remainingMs < callTimeoutMs;
        const response = await transport.send(
          request,
          cappedByWait ? { ...callOptions, timeoutMs: remainingMs } : callOptions,
        );
        if (validator.checksResponses) await validator.check('response', spec.operationId, response.body);
        return response;
      },
      notYet: (error) =>
        isHttpError(error) && error.status === 404
          ? 404
          : cappedByWait && isTimeoutError(error)
            ? 'deadline'
            : undefined,
      signal: callOptions.signal,
      onAbort: (signal) => new AbortError({ operationId: spec.operationId, cause: signal.reason }),
      clock,
    });
  }

  const invoke = <K extends OperationId>(
    operationId: K,
    input: unknown,
    callOptions: CallOptions | undefined,
  ) => {
    let op: PreparedOperation;
    try {
      op = prepare(operationId);
    } catch (error) {
      return Promise.reject(error);
    }
    if (tracker === undefined) return execute(op, input, callOptions) as Promise<OperationOutput<K>>;
    return tracker.track(operationId, () => execute(op, input, callOptions)) as Promise<OperationOutput<K>>;
  };
  return invoke;
}

/**
 * The request of one call: the operation's shared fields plus this call's parameters and body. Built field by field
 * rather than by spreading, since this runs for every call (each job completion) and spreads allocate a temporary
 * object per conditional member.
 */
function requestFor(
  op: PreparedOperation,
  fields: Record<string, unknown>,
  body: unknown,
  longPoll: number | undefined,
): TransportRequest {
  const { bare, spec } = op;
  const request: { -readonly [K in keyof TransportRequest]: TransportRequest[K] } = {
    operationId: bare.operationId,
    method: bare.method,
    pathTemplate: bare.pathTemplate,
    retrySafe: bare.retrySafe,
  };
  if (bare.expect !== undefined) request.expect = bare.expect;
  if (bare.accept !== undefined) request.accept = bare.accept;
  if (spec.pathParams.length > 0)
    request.pathParams = pick(fields, spec.pathParams) as Record<string, string>;
  if (spec.queryParams.length > 0) request.query = pick(fields, spec.queryParams);
  if (body !== undefined) request.body = body;
  if (longPoll !== undefined) request.longPollMs = longPoll;
  return request;
}

/** The body of a call: the input's body fields, its `body` member, or none. */
function requestBody(op: PreparedOperation, input: unknown, fields: Record<string, unknown>): unknown {
  const { spec } = op;
  if (spec.body === 'fields') return op.params.size === 0 ? input : withoutParams(fields, op.params);
  if (spec.body === 'whole') return fields.body;
  return undefined;
}

/** Always, whatever the validation mode: a path parameter must never be able to change the path. */
function checkPathParameters(spec: OperationSpec, fields: Record<string, unknown>): void {
  if (spec.pathParams.length === 0) return;
  const issues = pathParameterIssues(spec.pathParams, fields);
  if (issues !== undefined) throw new ValidationError(spec.operationId, 'request', issues);
}

function withoutParams(
  fields: Record<string, unknown>,
  params: ReadonlySet<string>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const key in fields) if (Object.hasOwn(fields, key) && !params.has(key)) body[key] = fields[key];
  return body;
}

function pick(fields: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of names) if (fields[name] !== undefined) picked[name] = fields[name];
  return picked;
}

/** The long-poll time of a job activation, or `undefined` when it asks not to long-poll (negative timeout). */
function longPollMs(body: unknown): number | undefined {
  const requestTimeout = (body as { requestTimeout?: unknown } | undefined)?.requestTimeout;
  if (typeof requestTimeout !== 'number' || requestTimeout === 0) return DEFAULT_LONG_POLL_MS;
  return requestTimeout < 0 ? undefined : requestTimeout;
}

function hasItems(body: unknown, itemsField: string): boolean {
  const items = (body as Record<string, unknown> | undefined)?.[itemsField];
  return Array.isArray(items) && items.length > 0;
}
