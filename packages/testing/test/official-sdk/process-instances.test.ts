import { ProcessDefinitionId } from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import { serviceTaskProcess, straightThroughProcess } from '../support/official-sdk-models.js';
import { resourceFile, useOfficialSdk } from '../support/use-official-sdk.js';

const now = { consistency: { waitUpToMs: 0 } } as const;

describe('official SDK: process instances', () => {
  const t = useOfficialSdk();

  async function deploy(name: string, xml: string) {
    const deployment = await t.client.createDeployment({ resources: [resourceFile(`${name}.bpmn`, xml)] });
    const process = deployment.processes[0];
    if (process === undefined) throw new Error('nothing deployed');
    return process;
  }

  it('createProcessInstance by id runs the latest version; by key a given version; variables are stored', async () => {
    const v1 = await deploy('pay', serviceTaskProcess('pay', 'pay'));
    const v2 = await deploy('pay', serviceTaskProcess('pay', 'pay-v2'));

    const byId = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('pay'),
      variables: { orderId: 'o-1', amount: 42 },
    });
    expect(byId).toMatchObject({
      processDefinitionId: 'pay',
      processDefinitionKey: v2.processDefinitionKey,
      processDefinitionVersion: 2,
      tenantId: '<default>',
      variables: {},
    });

    const byKey = await t.client.createProcessInstance({ processDefinitionKey: v1.processDefinitionKey });
    expect(byKey.processDefinitionVersion).toBe(1);

    const byVersion = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('pay'),
      processDefinitionVersion: 1,
    });
    expect(byVersion.processDefinitionKey).toBe(v1.processDefinitionKey);

    const instance = await t.client.getProcessInstance({ processInstanceKey: byId.processInstanceKey }, now);
    expect(instance).toMatchObject({
      processInstanceKey: byId.processInstanceKey,
      processDefinitionId: 'pay',
      processDefinitionVersion: 2,
      state: 'ACTIVE',
      hasIncident: false,
      tenantId: '<default>',
    });
    expect(instance.endDate ?? null).toBeNull();

    const variables = await t.client.searchVariables(
      { filter: { processInstanceKey: byId.processInstanceKey }, sort: [{ field: 'name' }] },
      now,
    );
    expect(variables.items.map((v) => [v.name, v.value])).toEqual([
      ['amount', '42'],
      ['orderId', '"o-1"'],
    ]);
  });

  it('awaitCompletion answers the variables of the completed instance, limited by fetchVariables', async () => {
    await deploy('instant', straightThroughProcess('instant'));
    const result = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('instant'),
      variables: { a: 1, b: { nested: true }, c: 'x' },
      awaitCompletion: true,
      fetchVariables: ['a', 'b'],
    });
    expect(result.variables).toEqual({ a: 1, b: { nested: true } });
    const instance = await t.client.getProcessInstance(
      { processInstanceKey: result.processInstanceKey },
      now,
    );
    expect(instance.state).toBe('COMPLETED');
    expect(instance.endDate).toEqual(expect.any(String));
  });

  it('awaitCompletion waits for a job the official worker completes, with its variables', async () => {
    await deploy('pay', serviceTaskProcess('pay', 'pay'));
    t.client.createJobWorker({
      jobType: 'pay',
      jobTimeoutMs: 30_000,
      maxParallelJobs: 1,
      pollIntervalMs: 10,
      jobHandler: (job) => job.complete({ receipt: `r-${String(job.variables.orderId)}` }),
    });
    const result = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('pay'),
      variables: { orderId: 7 },
      awaitCompletion: true,
      requestTimeout: 30_000,
    });
    expect(result.variables).toEqual({ orderId: 7, receipt: 'r-7' });
  });

  it('awaitCompletion that runs out of time is a 504 problem; the instance carries on', async () => {
    await deploy('pay', serviceTaskProcess('pay', 'pay'));
    const error = await t.client
      .createProcessInstance({
        processDefinitionId: ProcessDefinitionId.assumeExists('pay'),
        awaitCompletion: true,
        requestTimeout: 200,
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ name: 'HttpSdkError', status: 504, title: 'DEADLINE_EXCEEDED' });
    t.logged.length = 0;
    const active = await t.client.searchProcessInstances({ filter: { processDefinitionId: 'pay' } }, now);
    expect(active.items.map((i) => i.state)).toEqual(['ACTIVE']);
  });

  it('cancelProcessInstance terminates the instance and its element instances; a second cancel is a 404', async () => {
    await deploy('pay', serviceTaskProcess('pay', 'pay'));
    const created = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('pay'),
    });
    await t.client.cancelProcessInstance({ processInstanceKey: created.processInstanceKey });

    const instance = await t.client.getProcessInstance(
      { processInstanceKey: created.processInstanceKey },
      now,
    );
    expect(instance.state).toBe('TERMINATED');
    const elements = await t.client.searchElementInstances(
      { filter: { processInstanceKey: created.processInstanceKey }, sort: [{ field: 'elementInstanceKey' }] },
      now,
    );
    expect(elements.items.map((e) => [e.elementId, e.state])).toEqual([
      ['pay', 'TERMINATED'],
      ['start', 'COMPLETED'],
      ['task', 'TERMINATED'],
    ]);
    // The instance of the process element has the process instance's key.
    expect(elements.items[0]?.elementInstanceKey).toBe(created.processInstanceKey);
    const jobs = await t.client.searchJobs(
      { filter: { processInstanceKey: created.processInstanceKey } },
      now,
    );
    expect(jobs.items.map((j) => j.state)).toEqual(['CANCELED']);

    const again = await t.client
      .cancelProcessInstance({ processInstanceKey: created.processInstanceKey })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(again).toMatchObject({ name: 'HttpSdkError', status: 404 });
    t.logged.length = 0;
  });
});
