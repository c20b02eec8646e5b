import { bpmnFixtures } from '@camunda-ts/testing';
import { describe, expect, it } from 'vitest';
import { ElementId, ProcessDefinitionId } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

describe('agent definitions and instances through the client', () => {
  const t = useEngineClient();

  it('records an agent instance for an element instance, its updates and history, searchable until it ends', async () => {
    const order = bpmnFixtures.orderProcess;
    await t.client.createDeployment({ resources: [resource(order.resourceName, order.xml)] });
    const { processInstanceKey } = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.of(order.processDefinitionId),
      variables: { order: { items: ['book'], total: 42 } },
    });
    const element = (
      await t.client.searchElementInstances({
        filter: { processInstanceKey, elementId: ElementId.of('check-stock') },
      })
    ).items[0];
    if (element === undefined) throw new Error('no element instance');
    const producedAt = new Date().toISOString();

    const created = await t.client.createAgentInstance({
      elementInstanceKey: element.elementInstanceKey,
      definition: { model: 'gpt-4o', provider: 'openai', systemPrompt: 'Check the stock.' },
      limits: { maxModelCalls: 10, maxToolCalls: 20, maxTokens: 10_000 },
      history: [
        {
          historyItemId: 'h1',
          loopIteration: 1,
          role: 'USER',
          content: [{ contentType: 'TEXT', text: 'Hi' }],
          producedAt,
        },
      ],
    });
    expect(created.createdHistory).toEqual([
      expect.objectContaining({ historyItemId: 'h1', isDuplicate: false }),
    ]);
    const { agentInstanceKey } = created;

    const updated = await t.client.updateAgentInstance({
      agentInstanceKey,
      elementInstanceKey: element.elementInstanceKey,
      status: 'THINKING',
      metrics: { inputTokens: 120, modelCalls: 1 },
      history: [
        {
          historyItemId: 'h1',
          loopIteration: 1,
          role: 'USER',
          content: [{ contentType: 'TEXT', text: 'Hi' }],
          producedAt,
        },
        {
          historyItemId: 'h2',
          loopIteration: 2,
          role: 'ASSISTANT',
          content: [{ contentType: 'OBJECT', object: { inStock: true } }],
          producedAt,
        },
      ],
    });
    expect(updated.createdHistory.map((h) => [h.historyItemId, h.isDuplicate])).toEqual([
      ['h1', true],
      ['h2', false],
    ]);
    const item = await t.client.createAgentInstanceHistoryItem({
      agentInstanceKey,
      elementInstanceKey: element.elementInstanceKey,
      jobKey: '2251799813685249' as never,
      jobLease: 'lease',
      role: 'TOOL_RESULT',
      content: [{ contentType: 'TEXT', text: 'done' }],
      producedAt,
    });
    expect(item.historyItemKey).toMatch(/^\d+$/);

    const agent = await t.client.getAgentInstance({ agentInstanceKey });
    expect(agent).toMatchObject({
      status: 'THINKING',
      metrics: { inputTokens: 120, outputTokens: 0, modelCalls: 1, toolCalls: 0 },
      definition: { model: 'gpt-4o', systemPrompt: [{ contentType: 'TEXT', text: 'Check the stock.' }] },
      elementId: 'check-stock',
      completionDate: null,
    });
    const history = await t.client.searchAgentInstanceHistory({
      agentInstanceKey,
      sort: [{ field: 'historyItemKey', order: 'ASC' }],
    });
    expect(history.items.map((h) => h.role)).toEqual(['USER', 'ASSISTANT', 'TOOL_RESULT']);

    const definition = await t.client.getAgentDefinition({ agentDefinitionKey: agent.agentDefinitionKey });
    expect(definition).toMatchObject({
      agentType: 'AI_AGENT_TASK',
      elementId: 'check-stock',
      name: 'Check stock',
    });
    expect(
      (await t.client.searchAgentDefinitions({ filter: { elementId: ElementId.of('check-stock') } })).items,
    ).toHaveLength(1);

    // When the element instance ends, so does the agent instance.
    const job = (await t.client.searchJobs({ filter: { processInstanceKey, type: 'check-stock' } })).items[0];
    if (job === undefined) throw new Error('no job');
    await t.client.completeJob({ jobKey: job.jobKey, variables: { inStock: true } });
    const done = await t.client.searchAgentInstances({ filter: { status: 'COMPLETED' } });
    expect(done.items.map((a) => a.agentInstanceKey)).toEqual([agentInstanceKey]);
    expect(done.items[0]?.completionDate).not.toBeNull();
  });
});
