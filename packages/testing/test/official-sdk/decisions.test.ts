import { DecisionDefinitionId, ProcessDefinitionId } from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import { businessRuleProcess, discountDmn } from '../support/official-sdk-models.js';
import { resourceFile, useOfficialSdk } from '../support/use-official-sdk.js';

const now = { consistency: { waitUpToMs: 0 } } as const;

// `discount` requires `tier`; `strict` is a UNIQUE table whose two rules both match any total above 2.
const drg = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="tiers" name="Tiers" namespace="test">
  <decision id="tiered" name="Tiered discount">
    <informationRequirement id="ir"><requiredDecision href="#tier" /></informationRequirement>
    <literalExpression id="l1"><text>if tier = "gold" then 10 else 0</text></literalExpression>
  </decision>
  <decision id="tier" name="Tier">
    <literalExpression id="l2"><text>if total &gt; 100 then "gold" else "basic"</text></literalExpression>
  </decision>
  <decision id="strict" name="Strict">
    <decisionTable id="dt" hitPolicy="UNIQUE">
      <input id="i1" label="Total"><inputExpression id="ie" typeRef="number"><text>total</text></inputExpression></input>
      <output id="o1" name="r" typeRef="string" />
      <rule id="r1"><inputEntry id="e1"><text>&gt; 1</text></inputEntry><outputEntry id="oe1"><text>"a"</text></outputEntry></rule>
      <rule id="r2"><inputEntry id="e2"><text>&gt; 2</text></inputEntry><outputEntry id="oe2"><text>"b"</text></outputEntry></rule>
    </decisionTable>
  </decision>
