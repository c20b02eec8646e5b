import { bpmnFixtures } from '@camunda-ts/testing';
import { describe, expect, it } from 'vitest';
import { ProcessDefinitionId, type ProcessDefinitionKey, type ProcessInstanceKey } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

// Java's String.hashCode of the incident message, computed by the JVM for this test.
const HASH_OF_STOCK_DOWN = -1_297_759_241;

describe('statistics through the client', () => {
  const t = useEngineClient({ clock: 'manual' });

  /**
   * Order instances: one waits at check-stock, one has an incident there, one completed (cancel path), one
   * canceled; plus a message instance waiting for its message.
   */
  async function seed() {
    const { client } = t;
    const { orderProcess, messageProcess } = bpmnFixtures;
    const deployment = await client.createDeployment({
      resources: [
        resource(orderProcess.resourceName, orderProcess.xml),
        resource(messageProcess.resourceName, messageProcess.xml),
      ],
    });
    const order = deployment.deployments.find(
      (d) => d.processDefinition?.processDefinitionId === orderProcess.processDefinitionId,
    )?.processDefinition?.processDefinitionKey as ProcessDefinitionKey;
    const start = async (variables: Record<string, unknown> = {}) =>
      (
        await client.createProcessInstance({
          processDefinitionId: ProcessDefinitionId.of(orderProcess.processDefinitionId),
          variables: { order: { items: [], total: 10 }, ...variables },
        })
      ).processInstanceKey;
    const waiting = await start();
    const broken = await start();
    const done = await start();
    const canceled = await start();
    await client.cancelProcessInstance({ processInstanceKey: canceled });
    const jobs = await client.activateJobs({ type: 'check-stock', maxJobsToActivate: 3, timeout: 60_000 });
    const jobOf = (pi: ProcessInstanceKey) => jobs.jobs.find((j) => j.processInstanceKey === pi)?.jobKey;
    await client.failJob({ jobKey: jobOf(broken) as never, retries: 0, errorMessage: 'stock service down' });
    await client.completeJob({ jobKey: jobOf(done) as never, variables: { available: false } });
    const cancelJobs = await client.activateJobs({
      type: 'cancel-order',
      maxJobsToActivate: 1,
      timeout: 60_000,
    });
    await client.completeJob({ jobKey: cancelJobs.jobs[0]?.jobKey as never });
    await client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.of(messageProcess.processDefinitionId),
      variables: { orderId: 'm-1' },
    });
    return { order, waiting, broken, done, canceled };
  }

  it('counts element instances of one process instance and of a definition', async () => {
    const { order, broken } = await seed();
    const one = await t.client.getProcessInstanceStatistics({ processInstanceKey: broken });
    expect(one.items.find((i) => i.elementId === 'check-stock')).toEqual({
      elementId: 'check-stock',
      active: 0,
      canceled: 0,
      incidents: 1,
      completed: 0,
    });
    const all = await t.client.getProcessDefinitionStatistics({ processDefinitionKey: order });
    const byId = Object.fromEntries(all.items.map((i) => [i.elementId, i]));
    // check-stock: waiting (active), broken (incident), done (completed), canceled (terminated).
    expect(byId['check-stock']).toMatchObject({ active: 1, incidents: 1, completed: 1, canceled: 1 });
    expect(byId['order-received']).toMatchObject({ completed: 4, active: 0 });
    const filtered = await t.client.getProcessDefinitionStatistics({
      processDefinitionKey: order,
      filter: { hasIncident: true },
    });
    expect(filtered.items.find((i) => i.elementId === 'check-stock')).toMatchObject({
      incidents: 1,
      active: 0,
    });
  });

  it('groups active instances by definition and by version, with and without incidents', async () => {
    await seed();
    const byDefinition = await t.client.getProcessDefinitionInstanceStatistics({
      sort: [{ field: 'processDefinitionId', order: 'ASC' }],
    });
    expect(
      byDefinition.items.map((i) => [
        i.processDefinitionId,
        i.activeInstancesWithoutIncidentCount,
        i.activeInstancesWithIncidentCount,
      ]),
    ).toEqual([
      ['message-process', 1, 0],
      ['order-process', 1, 1],
    ]);
    expect(byDefinition.page.totalItems).toBe(2);
    const byVersion = await t.client.getProcessDefinitionInstanceVersionStatistics({
      filter: { processDefinitionId: ProcessDefinitionId.of('order-process') },
    });
    expect(byVersion.items).toHaveLength(1);
    expect(byVersion.items[0]).toMatchObject({
      processDefinitionVersion: 1,
      activeInstancesWithIncidentCount: 1,
      activeInstancesWithoutIncidentCount: 1,
    });
  });

  it('groups instances with incidents by error hash code and by definition', async () => {
    const { order } = await seed();
    const byError = await t.client.getProcessInstanceStatisticsByError({});
    expect(byError.items).toEqual([
      {
        errorHashCode: HASH_OF_STOCK_DOWN,
        errorMessage: 'stock service down',
        activeInstancesWithErrorCount: 1,
      },
    ]);
    const byDefinition = await t.client.getProcessInstanceStatisticsByDefinition({
      filter: { errorHashCode: HASH_OF_STOCK_DOWN },
    });
    expect(byDefinition.items).toEqual([
      expect.objectContaining({ processDefinitionKey: order, activeInstancesWithErrorCount: 1 }),
    ]);
    const none = await t.client.getProcessInstanceStatisticsByDefinition({ filter: { errorHashCode: 1 } });
    expect(none.items).toEqual([]);
  });

  it('counts active message subscriptions per definition', async () => {
    await seed();
    const stats = await t.client.getProcessDefinitionMessageSubscriptionStatistics({});
    expect(stats.items).toEqual([
      expect.objectContaining({
        processDefinitionId: 'message-process',
        activeSubscriptions: 1,
        processInstancesWithActiveSubscriptions: 1,
      }),
    ]);
  });

  it('answers element statistics and sequence flows of keys that name nothing with no items, as searches do', async () => {
    await seed();
    const { client } = t;
    const nothing = '2251799813699999';
    expect(
      await client.getProcessInstanceStatistics({ processInstanceKey: nothing as ProcessInstanceKey }),
    ).toEqual({ items: [] });
    expect(
      await client.getProcessInstanceSequenceFlows({ processInstanceKey: nothing as ProcessInstanceKey }),
    ).toEqual({ items: [] });
    expect(
      await client.getProcessDefinitionStatistics({ processDefinitionKey: nothing as ProcessDefinitionKey }),
    ).toEqual({ items: [] });
  });
});
