import { describe, expect, it } from 'vitest';
import type { ElementInstanceRecord, ProcessInstanceRecord } from '../../src/engine/records.js';
import { bpmn, createExecutorHarness, flows, serviceTask } from '../support/executor-harness.js';

// Cancel-remaining in an ad-hoc sub-process whose running element is a user task with a canceling listener (its
// termination is held open until the listener's job is done), in Zeebe's order: activations go ahead at once,
// a completion waits for the terminations to be over.

const review = `<userTask id="review"><extensionElements><zeebe:userTask/><zeebe:taskListeners>
  <zeebe:taskListener eventType="canceling" type="on-cancel"/></zeebe:taskListeners></extensionElements></userTask>`;

const model = (ext = '', completion = '') =>
  bpmn(
    'p',
    `<startEvent id="s"/>
    <adHocSubProcess id="research"><extensionElements>${ext}</extensionElements>${completion}
      ${review}${serviceTask('search')}${serviceTask('read')}
    </adHocSubProcess>
    ${serviceTask('report')}${flows('s->research', 'research->report')}`,
  );

const researchOf = (h: ReturnType<typeof createExecutorHarness>, pi: ProcessInstanceRecord) =>
  h.executor.elementInstancesOf(pi.key).find((ei) => ei.elementId === 'research') as ElementInstanceRecord;

const states = (h: ReturnType<typeof createExecutorHarness>, pi: ProcessInstanceRecord, id: string) =>
  h.executor
    .elementInstancesOf(pi.key)
    .filter((ei) => ei.elementId === id)
    .map((ei) => ei.state);

describe('ad-hoc sub-process: cancel remaining instances with a held termination', () => {
  it('activates the new elements through the API without waiting for the terminations they start', async () => {
    const h = createExecutorHarness();
    await h.deploy(model('<zeebe:adHoc activeElementsCollection="=[&quot;review&quot;]"/>'));
    const pi = h.start('p');
    const research = researchOf(h, pi);
    h.executor.activateAdHocActivities(research, [{ elementId: 'search' }], true);
    expect(h.executor.userTasksOf(pi.key)[0]?.state).toBe('CANCELING');
    expect(states(h, pi, 'review')).toEqual(['TERMINATING']);
    // The new element runs already, beside the task still being canceled.
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['on-cancel', 'search']);
    expect(research.state).toBe('ACTIVE');

    h.completeJob(pi, 'on-cancel');
    expect(states(h, pi, 'review')).toEqual(['TERMINATED']);
    expect(research.state).toBe('ACTIVE');
    h.completeJob(pi, 'search');
    expect(research.state).toBe('COMPLETED');
    expect(h.activeJobs(pi, 'report')).toHaveLength(1);
  });

  it('completes once the held termination is over when the new elements finished first', async () => {
    const h = createExecutorHarness();
    await h.deploy(model('<zeebe:adHoc activeElementsCollection="=[&quot;review&quot;]"/>'));
    const pi = h.start('p');
    const research = researchOf(h, pi);
    h.executor.activateAdHocActivities(research, [{ elementId: 'search' }], true);
    h.completeJob(pi, 'search');
    expect(research.state).toBe('ACTIVE');
    h.completeJob(pi, 'on-cancel');
    expect(research.state).toBe('COMPLETED');
    expect(h.activeJobs(pi, 'report')).toHaveLength(1);
  });

  it('leaves what runs alone when the API does not ask to cancel it', async () => {
    const h = createExecutorHarness();
    await h.deploy(model('<zeebe:adHoc activeElementsCollection="=[&quot;review&quot;]"/>'));
    const pi = h.start('p');
    h.executor.activateAdHocActivities(researchOf(h, pi), [{ elementId: 'search' }], false);
    expect(h.executor.userTasksOf(pi.key)[0]?.state).toBe('CREATED');
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['search']);
  });

  it('completes on its completion condition only once the held terminations are over', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      model(
        '<zeebe:adHoc activeElementsCollection="=[&quot;review&quot;, &quot;search&quot;]"/>',
        '<completionCondition>=found</completionCondition>',
      ),
    );
    const pi = h.start('p', { found: false });
    const research = researchOf(h, pi);
    h.completeJob(pi, 'search', { found: true });
    expect(states(h, pi, 'review')).toEqual(['TERMINATING']);
    expect(research.state).toBe('ACTIVE');
    expect(h.activeJobs(pi, 'report')).toEqual([]);
    h.completeJob(pi, 'on-cancel');
    expect(research.state).toBe('COMPLETED');
    expect(h.activeJobs(pi, 'report')).toHaveLength(1);
  });

  describe('with a job worker implementation', () => {
    const jobModel = () => model('<zeebe:taskDefinition type="agent"/>');

    /**
     * Starts the instance and lets the agent's first result activate `review` and `read`; once `read` is done the
     * job comes back (as in Zeebe, after each element) while `review` still runs.
     */
    const started = async () => {
      const h = createExecutorHarness();
      await h.deploy(jobModel());
      const pi = h.start('p');
      const [agent] = h.activeJobs(pi, 'agent');
      h.executor.completeJob(
        agent as never,
        {},
        { type: 'adHocSubProcess', activateElements: [{ elementId: 'review' }, { elementId: 'read' }] },
      );
      expect(h.activeJobs(pi, 'agent')).toEqual([]);
      h.completeJob(pi, 'read');
      expect(h.activeJobs(pi, 'agent')).toHaveLength(1);
      expect(h.executor.userTasksOf(pi.key)[0]?.state).toBe('CREATED');
      return { h, pi, research: researchOf(h, pi) };
    };

    it('a result activating elements with cancel-remaining terminates the others and activates at once', async () => {
      const { h, pi, research } = await started();
      const [agent] = h.activeJobs(pi, 'agent');
      h.executor.completeJob(
        agent as never,
        {},
        {
          type: 'adHocSubProcess',
          activateElements: [{ elementId: 'search' }],
          isCancelRemainingInstances: true,
        },
      );
      expect(states(h, pi, 'review')).toEqual(['TERMINATING']);
      expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['on-cancel', 'search']);
      h.completeJob(pi, 'on-cancel');
      expect(states(h, pi, 'review')).toEqual(['TERMINATED']);
      expect(research.state).toBe('ACTIVE');
    });

    it('a result with cancel-remaining but nothing to activate or complete changes nothing', async () => {
      const { h, pi } = await started();
      const [agent] = h.activeJobs(pi, 'agent');
      h.executor.completeJob(
        agent as never,
        {},
        { type: 'adHocSubProcess', isCancelRemainingInstances: true },
      );
      expect(h.executor.userTasksOf(pi.key)[0]?.state).toBe('CREATED');
    });

    it('a result completing with cancel-remaining completes once the held termination is over, with no new job', async () => {
      const { h, pi, research } = await started();
      const [agent] = h.activeJobs(pi, 'agent');
      h.executor.completeJob(
        agent as never,
        { verdict: 'enough' },
        { type: 'adHocSubProcess', isCompletionConditionFulfilled: true, isCancelRemainingInstances: true },
      );
      expect(states(h, pi, 'review')).toEqual(['TERMINATING']);
      expect(research.state).toBe('ACTIVE');
      expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['on-cancel']);
      h.completeJob(pi, 'on-cancel');
      expect(research.state).toBe('COMPLETED');
      expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['report']);
      expect(h.globals(pi)).toMatchObject({ verdict: 'enough' });
    });
  });
});
