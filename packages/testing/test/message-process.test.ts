import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

describe('messages: intermediate catch event and receive task', () => {
  const t = useEngine({ clock: 'manual' });

  const subscriptions = async (pi: string) =>
    (
      await t.api.post<{
        items: Array<{ messageName: string; correlationKey: string; messageSubscriptionState: string }>;
      }>('/message-subscriptions/search', { filter: { processInstanceKey: pi } })
    ).body.items;

  it('correlates published messages by correlation key and merges their variables', async () => {
    const { api } = t;
    await api.deployFixtures('message-process.bpmn');
    const pi = await api.start('message-process', { orderId: 'order-7' });
    const other = await api.start('message-process', { orderId: 'order-8' });

    expect(await subscriptions(pi)).toEqual([
      expect.objectContaining({
        messageName: 'payment-received',
        correlationKey: 'order-7',
        messageSubscriptionState: 'CREATED',
      }),
    ]);
    const published = await api.post<{ messageKey: string }>('/messages/publication', {
      name: 'payment-received',
      correlationKey: 'order-7',
      variables: { paid: 120 },
    });
    expect(published.status).toBe(200);
    expect(published.body.messageKey).toMatch(/^\d+$/);

    const correlated = await api.post<{ processInstanceKey: string }>('/messages/correlation', {
      name: 'order-confirmed',
      correlationKey: 'order-7',
      variables: { confirmed: true },
    });
    expect(correlated.status).toBe(200);
    expect(correlated.body.processInstanceKey).toBe(pi);

    expect((await api.instance(pi)).state).toBe('COMPLETED');
    expect((await api.instance(other)).state).toBe('ACTIVE');
    expect(await api.variables(pi)).toEqual({ orderId: 'order-7', paid: 120, confirmed: true });
    expect((await subscriptions(pi)).map((s) => s.messageSubscriptionState)).toEqual([
      'CORRELATED',
      'CORRELATED',
    ]);
  });

  it('buffers a message for its time to live and correlates it when the subscription opens', async () => {
    const { api, engine } = t;
    await api.deployFixtures('message-process.bpmn');
    await api.post('/messages/publication', {
      name: 'payment-received',
      correlationKey: 'early',
      timeToLive: 60_000,
      variables: { paid: 1 },
    });
    await api.post('/messages/publication', {
      name: 'order-confirmed',
      correlationKey: 'early',
      timeToLive: 1_000,
    });
    engine.clock.advance(1_001);
    const pi = await api.start('message-process', { orderId: 'early' });
    // The first message was still buffered; the second expired.
    expect(await api.variables(pi)).toEqual({ orderId: 'early', paid: 1 });
    expect((await api.instance(pi)).state).toBe('ACTIVE');
    expect((await subscriptions(pi)).map((s) => `${s.messageName}:${s.messageSubscriptionState}`)).toEqual([
      'payment-received:CORRELATED',
      'order-confirmed:CREATED',
    ]);
  });

  it('answers 404 when a correlation finds no subscription', async () => {
    const { api } = t;
    await api.deployFixtures('message-process.bpmn');
    const res = await api.post('/messages/correlation', {
      name: 'payment-received',
      correlationKey: 'nobody',
    });
    expect(res.status).toBe(404);
    expect(res.body.detail).toContain("name 'payment-received'");
  });

  it('starts an instance from a message start event, once per correlation key while it runs', async () => {
    const { api } = t;
    await api.deploy({
      'msg-start.bpmn': `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="x">
  <bpmn:message id="m" name="order-placed" />
  <bpmn:process id="msg-start" isExecutable="true">
    <bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>
    <bpmn:serviceTask id="t"><bpmn:extensionElements><zeebe:taskDefinition type="handle-order" /></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t" />
  </bpmn:process>
</bpmn:definitions>`,
    });
    const first = await api.post<{ processInstanceKey: string }>('/messages/correlation', {
      name: 'order-placed',
      correlationKey: 'c-1',
      variables: { orderId: 'c-1' },
    });
    expect(first.status).toBe(200);
    const job = await api.activateOne('handle-order');
    expect(job.processInstanceKey).toBe(first.body.processInstanceKey);
    expect(job.variables).toEqual({ orderId: 'c-1' });
    const again = await api.post('/messages/correlation', { name: 'order-placed', correlationKey: 'c-1' });
    expect(again.status).toBe(404);
  });

  it('triggers signal catch events by broadcast', async () => {
    const { api } = t;
    await api.deploy({
      'signal.bpmn': `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <bpmn:signal id="sig" name="go" />
  <bpmn:process id="signal-wait" isExecutable="true">
    <bpmn:startEvent id="s" />
    <bpmn:intermediateCatchEvent id="wait"><bpmn:signalEventDefinition signalRef="sig" /></bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="e" />
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="wait" />
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="e" />
  </bpmn:process>
</bpmn:definitions>`,
    });
    const a = await api.start('signal-wait');
    const b = await api.start('signal-wait');
    const res = await api.post<{ signalKey: string }>('/signals/broadcast', {
      signalName: 'go',
      variables: { went: true },
    });
    expect(res.status).toBe(200);
    expect((await api.instance(a)).state).toBe('COMPLETED');
    expect((await api.instance(b)).state).toBe('COMPLETED');
    expect(await api.variables(a)).toEqual({ went: true });
  });
});
