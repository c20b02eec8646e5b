import { describe, expect, it } from 'vitest';
import { activate, engineAndClient, fixture, globals, start, stateOf, trail } from './support.js';

describe('call activities on the engine', () => {
  it('calls the process named by FEEL, links parent and child, and maps variables in and out', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('call-activity.bpmn')]);
    const parent = await start(client, 'order-with-billing', {
      billingProcess: 'billing',
      order: { total: 99, customer: 'ann' },
    });
    const [job] = await activate(client, 'create-invoice');
    // Parent variables are all passed on (propagateAllParentVariables defaults to true), plus the input mapping.
    expect(job?.variables).toMatchObject({ amount: 99, order: { total: 99, customer: 'ann' } });
    const childKey = job?.processInstanceKey as never;
    const child = await client.getProcessInstance({ processInstanceKey: childKey });
    expect(child).toMatchObject({
      parentProcessInstanceKey: parent,
      rootProcessInstanceKey: parent,
      processDefinitionId: 'billing',
    });
    const call = (
      await client.searchElementInstances({
        filter: { processInstanceKey: parent, elementId: 'call-billing' as never },
      })
    ).items[0];
    expect(child.parentElementInstanceKey).toBe(call?.elementInstanceKey);
    expect(call?.type).toBe('CALL_ACTIVITY');
    const hierarchy = await client.getProcessInstanceCallHierarchy({ processInstanceKey: childKey });
    expect(hierarchy.map((h) => h.processInstanceKey)).toEqual([parent, childKey]);

    await client.completeJob({
      jobKey: job?.jobKey as never,
      variables: { invoiceId: 'INV-1', internal: true },
    });
    expect(await stateOf(client, childKey)).toBe('COMPLETED');
    expect(await stateOf(client, parent)).toBe('COMPLETED');
    // propagateAllChildVariables="false": only the output mapping reaches the parent.
    const vars = await globals(client, parent);
    expect(vars.invoice).toBe('INV-1');
    expect(vars).not.toHaveProperty('internal');
    expect(vars).not.toHaveProperty('invoiceId');
  });

  it('propagates an error thrown in the child to the boundary event on the call activity', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('call-activity.bpmn')]);
    const parent = await start(client, 'order-with-billing', {
      billingProcess: 'billing',
      order: { total: 1 },
    });
    const [job] = await activate(client, 'create-invoice');
    await client.throwJobError({ jobKey: job?.jobKey as never, errorCode: 'OUT_OF_STOCK' });
    expect(await stateOf(client, job?.processInstanceKey as never)).toBe('TERMINATED');
    expect(await trail(client, parent)).toEqual([
      'start:COMPLETED',
      'call-billing:TERMINATED',
      'billing-failed:COMPLETED',
      'not-billed:COMPLETED',
    ]);
  });

  it('shows a child incident on the parent, and cancelling the parent terminates the child', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('call-activity.bpmn')]);
    const parent = await start(client, 'order-with-billing', {
      billingProcess: 'billing',
      order: { total: 1 },
    });
    const [job] = await activate(client, 'create-invoice');
    await client.failJob({ jobKey: job?.jobKey as never, retries: 0, errorMessage: 'ledger down' });
    const incidents = await client.searchIncidents({
      filter: { processInstanceKey: job?.processInstanceKey as never },
    });
    expect(incidents.items.map((i) => [i.errorType, i.rootProcessInstanceKey])).toEqual([
      ['JOB_NO_RETRIES', parent],
    ]);
    expect((await client.getProcessInstance({ processInstanceKey: parent })).hasIncident).toBe(true);
    await client.cancelProcessInstance({ processInstanceKey: parent });
    expect(await stateOf(client, job?.processInstanceKey as never)).toBe('TERMINATED');
  });

  it('raises CALLED_ELEMENT_ERROR when the called process does not exist', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('call-activity.bpmn')]);
    const parent = await start(client, 'order-with-billing', { billingProcess: 'nope', order: { total: 1 } });
    const { items } = await client.searchIncidents({ filter: { processInstanceKey: parent } });
    expect(items.map((i) => [i.errorType, i.errorMessage])).toEqual([
      ['CALLED_ELEMENT_ERROR', "Expected process with BPMN process id 'nope' to be deployed, but not found."],
    ]);
  });
});
