import { DecisionDefinitionId } from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import {
  approveForm,
  discountDmn,
  serviceTaskProcess,
  userTaskProcess,
} from '../support/official-sdk-models.js';
import { resourceFile, useOfficialSdk } from '../support/use-official-sdk.js';

const now = { consistency: { waitUpToMs: 0 } } as const;

describe('official SDK: deployments and process definitions', () => {
  const t = useOfficialSdk();

  it('createDeployment of BPMN, DMN and a form answers each resource in its typed slot', async () => {
    const deployment = await t.client.createDeployment({
      resources: [
        resourceFile('pay.bpmn', serviceTaskProcess('pay', 'pay')),
        resourceFile('approval.bpmn', userTaskProcess('approval')),
        resourceFile('pricing.dmn', discountDmn),
        resourceFile('approve.form', approveForm),
      ],
    });
    expect(deployment.tenantId).toBe('<default>');
    expect(deployment.deploymentKey).toMatch(/^\d+$/);
    expect(deployment.processes.map((p) => [p.processDefinitionId, p.processDefinitionVersion])).toEqual([
      ['pay', 1],
      ['approval', 1],
    ]);
    expect(deployment.processes[0]?.resourceName).toBe('pay.bpmn');
    expect(deployment.decisions).toEqual([
      expect.objectContaining({
        decisionDefinitionId: 'discount',
        name: 'Discount',
        version: 1,
        decisionRequirementsId: 'pricing',
      }),
    ]);
    expect(deployment.decisionRequirements).toEqual([
      expect.objectContaining({ decisionRequirementsId: 'pricing', version: 1, resourceName: 'pricing.dmn' }),
    ]);
    expect(deployment.forms).toEqual([expect.objectContaining({ formId: 'approve-form', version: 1 })]);

    // The same content again versions nothing; changed content is version 2.
    const again = await t.client.createDeployment({
      resources: [resourceFile('pay.bpmn', serviceTaskProcess('pay', 'pay'))],
    });
    expect(again.processes[0]?.processDefinitionVersion).toBe(1);
    expect(again.processes[0]?.processDefinitionKey).toBe(deployment.processes[0]?.processDefinitionKey);
    const changed = await t.client.createDeployment({
      resources: [resourceFile('pay.bpmn', serviceTaskProcess('pay', 'pay-v2'))],
    });
    expect(changed.processes[0]?.processDefinitionVersion).toBe(2);
  });

  it('deployResourcesFromFiles reads files and deploys them', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'official-sdk-'));
    try {
      await writeFile(join(dir, 'ship.bpmn'), serviceTaskProcess('ship', 'ship'));
      await writeFile(join(dir, 'pricing.dmn'), discountDmn);
      const result = await t.client.deployResourcesFromFiles([
        join(dir, 'ship.bpmn'),
        join(dir, 'pricing.dmn'),
      ]);
      expect(result.processes.map((p) => p.processDefinitionId)).toEqual(['ship']);
      expect(result.decisions.map((d) => d.decisionDefinitionId)).toEqual(['discount']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('searchProcessDefinitions, getProcessDefinition and getProcessDefinitionXml', async () => {
    const first = await t.client.createDeployment({
      resources: [resourceFile('pay.bpmn', serviceTaskProcess('pay', 'pay'))],
    });
    await t.client.createDeployment({
      resources: [resourceFile('pay.bpmn', serviceTaskProcess('pay', 'pay-v2'))],
    });
    await t.client.createDeployment({
      resources: [resourceFile('approval.bpmn', userTaskProcess('approval'))],
    });

    const all = await t.client.searchProcessDefinitions(
      { sort: [{ field: 'processDefinitionId' }, { field: 'version', order: 'DESC' }] },
      now,
    );
    expect(all.page.totalItems).toBe(3);
    expect(all.items.map((d) => [d.processDefinitionId, d.version])).toEqual([
      ['approval', 1],
      ['pay', 2],
      ['pay', 1],
    ]);

    const latest = await t.client.searchProcessDefinitions({ filter: { isLatestVersion: true } }, now);
    expect(latest.items.map((d) => `${d.processDefinitionId}@${d.version}`).sort()).toEqual([
      'approval@1',
      'pay@2',
    ]);

    const key = first.processes[0]?.processDefinitionKey;
    if (key === undefined) throw new Error('no process deployed');
    const definition = await t.client.getProcessDefinition({ processDefinitionKey: key }, now);
    expect(definition).toMatchObject({
      processDefinitionId: 'pay',
      name: 'pay',
      version: 1,
      resourceName: 'pay.bpmn',
      tenantId: '<default>',
      hasStartForm: false,
    });
    const xml = await t.client.getProcessDefinitionXml({ processDefinitionKey: key }, now);
    expect(xml).toBe(serviceTaskProcess('pay', 'pay'));
  });

  it('decision definitions and requirements: search, get and XML', async () => {
    const deployment = await t.client.createDeployment({
      resources: [resourceFile('pricing.dmn', discountDmn)],
    });
    const decisionKey = deployment.decisions[0]?.decisionDefinitionKey;
    const requirementsKey = deployment.decisionRequirements[0]?.decisionRequirementsKey;
    if (decisionKey === undefined || requirementsKey === undefined) throw new Error('no decision deployed');

    const found = await t.client.searchDecisionDefinitions(
      { filter: { decisionDefinitionId: DecisionDefinitionId.assumeExists('discount') } },
      now,
    );
    expect(found.items).toEqual([
      expect.objectContaining({
        decisionDefinitionKey: decisionKey,
        decisionRequirementsKey: requirementsKey,
      }),
    ]);
    expect(await t.client.getDecisionDefinition({ decisionDefinitionKey: decisionKey }, now)).toMatchObject({
      decisionDefinitionId: 'discount',
      name: 'Discount',
      version: 1,
    });
    expect(await t.client.getDecisionDefinitionXml({ decisionDefinitionKey: decisionKey }, now)).toBe(
      discountDmn,
    );
    const requirements = await t.client.searchDecisionRequirements({}, now);
    expect(requirements.items.map((r) => r.decisionRequirementsId)).toEqual(['pricing']);
    expect(
      await t.client.getDecisionRequirements({ decisionRequirementsKey: requirementsKey }, now),
    ).toMatchObject({ decisionRequirementsId: 'pricing', decisionRequirementsName: 'Pricing', version: 1 });
    expect(await t.client.getDecisionRequirementsXml({ decisionRequirementsKey: requirementsKey }, now)).toBe(
      discountDmn,
    );
  });

  it('a user task form deployed with its process is served by getUserTaskForm', async () => {
    await t.client.createDeployment({
      resources: [
        resourceFile('approval.bpmn', userTaskProcess('approval')),
        resourceFile('approve.form', approveForm),
      ],
    });
    await t.client.createProcessInstance({ processDefinitionId: 'approval' as never });
    const tasks = await t.client.searchUserTasks({}, { consistency: { waitUpToMs: 5000 } });
    const task = tasks.items[0];
    if (task === undefined) throw new Error('no user task');
    const form = await t.client.getUserTaskForm({ userTaskKey: task.userTaskKey }, now);
    expect(form).toMatchObject({ formId: 'approve-form', version: 1 });
    expect(JSON.parse(String(form?.schema))).toMatchObject({ id: 'approve-form' });
  });
});
