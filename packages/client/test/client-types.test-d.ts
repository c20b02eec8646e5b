import type {
  CreateProcessInstanceResult,
  ProcessInstanceKey,
  ProcessInstanceResult,
  TopologyResponse,
  UserTaskResult,
} from '@camunda-ts/types';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CamundaClient,
  type CamundaClientError,
  type CamundaResultClient,
  createCamundaClient,
  isHttpError,
  isOperationError,
  type PaginatedItem,
  type PaginatedOperationId,
  type Result,
} from '../src/index.js';

declare const client: CamundaClient;
declare const resultClient: CamundaResultClient;

describe('client surface types', () => {
  it('methods return the typed payload and accept call options', () => {
    expectTypeOf(client.getTopology()).resolves.toEqualTypeOf<TopologyResponse>();
    expectTypeOf(client.createProcessInstance)
      .parameter(1)
      .toMatchTypeOf<{ signal?: AbortSignal; timeoutMs?: number; retry?: false | object } | undefined>();
    expectTypeOf(createCamundaClient).returns.toEqualTypeOf<CamundaClient>();
  });

  it('the created instance carries a ProcessInstanceKey', () => {
    expectTypeOf(
      client.createProcessInstance({ processDefinitionId: 'order' as never }),
    ).resolves.toEqualTypeOf<CreateProcessInstanceResult>();
    expectTypeOf<CreateProcessInstanceResult['processInstanceKey']>().toEqualTypeOf<ProcessInstanceKey>();
  });

  it('isOperationError narrows status to the statuses the spec documents for that operation', () => {
    const error: unknown = new Error('x');
    if (isOperationError(error, 'createProcessInstance')) {
      expectTypeOf(error.status).toEqualTypeOf<400 | 409 | 500 | 503 | 504>();
      expectTypeOf(error.operationId).toEqualTypeOf<'createProcessInstance'>();
      expectTypeOf(error.problem.title).toEqualTypeOf<string>();
      // @ts-expect-error 404 is not documented for createProcessInstance
      if (error.status === 404) return;
    }
    if (isHttpError(error)) expectTypeOf(error.status).toEqualTypeOf<number>();
  });

  it('paginate exists for cursor searches only and yields their items', () => {
    expectTypeOf<'searchProcessInstances'>().toMatchTypeOf<PaginatedOperationId>();
    expectTypeOf<'searchUserTasks'>().toMatchTypeOf<PaginatedOperationId>();
    expectTypeOf<'getTopology'>().not.toMatchTypeOf<PaginatedOperationId>();
    expectTypeOf<'createProcessInstance'>().not.toMatchTypeOf<PaginatedOperationId>();
    expectTypeOf<PaginatedItem<'searchProcessInstances'>>().toEqualTypeOf<ProcessInstanceResult>();
    const walk = client.paginate.searchUserTasks({ filter: { state: 'CREATED' } }, { pageSize: 50 });
    expectTypeOf(walk[Symbol.asyncIterator]().next()).resolves.toMatchTypeOf<
      IteratorResult<UserTaskResult>
    >();
    // @ts-expect-error pagination sets `page` itself
    client.paginate.searchUserTasks({ page: { limit: 1 } });
    // @ts-expect-error not a paginated search
    void client.paginate.getTopology;
  });

  it('the result client resolves Result instead of throwing', () => {
    expectTypeOf(resultClient.getTopology()).resolves.toEqualTypeOf<Result<TopologyResponse>>();
    expectTypeOf(resultClient.getTopology).parameters.toEqualTypeOf<
      Parameters<CamundaClient['getTopology']>
    >();
    const narrow = (r: Result<TopologyResponse>) => {
      if (r.ok) expectTypeOf(r.value).toEqualTypeOf<TopologyResponse>();
      else expectTypeOf(r.error).toEqualTypeOf<CamundaClientError>();
    };
    void narrow;
  });

  it('a consistency predicate can be typed by the caller', () => {
    void client.searchProcessInstances(
      {},
      {
        consistency: {
          waitUpToMs: 5_000,
          predicate: (r: { items: ProcessInstanceResult[] }) => r.items.some((i) => i.state === 'COMPLETED'),
        },
      },
    );
    // @ts-expect-error waitUpToMs is required
    void client.searchProcessInstances({}, { consistency: { pollIntervalMs: 10 } });
  });
});
