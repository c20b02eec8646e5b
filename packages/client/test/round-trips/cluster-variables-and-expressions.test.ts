import { describe, expect, it } from 'vitest';
import { ClusterVariableName, ProcessDefinitionId, TenantId } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

const WAIT = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="test">
  <bpmn:process id="wait" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
    <bpmn:serviceTask id="task"><bpmn:extensionElements><zeebe:taskDefinition type="work" /></bpmn:extensionElements></bpmn:serviceTask>
  </bpmn:process>
</bpmn:definitions>`;

describe('cluster variables and expressions through the client', () => {
  const t = useEngineClient();
  const name = ClusterVariableName.of('discount');
  const tenantId = TenantId.of('acme');

  it('creates, reads, updates, searches and deletes global and tenant cluster variables', async () => {
    const created = await t.client.createGlobalClusterVariable({
      name,
      value: { rate: 5 },
      metadata: { team: 'sales' },
    });
    expect(created).toEqual({
      name: 'discount',
      scope: 'GLOBAL',
      tenantId: null,
      metadata: { team: 'sales' },
      kind: 'JSON',
      value: '{"rate":5}',
    });
    await expect(t.client.createGlobalClusterVariable({ name, value: {} })).rejects.toMatchObject({
      status: 409,
    });
    await t.client.createTenantClusterVariable({ tenantId, name, value: { rate: 10 } });
    expect((await t.client.getGlobalClusterVariable({ name })).value).toBe('{"rate":5}');
    expect((await t.client.getTenantClusterVariable({ tenantId, name })).scope).toBe('TENANT');

    await t.client.updateGlobalClusterVariable({ name, value: { rate: 7 } });
    await t.client.updateTenantClusterVariable({ tenantId, name, value: { rate: 12 } });
    const found = await t.client.searchClusterVariables({ sort: [{ field: 'scope', order: 'ASC' }] });
    expect(found.items.map((v) => [v.scope, v.value, v.isTruncated])).toEqual([
      ['GLOBAL', '{"rate":7}', false],
      ['TENANT', '{"rate":12}', false],
    ]);

    // FEEL sees them as camunda.vars.cluster / .tenant / .env (tenant wins).
    const seen = await t.client.evaluateExpression({
      expression: '=[camunda.vars.cluster.discount.rate, camunda.vars.env.discount.rate]',
      tenantId: 'acme',
    });
    expect(seen.result).toEqual([7, 12]);

    await t.client.deleteTenantClusterVariable({ tenantId, name });
    await t.client.deleteGlobalClusterVariable({ name });
    await expect(t.client.getGlobalClusterVariable({ name })).rejects.toMatchObject({ status: 404 });
  });

  it('evaluates an expression with the variables of a scope, warnings and referenced secrets', async () => {
    await t.client.createDeployment({ resources: [resource('wait.bpmn', WAIT)] });
    const instance = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.of('wait'),
      variables: { amount: 40 },
    });
    const result = await t.client.evaluateExpression({
      expression: '=amount + extra',
      scopeKey: instance.processInstanceKey,
      variables: { extra: 2 },
    });
    expect(result).toMatchObject({ result: 42, warnings: [], referencedSecrets: [] });
    const missing = await t.client.evaluateExpression({
      expression: '=unknown + 1 > 0 or camunda.secrets.token = "x"',
    });
    expect(missing.warnings.length).toBeGreaterThan(0);
    expect(missing.referencedSecrets).toEqual([{ storeId: 'default', secretName: 'token' }]);
    await expect(t.client.evaluateExpression({ expression: '=1 +' })).rejects.toMatchObject({ status: 400 });
    await expect(
      t.client.evaluateExpression({ expression: '=1', scopeKey: '2251799813685000' as never }),
    ).rejects.toMatchObject({ status: 404, title: 'NOT_FOUND' });
  });

  it('evaluates conditionals: no conditional start event can be deployed, so none starts an instance', async () => {
    const result = await t.client.evaluateConditionals({ variables: { x: 1 } });
    expect(result).toMatchObject({ tenantId: '<default>', processInstances: [] });
  });
});
