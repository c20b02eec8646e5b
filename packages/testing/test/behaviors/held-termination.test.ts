import { describe, expect, it } from 'vitest';
import type { ProcessInstanceRecord, UserTaskRecord } from '../../src/engine/records.js';
import { bpmn, createExecutorHarness, flows, serviceTask } from '../support/executor-harness.js';

// The core's held termination, driven by the one behaviour that holds one: a user task whose canceling
// listeners run before it is CANCELED. Whatever waits for the termination waits for those listeners too.

const cancelingTask = (id: string, listeners = ['on-cancel'], extra = '') =>
  `<userTask id="${id}"><extensionElements><zeebe:userTask/>
    <zeebe:taskHeaders><zeebe:header key="desk" value="claims"/></zeebe:taskHeaders>
    <zeebe:taskListeners>${listeners
      .map((type) => `<zeebe:taskListener eventType="canceling" type="${type}"/>`)
      .join('')}${extra}</zeebe:taskListeners></extensionElements></userTask>`;

const taskOf = (h: ReturnType<typeof createExecutorHarness>, pi: ProcessInstanceRecord) =>
  h.executor.userTasksOf(pi.key)[0] as UserTaskRecord;

/** A review task with canceling listeners, whose interrupting timer boundary event has just fallen due. */
/** Process `parent`, waiting in call activity `call` on process `child`. */
const parentCallingChild = bpmn(
  'parent',
  `<startEvent id="s"/><callActivity id="call"><extensionElements><zeebe:calledElement processId="child"/></extensionElements></callActivity>${flows('s->call')}`,
);

async function lateReviewPastItsTimer() {
  const h = createExecutorHarness();
  await h.deploy(
    bpmn(
      'p',
      `<startEvent id="s"/>${cancelingTask('review')}
      <boundaryEvent id="late" attachedToRef="review"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></boundaryEvent>
      ${serviceTask('escalate')}${flows('s->review', 'late->escalate')}`,
    ),
  );
  const pi = h.start('p');
  h.clock.advance(3_600_000);
  return { h, pi };
}

