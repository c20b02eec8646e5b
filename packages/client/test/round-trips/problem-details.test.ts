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
