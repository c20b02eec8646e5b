import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows, serviceTask } from '../support/executor-harness.js';

describe('job worker behaviour', () => {
  it('creates a job with the evaluated type, retries and headers, and completes on job completion', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>
        <serviceTask id="t"><extensionElements><zeebe:taskDefinition type="=kind" retries="=2"/>
          <zeebe:taskHeaders><zeebe:header key="k" value="v"/></zeebe:taskHeaders></extensionElements></serviceTask>
        <endEvent id="e"/>${flows('s->t', 't->e')}`,
      ),
    );
    const pi = h.start('p', { kind: 'ship' });
    const [job] = h.activeJobs(pi);
    expect(job).toMatchObject({ type: 'ship', retries: 2, customHeaders: { k: 'v' } });
    expect(pi.state).toBe('ACTIVE');
    h.completeJob(pi, 'ship', { shipped: true });
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi)).toEqual({ kind: 'ship', shipped: true });
  });

  it('raises an EXTRACT_VALUE_ERROR incident for a job type that does not evaluate, and retries on resolution', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>
        <serviceTask id="t"><extensionElements><zeebe:taskDefinition type="=kind"/></extensionElements></serviceTask>
        <endEvent id="e"/>${flows('s->t', 't->e')}`,
      ),
    );
    const pi = h.start('p');
    const [incident] = h.incidents(pi);
    expect(incident?.errorType).toBe('EXTRACT_VALUE_ERROR');
    h.executor.setVariables(pi.root, { kind: 'later' }, true);
    h.executor.resolveIncident(incident as NonNullable<typeof incident>);
    expect(h.activeJobs(pi, 'later')).toHaveLength(1);
  });

  it('cancels the job when the element is terminated', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn('p', `<startEvent id="s"/>${serviceTask('t')}<endEvent id="e"/>${flows('s->t', 't->e')}`),
    );
    const pi = h.start('p');
    const [job] = h.activeJobs(pi);
    h.executor.cancelInstance(pi);
    expect(job?.status).toBe('CANCELED');
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 't:TERMINATED']);
  });
});