describe('held termination (canceling task listeners)', () => {
  it('keeps the task CANCELING and the instance terminating until the last listener job, run in order', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn('p', `<startEvent id="s"/>${cancelingTask('review', ['first', 'second'])}${flows('s->review')}`),
    );
    const pi = h.start('p');
    const task = taskOf(h, pi);
    h.executor.cancelInstance(pi);
    expect(task.state).toBe('CANCELING');
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 'review:TERMINATING']);
    expect(pi.root.state).toBe('TERMINATING');
    expect(pi.state).toBe('ACTIVE');
    expect(h.activeJobs(pi).map((j) => [j.type, j.kind, j.listenerEventType])).toEqual([
      ['first', 'TASK_LISTENER', 'CANCELING'],
    ]);
    h.completeJob(pi, 'first');
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['second']);
    expect(pi.state).toBe('ACTIVE');
    h.completeJob(pi, 'second');
    expect(task.state).toBe('CANCELED');
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 'review:TERMINATED']);
    expect(pi.state).toBe('TERMINATED');
  });

  it('terminates at once without canceling listeners', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/><userTask id="t"><extensionElements><zeebe:userTask/></extensionElements></userTask>${flows('s->t')}`,
      ),
    );
    const pi = h.start('p');
    h.executor.cancelInstance(pi);
    expect(taskOf(h, pi).state).toBe('CANCELED');
    expect(pi.state).toBe('TERMINATED');
  });

  it('takes an interrupting boundary event only once the task is canceled', async () => {
    const { h, pi } = await lateReviewPastItsTimer();
    expect(taskOf(h, pi).state).toBe('CANCELING');
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 'review:TERMINATING']);
    expect(h.activeJobs(pi, 'escalate')).toEqual([]);
    h.completeJob(pi, 'on-cancel');
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 'review:TERMINATED', 'late:COMPLETED', 'escalate:ACTIVE']);
    expect(h.activeJobs(pi, 'escalate')).toHaveLength(1);
  });

  it('lets a cancellation that arrives meanwhile win over the boundary event it holds up', async () => {
    const { h, pi } = await lateReviewPastItsTimer();
    h.executor.cancelInstance(pi);
    // Still the one listener job: the task is not terminated twice.
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['on-cancel']);
    expect(pi.state).toBe('ACTIVE');
    h.completeJob(pi, 'on-cancel');
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 'review:TERMINATED']);
    expect(pi.state).toBe('TERMINATED');
  });

  it('holds up an interrupting event sub-process and the termination of an enclosing sub-process', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>
        <subProcess id="sub"><startEvent id="ss"/>${cancelingTask('review')}${flows('ss->review')}</subProcess>
        <subProcess id="esp" triggeredByEvent="true">
          <startEvent id="es"><signalEventDefinition signalRef="sig"/></startEvent>${serviceTask('clean-up')}${flows('es->clean-up')}
        </subProcess>
        ${flows('s->sub')}`,
      ).replace('</definitions>', '<signal id="sig" name="stop"/></definitions>'),
    );
    const pi = h.start('p');
    h.executor.broadcastSignal('stop', {}, '<default>');
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 'sub:TERMINATING', 'ss:COMPLETED', 'review:TERMINATING']);
    expect(h.activeJobs(pi, 'clean-up')).toEqual([]);
    h.completeJob(pi, 'on-cancel');
    expect(h.trail(pi)).toEqual([
      's:COMPLETED',
      'sub:TERMINATED',
      'ss:COMPLETED',
      'review:TERMINATED',
      'esp:ACTIVE',
      'es:COMPLETED',
      'clean-up:ACTIVE',
    ]);
  });

  it('holds up the call activity whose called instance is terminated, and the calling instance', async () => {
    const h = createExecutorHarness();
    await h.deploy(bpmn('child', `<startEvent id="cs"/>${cancelingTask('review')}${flows('cs->review')}`));
    await h.deploy(parentCallingChild);
    const pi = h.start('parent');
    const call = h.executor.elementInstancesOf(pi.key).find((ei) => ei.elementId === 'call');
    const child = call?.calledInstance as ProcessInstanceRecord;
    h.executor.cancelInstance(pi);
    expect(call?.state).toBe('TERMINATING');
    expect([pi.state, child.state]).toEqual(['ACTIVE', 'ACTIVE']);
    h.completeJob(child, 'on-cancel');
    expect(taskOf(h, child).state).toBe('CANCELED');
    expect([child.state, call?.state, pi.state]).toEqual(['TERMINATED', 'TERMINATED', 'TERMINATED']);
  });

  it('does not hold a call activity whose called instance terminates at once (resumed while deciding)', async () => {
    const h = createExecutorHarness();
    await h.deploy(bpmn('child', `<startEvent id="cs"/>${serviceTask('work')}${flows('cs->work')}`));
    await h.deploy(parentCallingChild);
    const pi = h.start('parent');
    const call = h.executor.elementInstancesOf(pi.key).find((ei) => ei.elementId === 'call');
    h.executor.cancelInstance(pi);
    expect([call?.calledInstance?.state, call?.state, pi.state]).toEqual([
      'TERMINATED',
      'TERMINATED',
      'TERMINATED',
    ]);
  });

  it('ends an instance a modification leaves empty once the terminated task is canceled', async () => {
    const h = createExecutorHarness();
    await h.deploy(bpmn('p', `<startEvent id="s"/>${cancelingTask('review')}${flows('s->review')}`));
    const pi = h.start('p');
    h.executor.modifyInstance(pi, [], [{ elementId: 'review' }]);
    expect(pi.state).toBe('ACTIVE');
    h.completeJob(pi, 'on-cancel');
    expect(pi.state).toBe('TERMINATED');
  });

  it('completes a sub-process after its terminate end event once the others are terminated', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>
        <subProcess id="sub"><startEvent id="ss"/><parallelGateway id="fork"/>${cancelingTask('review')}
          <endEvent id="stop"><terminateEventDefinition/></endEvent>${flows('ss->fork', 'fork->review', 'fork->stop')}</subProcess>
        <endEvent id="e"/>${flows('s->sub', 'sub->e')}`,
      ),
    );
    const pi = h.start('p');
    expect(taskOf(h, pi).state).toBe('CANCELING');
    expect(pi.state).toBe('ACTIVE');
    h.completeJob(pi, 'on-cancel');
    expect(pi.state).toBe('COMPLETED');
  });

  it('completes a multi-instance body whose completion condition holds once the other tasks are canceled', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>
        <userTask id="vote"><extensionElements><zeebe:userTask/><zeebe:taskListeners>
          <zeebe:taskListener eventType="canceling" type="on-cancel"/></zeebe:taskListeners></extensionElements>
          <multiInstanceLoopCharacteristics><extensionElements><zeebe:loopCharacteristics inputCollection="=voters" inputElement="voter"/></extensionElements>
          <completionCondition>=numberOfCompletedInstances &gt;= 1</completionCondition></multiInstanceLoopCharacteristics></userTask>
        ${serviceTask('tally')}${flows('s->vote', 'vote->tally')}`,
      ),
    );
    const pi = h.start('p', { voters: ['ann', 'bob', 'cy'] });
    const [first, ...others] = h.executor.userTasksOf(pi.key) as UserTaskRecord[];
    h.executor.completeUserTask(first as UserTaskRecord, {});
    expect(others.map((t) => t.state)).toEqual(['CANCELING', 'CANCELING']);
    const body = h.executor.elementInstancesOf(pi.key).find((ei) => ei.type === 'MULTI_INSTANCE_BODY');
    expect(body?.state).toBe('ACTIVE');
    expect(h.activeJobs(pi, 'tally')).toEqual([]);
    for (const job of h.activeJobs(pi, 'on-cancel')) h.executor.completeJob(job, {});
    expect(others.map((t) => t.state)).toEqual(['CANCELED', 'CANCELED']);
    expect(body?.state).toBe('COMPLETED');
    expect(h.activeJobs(pi, 'tally')).toHaveLength(1);
  });

  it('raises TASK_LISTENER_NO_RETRIES for a failing canceling listener; resolving with retries goes on', async () => {
    const h = createExecutorHarness();
    await h.deploy(bpmn('p', `<startEvent id="s"/>${cancelingTask('review')}${flows('s->review')}`));
    const pi = h.start('p');
    h.executor.cancelInstance(pi);
    const [job] = h.activeJobs(pi, 'on-cancel');
    h.executor.failJob(job as never, 0, '', 0, {});
    const [incident] = h.incidents(pi);
    expect(incident).toMatchObject({
      errorType: 'TASK_LISTENER_NO_RETRIES',
      errorMessage: 'No more retries left.',
    });
    expect(pi.state).toBe('ACTIVE');
    h.jobs.updateRetries(job as never, 1);
    h.executor.resolveIncident(incident as never);
    expect(h.incidents(pi)).toEqual([]);
    h.completeJob(pi, 'on-cancel');
    expect(pi.state).toBe('TERMINATED');
  });

  it('drops an assignment whose listeners still run, and gives the canceling job the task data as headers', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>${cancelingTask('review', ['on-cancel'], '<zeebe:taskListener eventType="assigning" type="on-assign"/>')}${flows('s->review')}`,
      ),
    );
    const pi = h.start('p');
    const task = taskOf(h, pi);
    h.executor.assignUserTask(task, 'eve');
    expect(task.state).toBe('ASSIGNING');
    h.executor.cancelInstance(pi);
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['on-cancel']);
    expect(task).toMatchObject({ state: 'CANCELING', assignee: null });
    const [job] = h.activeJobs(pi, 'on-cancel');
    expect(job?.customHeaders).toEqual({
      desk: 'claims',
      'io.camunda.zeebe:priority': '50',
      'io.camunda.zeebe:userTaskKey': task.key,
    });
  });
});
