import { bpmnFixtures } from '@camunda-ts/testing';
import { describe, expect, it } from 'vitest';
import { isHttpError, ProcessDefinitionId, type ProcessInstanceKey } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

const MISSING = '2251799813699999';

/** The error a call fails with, checked to be the client's HttpError. */
async function httpError(call: Promise<unknown>) {
  const error = await call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  if (!isHttpError(error)) throw error;
  return error;
}

// The engine answers errors with the problem details Camunda's gateway gives; the client hands them on as
// HttpError's status, title and detail.
describe('problem details through the client', () => {
  const t = useEngineClient({ clock: 'manual' });

  it('a refused command: the broker rejection as Camunda formats it', async () => {
    const error = await httpError(t.client.completeJob({ jobKey: MISSING as never }));
    expect(error.status).toBe(404);
    expect(error.title).toBe('NOT_FOUND');
    expect(error.detail).toBe(
      `Command 'COMPLETE' rejected with code 'NOT_FOUND': Expected to complete job with key '${MISSING}', but no such job was found`,
    );

    await t.client.createDeployment({
      resources: [resource(bpmnFixtures.orderProcess.resourceName, bpmnFixtures.orderProcess.xml)],
    });
    const { processInstanceKey } = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.of('order-process'),
      variables: { order: { items: [], total: 1 } },
    });
    await t.client.suspendProcessInstance({ processInstanceKey });
    const again = await httpError(t.client.suspendProcessInstance({ processInstanceKey }));
    expect(again).toMatchObject({ status: 409, title: 'INVALID_STATE' });
    expect(again.detail).toBe(
      `Command 'SUSPEND' rejected with code 'INVALID_STATE': Expected to suspend a process instance with key '${processInstanceKey}', but it is already suspended`,
    );
  });

  it("refused commands of batches, listeners, cluster variables, agents and expressions: Zeebe's reasons", async () => {
    const batch = await httpError(t.client.suspendBatchOperation({ batchOperationKey: MISSING as never }));
    expect(batch).toMatchObject({ status: 404, title: 'NOT_FOUND' });
    expect(batch.detail).toBe(
      `Command 'SUSPEND' rejected with code 'NOT_FOUND': Expected to suspend a batch operation with key '${MISSING}', but no such batch operation was found.`,
    );
    const listener = await httpError(t.client.deleteGlobalTaskListener({ id: 'nobody' as never }));
    expect(listener).toMatchObject({ status: 404, title: 'NOT_FOUND' });
    expect(listener.detail).toBe(
      "Command 'DELETE' rejected with code 'NOT_FOUND': Expected a global USER_TASK listener with id 'nobody' to exist, but it was not found",
    );
    await t.client.createGlobalClusterVariable({ name: 'region' as never, value: { code: 'eu' } });
    const variable = await httpError(
      t.client.createGlobalClusterVariable({ name: 'region' as never, value: { code: 'us' } }),
    );
    expect(variable).toMatchObject({ status: 409, title: 'ALREADY_EXISTS' });
    expect(variable.detail).toBe(
      "Command 'CREATE' rejected with code 'ALREADY_EXISTS': Invalid cluster variable name: 'region'. The name already exists in the scope 'GLOBAL'",
    );
    const agent = await httpError(
      t.client.createAgentInstance({ elementInstanceKey: MISSING as never } as never),
    );
    expect(agent).toMatchObject({ status: 404, title: 'NOT_FOUND' });
    expect(agent.detail).toBe(
      `Command 'CREATE' rejected with code 'NOT_FOUND': Expected to create agent instance for element instance with key '${MISSING}', but no such element instance was found.`,
    );
    const expression = await httpError(
      t.client.evaluateExpression({ expression: '=1', scopeKey: MISSING as never }),
    );
    expect(expression).toMatchObject({ status: 404, title: 'NOT_FOUND' });
    expect(expression.detail).toBe(
      `Command 'EVALUATE' rejected with code 'NOT_FOUND': No scope found with key '${MISSING}'`,
    );
    const clock = await httpError(t.client.pinClock({ timestamp: -1 }));
    expect(clock).toMatchObject({ status: 400, title: 'INVALID_ARGUMENT' });
    expect(clock.detail).toBe("The value for timestamp is '-1' but must be not negative.");
  });

  it('a business id on an instance that has another: INVALID_STATE of ASSIGN', async () => {
    await t.client.createDeployment({
      resources: [resource(bpmnFixtures.orderProcess.resourceName, bpmnFixtures.orderProcess.xml)],
    });
    const { processInstanceKey } = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.of('order-process'),
      variables: { order: { items: [], total: 1 } },
    });
    await t.client.assignProcessInstanceBusinessId({ processInstanceKey, businessId: 'order-1' as never });
    const error = await httpError(
      t.client.assignProcessInstanceBusinessId({ processInstanceKey, businessId: 'order-2' as never }),
    );
    expect(error).toMatchObject({ status: 409, title: 'INVALID_STATE' });
    expect(error.detail).toBe(
      `Command 'ASSIGN' rejected with code 'INVALID_STATE': Expected to assign a business id to process instance with key '${processInstanceKey}', but it already has a business id assigned`,
    );
  });

  it('a read that finds nothing: the search layer wording', async () => {
    const error = await httpError(
      t.client.getProcessInstance({ processInstanceKey: MISSING as ProcessInstanceKey }),
    );
    expect(error).toMatchObject({ status: 404, title: 'NOT_FOUND' });
    expect(error.detail).toBe(`Process Instance with key '${MISSING}' not found`);
  });

  it('a request the gateway refuses: 400 INVALID_ARGUMENT in its wording', async () => {
    const error = await httpError(t.client.broadcastSignal({ signalName: '' as never }));
    expect(error).toMatchObject({ status: 400, title: 'INVALID_ARGUMENT' });
    expect(error.detail).toBe('No signalName provided.');
  });
});
