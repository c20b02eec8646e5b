import { describe, expect, it } from 'vitest';
import {
  ElementId,
  type ElementInstanceKey,
  ProcessDefinitionId,
  type ProcessDefinitionKey,
  type ProcessInstanceKey,
} from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';
import { linearProcess, type Step } from './lifecycle-process.js';

const NESTED = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d-nested" targetNamespace="http://camunda.org/examples">
<bpmn:process id="nested" isExecutable="true">
  <bpmn:startEvent id="start"><bpmn:outgoing>to-sub</bpmn:outgoing></bpmn:startEvent>
  <bpmn:sequenceFlow id="to-sub" sourceRef="start" targetRef="sub" />
  <bpmn:subProcess id="sub">
    <bpmn:incoming>to-sub</bpmn:incoming><bpmn:outgoing>to-after</bpmn:outgoing>
    <bpmn:startEvent id="sub-start"><bpmn:outgoing>to-inner-a</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="to-inner-a" sourceRef="sub-start" targetRef="inner-a" />
    <bpmn:serviceTask id="inner-a"><bpmn:extensionElements><zeebe:taskDefinition type="inner-a" /></bpmn:extensionElements><bpmn:incoming>to-inner-a</bpmn:incoming><bpmn:outgoing>to-inner-b</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:sequenceFlow id="to-inner-b" sourceRef="inner-a" targetRef="inner-b" />
    <bpmn:serviceTask id="inner-b"><bpmn:extensionElements><zeebe:taskDefinition type="inner-b" /></bpmn:extensionElements><bpmn:incoming>to-inner-b</bpmn:incoming><bpmn:outgoing>to-sub-end</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:sequenceFlow id="to-sub-end" sourceRef="inner-b" targetRef="sub-end" />
    <bpmn:endEvent id="sub-end"><bpmn:incoming>to-sub-end</bpmn:incoming></bpmn:endEvent>
  </bpmn:subProcess>
  <bpmn:sequenceFlow id="to-after" sourceRef="sub" targetRef="after" />
  <bpmn:serviceTask id="after"><bpmn:extensionElements><zeebe:taskDefinition type="after" /></bpmn:extensionElements><bpmn:incoming>to-after</bpmn:incoming><bpmn:outgoing>to-end</bpmn:outgoing></bpmn:serviceTask>
  <bpmn:sequenceFlow id="to-end" sourceRef="after" targetRef="end" />
  <bpmn:endEvent id="end"><bpmn:incoming>to-end</bpmn:incoming></bpmn:endEvent>
