import { bpmnFixtures } from '@camunda-ts/testing';
import { describe, expect, it } from 'vitest';
import { ProcessDefinitionId } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

const messageStartXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  id="message-start-definitions" targetNamespace="http://camunda.org/examples">
  <bpmn:message id="order-placed-message" name="order-placed" />
  <bpmn:process id="message-start" isExecutable="true">
    <bpmn:startEvent id="order-placed">
      <bpmn:outgoing>f1</bpmn:outgoing>
      <bpmn:messageEventDefinition messageRef="order-placed-message" />
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="order-placed" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>
`;

describe('correlated message subscriptions through the client', () => {
  const t = useEngineClient({ clock: 'manual', startTime: Date.UTC(2026, 0, 1) });

  it('records each correlation with its message, subscription and element', async () => {
    const f = bpmnFixtures.messageProcess;
    const deployment = await t.client.createDeployment({
      resources: [resource(f.resourceName, f.xml), resource('message-start.bpmn', messageStartXml)],
    });
    const definitionKey = deployment.deployments.find(
      (d) => d.processDefinition?.processDefinitionId === f.processDefinitionId,
    )?.processDefinition?.processDefinitionKey;
    const { processInstanceKey } = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.of(f.processDefinitionId),
      variables: { orderId: 'o-9' },
    });
    const subscription = (await t.client.searchMessageSubscriptions({ filter: { processInstanceKey } }))
      .items[0];
    if (subscription === undefined) throw new Error('no subscription');
    const published = await t.client.publishMessage({ name: 'payment-received', correlationKey: 'o-9' });
    t.engine.clock.advance(1_000);
    const correlated = await t.client.correlateMessage({ name: 'order-confirmed', correlationKey: 'o-9' });
    const started = await t.client.correlateMessage({ name: 'order-placed', correlationKey: '' });

    const all = await t.client.searchCorrelatedMessageSubscriptions({
      sort: [{ field: 'correlationTime', order: 'ASC' }],
    });
    expect(all.page.totalItems).toBe(3);
    expect(all.items[0]).toEqual({
      businessId: null,
      correlationKey: 'o-9',
      correlationTime: '2026-01-01T00:00:00.000Z',
      elementId: 'wait-for-payment',
      elementInstanceKey: subscription.elementInstanceKey,
      messageKey: published.messageKey,
      messageName: 'payment-received',
      partitionId: 1,
      processDefinitionId: f.processDefinitionId,
      processDefinitionKey: definitionKey,
      processInstanceKey,
      rootProcessInstanceKey: processInstanceKey,
      subscriptionKey: subscription.messageSubscriptionKey,
      tenantId: '<default>',
    });
    expect(all.items[1]).toMatchObject({
      messageKey: correlated.messageKey,
      elementId: 'wait-for-confirmation',
      correlationTime: '2026-01-01T00:00:01.000Z',
    });
    expect(all.items[2]).toMatchObject({
      messageKey: started.messageKey,
      elementId: 'order-placed',
      elementInstanceKey: null,
      processInstanceKey: started.processInstanceKey,
    });

    const later = await t.client.searchCorrelatedMessageSubscriptions({
      filter: { processInstanceKey, correlationTime: { $gt: '2026-01-01T00:00:00.000Z' } },
    });
    expect(later.items.map((c) => c.messageName)).toEqual(['order-confirmed']);
  });
});
