import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows, serviceTask } from '../support/executor-harness.js';

const compensable = (id: string) =>
  `${serviceTask(id)}<boundaryEvent id="${id}-undo" attachedToRef="${id}"><compensateEventDefinition/></boundaryEvent>
  <serviceTask id="${id}-handler" isForCompensation="true"><extensionElements><zeebe:taskDefinition type="undo-${id}"/></extensionElements></serviceTask>
  <association id="${id}-assoc" sourceRef="${id}-undo" targetRef="${id}-handler"/>`;

describe('compensation throw behaviour', () => {
  it('runs the handlers of completed activities (inside a completed sub-process too) and waits for them', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>${compensable('book-hotel')}
        <subProcess id="payment"><startEvent id="ps"/>${compensable('charge')}<endEvent id="pe"/>${flows('ps->charge', 'charge->pe')}</subProcess>
        ${serviceTask('not-compensable')}
        <intermediateThrowEvent id="undo"><compensateEventDefinition/></intermediateThrowEvent><endEvent id="e"/>
        ${flows('s->book-hotel', 'book-hotel->payment', 'payment->not-compensable', 'not-compensable->undo', 'undo->e')}`,
      ),
    );
    const pi = h.start('p');
    h.completeJob(pi, 'book-hotel');
    h.completeJob(pi, 'charge');
    h.completeJob(pi, 'not-compensable');
    expect(
      h
        .activeJobs(pi)
        .map((j) => j.type)
        .sort(),
    ).toEqual(['undo-book-hotel', 'undo-charge']);
    expect(h.trail(pi)).toContain('undo:ACTIVE');
    h.completeJob(pi, 'undo-charge');
    expect(pi.state).toBe('ACTIVE');
    h.completeJob(pi, 'undo-book-hotel');
    expect(pi.state).toBe('COMPLETED');
  });

  it('compensates only the referenced activity, and completes at once when there is nothing to compensate', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>${compensable('a')}${compensable('b')}
        <endEvent id="undo-a"><compensateEventDefinition activityRef="a"/></endEvent>
        ${flows('s->a', 'a->b', 'b->undo-a')}`,
      ),
    );
    const pi = h.start('p');
    h.completeJob(pi, 'a');
    h.completeJob(pi, 'b');
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['undo-a']);
    h.completeJob(pi, 'undo-a');
    expect(pi.state).toBe('COMPLETED');

    await h.deploy(
      bpmn(
        'q',
        `<startEvent id="s"/><endEvent id="nothing"><compensateEventDefinition/></endEvent>${flows('s->nothing')}`,
      ),
    );
    expect(h.start('q').state).toBe('COMPLETED');
  });
});
