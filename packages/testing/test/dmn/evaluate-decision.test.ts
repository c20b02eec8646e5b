import { describe, expect, it } from 'vitest';
import { createDecisionInstanceStore } from '../../src/dmn/decision-instance-store.js';
import { createDecisionRegistry } from '../../src/dmn/decision-registry.js';
import { evaluateDecision } from '../../src/dmn/evaluate-decision.js';
import { parseDmn } from '../../src/dmn/parse-dmn.js';
import { createEngineClock } from '../../src/engine-clock.js';
import { createKeyGenerator } from '../../src/key-generator.js';
import { isTestEngineError } from '../../src/test-engine-error.js';

const drg = (version: string) => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="pricing" name="Pricing" namespace="test">
  <decision id="discount" name="Discount">
    <informationRequirement id="ir"><requiredDecision href="#tier" /></informationRequirement>
    <literalExpression id="l1"><text>if tier = "gold" then ${version} else 0</text></literalExpression>
  </decision>
  <decision id="tier" name="Tier"><literalExpression id="l2"><text>if total &gt; 100 then "gold" else "basic"</text></literalExpression></decision>
</definitions>`;

async function setup() {
  const keys = createKeyGenerator();
  const registry = createDecisionRegistry(keys);
  const deploy = async (xml: string, tenantId = '<default>') =>
    registry.deploy({
      model: await parseDmn(xml, 'p.dmn'),
      xml,
      resourceName: 'p.dmn',
      tenantId,
      deploymentKey: keys.next(),
    });
  return { keys, registry, deploy };
}

describe('evaluateDecision over the registry', () => {
  it('evaluates the latest version by id, a given version by key, required decisions from the same DRG version', async () => {
    const { registry, deploy } = await setup();
    const v1 = await deploy(drg('10'));
    const v2 = await deploy(drg('20'));
    expect(v2.requirements.version).toBe(2);
    expect(v2.decisions.map((d) => d.version)).toEqual([2, 2]);
    // Deploying the same XML again versions nothing.
    expect((await deploy(drg('20'))).requirements).toBe(v2.requirements);

    const latest = evaluateDecision(registry, { decisionId: 'discount', variables: { total: 500 } });
    expect(latest.evaluation.output).toBe(20);
    expect(latest.decision.version).toBe(2);
    expect(latest.definitions.map((d) => [d.decisionDefinitionId, d.requirements.version])).toEqual([
      ['tier', 2],
      ['discount', 2],
    ]);
    const first = v1.decisions.find((d) => d.decisionDefinitionId === 'discount');
    const byKey = evaluateDecision(registry, { decisionKey: first?.key ?? '', variables: { total: 500 } });
    expect(byKey.evaluation.output).toBe(10);
    expect(byKey.definitions[0]?.requirements).toBe(v1.requirements);
  });

  it('answers an unknown decision with a 404 error; tenants are separate', async () => {
    const { registry, deploy } = await setup();
    await deploy(drg('1'), 'acme');
    const attempt = () => evaluateDecision(registry, { decisionId: 'discount', variables: {} });
    expect(attempt).toThrow(/discount/);
    try {
      attempt();
    } catch (error) {
      expect(isTestEngineError(error) && error.status).toBe(404);
    }
    expect(
      evaluateDecision(registry, { decisionId: 'tier', variables: { total: 1 }, tenantId: 'acme' }).evaluation
        .output,
    ).toBe('basic');
  });

  it('rejects a decision id that belongs to another DRG', async () => {
    const { registry, deploy } = await setup();
    await deploy(drg('1'));
    const other = drg('1').replace('id="pricing"', 'id="other"');
    const model = await parseDmn(other, 'o.dmn');
    expect(() => registry.check(model, '<default>', 'o.dmn')).toThrow(/'discount'.*'pricing'/);
    expect(() => registry.check(model, 'acme', 'o.dmn')).not.toThrow();
  });

  it('records each evaluation as decision instances <key>-<index>, and deletes them together', async () => {
    const { keys, registry, deploy } = await setup();
    await deploy(drg('5'));
    const clock = createEngineClock({ mode: 'manual', startMs: 1_000 });
    const store = createDecisionInstanceStore(clock, keys);
    const record = store.record(
      evaluateDecision(registry, { decisionId: 'discount', variables: { total: 500 } }),
    );
    expect(
      record.instances.map((i) => [i.key, i.definition.decisionDefinitionId, i.state, i.output]),
    ).toEqual([
      [`${record.key}-1`, 'tier', 'EVALUATED', 'gold'],
      [`${record.key}-2`, 'discount', 'EVALUATED', 5],
    ]);
    expect(record.date).toBe(1_000);
    expect(store.instance(`${record.key}-2`)?.evaluation).toBe(record);
    expect(store.delete(record.key)).toBe(true);
    expect(store.instance(`${record.key}-1`)).toBeUndefined();
    expect(store.delete(record.key)).toBe(false);
  });

  it('deleting the latest DRG version makes the previous one latest; versions are not reused', async () => {
    const { registry, deploy } = await setup();
    await deploy(drg('1'));
    const v2 = await deploy(drg('2'));
    registry.deleteRequirements(v2.requirements.key);
    expect(registry.latestDecision('discount', '<default>')?.version).toBe(1);
    expect((await deploy(drg('3'))).requirements.version).toBe(3);
  });
});
