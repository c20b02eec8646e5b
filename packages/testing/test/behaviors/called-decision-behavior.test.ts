import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows } from '../support/executor-harness.js';

const dmn = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="pricing" name="Pricing" namespace="test">
  <decision id="discount" name="Discount">
    <decisionTable id="t" hitPolicy="FIRST">
      <input id="i1"><inputExpression id="e1" typeRef="number"><text>total</text></inputExpression></input>
      <output id="o1" name="rate" typeRef="number" />
      <rule id="r1"><inputEntry id="ie1"><text>&gt; 100</text></inputEntry><outputEntry id="oe1"><text>0.1</text></outputEntry></rule>
      <rule id="r2"><inputEntry id="ie2"><text>-</text></inputEntry><outputEntry id="oe2"><text>0</text></outputEntry></rule>
    </decisionTable>
  </decision>
</definitions>`;

const model = (decisionId = 'discount') =>
  bpmn(
    'p',
    `<startEvent id="s"/>
    <businessRuleTask id="rate"><extensionElements><zeebe:calledDecision decisionId="${decisionId}" resultVariable="rate"/></extensionElements></businessRuleTask>
    <endEvent id="e"/>${flows('s->rate', 'rate->e')}`,
  );

describe('called decision behaviour', () => {
  it('evaluates the deployed decision into the result variable and records the evaluation', async () => {
    const h = createExecutorHarness();
    await h.deployDmn(dmn);
    await h.deploy(model());
    const pi = h.start('p', { total: 150 });
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi)).toEqual({ total: 150, rate: 0.1 });
    const instances = [...h.decisionInstances.instances()];
    expect(
      instances.map((i) => [i.definition.decisionDefinitionId, i.evaluation.origin.processInstanceKey]),
    ).toEqual([['discount', pi.key]]);
  });

  it('raises CALLED_DECISION_ERROR when the decision is not deployed, and evaluates on resolution', async () => {
    const h = createExecutorHarness();
    await h.deploy(model());
    const pi = h.start('p', { total: 1 });
    const [incident] = h.incidents(pi);
    expect(incident?.errorType).toBe('CALLED_DECISION_ERROR');
    await h.deployDmn(dmn);
    h.executor.resolveIncident(incident as never);
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi).rate).toBe(0);
  });

  it('raises DECISION_EVALUATION_ERROR when the evaluation fails', async () => {
    const h = createExecutorHarness();
    await h.deployDmn(dmn.replace('hitPolicy="FIRST"', 'hitPolicy="UNIQUE"'));
    await h.deploy(model());
    const pi = h.start('p', { total: 150 });
    expect(h.incidents(pi).map((i) => i.errorType)).toEqual(['DECISION_EVALUATION_ERROR']);
  });
});
