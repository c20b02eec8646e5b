import { describe, expect, it } from 'vitest';
import { bpmnFixtures, startTestEngine } from '../src/index.js';
import { fixture } from './support/rest-client.js';

describe('exported BPMN fixtures', () => {
  it('are the same files the engine tests run', async () => {
    for (const f of Object.values(bpmnFixtures)) {
      expect(f.xml, f.resourceName).toBe(await fixture(f.resourceName));
      expect(f.xml).toContain(`id="${f.processDefinitionId}"`);
    }
  });

  it('deploy through engine.deploy()', async () => {
    const engine = await startTestEngine();
    try {
      const result = (await engine.deploy(
        Object.fromEntries(Object.values(bpmnFixtures).map((f) => [f.resourceName, f.xml])),
      )) as { deployments: Array<{ processDefinition: { processDefinitionId: string } }> };
      expect(result.deployments.map((d) => d.processDefinition.processDefinitionId).sort()).toEqual(
        Object.values(bpmnFixtures)
          .map((f) => f.processDefinitionId)
          .sort(),
      );
    } finally {
      await engine.stop();
    }
  });
});
