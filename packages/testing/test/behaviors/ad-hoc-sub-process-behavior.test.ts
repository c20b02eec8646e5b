import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows, serviceTask } from '../support/executor-harness.js';

const adHoc = (attrs: string, ext: string, completion = '', job = '') =>
  bpmn(
    'p',
    `<startEvent id="s"/>
    <adHocSubProcess id="research" ${attrs}><extensionElements>${ext}${job}</extensionElements>${completion}
      ${serviceTask('search')}${serviceTask('read')}${serviceTask('summarise')}${flows('read->summarise')}
    </adHocSubProcess>
    <endEvent id="e"/>${flows('s->research', 'research->e')}`,
  );

describe('ad-hoc sub-process behaviour', () => {
  it('activates the active elements collection and completes when nothing is left running', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      adHoc(
        '',
        '<zeebe:adHoc activeElementsCollection="=tools" outputCollection="results" outputElement="=found"/>',
      ),
    );
    const pi = h.start('p', { tools: ['search', 'read'] });
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['search', 'read']);
    h.completeJob(pi, 'search', { found: 'a' });
    h.completeJob(pi, 'read', { found: 'b' });
    // `summarise` follows `read` inside the sub-process.
    h.completeJob(pi, 'summarise', { found: 'c' });
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi).results).toEqual(['a', 'c']);
  });

  it('completes once the completion condition holds, cancelling what is left', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      adHoc(
        '',
        '<zeebe:adHoc activeElementsCollection="=[&quot;search&quot;, &quot;read&quot;]"/>',
        '<completionCondition>=enough</completionCondition>',
      ),
    );
    const pi = h.start('p', { enough: false });
    h.completeJob(pi, 'search', { enough: true });
    expect(pi.state).toBe('COMPLETED');
    expect(h.trail(pi)).toContain('read:TERMINATED');
  });

  it('waits for activation through the API when the condition does not hold', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      adHoc('cancelRemainingInstances="false"', '', '<completionCondition>=enough</completionCondition>'),
    );
    const pi = h.start('p', { enough: false });
    expect(h.activeJobs(pi)).toEqual([]);
    const research = h.executor.elementInstancesOf(pi.key).find((ei) => ei.elementId === 'research');
    h.executor.activateAdHocActivities(
      research as never,
      [{ elementId: 'search', variables: { q: 'x' } }],
      false,
    );
    const [search] = h.activeJobs(pi);
    expect(h.variables.visible(search?.elementInstance as never, ['q'])).toEqual({ q: 'x' });
    h.completeJob(pi, 'search');
    expect(research?.state).toBe('ACTIVE');
    h.executor.activateAdHocActivities(research as never, [{ elementId: 'read' }], false);
    h.completeJob(pi, 'read', { enough: true });
    // The condition holds; `summarise` (after read) still runs to its end as cancelRemainingInstances is false.
    expect(research?.state).toBe('ACTIVE');
    h.completeJob(pi, 'summarise');
    expect(pi.state).toBe('COMPLETED');
  });

  it('follows the results of its job: elements to activate, then completion', async () => {
    const h = createExecutorHarness();
    await h.deploy(adHoc('', '', '', '<zeebe:taskDefinition type="agent"/>'));
    const pi = h.start('p');
    const [agent] = h.activeJobs(pi, 'agent');
    expect(agent?.kind).toBe('AD_HOC_SUB_PROCESS');
    h.executor.completeJob(
      agent as never,
      {},
      { type: 'adHocSubProcess', activateElements: [{ elementId: 'search' }] },
    );
    h.completeJob(pi, 'search', { found: 1 });
    // After each element the job comes back to decide again.
    const [again] = h.activeJobs(pi, 'agent');
    h.executor.completeJob(
      again as never,
      { answer: 42 },
      { type: 'adHocSubProcess', isCompletionConditionFulfilled: true },
    );
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi)).toMatchObject({ answer: 42 });
  });

  it('raises EXTRACT_VALUE_ERROR for elements it does not have', async () => {
    const h = createExecutorHarness();
    await h.deploy(adHoc('', '<zeebe:adHoc activeElementsCollection="=[&quot;fly&quot;]"/>'));
    const pi = h.start('p');
    expect(h.incidents(pi).map((i) => i.errorMessage)).toEqual([
      "Failed to activate ad-hoc elements. No BPMN elements found with ids: 'fly'.",
    ]);
  });
});