</bpmn:process>
</bpmn:definitions>`;

describe('process instance commands through the client', () => {
  const t = useEngineClient({ clock: 'manual' });

  async function deploy(processId: string, xml: string) {
    const deployment = await t.client.createDeployment({ resources: [resource(`${processId}.bpmn`, xml)] });
    return deployment.deployments[0]?.processDefinition?.processDefinitionKey as ProcessDefinitionKey;
  }
  const deployLinear = (processId: string, steps: readonly Step[]) =>
    deploy(processId, linearProcess(processId, steps));
  const start = async (processId: string, businessId?: string) =>
    (
      await t.client.createProcessInstance({
        processDefinitionId: ProcessDefinitionId.of(processId),
        ...(businessId === undefined ? {} : { businessId: businessId as never }),
      })
    ).processInstanceKey;
  const activeElements = async (processInstanceKey: ProcessInstanceKey) =>
    (await t.client.searchElementInstances({ filter: { processInstanceKey, state: 'ACTIVE' } })).items
      .filter((e) => e.type !== 'PROCESS')
      .map((e) => e.elementId);
  const take = async (type: string) => {
    // A negative request timeout answers at once instead of holding a long poll.
    const { jobs } = await t.client.activateJobs({
      type,
      maxJobsToActivate: 5,
      timeout: 60_000,
      requestTimeout: -1,
    });
    return jobs;
  };

  it('deletes only ended instances', async () => {
    await deployLinear('one', [{ kind: 'service', id: 'work', type: 'work' }]);
    const key = await start('one');
    await expect(t.client.deleteProcessInstance({ processInstanceKey: key })).rejects.toMatchObject({
      status: 409,
    });
    await t.client.cancelProcessInstance({ processInstanceKey: key });
    await t.client.deleteProcessInstance({ processInstanceKey: key });
    await expect(t.client.getProcessInstance({ processInstanceKey: key })).rejects.toMatchObject({
      status: 404,
    });
    await expect(t.client.deleteProcessInstance({ processInstanceKey: key })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('holds jobs and timers of a suspended instance until it is resumed', async () => {
    await deployLinear('paused', [
      { kind: 'timer', id: 'wait', duration: 'PT1M' },
      { kind: 'service', id: 'work', type: 'work' },
    ]);
    const key = await start('paused');
    await t.client.suspendProcessInstance({ processInstanceKey: key });
    const suspended = await t.client.getProcessInstance({ processInstanceKey: key });
    expect(suspended.state).toBe('SUSPENDED');
    expect(suspended.suspendedDate).not.toBeNull();
    await expect(t.client.suspendProcessInstance({ processInstanceKey: key })).rejects.toMatchObject({
      status: 409,
    });

    t.engine.clock.advance(120_000);
    expect(await activeElements(key)).toEqual(['wait']);
    await t.client.resumeProcessInstance({ processInstanceKey: key });
    expect(await activeElements(key)).toEqual(['work']);
    expect((await t.client.getProcessInstance({ processInstanceKey: key })).suspendedDate).toBeNull();

    await t.client.suspendProcessInstance({ processInstanceKey: key });
    expect(await take('work')).toHaveLength(0);
    await t.client.resumeProcessInstance({ processInstanceKey: key });
    await expect(t.client.resumeProcessInstance({ processInstanceKey: key })).rejects.toMatchObject({
      status: 409,
    });
    expect(await take('work')).toHaveLength(1);
  });

  it('assigns a business id once', async () => {
    await deployLinear('one', [{ kind: 'service', id: 'work', type: 'work' }]);
    const key = await start('one');
    await t.client.assignProcessInstanceBusinessId({
      processInstanceKey: key,
      businessId: 'order-1' as never,
    });
    await t.client.assignProcessInstanceBusinessId({
      processInstanceKey: key,
      businessId: 'order-1' as never,
    });
    expect((await t.client.getProcessInstance({ processInstanceKey: key })).businessId).toBe('order-1');
    await expect(
      t.client.assignProcessInstanceBusinessId({ processInstanceKey: key, businessId: 'order-2' as never }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('resolves the incidents of an instance in a batch, and lists the sequence flows taken', async () => {
    await deployLinear('two', [
      { kind: 'service', id: 'first', type: 'first' },
      { kind: 'service', id: 'second', type: 'second' },
    ]);
    const key = await start('two');
    const [job] = await take('first');
    await t.client.failJob({ jobKey: job?.jobKey as never, retries: 0, errorMessage: 'down' });
    const batch = await t.client.resolveProcessInstanceIncidents({ processInstanceKey: key });
    expect(batch.batchOperationType).toBe('RESOLVE_INCIDENT');
    t.engine.clock.advance(1_000);
    expect(await t.client.getBatchOperation({ batchOperationKey: batch.batchOperationKey })).toMatchObject({
      state: 'COMPLETED',
      operationsCompletedCount: 1,
    });
    expect((await t.client.getProcessInstance({ processInstanceKey: key })).hasIncident).toBe(false);
    const [retried] = await take('first');
    await t.client.completeJob({ jobKey: retried?.jobKey as never });

    const flows = await t.client.getProcessInstanceSequenceFlows({ processInstanceKey: key });
    expect(flows.items.map((f) => f.elementId)).toEqual(['to-first', 'to-second']);
    expect(flows.items[0]).toMatchObject({ processInstanceKey: key, processDefinitionId: 'two' });
  });

  it('modifies an instance: it runs on from the activated element, in the chosen ancestor scope', async () => {
    await deploy('nested', NESTED);
    const key = await start('nested');
    const [sub] = (
      await t.client.searchElementInstances({
        filter: { processInstanceKey: key, elementId: ElementId.of('sub') },
      })
    ).items;
    const [innerA] = (
      await t.client.searchElementInstances({
        filter: { processInstanceKey: key, elementId: ElementId.of('inner-a') },
      })
    ).items;
    await expect(
      t.client.modifyProcessInstance({
        processInstanceKey: key,
        activateInstructions: [{ elementId: 'missing' as never }],
      }),
    ).rejects.toMatchObject({ status: 400 });

    await t.client.modifyProcessInstance({
      processInstanceKey: key,
      activateInstructions: [
        {
          elementId: 'inner-b' as never,
          ancestorElementInstanceKey: sub?.elementInstanceKey as ElementInstanceKey,
          variableInstructions: [{ variables: { note: 'skipped a' }, scopeId: 'sub' }],
        },
      ],
      terminateInstructions: [{ elementInstanceKey: innerA?.elementInstanceKey as ElementInstanceKey }],
    });
    expect(await activeElements(key)).toEqual(['sub', 'inner-b']);
    const [jobB] = await take('inner-b');
    expect(jobB?.variables).toMatchObject({ note: 'skipped a' });
    await t.client.completeJob({ jobKey: jobB?.jobKey as never });
    expect(await activeElements(key)).toEqual(['after']);

    // Terminating the last active element terminates the instance.
    await t.client.modifyProcessInstance({
      processInstanceKey: key,
      terminateInstructions: [{ elementId: 'after' as never }],
    });
    expect((await t.client.getProcessInstance({ processInstanceKey: key })).state).toBe('TERMINATED');
  });

  it('migrates an instance: it continues on the new version; unmapped elements and changed types are rejected', async () => {
    const v1 = await deployLinear('flow', [{ kind: 'service', id: 'a', type: 'a' }]);
    const key = await start('flow');
    const v2 = await deployLinear('flow', [
      { kind: 'service', id: 'a2', type: 'a' },
      { kind: 'service', id: 'b', type: 'b' },
    ]);
    const v3 = await deployLinear('flow', [{ kind: 'user', id: 'a' }]);
    expect(v1).not.toBe(v2);

    await expect(
      t.client.migrateProcessInstance({
        processInstanceKey: key,
        targetProcessDefinitionKey: v2,
        // Camunda's gateway refuses an empty list; mapping only the end event leaves 'a' unmapped.
        mappingInstructions: [{ sourceElementId: 'end' as never, targetElementId: 'end' as never }],
      }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("no mapping instruction defined for active element with id 'a'"),
    });
    await expect(
      t.client.migrateProcessInstance({
        processInstanceKey: key,
        targetProcessDefinitionKey: v3,
        mappingInstructions: [{ sourceElementId: 'a' as never, targetElementId: 'a' as never }],
      }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("is mapped to an element with id 'a' and different type 'USER_TASK'"),
    });

    await t.client.migrateProcessInstance({
      processInstanceKey: key,
      targetProcessDefinitionKey: v2,
      mappingInstructions: [{ sourceElementId: 'a' as never, targetElementId: 'a2' as never }],
    });
    const migrated = await t.client.getProcessInstance({ processInstanceKey: key });
    expect(migrated).toMatchObject({ processDefinitionKey: v2, processDefinitionVersion: 2 });
    expect(await activeElements(key)).toEqual(['a2']);
    const [jobA] = await take('a');
    expect(jobA).toMatchObject({ elementId: 'a2', processDefinitionKey: v2 });
    await t.client.completeJob({ jobKey: jobA?.jobKey as never });
    expect(await activeElements(key)).toEqual(['b']);
  });
});
