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

  it('shows each triggered compensation boundary event as a completed element instance in the throw scope', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>${compensable('a')}
        <intermediateThrowEvent id="rollback"><compensateEventDefinition/></intermediateThrowEvent><endEvent id="e"/>
        ${flows('s->a', 'a->rollback', 'rollback->e')}`,
      ),
    );
    const pi = h.start('p');
    h.completeJob(pi, 'a');
    expect(h.trail(pi)).toEqual([
      's:COMPLETED',
      'a:COMPLETED',
      'rollback:ACTIVE',
      'a-undo:COMPLETED',
      'a-handler:ACTIVE',
    ]);
    const boundary = h.executor.elementInstancesOf(pi.key).find((ei) => ei.elementId === 'a-undo');
    expect(boundary?.type).toBe('BOUNDARY_EVENT');
    expect(boundary?.parent).toBe(pi.root);
    h.completeJob(pi, 'undo-a');
    expect(pi.state).toBe('COMPLETED');
  });

  it('from inside an event sub-process compensates the activities of the scope it runs in', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>${compensable('a')}${compensable('b')}${serviceTask('fails')}<endEvent id="e"/>
        ${flows('s->a', 'a->b', 'b->fails', 'fails->e')}
        <subProcess id="on-error" triggeredByEvent="true">
          <startEvent id="caught"><errorEventDefinition/></startEvent>
          ${compensable('inside')}
          <endEvent id="undo-all"><compensateEventDefinition/></endEvent>
          ${flows('caught->inside', 'inside->undo-all')}
        </subProcess>`,
      ),
    );
    const pi = h.start('p');
    h.completeJob(pi, 'a');
    h.completeJob(pi, 'b');
    const [fails] = h.activeJobs(pi, 'fails');
    h.executor.throwJobError(fails as NonNullable<typeof fails>, 'ANY', '', {});
    h.completeJob(pi, 'inside');
    expect(
      h
        .activeJobs(pi)
        .map((j) => j.type)
        .sort(),
    ).toEqual(['undo-a', 'undo-b', 'undo-inside']);
    const esp = h.executor.elementInstancesOf(pi.key).find((ei) => ei.elementId === 'on-error');
    const handlers = h.executor.elementInstancesOf(pi.key).filter((ei) => ei.elementId.endsWith('-handler'));
    expect(handlers.map((ei) => ei.parent)).toEqual([esp, esp, esp]);
    for (const type of ['undo-a', 'undo-b']) h.completeJob(pi, type);
    expect(h.trail(pi)).toContain('undo-all:ACTIVE');
    h.completeJob(pi, 'undo-inside');
    expect(pi.state).toBe('COMPLETED');
  });

  it('from inside an event sub-process compensates only the referenced activity', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>${compensable('a')}${serviceTask('fails')}<endEvent id="e"/>
        ${flows('s->a', 'a->fails', 'fails->e')}
        <subProcess id="on-error" triggeredByEvent="true">
          <startEvent id="caught"><errorEventDefinition/></startEvent>
          ${compensable('x')}${compensable('y')}
          <endEvent id="undo-y"><compensateEventDefinition activityRef="y"/></endEvent>
          ${flows('caught->x', 'x->y', 'y->undo-y')}
        </subProcess>`,
      ),
    );
    const pi = h.start('p');
    h.completeJob(pi, 'a');
    const [fails] = h.activeJobs(pi, 'fails');
    h.executor.throwJobError(fails as NonNullable<typeof fails>, 'ANY', '', {});
    h.completeJob(pi, 'x');
    h.completeJob(pi, 'y');
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['undo-y']);
    h.completeJob(pi, 'undo-y');
    expect(pi.state).toBe('COMPLETED');
  });

  it('rejects an activityRef that is not compensable or not in the scope of the throw event, as Zeebe does', async () => {
    const h = createExecutorHarness();
    await expect(
      h.deploy(
        bpmn(
          'p',
          `<startEvent id="s"/>${serviceTask('plain')}
          <endEvent id="undo"><compensateEventDefinition activityRef="plain"/></endEvent>${flows('s->plain', 'plain->undo')}`,
        ),
      ),
    ).rejects.toThrow(
      "element 'undo' of type 'bpmn:EndEvent' is invalid: The referenced compensation activity 'plain' must have either a compensation boundary event or be a subprocess",
    );
    await expect(
      h.deploy(
        bpmn(
          'p',
          `<startEvent id="s"/>
          <subProcess id="sub"><startEvent id="ss"/>${compensable('inner')}<endEvent id="se"/>${flows('ss->inner', 'inner->se')}</subProcess>
          <endEvent id="undo"><compensateEventDefinition activityRef="inner"/></endEvent>${flows('s->sub', 'sub->undo')}`,
        ),
      ),
    ).rejects.toThrow(
      "The referenced compensation activity 'inner' must be in the same scope as the compensation throw event",
    );
    // A sub-process needs no compensation boundary event of its own: compensating it reaches its activities.
    await h.deploy(
      bpmn(
        'q',
        `<startEvent id="s"/>
        <subProcess id="sub"><startEvent id="ss"/>${compensable('inner')}<endEvent id="se"/>${flows('ss->inner', 'inner->se')}</subProcess>
        <endEvent id="undo"><compensateEventDefinition activityRef="sub"/></endEvent>${flows('s->sub', 'sub->undo')}`,
      ),
    );
    const pi = h.start('q');
    h.completeJob(pi, 'inner');
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['undo-inner']);
  });

  it('rejects compensation event sub-processes at deployment, inside a sub-process and at the process level', async () => {
    const h = createExecutorHarness();
    const compensationEsp = `<subProcess id="undo-esp" triggeredByEvent="true">
      <startEvent id="cs"><compensateEventDefinition/></startEvent><endEvent id="ce"/>${flows('cs->ce')}</subProcess>`;
    await expect(
      h.deploy(
        bpmn(
          'p',
          `<startEvent id="s"/>
          <subProcess id="sub"><startEvent id="ss"/>${compensationEsp}<endEvent id="se"/>${flows('ss->se')}</subProcess>
          <endEvent id="e"/>${flows('s->sub', 'sub->e')}`,
        ),
      ),
    ).rejects.toThrow(
      "element 'undo-esp' of type 'bpmn:SubProcess' is invalid: Start events in event subprocesses must be one of: message, timer, error, signal, escalation or conditional",
    );
    await expect(
      h.deploy(bpmn('p', `<startEvent id="s"/><endEvent id="e"/>${flows('s->e')}${compensationEsp}`)),
    ).rejects.toThrow(
      "element 'undo-esp' of type 'bpmn:SubProcess' is invalid: A compensation event subprocess is not allowed on the process level; Start events in event subprocesses must be one of",
    );
  });
});
