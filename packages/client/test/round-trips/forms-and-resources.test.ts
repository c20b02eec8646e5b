import { describe, expect, it } from 'vitest';
import { ProcessDefinitionId, ProcessDefinitionKey, UserTaskKey } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

const PROCESS = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="test">
  <bpmn:process id="expense" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:extensionElements><zeebe:formDefinition formId="expense-start" /></bpmn:extensionElements></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="approve" />
    <bpmn:userTask id="approve"><bpmn:extensionElements><zeebe:userTask /><zeebe:formDefinition formId="expense-approve" /></bpmn:extensionElements></bpmn:userTask>
    <bpmn:sequenceFlow id="f2" sourceRef="approve" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`;

const form = (id: string, label: string) =>
  JSON.stringify({ id, type: 'default', components: [{ type: 'textfield', key: 'amount', label }] });

describe('forms and resources through the client', () => {
  const t = useEngineClient();

  it('serves the linked start form, the user task form and forms by key', async () => {
    const deployment = await t.client.createDeployment({
      resources: [
        resource('expense.bpmn', PROCESS),
        resource('start.form', form('expense-start', 'Amount')),
        resource('approve.form', form('expense-approve', 'Approve')),
      ],
    });
    const processDefinitionKey = deployment.deployments.find((d) => d.processDefinition)?.processDefinition
      ?.processDefinitionKey;
    if (processDefinitionKey === undefined) throw new Error('no process deployed');

    expect((await t.client.getProcessDefinition({ processDefinitionKey })).hasStartForm).toBe(true);
    const start = await t.client.getStartProcessForm({ processDefinitionKey });
    expect(start).toMatchObject({ formId: 'expense-start', version: 1 });
    expect(JSON.parse(start?.schema ?? '{}').components[0].label).toBe('Amount');

    const byKey = await t.client.getFormByKey({ formKey: start?.formKey ?? ('' as never) });
    expect(byKey.formId).toBe('expense-start');

    await t.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.of('expense') });
    const tasks = await t.client.searchUserTasks({});
    const task = tasks.items[0];
    if (task === undefined) throw new Error('no user task');
    const taskForm = await t.client.getUserTaskForm({ userTaskKey: UserTaskKey.of(task.userTaskKey) });
    expect(taskForm).toMatchObject({ formId: 'expense-approve', formKey: task.formKey });
  });

  it('answers 204 (no content) for a process without a linked start form', async () => {
    const plain = PROCESS.replace('<zeebe:formDefinition formId="expense-start" />', '');
    const deployment = await t.client.createDeployment({ resources: [resource('plain.bpmn', plain)] });
    const key = deployment.deployments[0]?.processDefinition?.processDefinitionKey;
    const start = await t.client.getStartProcessForm({
      processDefinitionKey: ProcessDefinitionKey.of(key ?? ''),
    });
    const withoutForm = await t.client.searchProcessDefinitions({ filter: { hasStartForm: false } });
    expect(withoutForm.items.map((d) => d.processDefinitionId)).toEqual(['expense']);
    expect(start ?? undefined).toBeUndefined();
  });

  it('searches, gets and reads generic resources, and deletes resources of every kind', async () => {
    const rpa = JSON.stringify({
      id: 'invoice-bot',
      name: 'Invoice bot',
      script: 'Log  hello',
      versionTag: 'v1',
    });
    const deployment = await t.client.createDeployment({
      resources: [resource('bot.rpa', rpa), resource('expense.bpmn', PROCESS)],
    });
    const resourceKey = deployment.deployments.find((d) => d.resource)?.resource?.resourceKey;
    if (resourceKey === undefined) throw new Error('no resource deployed');

    const found = await t.client.searchResources({ filter: { resourceId: 'invoice-bot' } });
    expect(found.items).toEqual([
      expect.objectContaining({ resourceKey, resourceName: 'bot.rpa', version: 1, versionTag: 'v1' }),
    ]);
    expect(await t.client.getResource({ resourceKey })).toMatchObject({ resourceId: 'invoice-bot' });
    expect(await t.client.getResourceContent({ resourceKey })).toMatchObject({ script: 'Log  hello' });
    const binary = await t.client.getResourceContentBinary({ resourceKey });
    expect(new TextDecoder().decode(binary)).toBe(rpa);

    const deleted = await t.client.deleteResource({ resourceKey });
    expect(deleted).toEqual({ resourceKey, batchOperation: null });
    expect((await t.client.searchResources({})).items).toEqual([]);

    // A deleted process definition starts no new instances; a running one carries on.
    const processKey = deployment.deployments.find((d) => d.processDefinition)?.processDefinition
      ?.processDefinitionKey;
    if (processKey === undefined) throw new Error('no process deployed');
    const running = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.of('expense'),
    });
    await t.client.deleteResource({ resourceKey: processKey });
    await expect(
      t.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.of('expense') }),
    ).rejects.toThrow(/NOT_FOUND/);
    const instance = await t.client.getProcessInstance({ processInstanceKey: running.processInstanceKey });
    expect(instance.state).toBe('ACTIVE');
  });

  it('deploys any other file as a generic resource named by its file name, versioned and byte-exact', async () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    const first = await t.client.createDeployment({
      resources: [new File([bytes], 'logo.png', { type: 'image/png' }), resource('notes.txt', 'first')],
    });
    const deployed = first.deployments.map((d) => d.resource);
    expect(deployed).toEqual([
      expect.objectContaining({ resourceId: 'logo.png', resourceName: 'logo.png', version: 1 }),
      expect.objectContaining({ resourceId: 'notes.txt', resourceName: 'notes.txt', version: 1 }),
    ]);
    const logoKey = deployed[0]?.resourceKey;
    if (logoKey === undefined) throw new Error('no resource deployed');
    expect(await t.client.getResourceContentBinary({ resourceKey: logoKey })).toEqual(bytes);
    expect(await t.client.getResource({ resourceKey: logoKey })).toMatchObject({ versionTag: null });

    // Unchanged bytes under the same name are a duplicate; changed bytes are the next version.
    const again = await t.client.createDeployment({
      resources: [new File([bytes], 'logo.png'), resource('notes.txt', 'second')],
    });
    expect(again.deployments.map((d) => [d.resource?.resourceId, d.resource?.version])).toEqual([
      ['logo.png', 1],
      ['notes.txt', 2],
    ]);
    expect(again.deployments[0]?.resource?.resourceKey).toBe(logoKey);
    const notes = await t.client.searchResources({ filter: { resourceId: 'notes.txt' } });
    expect(notes.items.map((r) => r.version).sort()).toEqual([1, 2]);
  });
});
