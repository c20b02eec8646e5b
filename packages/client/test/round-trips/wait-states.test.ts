import { bpmnFixtures } from '@camunda-ts/testing';
import { describe, expect, it } from 'vitest';
import { ProcessDefinitionId, type ProcessInstanceKey } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

// A timer wait and a signal wait side by side, after a parallel split.
const timerAndSignalXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  id="wait-definitions" targetNamespace="http://camunda.org/examples">
  <bpmn:signal id="go-signal" name="go" />
  <bpmn:process id="timer-and-signal" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="split" />
    <bpmn:parallelGateway id="split">
      <bpmn:incoming>f1</bpmn:incoming>
      <bpmn:outgoing>f2</bpmn:outgoing>
      <bpmn:outgoing>f3</bpmn:outgoing>
    </bpmn:parallelGateway>
    <bpmn:sequenceFlow id="f2" sourceRef="split" targetRef="wait-an-hour" />
    <bpmn:sequenceFlow id="f3" sourceRef="split" targetRef="wait-for-go" />
    <bpmn:intermediateCatchEvent id="wait-an-hour">
      <bpmn:incoming>f2</bpmn:incoming>
      <bpmn:outgoing>f4</bpmn:outgoing>
      <bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:intermediateCatchEvent id="wait-for-go">
      <bpmn:incoming>f3</bpmn:incoming>
      <bpmn:outgoing>f5</bpmn:outgoing>
      <bpmn:signalEventDefinition signalRef="go-signal" />
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f4" sourceRef="wait-an-hour" targetRef="end-timer" />
    <bpmn:sequenceFlow id="f5" sourceRef="wait-for-go" targetRef="end-signal" />
    <bpmn:endEvent id="end-timer"><bpmn:incoming>f4</bpmn:incoming></bpmn:endEvent>
    <bpmn:endEvent id="end-signal"><bpmn:incoming>f5</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>
`;

describe('element instance wait states through the client', () => {
  const t = useEngineClient({ clock: 'manual', startTime: Date.UTC(2026, 0, 1) });

  const start = async (id: string, variables: Record<string, unknown> = {}): Promise<ProcessInstanceKey> =>
    (await t.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.of(id), variables }))
      .processInstanceKey;

  it('tells what each waiting element waits for', async () => {
    const f = bpmnFixtures;
    await t.client.createDeployment({
      resources: [
        resource(f.orderProcess.resourceName, f.orderProcess.xml),
        resource(f.messageProcess.resourceName, f.messageProcess.xml),
        resource(f.userTaskProcess.resourceName, f.userTaskProcess.xml),
        resource('timer-and-signal.bpmn', timerAndSignalXml),
      ],
    });
    const order = await start('order-process', { order: { items: ['book'], total: 42 } });
    const message = await start('message-process', { orderId: 'o-7' });
    const task = await start('user-task-process', { requester: { manager: 'ann' } });
    const timed = await start('timer-and-signal');

    const details = async (processInstanceKey: ProcessInstanceKey) =>
      (await t.client.searchElementInstanceWaitStates({ filter: { processInstanceKey } })).items.map((w) => ({
        elementId: w.elementId,
        elementType: w.elementType,
        details: w.details,
      }));

    const job = (await t.client.searchJobs({ filter: { processInstanceKey: order } })).items[0];
    if (job === undefined) throw new Error('no job');
    expect(await details(order)).toEqual([
      {
        elementId: 'check-stock',
        elementType: 'SERVICE_TASK',
        details: {
          waitStateType: 'JOB',
          jobKey: job.jobKey,
          jobType: job.type,
          jobKind: 'BPMN_ELEMENT',
          listenerEventType: null,
          retries: job.retries,
        },
      },
    ]);
    expect(await details(message)).toEqual([
      {
        elementId: 'wait-for-payment',
        elementType: 'INTERMEDIATE_CATCH_EVENT',
        details: { waitStateType: 'MESSAGE', messageName: 'payment-received', correlationKey: 'o-7' },
      },
    ]);
    const userTask = (await t.client.searchUserTasks({ filter: { processInstanceKey: task } })).items[0];
    if (userTask === undefined) throw new Error('no user task');
    expect(await details(task)).toEqual([
      {
        elementId: 'approve-expense',
        elementType: 'USER_TASK',
        details: { waitStateType: 'USER_TASK', taskKey: userTask.userTaskKey, dueDate: null },
      },
    ]);
    const waits = await details(timed);
    expect(waits).toEqual(
      expect.arrayContaining([
        {
          elementId: 'wait-an-hour',
          elementType: 'INTERMEDIATE_CATCH_EVENT',
          details: { waitStateType: 'TIMER', dueDate: Date.UTC(2026, 0, 1) + 3_600_000, repetitions: 0 },
        },
        {
          elementId: 'wait-for-go',
          elementType: 'INTERMEDIATE_CATCH_EVENT',
          details: { waitStateType: 'SIGNAL', signalName: 'go' },
        },
      ]),
    );
    expect(waits).toHaveLength(2);

    const timers = await t.client.searchElementInstanceWaitStates({
      filter: { waitStateType: 'TIMER' },
      sort: [{ field: 'elementId', order: 'DESC' }],
    });
    expect(timers.items.map((w) => w.processInstanceKey)).toEqual([timed]);

    // Once the signal arrives, that element no longer waits.
    await t.client.broadcastSignal({ signalName: 'go' });
    expect((await details(timed)).map((w) => w.elementId)).toEqual(['wait-an-hour']);
  });

  it('counts the waiting element instances of a process instance per element', async () => {
    const f = bpmnFixtures.parallelProcess;
    await t.client.createDeployment({
      resources: [resource('timer-and-signal.bpmn', timerAndSignalXml), resource(f.resourceName, f.xml)],
    });
    const processInstanceKey = await start('timer-and-signal');
    const statistics = await t.client.getProcessInstanceWaitStateStatistics({ processInstanceKey });
    expect([...statistics.items].sort((a, b) => a.elementId.localeCompare(b.elementId))).toEqual([
      { elementId: 'wait-an-hour', waitingCount: 1 },
      { elementId: 'wait-for-go', waitingCount: 1 },
    ]);
    t.engine.clock.advance(3_600_000);
    const after = await t.client.getProcessInstanceWaitStateStatistics({ processInstanceKey });
    expect(after.items).toEqual([{ elementId: 'wait-for-go', waitingCount: 1 }]);
  });
});
