import { describe, expect, it } from 'vitest';
import {
  DecisionDefinitionId,
  DecisionDefinitionKey,
  DecisionEvaluationInstanceKey,
  DecisionEvaluationKey,
  DecisionRequirementsKey,
} from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

const DISH = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="dinner" name="Dinner" namespace="test">
  <decision id="season" name="Season">
    <variable name="season" />
    <literalExpression id="season-expr"><text>if month &lt; 3 then "Winter" else "Summer"</text></literalExpression>
  </decision>
  <decision id="dish" name="Dish">
    <informationRequirement id="needs-season"><requiredDecision href="#season" /></informationRequirement>
    <decisionTable id="dish-table" hitPolicy="FIRST">
      <input id="season-input" label="Season"><inputExpression id="ie1"><text>season</text></inputExpression></input>
      <input id="guests-input" label="Guests"><inputExpression id="ie2"><text>guests</text></inputExpression></input>
      <output id="dish-output" name="dish" />
      <rule id="stew"><inputEntry id="r1i1"><text>"Winter"</text></inputEntry><inputEntry id="r1i2"><text>&gt; 4</text></inputEntry><outputEntry id="r1o"><text>"Stew"</text></outputEntry></rule>
      <rule id="roast"><inputEntry id="r2i1"><text>"Winter"</text></inputEntry><inputEntry id="r2i2"><text>-</text></inputEntry><outputEntry id="r2o"><text>"Roastbeef"</text></outputEntry></rule>
      <rule id="salad"><inputEntry id="r3i1"><text>-</text></inputEntry><inputEntry id="r3i2"><text>-</text></inputEntry><outputEntry id="r3o"><text>"Salad"</text></outputEntry></rule>
    </decisionTable>
  </decision>
</definitions>`;

describe('decisions through the client', () => {
  const t = useEngineClient();

  const deploy = async () => {
    const result = await t.client.createDeployment({ resources: [resource('dinner.dmn', DISH)] });
    return result.deployments;
  };

  it('deploys a DRG, evaluates a decision with its required decision, and records decision instances', async () => {
    const deployments = await deploy();
    expect(
      deployments.map(
        (d) => d.decisionDefinition?.decisionDefinitionId ?? d.decisionRequirements?.decisionRequirementsId,
      ),
    ).toEqual(['season', 'dish', 'dinner']);

    const result = await t.client.evaluateDecision({
      decisionDefinitionId: DecisionDefinitionId.of('dish'),
      variables: { month: 1, guests: 6 },
    });
    expect(JSON.parse(result.output)).toBe('Stew');
    expect(result.failureMessage).toBeNull();
    expect(
      result.evaluatedDecisions.map((d) => [
        d.decisionDefinitionId,
        d.decisionDefinitionType,
        JSON.parse(d.output),
      ]),
    ).toEqual([
      ['season', 'LITERAL_EXPRESSION', 'Winter'],
      ['dish', 'DECISION_TABLE', 'Stew'],
    ]);
    const dish = result.evaluatedDecisions[1];
    expect(dish?.matchedRules).toEqual([
      {
        ruleId: 'stew',
        ruleIndex: 1,
        evaluatedOutputs: [
          {
            outputId: 'dish-output',
            outputName: 'dish',
            outputValue: '"Stew"',
            ruleId: 'stew',
            ruleIndex: 1,
          },
        ],
      },
    ]);
    expect(dish?.evaluatedInputs).toEqual([
      { inputId: 'season-input', inputName: 'Season', inputValue: '"Winter"' },
      { inputId: 'guests-input', inputName: 'Guests', inputValue: '6' },
    ]);

    const byKey = await t.client.evaluateDecision({
      decisionDefinitionKey: result.decisionDefinitionKey,
      variables: { month: 6, guests: 1 },
    });
    expect(JSON.parse(byKey.output)).toBe('Salad');

    const instances = await t.client.searchDecisionInstances({
      filter: { decisionDefinitionId: DecisionDefinitionId.of('dish') },
      sort: [{ field: 'evaluationDate', order: 'ASC' }],
    });
    expect(instances.items.map((i) => JSON.parse(i.result))).toEqual(['Stew', 'Salad']);
    const first = await t.client.getDecisionInstance({
      decisionEvaluationInstanceKey: DecisionEvaluationInstanceKey.of(`${result.decisionEvaluationKey}-2`),
    });
    expect(first).toMatchObject({
      state: 'EVALUATED',
      decisionDefinitionId: 'dish',
      processInstanceKey: null,
    });
    expect(first.matchedRules[0]?.ruleId).toBe('stew');

    await t.client.deleteDecisionInstance({
      decisionEvaluationKey: DecisionEvaluationKey.of(result.decisionEvaluationKey),
    });
    const left = await t.client.searchDecisionInstances({});
    expect(left.items.map((i) => i.decisionEvaluationKey)).toEqual([
      byKey.decisionEvaluationKey,
      byKey.decisionEvaluationKey,
    ]);
  });

  it('reports a failed evaluation in the result and as a FAILED decision instance', async () => {
    await deploy();
    const unique = DISH.replace('hitPolicy="FIRST"', 'hitPolicy="UNIQUE"');
    await t.client.createDeployment({ resources: [resource('dinner.dmn', unique)] });
    const result = await t.client.evaluateDecision({
      decisionDefinitionId: DecisionDefinitionId.of('dish'),
      variables: { month: 1, guests: 6 },
    });
    expect(result.decisionDefinitionVersion).toBe(2);
    expect(result.failedDecisionDefinitionId).toBe('dish');
    expect(result.failureMessage).toContain('UNIQUE');
    const failed = await t.client.searchDecisionInstances({ filter: { state: 'FAILED' } });
    expect(failed.items).toHaveLength(1);
    expect(failed.items[0]?.evaluationFailure).toContain('UNIQUE');
  });

  it('serves decision definitions and requirements: search, get, XML', async () => {
    await deploy();
    const definitions = await t.client.searchDecisionDefinitions({
      filter: { isLatestVersion: true },
      sort: [{ field: 'decisionDefinitionId', order: 'ASC' }],
    });
    expect(definitions.items.map((d) => d.decisionDefinitionId)).toEqual(['dish', 'season']);
    const dish = definitions.items[0];
    if (dish === undefined) throw new Error('no dish');
    const definition = await t.client.getDecisionDefinition({
      decisionDefinitionKey: DecisionDefinitionKey.of(dish.decisionDefinitionKey),
    });
    expect(definition).toMatchObject({ name: 'Dish', version: 1, decisionRequirementsId: 'dinner' });
    const xml = await t.client.getDecisionDefinitionXML({
      decisionDefinitionKey: definition.decisionDefinitionKey,
    });
    expect(xml).toContain('id="dish-table"');

    const drgs = await t.client.searchDecisionRequirements({ filter: { decisionRequirementsId: 'dinner' } });
    expect(drgs.items).toHaveLength(1);
    const drg = await t.client.getDecisionRequirements({
      decisionRequirementsKey: DecisionRequirementsKey.of(definition.decisionRequirementsKey),
    });
    expect(drg).toMatchObject({ decisionRequirementsName: 'Dinner', resourceName: 'dinner.dmn', version: 1 });
    const drgXml = await t.client.getDecisionRequirementsXML({
      decisionRequirementsKey: drg.decisionRequirementsKey,
    });
    expect(drgXml).toBe(DISH);
  });

  it('answers an unknown decision with 404', async () => {
    await expect(
      t.client.evaluateDecision({ decisionDefinitionId: DecisionDefinitionId.of('nope'), variables: {} }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
