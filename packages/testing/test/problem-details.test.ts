import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

interface Problem {
  type: string;
  status: number;
  title: string;
  detail: string;
  instance: string;
}

const MISSING = '2251799813699999';

/** The problem Camunda's gateway makes of a broker rejection. */
const rejected = (intent: string, type: string, reason: string) => ({
  title: type,
  detail: `Command '${intent}' rejected with code '${type}': ${reason}`,
});

describe('problem details: broker rejections as Camunda reports them', () => {
  const t = useEngine();

  it('job commands: unknown jobs are NOT_FOUND (404), jobs in the wrong state INVALID_STATE (409)', async () => {
    const { api } = t;
    for (const [path, intent, verb, body] of [
      [`/jobs/${MISSING}/completion`, 'COMPLETE', 'complete', {}],
      [`/jobs/${MISSING}/failure`, 'FAIL', 'fail', {}],
      [`/jobs/${MISSING}/error`, 'THROW_ERROR', 'throw an error for', { errorCode: 'E' }],
    ] as const) {
      const res = await api.post<Problem>(path, body);
      expect(res.status, path).toBe(404);
      expect(res.body).toMatchObject({
        status: 404,
        instance: `/v2${path}`,
        ...rejected(
          intent,
          'NOT_FOUND',
          `Expected to ${verb} job with key '${MISSING}', but no such job was found`,
        ),
      });
    }
    const update = await api.patch<Problem>(`/jobs/${MISSING}`, { changeset: { retries: 2 } });
    expect(update.status).toBe(404);
    expect(update.body).toMatchObject(
      rejected(
        'UPDATE',
        'NOT_FOUND',
        `Expected to update job with key '${MISSING}', but no such job was found`,
      ),
    );

    await api.deployFixtures('order-process.bpmn');
    await api.start('order-process', { order: { items: [], total: 1 } });
    const job = await api.activateOne('check-stock');
    expect((await api.post(`/jobs/${job.jobKey}/failure`, { retries: 0 })).status).toBe(204);
    const complete = await api.post<Problem>(`/jobs/${job.jobKey}/completion`, {});
    expect(complete.status).toBe(409);
    expect(complete.body).toMatchObject(
      rejected(
        'COMPLETE',
        'INVALID_STATE',
        `Expected to complete job with key '${job.jobKey}', but it is in state 'FAILED'`,
      ),
    );
    const noRetries = await api.patch<Problem>(`/jobs/${job.jobKey}`, { changeset: { retries: 0 } });
    expect(noRetries.status).toBe(400);
    expect(noRetries.body).toMatchObject(
      rejected(
        'UPDATE',
        'INVALID_ARGUMENT',
        `Expected to update retries for job with key '${job.jobKey}' with a positive amount of retries, but the amount given was '0'`,
      ),
    );
  });

  it('incident resolution: an unknown incident is NOT_FOUND (404)', async () => {
    const res = await t.api.post<Problem>(`/incidents/${MISSING}/resolution`, {});
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject(
      rejected(
        'RESOLVE',
        'NOT_FOUND',
        `Expected to resolve incident with key '${MISSING}', but no such incident was found`,
      ),
    );
  });

  it('process instance commands: create, cancel, modify, migrate, suspend and resume', async () => {
    const { api } = t;
    const create = await api.post<Problem>('/process-instances', { processDefinitionId: 'nothing-here' });
    // Camunda answers 404, though the spec documents none for createProcessInstance.
    expect(create.status).toBe(404);
    expect(create.body).toMatchObject(
      rejected(
        'CREATE',
        'NOT_FOUND',
        "Expected to find process definition with process ID 'nothing-here', but none found",
      ),
    );
    const byKey = await api.post<Problem>('/process-instances', { processDefinitionKey: MISSING });
    expect(byKey.body).toMatchObject(
      rejected(
        'CREATE',
        'NOT_FOUND',
        `Expected to find process definition with key '${MISSING}', but none found`,
      ),
    );

    const cancel = await api.post<Problem>(`/process-instances/${MISSING}/cancellation`, {});
    expect(cancel.status).toBe(404);
    expect(cancel.body).toMatchObject(
      rejected(
        'CANCEL',
        'NOT_FOUND',
        `Expected to cancel a process instance with key '${MISSING}', but no such process was found`,
      ),
    );
    const modify = await api.post<Problem>(`/process-instances/${MISSING}/modification`, {
      terminateInstructions: [{ elementId: 'x' }],
    });
    expect(modify.status).toBe(404);
    expect(modify.body).toMatchObject(
      rejected(
        'MODIFY',
        'NOT_FOUND',
        `Expected to modify process instance but no process instance found with key '${MISSING}'`,
      ),
    );

    await api.deployFixtures('order-process.bpmn');
    const pi = await api.start('order-process', { order: { items: [], total: 1 } });
    const unknownElement = await api.post<Problem>(`/process-instances/${pi}/modification`, {
      activateInstructions: [{ elementId: 'nowhere' }],
    });
    expect(unknownElement.status).toBe(400);
    expect(unknownElement.body).toMatchObject({ title: 'INVALID_ARGUMENT' });
    expect(unknownElement.body.detail).toMatch(
      /^Command 'MODIFY' rejected with code 'INVALID_ARGUMENT': Expected to modify instance of process 'order-process' but it contains one or more activate instructions with an element that could not be found: 'nowhere'$/,
    );

    const migrate = await api.post<Problem>(`/process-instances/${pi}/migration`, {
      targetProcessDefinitionKey: MISSING,
      mappingInstructions: [{ sourceElementId: 'check-stock', targetElementId: 'check-stock' }],
    });
    expect(migrate.status).toBe(404);
    expect(migrate.body).toMatchObject(
      rejected(
        'MIGRATE',
        'NOT_FOUND',
        `Expected to migrate process instance to process definition but no process definition found with key '${MISSING}'`,
      ),
    );

    expect((await api.post(`/process-instances/${pi}/suspension`, {})).status).toBe(204);
    const again = await api.post<Problem>(`/process-instances/${pi}/suspension`, {});
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject(
      rejected(
        'SUSPEND',
        'INVALID_STATE',
        `Expected to suspend a process instance with key '${pi}', but it is already suspended`,
      ),
    );
    expect((await api.post(`/process-instances/${pi}/resumption`, {})).status).toBe(204);
    const resume = await api.post<Problem>(`/process-instances/${pi}/resumption`, {});
    expect(resume.status).toBe(409);
    expect(resume.body).toMatchObject(
      rejected(
        'RESUME',
        'INVALID_STATE',
        `Expected to resume a process instance with key '${pi}', but it is not currently suspended`,
      ),
    );
  });

  it('user task commands: assign, claim, update and complete refuse unknown and finished tasks', async () => {
    const { api } = t;
    for (const [method, path, body, intent, verb] of [
      ['post', `/user-tasks/${MISSING}/assignment`, { assignee: 'a' }, 'ASSIGN', 'assign'],
      [
        'post',
        `/user-tasks/${MISSING}/assignment`,
        { assignee: 'a', allowOverride: false },
        'CLAIM',
        'claim',
      ],
      ['delete', `/user-tasks/${MISSING}/assignee`, undefined, 'ASSIGN', 'assign'],
      ['patch', `/user-tasks/${MISSING}`, { changeset: { priority: 10 } }, 'UPDATE', 'update'],
      ['post', `/user-tasks/${MISSING}/completion`, {}, 'COMPLETE', 'complete'],
    ] as const) {
      const res = await api[method]<Problem>(path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toMatchObject(
        rejected(
          intent,
          'NOT_FOUND',
          `Expected to ${verb} user task with key '${MISSING}', but no such user task was found`,
        ),
      );
    }

    await api.deployFixtures('user-task-process.bpmn');
    const pi = await api.start('user-task-process');
    const found = await api.post<{ items: { userTaskKey: string }[] }>('/user-tasks/search', {
      filter: { processInstanceKey: pi },
    });
    const key = found.body.items[0]?.userTaskKey ?? '';
    expect((await api.post(`/user-tasks/${key}/assignment`, { assignee: 'anna' })).status).toBe(204);
    const claim = await api.post<Problem>(`/user-tasks/${key}/assignment`, {
      assignee: 'bert',
      allowOverride: false,
    });
    expect(claim.status).toBe(409);
    expect(claim.body).toMatchObject(
      rejected(
        'CLAIM',
        'INVALID_STATE',
        `Expected to claim user task with key '${key}', but it has already been assigned`,
      ),
    );
    expect((await api.post(`/user-tasks/${key}/completion`, {})).status).toBe(204);
    const twice = await api.post<Problem>(`/user-tasks/${key}/completion`, {});
    expect(twice.status).toBe(404);
    expect(twice.body).toMatchObject(
      rejected(
        'COMPLETE',
        'NOT_FOUND',
        `Expected to complete user task with key '${key}', but no such user task was found`,
      ),
    );
  });

  it('messages: a correlation without subscription, a duplicate message id', async () => {
    const { api } = t;
    const correlate = await api.post<Problem>('/messages/correlation', {
      name: 'paid',
      correlationKey: 'nobody',
    });
    expect(correlate.status).toBe(404);
    expect(correlate.body).toMatchObject(
      rejected(
        'CORRELATE',
        'NOT_FOUND',
        "Expected to find subscription for message with name 'paid' and correlation key 'nobody', but none was found.",
      ),
    );
    const message = { name: 'paid', correlationKey: 'c', messageId: 'm-1', timeToLive: 60_000 };
    expect((await api.post('/messages/publication', message)).status).toBe(200);
    const duplicate = await api.post<Problem>('/messages/publication', message);
    // Camunda answers 409, though the spec documents none for publishMessage.
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject(
      rejected(
        'PUBLISH',
        'ALREADY_EXISTS',
        "Expected to publish a new message with id 'm-1', but a message with that id was already published",
      ),
    );
  });

  it('deployment: a resource Zeebe cannot deploy is an INVALID_ARGUMENT rejection of CREATE (400)', async () => {
    const res = await t.api.deploy({ 'broken.bpmn': '<definitions' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ title: 'INVALID_ARGUMENT' });
    expect(String(res.body.detail)).toMatch(
      /^Command 'CREATE' rejected with code 'INVALID_ARGUMENT': Expected to deploy new resources, but encountered the following errors:\nResource 'broken\.bpmn' /,
    );
  });

  it('other commands: variables, ad-hoc activation, resource deletion, decision evaluation', async () => {
    const { api } = t;
    const variables = await api.put<Problem>(`/element-instances/${MISSING}/variables`, {
      variables: { a: 1 },
    });
    // Camunda answers 404, though the spec documents none for createElementInstanceVariables.
    expect(variables.status).toBe(404);
    expect(variables.body).toMatchObject(
      rejected(
        'UPDATE',
        'NOT_FOUND',
        `Expected to update variables for element with key '${MISSING}', but no such element was found`,
      ),
    );
    const adHoc = await api.post<Problem>(`/element-instances/ad-hoc-activities/${MISSING}/activation`, {
      elements: [{ elementId: 'a' }],
    });
    expect(adHoc.status).toBe(404);
    expect(adHoc.body).toMatchObject(
      rejected(
        'ACTIVATE',
        'NOT_FOUND',
        `Expected to activate activities for ad-hoc sub-process but no ad-hoc sub-process instance found with key '${MISSING}'.`,
      ),
    );
    const resource = await api.post<Problem>(`/resources/${MISSING}/deletion`, {});
    expect(resource.status).toBe(404);
    expect(resource.body).toMatchObject(
      rejected(
        'DELETE',
        'NOT_FOUND',
        `Expected to delete resource but no resource found with key \`${MISSING}\``,
      ),
    );
    const conditional = await api.post<Problem>('/conditionals/evaluation', {
      processDefinitionKey: MISSING,
      variables: { x: 1 },
    });
    expect(conditional.status).toBe(404);
    expect(conditional.body).toMatchObject(
      rejected(
        'EVALUATE',
        'NOT_FOUND',
        `Expected to evaluate conditional for process definition key '${MISSING}', but no such process was found.`,
      ),
    );
    const decision = await api.post<Problem>('/decision-definitions/evaluation', {
      decisionDefinitionKey: MISSING,
    });
    expect(decision.status).toBe(404);
    expect(decision.body).toMatchObject(
      rejected(
        'EVALUATE',
        'NOT_FOUND',
        `Expected to evaluate decision with key '${MISSING}', but no such decision found`,
      ),
    );
  });
});

describe('problem details: reads from secondary storage', () => {
  const t = useEngine();

  it("a read by key that finds nothing says so in Camunda's search wording (404 NOT_FOUND)", async () => {
    for (const [path, entity] of [
      [`/process-instances/${MISSING}`, 'Process Instance'],
      [`/process-definitions/${MISSING}`, 'Process Definition'],
      [`/element-instances/${MISSING}`, 'Element Instance'],
      [`/user-tasks/${MISSING}`, 'User Task'],
      [`/incidents/${MISSING}`, 'Incident'],
      [`/variables/${MISSING}`, 'Variable'],
      [`/decision-definitions/${MISSING}`, 'Decision Definition'],
      [`/decision-requirements/${MISSING}`, 'Decision Requirements'],
      [`/forms/${MISSING}`, 'Form'],
      [`/resources/${MISSING}`, 'Resource'],
    ] as const) {
      const res = await t.api.get<Problem>(path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).toMatchObject({
        title: 'NOT_FOUND',
        detail: `${entity} with key '${MISSING}' not found`,
      });
    }
    const batch = await t.api.get<Problem>(`/batch-operations/${MISSING}`);
    expect(batch.body).toMatchObject({
      title: 'NOT_FOUND',
      detail: `Batch Operation with id '${MISSING}' not found`,
    });
    const instance = await t.api.get<Problem>(`/decision-instances/${MISSING}-1`);
    expect(instance.body).toMatchObject({
      title: 'NOT_FOUND',
      detail: `Decision Instance with id '${MISSING}-1' not found`,
    });
  });
});

describe('problem details: requests the gateway refuses before the broker sees them', () => {
  const t = useEngine();

  it("answer 400 INVALID_ARGUMENT with Camunda's validation wording, before any lookup", async () => {
    const { api } = t;
    for (const [method, path, body, detail] of [
      ['post', '/jobs/activation', { timeout: 1000, maxJobsToActivate: 1 }, 'No type provided.'],
      ['post', '/jobs/activation', { type: 't', maxJobsToActivate: 1 }, 'No timeout provided.'],
      [
        'post',
        '/jobs/activation',
        { type: 't', timeout: 0, maxJobsToActivate: 1 },
        "The value for timeout is '0' but must be greater than 0.",
      ],
      ['post', `/jobs/${MISSING}/error`, {}, 'No errorCode provided.'],
      [
        'patch',
        `/jobs/${MISSING}`,
        { changeset: {} },
        'At least one of [retries, timeout, priority] is required.',
      ],
      [
        'post',
        `/process-instances/${MISSING}/migration`,
        { mappingInstructions: [] },
        'No targetProcessDefinitionKey provided.',
      ],
      ['post', '/messages/publication', { name: ' ' }, 'No name provided.'],
      ['post', '/messages/correlation', { name: '' }, 'No messageName provided.'],
      ['post', '/signals/broadcast', {}, 'No signalName provided.'],
      ['post', `/user-tasks/${MISSING}/assignment`, { assignee: '' }, 'No assignee provided'],
    ] as const) {
      const res = await api[method]<Problem>(path, body);
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body, `${method} ${path}`).toMatchObject({ title: 'INVALID_ARGUMENT', detail });
    }
  });
});

describe("problem details: the handlers' own checks, without the schema check of requests", () => {
  const t = useEngine({ validateRequests: false });

  it("word range and either-or checks as Camunda's gateway does", async () => {
    const priority = await t.api.patch<Problem>(`/user-tasks/${MISSING}`, { changeset: { priority: 101 } });
    expect(priority).toMatchObject({
      status: 400,
      body: {
        title: 'INVALID_ARGUMENT',
        detail: "The value for priority is '101' but must be within the [0,100] range.",
      },
    });
    const neither = await t.api.post<Problem>('/process-instances', {});
    expect(neither.body).toMatchObject({
      title: 'INVALID_ARGUMENT',
      detail: 'At least one of [processDefinitionId, processDefinitionKey] is required.',
    });
  });
});
