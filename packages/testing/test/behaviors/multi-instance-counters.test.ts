import { describe, expect, it } from 'vitest';
import type {
  ElementInstanceRecord,
  ProcessInstanceRecord,
  UserTaskRecord,
} from '../../src/engine/records.js';
import { bpmn, createExecutorHarness, flows } from '../support/executor-harness.js';

// The counters of a multi-instance body (numberOfInstances, numberOfCompletedInstances,
// numberOfTerminatedInstances) as Zeebe keeps them: an inner instance counts as terminated when its termination
// is over, whatever terminated it.

const loopChars = (attrs: string, completion = '') =>
  `<multiInstanceLoopCharacteristics ${attrs}><extensionElements>
    <zeebe:loopCharacteristics inputCollection="=items" inputElement="item"/></extensionElements>${completion}
  </multiInstanceLoopCharacteristics>`;

/** A multi-instance user task whose canceling listener holds each termination open. */
const votes = (attrs = '', completion = '') =>
  `<userTask id="vote"><extensionElements><zeebe:userTask/><zeebe:taskListeners>
    <zeebe:taskListener eventType="canceling" type="on-cancel"/></zeebe:taskListeners></extensionElements>
    ${loopChars(attrs, completion)}</userTask>`;

const bodyOf = (h: ReturnType<typeof createExecutorHarness>, pi: ProcessInstanceRecord) =>
  h.executor
    .elementInstancesOf(pi.key)
    .find((ei) => ei.type === 'MULTI_INSTANCE_BODY') as ElementInstanceRecord;

describe('multi-instance body counters', () => {
  it('counts the inner instances terminated with the body when its flow scope is terminated, as each ends', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/><subProcess id="round"><startEvent id="rs"/>${votes()}${flows('rs->vote')}</subProcess>
        ${flows('s->round')}`,
      ),
    );
    const pi = h.start('p', { items: ['ann', 'bob', 'cy'] });
    const body = bodyOf(h, pi);
    const [first] = h.executor.userTasksOf(pi.key) as UserTaskRecord[];
    h.executor.completeUserTask(first as UserTaskRecord, {});
    expect(body.loop).toEqual({ created: 3, completed: 1, terminated: 0, size: 3 });

    h.executor.cancelInstance(pi);
    // Both remaining tasks are CANCELING: not terminated yet.
    expect(body.state).toBe('TERMINATING');
    expect(body.loop?.terminated).toBe(0);
    const [one, two] = h.activeJobs(pi, 'on-cancel');
    h.executor.completeJob(one as never, {});
    expect(body.loop?.terminated).toBe(1);
    h.executor.completeJob(two as never, {});
    expect(body.loop).toEqual({ created: 3, completed: 1, terminated: 2, size: 3 });
    expect([body.state, pi.state]).toEqual(['TERMINATED', 'TERMINATED']);
  });

  it('counts only the running instance of a sequential body whose flow scope is terminated', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/><serviceTask id="ship"><extensionElements><zeebe:taskDefinition type="ship"/></extensionElements>
        ${loopChars('isSequential="true"')}</serviceTask>${flows('s->ship')}`,
      ),
    );
    const pi = h.start('p', { items: ['a', 'b', 'c'] });
    h.completeJob(pi, 'ship');
    h.executor.cancelInstance(pi);
    expect(bodyOf(h, pi).loop).toEqual({ created: 2, completed: 1, terminated: 1, size: 3 });
  });

  it('counts the others terminated by the completion condition once their held terminations are over', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>${votes('', '<completionCondition>=numberOfCompletedInstances &gt;= 1</completionCondition>')}
        <endEvent id="e"/>${flows('s->vote', 'vote->e')}`,
      ),
    );
    const pi = h.start('p', { items: ['ann', 'bob', 'cy'] });
    const body = bodyOf(h, pi);
    const [first] = h.executor.userTasksOf(pi.key) as UserTaskRecord[];
    h.executor.completeUserTask(first as UserTaskRecord, {});
    expect(body.loop).toEqual({ created: 3, completed: 1, terminated: 0, size: 3 });
    for (const job of h.activeJobs(pi, 'on-cancel')) h.executor.completeJob(job, {});
    expect(body.loop).toEqual({ created: 3, completed: 1, terminated: 2, size: 3 });
    expect(pi.state).toBe('COMPLETED');
  });

  it('counts an inner instance a modification terminates, so the completion condition sees it', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/><serviceTask id="price"><extensionElements><zeebe:taskDefinition type="price"/></extensionElements>
        ${loopChars('', '<completionCondition>=numberOfCompletedInstances + numberOfTerminatedInstances &gt;= 2</completionCondition>')}
        </serviceTask><endEvent id="e"/>${flows('s->price', 'price->e')}`,
      ),
    );
    const pi = h.start('p', { items: ['a', 'b', 'c'] });
    const [a, b] = h.activeJobs(pi, 'price');
    h.executor.modifyInstance(pi, [], [{ elementInstanceKey: a?.elementInstance.key as string }]);
    expect(bodyOf(h, pi).loop).toMatchObject({ completed: 0, terminated: 1 });
    h.executor.completeJob(b as never, {});
    // One completed and one terminated: the condition holds and the third is terminated too.
    expect(bodyOf(h, pi).loop).toMatchObject({ created: 3, completed: 1, terminated: 2 });
    expect(pi.state).toBe('COMPLETED');
  });
});
