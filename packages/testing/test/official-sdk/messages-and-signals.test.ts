import { ProcessDefinitionId, type ProcessInstanceKey } from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import { messageCatchProcess, messageStartProcess, signalProcess } from '../support/official-sdk-models.js';
import { resourceFile, useOfficialSdk } from '../support/use-official-sdk.js';

const now = { consistency: { waitUpToMs: 0 } } as const;

describe('official SDK: messages and signals', () => {
  const t = useOfficialSdk({ clock: 'manual' });

  const deploy = (name: string, xml: string) =>
    t.client.createDeployment({ resources: [resourceFile(`${name}.bpmn`, xml)] });

  const start = async (name: string, variables: Record<string, unknown>) =>
    (
      await t.client.createProcessInstance({
        processDefinitionId: ProcessDefinitionId.assumeExists(name),
        variables,
      })
    ).processInstanceKey;

  const instanceState = async (processInstanceKey: ProcessInstanceKey) =>
    (await t.client.getProcessInstance({ processInstanceKey }, now)).state;

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (e: unknown) => e,
    );

  it('correlateMessage completes the waiting instance and answers its key; subscriptions show the change', async () => {
    await deploy('order', messageCatchProcess('order'));
    const waiting = await start('order', { orderId: 'o-1' });
    const other = await start('order', { orderId: 'o-2' });

    const open = await t.client.searchMessageSubscriptions({ filter: { processInstanceKey: waiting } }, now);
    expect(open.items).toEqual([
      expect.objectContaining({
        messageName: 'paid',
        correlationKey: 'o-1',
        elementId: 'wait',
        messageSubscriptionState: 'CREATED',
        processDefinitionId: 'order',
      }),
    ]);

    const result = await t.client.correlateMessage({
      name: 'paid',
      correlationKey: 'o-1',
      variables: { paidAmount: 12.5 },
    });
    expect(result).toMatchObject({ processInstanceKey: waiting, tenantId: '<default>' });
    expect(result.messageKey).toMatch(/^\d+$/);
    expect(await instanceState(waiting)).toBe('COMPLETED');
    expect(await instanceState(other)).toBe('ACTIVE');
    const paid = await t.client.searchVariables(
      { filter: { processInstanceKey: waiting, name: 'paidAmount' } },
      now,
    );
    expect(paid.items.map((v) => v.value)).toEqual(['12.5']);

    const correlated = await t.client.searchMessageSubscriptions(
      { filter: { processInstanceKey: waiting } },
      now,
    );
    expect(correlated.items.map((s) => s.messageSubscriptionState)).toEqual(['CORRELATED']);
    const history = await t.client.searchCorrelatedMessageSubscriptions(
      { filter: { processInstanceKey: waiting } },
      now,
    );
    expect(history.items).toEqual([
      expect.objectContaining({ messageName: 'paid', correlationKey: 'o-1', messageKey: result.messageKey }),
    ]);
  });

  it('correlateMessage without a subscription is a 404 problem', async () => {
    await deploy('order', messageCatchProcess('order'));
    const error = await failure(t.client.correlateMessage({ name: 'paid', correlationKey: 'nobody' }));
    expect(error).toMatchObject({ name: 'HttpSdkError', status: 404, title: 'NOT_FOUND' });
    t.logged.length = 0;
  });

  it('publishMessage is buffered for its time to live and correlates when an instance arrives', async () => {
    await deploy('order', messageCatchProcess('order'));
    const published = await t.client.publishMessage({
      name: 'paid',
      correlationKey: 'o-9',
      timeToLive: 60_000,
      messageId: 'payment-9',
      variables: { via: 'buffer' },
    });
    expect(published.messageKey).toMatch(/^\d+$/);

    const duplicate = await failure(
      t.client.publishMessage({
        name: 'paid',
        correlationKey: 'o-9',
        timeToLive: 60_000,
        messageId: 'payment-9',
      }),
    );
    expect(duplicate).toMatchObject({ name: 'HttpSdkError', status: 409, title: 'ALREADY_EXISTS' });
    // Another correlation key may use the same id.
    await t.client.publishMessage({
      name: 'paid',
      correlationKey: 'o-8',
      timeToLive: 60_000,
      messageId: 'payment-9',
    });
    t.logged.length = 0;

    const pi = await start('order', { orderId: 'o-9' });
    expect(await instanceState(pi)).toBe('COMPLETED');
    const via = await t.client.searchVariables({ filter: { processInstanceKey: pi, name: 'via' } }, now);
    expect(via.items.map((v) => v.value)).toEqual(['"buffer"']);

    // Once its time to live is over, a message is gone, and its id is free again.
    await t.client.publishMessage({
      name: 'paid',
      correlationKey: 'o-10',
      timeToLive: 1_000,
      messageId: 'm-10',
    });
    t.engine.clock.advance(1_001);
    await t.client.publishMessage({ name: 'paid', correlationKey: 'o-10', timeToLive: 0, messageId: 'm-10' });
    const late = await start('order', { orderId: 'o-10' });
    expect(await instanceState(late)).toBe('ACTIVE');
  });

  it('a message start event: correlateMessage and publishMessage each start an instance with the variables', async () => {
    await deploy('intake', messageStartProcess('intake'));
    const correlated = await t.client.correlateMessage({
      name: 'order-placed',
      variables: { source: 'correlate' },
    });
    await t.client.publishMessage({ name: 'order-placed', variables: { source: 'publish' } });

    const instances = await t.client.searchProcessInstances(
      { filter: { processDefinitionId: 'intake' }, sort: [{ field: 'processInstanceKey' }] },
      now,
    );
    expect(instances.items).toHaveLength(2);
    expect(instances.items[0]?.processInstanceKey).toBe(correlated.processInstanceKey);
    const sources = await t.client.searchVariables(
      { filter: { name: 'source' }, sort: [{ field: 'value' }] },
      now,
    );
    expect(sources.items.map((v) => v.value)).toEqual(['"correlate"', '"publish"']);
    const started = await t.client.searchElementInstances(
      { filter: { processDefinitionId: ProcessDefinitionId.assumeExists('intake'), type: 'START_EVENT' } },
      now,
    );
    expect(started.items.map((e) => [e.elementId, e.state])).toEqual([
      ['placed', 'COMPLETED'],
      ['placed', 'COMPLETED'],
    ]);
  });

  it('broadcastSignal starts instances at a signal start event and moves a waiting signal catch on', async () => {
    await deploy('alarm', signalProcess('alarm'));
    const signal = await t.client.broadcastSignal({ signalName: 'alarm', variables: { level: 3 } });
    expect(signal).toMatchObject({ tenantId: '<default>' });
    expect(signal.signalKey).toMatch(/^\d+$/);

    const started = await t.client.searchProcessInstances({ filter: { processDefinitionId: 'alarm' } }, now);
    expect(started.items.map((i) => i.state)).toEqual(['ACTIVE']);
    const pi = started.items[0]?.processInstanceKey;
    if (pi === undefined) throw new Error('not started');
    const level = await t.client.searchVariables({ filter: { processInstanceKey: pi, name: 'level' } }, now);
    expect(level.items.map((v) => v.value)).toEqual(['3']);

    await t.client.broadcastSignal({ signalName: 'all-clear' });
    expect(await instanceState(pi)).toBe('COMPLETED');
  });
});
