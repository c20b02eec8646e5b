import {
  ElementId,
  ElementInstanceKey,
  ProcessDefinitionId,
  type ProcessInstanceKey,
} from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import { gatewayIncidentProcess, serviceTaskProcess } from '../support/official-sdk-models.js';
import { resourceFile, useOfficialSdk } from '../support/use-official-sdk.js';

const now = { consistency: { waitUpToMs: 0 } } as const;

describe('official SDK: incidents, variables and element instances', () => {
  const t = useOfficialSdk();

  async function start(name: string, xml: string, variables: Record<string, unknown> = {}) {
    await t.client.createDeployment({ resources: [resourceFile(`${name}.bpmn`, xml)] });
    const created = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists(name),
      variables,
    });
    return created.processInstanceKey;
  }

  const elementsOf = async (processInstanceKey: ProcessInstanceKey) =>
    (
      await t.client.searchElementInstances(
        { filter: { processInstanceKey }, sort: [{ field: 'elementInstanceKey' }] },
        now,
      )
    ).items;

  it('a failed condition raises an incident; setting the variable and resolving it runs the gateway again', async () => {
    const pi = await start('routing', gatewayIncidentProcess('routing'));

    const incidents = await t.client.searchIncidents(
      { filter: { processInstanceKey: pi, state: 'ACTIVE' } },
      now,
    );
    expect(incidents.items).toHaveLength(1);
    const incident = incidents.items[0];
    if (incident === undefined) throw new Error('no incident');
    expect(incident).toMatchObject({
      errorType: 'CONDITION_ERROR',
      elementId: 'route',
      processDefinitionId: 'routing',
      processInstanceKey: pi,
      jobKey: null,
      tenantId: '<default>',
    });
    expect(incident.errorMessage).toMatch(/amount/);
    const byType = await t.client.searchIncidents({ filter: { errorType: 'CONDITION_ERROR' } }, now);
    expect(byType.page.totalItems).toBe(1);

    const route = (await elementsOf(pi)).find((e) => e.elementId === 'route');
    expect(route).toMatchObject({ state: 'ACTIVE', hasIncident: true, incidentKey: incident.incidentKey });
    expect((await t.client.getProcessInstance({ processInstanceKey: pi }, now)).hasIncident).toBe(true);
    const withIncidents = await t.client.searchProcessInstances({ filter: { hasIncident: true } }, now);
    expect(withIncidents.items.map((i) => i.processInstanceKey)).toEqual([pi]);
    const ofInstance = await t.client.searchProcessInstanceIncidents({ processInstanceKey: pi }, now);
    expect(ofInstance.items.map((i) => i.incidentKey)).toEqual([incident.incidentKey]);

    await t.client.createElementInstanceVariables({
      elementInstanceKey: ElementInstanceKey.assumeExists(pi),
      variables: { amount: 500 },
    });
    await t.client.resolveIncident({ incidentKey: incident.incidentKey });

    expect((await t.client.getIncident({ incidentKey: incident.incidentKey }, now)).state).toBe('RESOLVED');
    const instance = await t.client.getProcessInstance({ processInstanceKey: pi }, now);
    expect(instance).toMatchObject({ state: 'COMPLETED', hasIncident: false });
    expect((await elementsOf(pi)).map((e) => [e.elementId, e.type, e.state])).toEqual([
      ['routing', 'PROCESS', 'COMPLETED'],
      ['start', 'START_EVENT', 'COMPLETED'],
      ['route', 'EXCLUSIVE_GATEWAY', 'COMPLETED'],
      ['big', 'END_EVENT', 'COMPLETED'],
    ]);
  });

  it('resolving an incident that is already resolved is a 404', async () => {
    const pi = await start('routing', gatewayIncidentProcess('routing'));
    const [incident] = (await t.client.searchIncidents({ filter: { processInstanceKey: pi } }, now)).items;
    if (incident === undefined) throw new Error('no incident');
    await t.client.createElementInstanceVariables({
      elementInstanceKey: ElementInstanceKey.assumeExists(pi),
      variables: { amount: 1 },
    });
    await t.client.resolveIncident({ incidentKey: incident.incidentKey });
    const again = await t.client.resolveIncident({ incidentKey: incident.incidentKey }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(again).toMatchObject({ name: 'HttpSdkError', status: 404 });
    t.logged.length = 0;
  });

  it('searchVariables by name, value and scope; getVariable; local variables of an element instance', async () => {
    const pi = await start('pay', serviceTaskProcess('pay', 'pay'), {
      customer: { name: 'Ada', tier: 'gold' },
      total: 99.5,
      note: 'x'.repeat(9000),
    });
    const task = (await elementsOf(pi)).find((e) => e.elementId === 'task');
    if (task === undefined) throw new Error('no task');
    await t.client.createElementInstanceVariables({
      elementInstanceKey: task.elementInstanceKey,
      variables: { attempt: 1 },
      local: true,
    });

    const all = await t.client.searchVariables(
      { filter: { processInstanceKey: pi }, sort: [{ field: 'name', order: 'ASC' }] },
      now,
    );
    expect(all.items.map((v) => [v.name, v.scopeKey === pi ? 'process' : 'task'])).toEqual([
      ['attempt', 'task'],
      ['customer', 'process'],
      ['note', 'process'],
      ['total', 'process'],
    ]);
    const note = all.items.find((v) => v.name === 'note');
    expect(note?.isTruncated).toBe(true);
    if (note === undefined) throw new Error('no note');
    const full = await t.client.getVariable({ variableKey: note.variableKey }, now);
    expect(full).toMatchObject({ name: 'note', processInstanceKey: pi });
    expect(JSON.parse(full.value)).toBe('x'.repeat(9000));

    const byValue = await t.client.searchVariables(
      { filter: { processInstanceKey: pi, value: '{"name":"Ada","tier":"gold"}' } },
      now,
    );
    expect(byValue.items.map((v) => v.name)).toEqual(['customer']);
    const byScope = await t.client.searchVariables({ filter: { scopeKey: task.elementInstanceKey } }, now);
    expect(byScope.items.map((v) => [v.name, v.value])).toEqual([['attempt', '1']]);
    const byLike = await t.client.searchVariables({ filter: { name: { $like: 'to*' } } }, now);
    expect(byLike.items.map((v) => v.name)).toEqual(['total']);
  });

  it('searchElementInstances by state and type; getElementInstance', async () => {
    const pi = await start('pay', serviceTaskProcess('pay', 'pay'));
    const active = await t.client.searchElementInstances(
      { filter: { processInstanceKey: pi, state: 'ACTIVE', type: 'SERVICE_TASK' } },
      now,
    );
    expect(active.items.map((e) => e.elementId)).toEqual(['task']);
    const task = active.items[0];
    if (task === undefined) throw new Error('no task');
    const got = await t.client.getElementInstance({ elementInstanceKey: task.elementInstanceKey }, now);
    expect(got).toMatchObject({
      elementId: 'task',
      elementName: 'Task',
      type: 'SERVICE_TASK',
      state: 'ACTIVE',
      processInstanceKey: pi,
      processDefinitionId: 'pay',
      hasIncident: false,
      endDate: null,
    });
    const byElementId = await t.client.searchElementInstances(
      { filter: { elementId: ElementId.assumeExists('start') } },
      now,
    );
    expect(byElementId.items.map((e) => e.state)).toEqual(['COMPLETED']);
  });
});
