import { describe, expect, it } from 'vitest';
import {
  type BatchOperationKey,
  DecisionDefinitionId,
  ElementId,
  ProcessDefinitionId,
  type ProcessDefinitionKey,
  type ProcessInstanceKey,
} from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';
import { linearProcess } from './lifecycle-process.js';

const GREETING = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="greetings" name="Greetings" namespace="test">
  <decision id="greeting" name="Greeting">
    <literalExpression id="greeting-expr"><text>"Hello " + name</text></literalExpression>
  </decision>
</definitions>`;

describe('batch operations through the client', () => {
  const t = useEngineClient({ clock: 'manual' });

  async function deploy(processId: string, xml: string) {
    const deployment = await t.client.createDeployment({ resources: [resource(`${processId}.bpmn`, xml)] });
    return deployment.deployments[0]?.processDefinition?.processDefinitionKey as ProcessDefinitionKey;
  }
  async function startMany(processId: string, count: number) {
    const keys: ProcessInstanceKey[] = [];
    for (let i = 0; i < count; i++) {
      const created = await t.client.createProcessInstance({
        processDefinitionId: ProcessDefinitionId.of(processId),
      });
      keys.push(created.processInstanceKey);
    }
    return keys;
  }
  /** Batches run one item per engine-clock millisecond; a manual clock runs them when it is advanced. */
  async function runBatches() {
    t.engine.clock.advance(1_000);
  }
  const items = async (batchOperationKey: BatchOperationKey) =>
    (await t.client.searchBatchOperationItems({ filter: { batchOperationKey }, page: { limit: 100 } })).items;

  it('cancels the 50 instances of a filter, one item each, and the instances know their batch', async () => {
    const key = await deploy(
      'waits',
      linearProcess('waits', [{ kind: 'service', id: 'work', type: 'work' }]),
    );
    const started = await startMany('waits', 50);
    const created = await t.client.cancelProcessInstancesBatchOperation({
      filter: { processDefinitionKey: key },
    });
    expect(created.batchOperationType).toBe('CANCEL_PROCESS_INSTANCE');
    const before = await t.client.getBatchOperation({ batchOperationKey: created.batchOperationKey });
    expect(before).toMatchObject({ state: 'CREATED', operationsTotalCount: 50, operationsCompletedCount: 0 });

    await runBatches();
    const after = await t.client.getBatchOperation({ batchOperationKey: created.batchOperationKey });
    expect(after).toMatchObject({
      state: 'COMPLETED',
      batchOperationType: 'CANCEL_PROCESS_INSTANCE',
      operationsTotalCount: 50,
      operationsCompletedCount: 50,
      operationsFailedCount: 0,
      actorType: 'ANONYMOUS',
      errors: [],
    });
    expect(after.endDate).not.toBeNull();
    const list = await items(created.batchOperationKey);
    expect(list).toHaveLength(50);
    expect(new Set(list.map((i) => i.processInstanceKey))).toEqual(new Set(started));
    expect(list.every((i) => i.state === 'COMPLETED' && i.processedDate !== null)).toBe(true);

    const terminated = await t.client.searchProcessInstances({
      filter: { batchOperationKey: created.batchOperationKey, state: 'TERMINATED' },
      page: { limit: 100 },
    });
    expect(terminated.page.totalItems).toBe(50);
    const found = await t.client.searchBatchOperations({
      filter: { operationType: 'CANCEL_PROCESS_INSTANCE', state: 'COMPLETED' },
    });
    expect(found.items.map((b) => b.batchOperationKey)).toEqual([created.batchOperationKey]);
  });

  it('records the failure of an item on the item: only ended instances can be deleted', async () => {
    const key = await deploy(
      'waits',
      linearProcess('waits', [{ kind: 'service', id: 'work', type: 'work' }]),
    );
    const [running, ended] = await startMany('waits', 2);
    await t.client.cancelProcessInstance({ processInstanceKey: ended as ProcessInstanceKey });
    const created = await t.client.deleteProcessInstancesBatchOperation({
      filter: { processDefinitionKey: key },
    });
    await runBatches();
    const batch = await t.client.getBatchOperation({ batchOperationKey: created.batchOperationKey });
    expect(batch).toMatchObject({
      state: 'PARTIALLY_COMPLETED',
      operationsCompletedCount: 1,
      operationsFailedCount: 1,
    });
    const byInstance = new Map(
      (await items(created.batchOperationKey)).map((i) => [i.processInstanceKey, i]),
    );
    expect(byInstance.get(running as ProcessInstanceKey)).toMatchObject({ state: 'FAILED' });
    expect(byInstance.get(running as ProcessInstanceKey)?.errorMessage).toContain('cannot be deleted');
    expect(byInstance.get(ended as ProcessInstanceKey)).toMatchObject({
      state: 'COMPLETED',
      errorMessage: null,
    });
    await expect(
      t.client.getProcessInstance({ processInstanceKey: ended as ProcessInstanceKey }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it('suspends, resumes and cancels the batch itself', async () => {
    const key = await deploy(
      'waits',
      linearProcess('waits', [{ kind: 'service', id: 'work', type: 'work' }]),
    );
    await startMany('waits', 3);
    const first = await t.client.suspendProcessInstancesBatchOperation({
      filter: { processDefinitionKey: key },
    });
    await t.client.suspendBatchOperation({ batchOperationKey: first.batchOperationKey });
    await runBatches();
    expect(await t.client.getBatchOperation({ batchOperationKey: first.batchOperationKey })).toMatchObject({
      state: 'SUSPENDED',
      operationsCompletedCount: 0,
    });
    await expect(
      t.client.suspendBatchOperation({ batchOperationKey: first.batchOperationKey }),
    ).rejects.toMatchObject({
      status: 409,
      title: 'INVALID_STATE',
    });
    await t.client.resumeBatchOperation({ batchOperationKey: first.batchOperationKey });
    await runBatches();
    expect(await t.client.getBatchOperation({ batchOperationKey: first.batchOperationKey })).toMatchObject({
      state: 'COMPLETED',
      operationsCompletedCount: 3,
    });
    const suspended = await t.client.searchProcessInstances({ filter: { state: 'SUSPENDED' } });
    expect(suspended.page.totalItems).toBe(3);

    const second = await t.client.resumeProcessInstancesBatchOperation({
      filter: { processDefinitionKey: key },
    });
    await t.client.cancelBatchOperation({ batchOperationKey: second.batchOperationKey });
    await runBatches();
    expect(await t.client.getBatchOperation({ batchOperationKey: second.batchOperationKey })).toMatchObject({
      state: 'CANCELED',
      operationsCompletedCount: 0,
    });
    expect((await items(second.batchOperationKey)).map((i) => i.state)).toEqual([
      'CANCELED',
      'CANCELED',
      'CANCELED',
    ]);
    // Zeebe drops a batch operation once it ended: resuming it finds none.
    await expect(
      t.client.resumeBatchOperation({ batchOperationKey: second.batchOperationKey }),
    ).rejects.toMatchObject({
      status: 404,
      title: 'NOT_FOUND',
    });

    const third = await t.client.resumeProcessInstancesBatchOperation({
      filter: { processDefinitionKey: key },
    });
    await runBatches();
    expect(await t.client.getBatchOperation({ batchOperationKey: third.batchOperationKey })).toMatchObject({
      batchOperationType: 'RESUME_PROCESS_INSTANCE',
      state: 'COMPLETED',
      operationsCompletedCount: 3,
    });
    expect((await t.client.searchProcessInstances({ filter: { state: 'ACTIVE' } })).page.totalItems).toBe(3);
    await expect(
      t.client.getBatchOperation({ batchOperationKey: '1' as BatchOperationKey }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it('resolves incidents, with one item per incident', async () => {
    const key = await deploy(
      'waits',
      linearProcess('waits', [{ kind: 'service', id: 'work', type: 'work' }]),
    );
    await startMany('waits', 2);
    const jobs = await t.client.activateJobs({ type: 'work', maxJobsToActivate: 2, timeout: 60_000 });
    for (const job of jobs.jobs)
      await t.client.failJob({ jobKey: job.jobKey, retries: 0, errorMessage: 'down' });
    expect((await t.client.searchIncidents({ filter: { state: 'ACTIVE' } })).page.totalItems).toBe(2);
    const created = await t.client.resolveIncidentsBatchOperation({ filter: { processDefinitionKey: key } });
    await runBatches();
    expect(await t.client.getBatchOperation({ batchOperationKey: created.batchOperationKey })).toMatchObject({
      batchOperationType: 'RESOLVE_INCIDENT',
      state: 'COMPLETED',
      operationsCompletedCount: 2,
    });
    expect((await t.client.searchIncidents({ filter: { state: 'ACTIVE' } })).page.totalItems).toBe(0);
    // The jobs got a retry back and can be worked again.
    const again = await t.client.activateJobs({ type: 'work', maxJobsToActivate: 5, timeout: 60_000 });
    expect(again.jobs).toHaveLength(2);
  });

  it('migrates and modifies instances in batches', async () => {
    const v1 = linearProcess('flow', [{ kind: 'service', id: 'a', type: 'a' }]);
    const v2 = linearProcess('flow', [
      { kind: 'service', id: 'a', type: 'a' },
      { kind: 'service', id: 'b', type: 'b' },
    ]);
    const first = await deploy('flow', v1);
    await startMany('flow', 2);
    const second = await deploy('flow', v2);
    const migrated = await t.client.migrateProcessInstancesBatchOperation({
      filter: { processDefinitionKey: first },
      migrationPlan: {
        targetProcessDefinitionKey: second,
        mappingInstructions: [{ sourceElementId: ElementId.of('a'), targetElementId: ElementId.of('a') }],
      },
    });
    await runBatches();
    expect(await t.client.getBatchOperation({ batchOperationKey: migrated.batchOperationKey })).toMatchObject(
      {
        state: 'COMPLETED',
        operationsCompletedCount: 2,
      },
    );
    expect(
      (await t.client.searchProcessInstances({ filter: { processDefinitionKey: second } })).page.totalItems,
    ).toBe(2);

    const moved = await t.client.modifyProcessInstancesBatchOperation({
      filter: { processDefinitionKey: second },
      moveInstructions: [{ sourceElementId: ElementId.of('a'), targetElementId: ElementId.of('b') }],
    });
    await runBatches();
    expect(await t.client.getBatchOperation({ batchOperationKey: moved.batchOperationKey })).toMatchObject({
      state: 'COMPLETED',
      operationsCompletedCount: 2,
    });
    // Both instances now wait at b, a step only the new version has.
    const jobs = await t.client.activateJobs({ type: 'b', maxJobsToActivate: 5, timeout: 60_000 });
    expect(jobs.jobs).toHaveLength(2);
    for (const job of jobs.jobs) await t.client.completeJob({ jobKey: job.jobKey });
    expect((await t.client.searchProcessInstances({ filter: { state: 'COMPLETED' } })).page.totalItems).toBe(
      2,
    );
  });

  it('updates jobs and deletes decision instances in batches', async () => {
    await deploy('waits', linearProcess('waits', [{ kind: 'service', id: 'work', type: 'work' }]));
    await startMany('waits', 2);
    const updated = await t.client.updateJobsBatchOperation({
      filter: { type: 'work' },
      changeset: { retries: 7, priority: 3 },
    });
    await runBatches();
    expect(await t.client.getBatchOperation({ batchOperationKey: updated.batchOperationKey })).toMatchObject({
      batchOperationType: 'UPDATE_JOB',
      state: 'COMPLETED',
      operationsCompletedCount: 2,
    });
    const jobs = await t.client.searchJobs({ filter: { type: 'work' } });
    expect(jobs.items.map((j) => [j.retries, j.priority])).toEqual([
      [7, 3],
      [7, 3],
    ]);

    await t.client.createDeployment({ resources: [resource('greeting.dmn', GREETING)] });
    for (const name of ['Ada', 'Grace']) {
      await t.client.evaluateDecision({
        decisionDefinitionId: DecisionDefinitionId.of('greeting'),
        variables: { name },
      });
    }
    expect((await t.client.searchDecisionInstances({})).page.totalItems).toBe(2);
    const deleted = await t.client.deleteDecisionInstancesBatchOperation({
      filter: { decisionDefinitionId: DecisionDefinitionId.of('greeting') },
    });
    await runBatches();
    expect(await t.client.getBatchOperation({ batchOperationKey: deleted.batchOperationKey })).toMatchObject({
      batchOperationType: 'DELETE_DECISION_INSTANCE',
      state: 'COMPLETED',
      operationsCompletedCount: 2,
    });
    expect((await t.client.searchDecisionInstances({})).page.totalItems).toBe(0);
  });
});
