import { describe, expectTypeOf, it } from 'vitest';
import {
  type GateOutcome,
  type HttpError,
  isAbortError,
  isHttpError,
  type ProblemDetail,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from '../src/index.js';

declare const transport: Transport;

describe('types', () => {
  it('send returns the caller-chosen body type', () => {
    const request: TransportRequest = {
      operationId: 'getTopology',
      method: 'GET',
      pathTemplate: '/topology',
      retrySafe: true,
    };
    expectTypeOf(transport.send<{ brokers: unknown[] }>(request)).toEqualTypeOf<
      Promise<TransportResponse<{ brokers: unknown[] }>>
    >();
    expectTypeOf(transport.send(request)).toEqualTypeOf<Promise<TransportResponse<unknown>>>();
  });

  it('a request must name its retry-safety and uses only the API methods', () => {
    // @ts-expect-error retrySafe is required
    const missing: TransportRequest = { operationId: 'x', method: 'GET', pathTemplate: '/x' };
    // @ts-expect-error HEAD is not an API method
    const head: TransportRequest = { operationId: 'x', method: 'HEAD', pathTemplate: '/x', retrySafe: true };
    expectTypeOf(missing).toEqualTypeOf(head);
  });

  it('requests are read-only', () => {
    const request: TransportRequest = {
      operationId: 'x',
      method: 'GET',
      pathTemplate: '/x',
      retrySafe: true,
    };
    // @ts-expect-error readonly
    request.operationId = 'y';
  });

  it('guards narrow', () => {
    const error: unknown = undefined;
    if (isHttpError(error)) {
      expectTypeOf(error).toEqualTypeOf<HttpError>();
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.problem).toEqualTypeOf<ProblemDetail>();
      expectTypeOf(error.name).toEqualTypeOf<'HttpError'>();
    }
    if (isAbortError(error)) expectTypeOf(error.name).toEqualTypeOf<'AbortError'>();
  });

  it('gate outcomes are a closed union', () => {
    expectTypeOf<GateOutcome['type']>().toEqualTypeOf<'success' | 'overload' | 'error'>();
    // @ts-expect-error an overload needs its status
    const bad: GateOutcome = { type: 'overload', operation: 'x', latencyMs: 1 };
    expectTypeOf(bad).toEqualTypeOf<GateOutcome>();
  });

  it('problem details keep extension members as unknown', () => {
    expectTypeOf<ProblemDetail['errors']>().toEqualTypeOf<unknown>();
    expectTypeOf<ProblemDetail['title']>().toEqualTypeOf<string>();
  });
});