</definitions>`;

describe('official SDK: decisions', () => {
  const t = useOfficialSdk();

  const deployDmn = async () => {
    const deployment = await t.client.createDeployment({
      resources: [resourceFile('pricing.dmn', discountDmn)],
    });
    const decision = deployment.decisions[0];
    if (decision === undefined) throw new Error('no decision');
    return decision;
  };

  it('evaluateDecision by id and by key answers the output, the matched rule and the evaluated input', async () => {
    const decision = await deployDmn();
    const gold = await t.client.evaluateDecision({
      decisionDefinitionId: DecisionDefinitionId.assumeExists('discount'),
      variables: { tier: 'gold' },
    });
    expect(gold).toMatchObject({
      decisionDefinitionId: 'discount',
      decisionDefinitionKey: decision.decisionDefinitionKey,
      decisionDefinitionName: 'Discount',
      decisionDefinitionVersion: 1,
      decisionRequirementsId: 'pricing',
      output: '15',
      failedDecisionDefinitionId: null,
      failureMessage: null,
      tenantId: '<default>',
    });
    expect(gold.evaluatedDecisions).toHaveLength(1);
    expect(gold.evaluatedDecisions[0]).toMatchObject({
      decisionDefinitionId: 'discount',
      decisionDefinitionType: 'DECISION_TABLE',
      output: '15',
      matchedRules: [
        {
          ruleId: 'gold-rule',
          ruleIndex: 1,
          evaluatedOutputs: [
            expect.objectContaining({ outputId: 'percent-output', outputName: 'percent', outputValue: '15' }),
          ],
        },
      ],
      evaluatedInputs: [
        expect.objectContaining({ inputId: 'tier-input', inputName: 'Tier', inputValue: '"gold"' }),
      ],
    });

    const basic = await t.client.evaluateDecision({
      decisionDefinitionKey: decision.decisionDefinitionKey,
      variables: { tier: 'basic' },
    });
    expect(basic.output).toBe('5');
    expect(basic.evaluatedDecisions[0]?.matchedRules.map((r) => r.ruleId)).toEqual(['other-rule']);
  });

  it('each evaluation is a decision instance: search, filter by definition, get', async () => {
    await deployDmn();
    const first = await t.client.evaluateDecision({
      decisionDefinitionId: DecisionDefinitionId.assumeExists('discount'),
      variables: { tier: 'gold' },
    });
    await t.client.evaluateDecision({
      decisionDefinitionId: DecisionDefinitionId.assumeExists('discount'),
      variables: { tier: 'silver' },
    });
    const instances = await t.client.searchDecisionInstances(
      {
        filter: { decisionDefinitionId: DecisionDefinitionId.assumeExists('discount') },
        sort: [{ field: 'decisionEvaluationInstanceKey' }],
      },
      now,
    );
    expect(instances.page.totalItems).toBe(2);
    expect(instances.items.map((i) => [i.state, i.result, i.decisionDefinitionType])).toEqual([
      ['EVALUATED', '15', 'DECISION_TABLE'],
      ['EVALUATED', '5', 'DECISION_TABLE'],
    ]);
    expect(instances.items[0]).toMatchObject({
      decisionEvaluationKey: first.decisionEvaluationKey,
      processInstanceKey: null,
      elementInstanceKey: null,
    });
    const key = instances.items[0]?.decisionEvaluationInstanceKey;
    if (key === undefined) throw new Error('no instance');
    const instance = await t.client.getDecisionInstance({ decisionEvaluationInstanceKey: key }, now);
    expect(instance).toMatchObject({ decisionDefinitionId: 'discount', result: '15', state: 'EVALUATED' });
    expect(instance.evaluatedInputs.map((i) => i.inputValue)).toEqual(['"gold"']);
    expect(instance.matchedRules.map((r) => r.ruleId)).toEqual(['gold-rule']);
  });

  it('a business rule task evaluates the decision into its result variable and records the instance', async () => {
    await t.client.createDeployment({
      resources: [
        resourceFile('pricing.dmn', discountDmn),
        resourceFile('checkout.bpmn', businessRuleProcess('checkout')),
      ],
    });
    const created = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('checkout'),
      variables: { tier: 'gold' },
      awaitCompletion: true,
    });
    expect(created.variables).toMatchObject({ discountPercent: 15 });
    const instances = await t.client.searchDecisionInstances(
      { filter: { processInstanceKey: created.processInstanceKey } },
      now,
    );
    expect(instances.items).toEqual([
      expect.objectContaining({ decisionDefinitionId: 'discount', result: '15', state: 'EVALUATED' }),
    ]);
    expect(instances.items[0]?.elementInstanceKey).toMatch(/^\d+$/);
  });

  it('evaluating an unknown decision is a 404 problem', async () => {
    const error = await t.client
      .evaluateDecision({ decisionDefinitionId: DecisionDefinitionId.assumeExists('nothing') })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ name: 'HttpSdkError', status: 404, title: 'NOT_FOUND' });
    t.logged.length = 0;
  });

  it('required decisions are evaluated first and listed in order; a failed evaluation names the failing decision', async () => {
    await t.client.createDeployment({ resources: [resourceFile('tiers.dmn', drg)] });
    const tiered = await t.client.evaluateDecision({
      decisionDefinitionId: DecisionDefinitionId.assumeExists('tiered'),
      variables: { total: 500 },
    });
    expect(tiered.output).toBe('10');
    expect(
      tiered.evaluatedDecisions.map((d) => [d.decisionDefinitionId, d.decisionDefinitionType, d.output]),
    ).toEqual([
      ['tier', 'LITERAL_EXPRESSION', '"gold"'],
      ['tiered', 'LITERAL_EXPRESSION', '10'],
    ]);

    const failed = await t.client.evaluateDecision({
      decisionDefinitionId: DecisionDefinitionId.assumeExists('strict'),
      variables: { total: 500 },
    });
    expect(failed).toMatchObject({ failedDecisionDefinitionId: 'strict', output: 'null' });
    expect(failed.failureMessage).toMatch(/UNIQUE/);
    const instances = await t.client.searchDecisionInstances({ filter: { state: 'FAILED' } }, now);
    expect(instances.items.map((i) => [i.decisionDefinitionId, i.evaluationFailure])).toEqual([
      ['strict', failed.failureMessage],
    ]);
  });
});
