import { ProcessDefinitionKey, type ProcessInstanceKey } from '@camunda-ts/types';
import type { OperationInput, OperationOutput } from '@camunda-ts/types/operations';
import { describe, expectTypeOf, it } from 'vitest';
import type { GeneratedOperations } from '../src/generated/generated-operations.js';

declare const client: GeneratedOperations;

describe('generated client methods', () => {
  it('take the operation input and return the typed payload', () => {
    expectTypeOf(client.createProcessInstance)
      .parameter(0)
      .toEqualTypeOf<OperationInput<'createProcessInstance'>>();
    expectTypeOf(client.createProcessInstance).returns.resolves.toEqualTypeOf<
      OperationOutput<'createProcessInstance'>
    >();
    expectTypeOf(client.cancelProcessInstance).returns.resolves.toEqualTypeOf<void>();
  });

  it('carry keys from one call into the next', async () => {
    const created = await client.createProcessInstance({
      processDefinitionKey: ProcessDefinitionKey.of('2251799813685249'),
    });
    expectTypeOf(created.processInstanceKey).toEqualTypeOf<ProcessInstanceKey>();
    await client.cancelProcessInstance({ processInstanceKey: created.processInstanceKey });
    // @ts-expect-error a definition key is not an instance key
    await client.cancelProcessInstance({ processInstanceKey: created.processDefinitionKey });
  });

  it('make the input optional only where nothing is required', async () => {
    await client.getTopology();
    await client.searchProcessInstances();
    // @ts-expect-error createProcessInstance needs a process definition
    await client.createProcessInstance();
    // @ts-expect-error activateJobs needs type, timeout and maxJobsToActivate
    await client.activateJobs({});
  });

  it('type the consistency predicate with the response', async () => {
    await client.searchProcessInstances(
      {},
      {
        consistency: {
          waitUpToMs: 5000,
          predicate: (response) => {
            expectTypeOf(response).toEqualTypeOf<OperationOutput<'searchProcessInstances'>>();
            return response.items.length > 0;
          },
        },
      },
    );
  });
});
