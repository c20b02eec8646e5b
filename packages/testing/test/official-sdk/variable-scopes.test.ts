import { ElementId, ElementInstanceKey, ProcessDefinitionId } from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import { bpmnFixtures } from '../../src/index.js';
import { messageCatchProcess, serviceTaskProcess } from '../support/official-sdk-models.js';
import { resourceFile, useOfficialSdk } from '../support/use-official-sdk.js';

const now = { consistency: { waitUpToMs: 0 } } as const;
const activateOpts = { timeout: 60_000, maxJobsToActivate: 1, requestTimeout: -1 } as const;

describe('official SDK: variable scopes, mappings and propagation', () => {
  const t = useOfficialSdk();

  it('input and output mappings: the job sees the inputs; only the outputs reach the process scope', async () => {
    const { orderProcess } = bpmnFixtures;
    await t.client.createDeployment({
      resources: [resourceFile(orderProcess.resourceName, orderProcess.xml)],
    });
    const { processInstanceKey: pi } = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists(orderProcess.processDefinitionId),
      variables: { order: { items: ['book'], total: 20 } },
    });
    const [job] = (await t.client.activateJobs({ type: 'check-stock', ...activateOpts })).jobs;
    if (job === undefined) throw new Error('no job');
    expect(job.variables).toEqual({ order: { items: ['book'], total: 20 }, items: ['book'] });
    expect(job.customHeaders).toEqual({ warehouse: 'berlin' });

    await t.client.completeJob({ jobKey: job.jobKey, variables: { available: true, checkedBy: 'robot' } });
    const processScope = await t.client.searchVariables(
      { filter: { processInstanceKey: pi, scopeKey: pi }, sort: [{ field: 'name' }] },
      now,
    );
    expect(processScope.items.map((v) => [v.name, v.value])).toEqual([
      ['inStock', 'true'],
      ['order', '{"items":["book"],"total":20}'],
    ]);
    const [ship] = (await t.client.activateJobs({ type: 'ship-order', ...activateOpts })).jobs;
    expect(ship?.variables).toEqual({ order: { items: ['book'], total: 20 }, inStock: true });
  });

  it('without output mappings the completion variables reach the process scope', async () => {
    await t.client.createDeployment({
      resources: [resourceFile('pay.bpmn', serviceTaskProcess('pay', 'pay'))],
    });
    const { processInstanceKey: pi } = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('pay'),
      variables: { amount: 1 },
    });
    const [job] = (await t.client.activateJobs({ type: 'pay', ...activateOpts })).jobs;
    if (job === undefined) throw new Error('no job');
    await t.client.completeJob({ jobKey: job.jobKey, variables: { amount: 2, receipt: 'r' } });
    const variables = await t.client.searchVariables(
      { filter: { processInstanceKey: pi }, sort: [{ field: 'name' }] },
      now,
    );
    expect(variables.items.map((v) => [v.name, v.value, v.scopeKey === pi])).toEqual([
      ['amount', '2', true],
      ['receipt', '"r"', true],
    ]);
  });

  it('failJob variables are local to the task and visible to the retry', async () => {
    await t.client.createDeployment({
      resources: [resourceFile('pay.bpmn', serviceTaskProcess('pay', 'pay'))],
    });
    const { processInstanceKey: pi } = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('pay'),
    });
    const [job] = (await t.client.activateJobs({ type: 'pay', ...activateOpts })).jobs;
    if (job === undefined) throw new Error('no job');
    await t.client.failJob({ jobKey: job.jobKey, retries: 2, variables: { attempt: 1 } });
    const [retry] = (await t.client.activateJobs({ type: 'pay', ...activateOpts })).jobs;
    expect(retry?.variables).toEqual({ attempt: 1 });
    const attempt = await t.client.searchVariables(
      { filter: { processInstanceKey: pi, name: 'attempt' } },
      now,
    );
    expect(attempt.items.map((v) => v.scopeKey)).toEqual([job.elementInstanceKey]);
  });

  it('createElementInstanceVariables on a task: local stays there, non-local updates where the variable lives', async () => {
    await t.client.createDeployment({
      resources: [resourceFile('pay.bpmn', serviceTaskProcess('pay', 'pay'))],
    });
    const { processInstanceKey: pi } = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('pay'),
      variables: { total: 10 },
    });
    const [task] = (
      await t.client.searchElementInstances(
        { filter: { processInstanceKey: pi, elementId: ElementId.assumeExists('task') } },
        now,
      )
    ).items;
    if (task === undefined) throw new Error('no task');
    await t.client.createElementInstanceVariables({
      elementInstanceKey: task.elementInstanceKey,
      variables: { total: 11, fresh: true },
    });
    await t.client.createElementInstanceVariables({
      elementInstanceKey: task.elementInstanceKey,
      variables: { note: 'local' },
      local: true,
    });
    const variables = await t.client.searchVariables(
      { filter: { processInstanceKey: pi }, sort: [{ field: 'name' }] },
      now,
    );
    expect(variables.items.map((v) => [v.name, v.value, v.scopeKey === pi ? 'process' : 'task'])).toEqual([
      ['fresh', 'true', 'process'],
      ['note', '"local"', 'task'],
      ['total', '11', 'process'],
    ]);
    expect(
      await t.client
        .createElementInstanceVariables({
          elementInstanceKey: ElementInstanceKey.assumeExists('2251799813699999'),
          variables: { x: 1 },
        })
        .then(
          () => undefined,
          (e: unknown) => (e as { status?: number }).status,
        ),
    ).toBe(404);
    t.logged.length = 0;
  });

  it('a number correlation key is matched by its string form; message variables reach the process scope', async () => {
    await t.client.createDeployment({
      resources: [resourceFile('order.bpmn', messageCatchProcess('order'))],
    });
    const { processInstanceKey: pi } = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('order'),
      variables: { orderId: 123 },
    });
    const subscriptions = await t.client.searchMessageSubscriptions(
      { filter: { processInstanceKey: pi } },
      now,
    );
    expect(subscriptions.items.map((s) => s.correlationKey)).toEqual(['123']);
    await t.client.correlateMessage({ name: 'paid', correlationKey: '123', variables: { paid: 5 } });
    const paid = await t.client.searchVariables({ filter: { processInstanceKey: pi, name: 'paid' } }, now);
    expect(paid.items.map((v) => [v.value, v.scopeKey === pi])).toEqual([['5', true]]);
  });
});
