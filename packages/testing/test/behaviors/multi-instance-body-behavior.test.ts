import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows } from '../support/executor-harness.js';

const miTask = (attrs: string, completion = '') =>
  `<serviceTask id="each"><extensionElements><zeebe:taskDefinition type="work"/></extensionElements>
    <multiInstanceLoopCharacteristics ${attrs}><extensionElements>
      <zeebe:loopCharacteristics inputCollection="=items" inputElement="item" outputCollection="results" outputElement="=result"/>
    </extensionElements>${completion}</multiInstanceLoopCharacteristics></serviceTask>`;

const model = (attrs = '', completion = '') =>
  bpmn(
    'p',
    `<startEvent id="s"/>${miTask(attrs, completion)}<endEvent id="e"/>${flows('s->each', 'each->e')}`,
  );

describe('multi-instance body behaviour', () => {
  it('runs parallel instances with item and loopCounter, collecting outputs in input order', async () => {
    const h = createExecutorHarness();
    await h.deploy(model());
    const pi = h.start('p', { items: ['a', 'b', 'c'] });
    const jobs = h.activeJobs(pi, 'work');
    expect(jobs).toHaveLength(3);
    const body = h.executor.elementInstancesOf(pi.key).find((ei) => ei.type === 'MULTI_INSTANCE_BODY');
    expect(body?.elementId).toBe('each');
    expect(jobs.map((j) => h.variables.visible(j.elementInstance, ['item', 'loopCounter']))).toEqual([
      { item: 'a', loopCounter: 1 },
      { item: 'b', loopCounter: 2 },
      { item: 'c', loopCounter: 3 },
    ]);
    // Completed in reverse order; each result lands at its own index.
    for (const job of [...jobs].reverse()) {
      const item = h.variables.visible(job.elementInstance, ['item']).item;
      h.executor.completeJob(job, { result: `${String(item)}!` });
    }
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi).results).toEqual(['a!', 'b!', 'c!']);
    expect(body?.state).toBe('COMPLETED');
  });

  it('runs sequential instances one after another', async () => {
    const h = createExecutorHarness();
    await h.deploy(model('isSequential="true"'));
    const pi = h.start('p', { items: [1, 2] });
    expect(h.activeJobs(pi)).toHaveLength(1);
    h.completeJob(pi, 'work', { result: 10 });
    const [second] = h.activeJobs(pi);
    expect(h.variables.visible(second?.elementInstance as never, ['item', 'loopCounter'])).toEqual({
      item: 2,
      loopCounter: 2,
    });
    h.completeJob(pi, 'work', { result: 20 });
    expect(h.globals(pi).results).toEqual([10, 20]);
  });

  it('completes early when the completion condition holds and terminates the remaining instances', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      model('', '<completionCondition>=numberOfCompletedInstances &gt;= 2</completionCondition>'),
    );
    const pi = h.start('p', { items: ['a', 'b', 'c'] });
    const [first, second, third] = h.activeJobs(pi);
    h.executor.completeJob(first as never, { result: 1 });
    expect(pi.state).toBe('ACTIVE');
    h.executor.completeJob(second as never, { result: 2 });
    expect(pi.state).toBe('COMPLETED');
    expect(third?.status).toBe('CANCELED');
    expect(h.globals(pi).results).toEqual([1, 2, null]);
    expect(h.trail(pi).filter((t) => t.startsWith('each'))).toEqual([
      'each:COMPLETED',
      'each:COMPLETED',
      'each:COMPLETED',
      'each:TERMINATED',
    ]);
  });

  it('completes at once on an empty collection, with an empty output collection', async () => {
    const h = createExecutorHarness();
    await h.deploy(model());
    const pi = h.start('p', { items: [] });
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi).results).toEqual([]);
  });

  it('raises EXTRACT_VALUE_ERROR for a collection that is not a list, and retries on resolution', async () => {
    const h = createExecutorHarness();
    await h.deploy(model());
    const pi = h.start('p', { items: 'abc' });
    const [incident] = h.incidents(pi);
    expect(incident?.errorType).toBe('EXTRACT_VALUE_ERROR');
    expect(incident?.errorMessage).toBe(
      "Expected result of the expression 'items' to be 'ARRAY', but was 'STRING'.",
    );
    h.executor.setVariables(pi.root, { items: ['x'] }, true);
    h.executor.resolveIncident(incident as never);
    expect(h.activeJobs(pi)).toHaveLength(1);
  });

  it('rejects a multi-instance activity without an input collection', async () => {
    const h = createExecutorHarness();
    await expect(
      h.deploy(
        bpmn(
          'p',
          `<startEvent id="s"/><serviceTask id="each"><extensionElements><zeebe:taskDefinition type="w"/></extensionElements>
          <multiInstanceLoopCharacteristics/></serviceTask>${flows('s->each')}`,
        ),
      ),
    ).rejects.toThrow(/inputCollection/);
  });

  it('runs a multi-instance call activity, one child instance per item', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'child',
        `<startEvent id="cs"/><serviceTask id="ct"><extensionElements><zeebe:taskDefinition type="child-work"/></extensionElements></serviceTask>${flows('cs->ct')}`,
      ),
    );
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>
        <callActivity id="call"><extensionElements><zeebe:calledElement processId="child"/></extensionElements>
          <multiInstanceLoopCharacteristics><extensionElements>
            <zeebe:loopCharacteristics inputCollection="=items" inputElement="item" outputCollection="out" outputElement="=done"/>
          </extensionElements></multiInstanceLoopCharacteristics></callActivity>
        <endEvent id="e"/>${flows('s->call', 'call->e')}`,
      ),
    );
    const pi = h.start('p', { items: ['x', 'y'] });
    const children = [...h.executor.processInstances.values()].filter(
      (c) => c.definition.processDefinitionId === 'child',
    );
    expect(children.map((c) => h.globals(c).item)).toEqual(['x', 'y']);
    for (const child of children)
      h.completeJob(child, 'child-work', { done: `${String(h.globals(child).item)}!` });
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi).out).toEqual(['x!', 'y!']);
  });
});
