import { describe, expect, it } from 'vitest';
import { bpmnFixtures } from '../src/index.js';
import { basic, caller } from './support/engine-api.js';
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

/** Asserts that `res` is the broker rejection Camunda's gateway reports, with the status of its type. */
const REJECTION_STATUS: Record<string, number> = {
  NOT_FOUND: 404,
  INVALID_STATE: 409,
  ALREADY_EXISTS: 409,
  INVALID_ARGUMENT: 400,
};
function expectRejected(
  res: { status: number; body: unknown },
  intent: string,
  type: string,
  reason: string,
): void {
  expect({ status: res.status, body: res.body }).toMatchObject({
    status: REJECTION_STATUS[type],
    body: rejected(intent, type, reason),
  });
}

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
    expectRejected(
      update,
      'UPDATE',
      'NOT_FOUND',
      `Expected to update job with key '${MISSING}', but no such job was found`,
    );

    await api.deployFixtures('order-process.bpmn');
    await api.start('order-process', { order: { items: [], total: 1 } });
    const job = await api.activateOne('check-stock');
    expect((await api.post(`/jobs/${job.jobKey}/failure`, { retries: 0 })).status).toBe(204);
    const complete = await api.post<Problem>(`/jobs/${job.jobKey}/completion`, {});
    expectRejected(
      complete,
      'COMPLETE',
      'INVALID_STATE',
      `Expected to complete job with key '${job.jobKey}', but it is in state 'FAILED'`,
    );
    const noRetries = await api.patch<Problem>(`/jobs/${job.jobKey}`, { changeset: { retries: 0 } });
    expectRejected(
      noRetries,
      'UPDATE',
      'INVALID_ARGUMENT',
      `Expected to update retries for job with key '${job.jobKey}' with a positive amount of retries, but the amount given was '0'`,
    );
  });

  it('incident resolution: an unknown incident is NOT_FOUND (404)', async () => {
    const res = await t.api.post<Problem>(`/incidents/${MISSING}/resolution`, {});
    expectRejected(
      res,
      'RESOLVE',
      'NOT_FOUND',
      `Expected to resolve incident with key '${MISSING}', but no such incident was found`,
    );
  });

  it('process instance commands: create, cancel, modify, migrate, suspend and resume', async () => {
    const { api } = t;
    const create = await api.post<Problem>('/process-instances', { processDefinitionId: 'nothing-here' });
    // Camunda answers 404, though the spec documents none for createProcessInstance.
    expectRejected(
      create,
      'CREATE',
      'NOT_FOUND',
      "Expected to find process definition with process ID 'nothing-here', but none found",
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
    expectRejected(
      cancel,
      'CANCEL',
      'NOT_FOUND',
      `Expected to cancel a process instance with key '${MISSING}', but no such process was found`,
    );
    const modify = await api.post<Problem>(`/process-instances/${MISSING}/modification`, {
      terminateInstructions: [{ elementId: 'x' }],
    });
    expectRejected(
      modify,
      'MODIFY',
      'NOT_FOUND',
      `Expected to modify process instance but no process instance found with key '${MISSING}'`,
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
    expectRejected(
      migrate,
      'MIGRATE',
      'NOT_FOUND',
      `Expected to migrate process instance to process definition but no process definition found with key '${MISSING}'`,
    );

    expect((await api.post(`/process-instances/${pi}/suspension`, {})).status).toBe(204);
    const again = await api.post<Problem>(`/process-instances/${pi}/suspension`, {});
    expectRejected(
      again,
      'SUSPEND',
      'INVALID_STATE',
      `Expected to suspend a process instance with key '${pi}', but it is already suspended`,
    );
    expect((await api.post(`/process-instances/${pi}/resumption`, {})).status).toBe(204);
    const resume = await api.post<Problem>(`/process-instances/${pi}/resumption`, {});
    expectRejected(
      resume,
      'RESUME',
      'INVALID_STATE',
      `Expected to resume a process instance with key '${pi}', but it is not currently suspended`,
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
    expectRejected(
      claim,
      'CLAIM',
      'INVALID_STATE',
      `Expected to claim user task with key '${key}', but it has already been assigned`,
    );
    expect((await api.post(`/user-tasks/${key}/completion`, {})).status).toBe(204);
    const twice = await api.post<Problem>(`/user-tasks/${key}/completion`, {});
    expectRejected(
      twice,
      'COMPLETE',
      'NOT_FOUND',
      `Expected to complete user task with key '${key}', but no such user task was found`,
    );
  });

  it('messages: a correlation without subscription, a duplicate message id', async () => {
    const { api } = t;
    const correlate = await api.post<Problem>('/messages/correlation', {
      name: 'paid',
      correlationKey: 'nobody',
    });
    expectRejected(
      correlate,
      'CORRELATE',
      'NOT_FOUND',
      "Expected to find subscription for message with name 'paid' and correlation key 'nobody', but none was found.",
    );
    const message = { name: 'paid', correlationKey: 'c', messageId: 'm-1', timeToLive: 60_000 };
    expect((await api.post('/messages/publication', message)).status).toBe(200);
    const duplicate = await api.post<Problem>('/messages/publication', message);
    // Camunda answers 409, though the spec documents none for publishMessage.
    expectRejected(
      duplicate,
      'PUBLISH',
      'ALREADY_EXISTS',
      "Expected to publish a new message with id 'm-1', but a message with that id was already published",
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
    expectRejected(
      variables,
      'UPDATE',
      'NOT_FOUND',
      `Expected to update variables for element with key '${MISSING}', but no such element was found`,
    );
    const adHoc = await api.post<Problem>(`/element-instances/ad-hoc-activities/${MISSING}/activation`, {
      elements: [{ elementId: 'a' }],
    });
    expectRejected(
      adHoc,
      'ACTIVATE',
      'NOT_FOUND',
      `Expected to activate activities for ad-hoc sub-process but no ad-hoc sub-process instance found with key '${MISSING}'.`,
    );
    const resource = await api.post<Problem>(`/resources/${MISSING}/deletion`, {});
    expectRejected(
      resource,
      'DELETE',
      'NOT_FOUND',
      `Expected to delete resource but no resource found with key \`${MISSING}\``,
    );
    const conditional = await api.post<Problem>('/conditionals/evaluation', {
      processDefinitionKey: MISSING,
      variables: { x: 1 },
    });
    expectRejected(
      conditional,
      'EVALUATE',
      'NOT_FOUND',
      `Expected to evaluate conditional for process definition key '${MISSING}', but no such process was found.`,
    );
    const decision = await api.post<Problem>('/decision-definitions/evaluation', {
      decisionDefinitionKey: MISSING,
    });
    expectRejected(
      decision,
      'EVALUATE',
      'NOT_FOUND',
      `Expected to evaluate decision with key '${MISSING}', but no such decision found`,
    );
  });
});

describe('problem details: batch operation lifecycle, as Zeebe rejects it', () => {
  // A manual clock keeps a batch where each command leaves it.
  const t = useEngine({ clock: 'manual' });

  it('suspend, resume and cancel: NOT_FOUND (404) for no running batch, INVALID_STATE (409) by state', async () => {
    const { api } = t;
    const missing = await api.post<Problem>(`/batch-operations/${MISSING}/resumption`, {});
    expectRejected(
      missing,
      'RESUME',
      'NOT_FOUND',
      `Expected to resume a batch operation with key '${MISSING}', but no such batch operation was found`,
    );

    const started = await api.post<{ batchOperationKey: string }>('/process-instances/cancellation', {
      filter: {},
    });
    const key = started.body.batchOperationKey;
    const path = (command: string) => `/batch-operations/${key}/${command}`;
    const notSuspended = await api.post<Problem>(path('resumption'), {});
    // Camunda answers 409, though the spec documents none for resumeBatchOperation.
    expectRejected(
      notSuspended,
      'RESUME',
      'INVALID_STATE',
      `Expected to resume a batch operation with key '${key}', but it has an invalid state 'CREATED'.`,
    );
    expect((await api.post(path('suspension'), {})).status).toBe(204);
    const twice = await api.post<Problem>(path('suspension'), {});
    expectRejected(
      twice,
      'SUSPEND',
      'INVALID_STATE',
      `Expected to suspend a batch operation with key '${key}', but it has an invalid state 'SUSPENDED'.`,
    );
    expect((await api.post(path('cancellation'), {})).status).toBe(204);
    // Zeebe drops a batch operation that ended: every further command finds none.
    const cancelAgain = await api.post<Problem>(path('cancellation'), {});
    expectRejected(
      cancelAgain,
      'CANCEL',
      'NOT_FOUND',
      `Expected to cancel a batch operation with key '${key}', but no such batch operation was found`,
    );
    const suspendEnded = await api.post<Problem>(path('suspension'), {});
    expect(suspendEnded.body).toMatchObject(
      rejected(
        'SUSPEND',
        'NOT_FOUND',
        `Expected to suspend a batch operation with key '${key}', but no such batch operation was found.`,
      ),
    );
  });
});

describe('problem details: global listeners, cluster variables, agents, expressions', () => {
  const t = useEngine();

  it('global task listeners: a taken id is ALREADY_EXISTS (409), an unknown one NOT_FOUND (404)', async () => {
    const { api } = t;
    const listener = { id: 'audit', type: 'audit-job', eventTypes: ['completing'] };
    expect((await api.post('/global-task-listeners', listener)).status).toBe(201);
    const taken = await api.post<Problem>('/global-task-listeners', listener);
    expectRejected(
      taken,
      'CREATE',
      'ALREADY_EXISTS',
      "Expected a global USER_TASK listener with id 'audit' to not exist, but a listener with the same id was found",
    );
    const update = await api.put<Problem>('/global-task-listeners/nobody', {
      type: 'audit-job',
      eventTypes: ['completing'],
    });
    expectRejected(
      update,
      'UPDATE',
      'NOT_FOUND',
      "Expected a global USER_TASK listener with id 'nobody' to exist, but it was not found",
    );
    const remove = await api.delete<Problem>('/global-task-listeners/nobody');
    expectRejected(
      remove,
      'DELETE',
      'NOT_FOUND',
      "Expected a global USER_TASK listener with id 'nobody' to exist, but it was not found",
    );
  });

  it('cluster variables: a taken name is ALREADY_EXISTS (409), an unknown one NOT_FOUND (404), per scope', async () => {
    const { api } = t;
    expect(
      (await api.post('/cluster-variables/global', { name: 'region', value: { code: 'eu' } })).status,
    ).toBe(200);
    const taken = await api.post<Problem>('/cluster-variables/global', {
      name: 'region',
      value: { code: 'us' },
    });
    expectRejected(
      taken,
      'CREATE',
      'ALREADY_EXISTS',
      "Invalid cluster variable name: 'region'. The name already exists in the scope 'GLOBAL'",
    );
    const update = await api.put<Problem>('/cluster-variables/global/nothing', { value: { code: 1 } });
    expectRejected(
      update,
      'UPDATE',
      'NOT_FOUND',
      "Invalid cluster variable name: 'nothing'. The variable does not exist in the scope 'GLOBAL'",
    );
    const remove = await api.delete<Problem>('/cluster-variables/tenants/acme/nothing');
    expectRejected(
      remove,
      'DELETE',
      'NOT_FOUND',
      "Invalid cluster variable name: 'nothing'. The variable does not exist in the scope 'tenant: 'acme''",
    );
  });

  it('agent instances: unknown element or agent instance NOT_FOUND (404), an ended element INVALID_STATE (409)', async () => {
    const { api } = t;
    const unknownElement = await api.post<Problem>('/agent-instances', { elementInstanceKey: MISSING });
    expectRejected(
      unknownElement,
      'CREATE',
      'NOT_FOUND',
      `Expected to create agent instance for element instance with key '${MISSING}', but no such element instance was found.`,
    );
    const unknownAgent = await api.patch<Problem>(`/agent-instances/${MISSING}`, {
      elementInstanceKey: MISSING,
      status: 'THINKING',
    });
    expectRejected(
      unknownAgent,
      'UPDATE',
      'NOT_FOUND',
      `Expected to update agent instance with key '${MISSING}', but no such agent instance was found.`,
    );

    await api.deployFixtures('order-process.bpmn');
    const pi = await api.start('order-process', { order: { items: [], total: 1 } });
    const found = await api.post<{ items: { elementInstanceKey: string }[] }>('/element-instances/search', {
      filter: { processInstanceKey: pi, elementId: 'check-stock' },
    });
    const elementInstanceKey = found.body.items[0]?.elementInstanceKey ?? '';
    const created = await api.post<{ agentInstanceKey: string }>('/agent-instances', { elementInstanceKey });
    expect(created.status).toBe(200);
    // Zeebe's create is idempotent: the element instance's agent instance answers again.
    const again = await api.post<{ agentInstanceKey: string }>('/agent-instances', { elementInstanceKey });
    expect(again.body.agentInstanceKey).toBe(created.body.agentInstanceKey);
    const agent = created.body.agentInstanceKey;
    const job = await api.activateOne('check-stock');
    expect((await api.post(`/jobs/${job.jobKey}/completion`, { variables: { inStock: true } })).status).toBe(
      204,
    );
    const ended = await api.patch<Problem>(`/agent-instances/${agent}`, {
      elementInstanceKey,
      status: 'THINKING',
    });
    // Camunda answers 409, though the spec documents none for updateAgentInstance.
    expectRejected(
      ended,
      'UPDATE',
      'INVALID_STATE',
      `Expected to update agent instance for element instance with key '${elementInstanceKey}', but it is not active.`,
    );
  });

  it('evaluateExpression: an unknown scope is NOT_FOUND (404); pinClock refuses a negative time (400)', async () => {
    const { api } = t;
    const scoped = await api.post<Problem>('/expression/evaluation', { expression: '=1', scopeKey: MISSING });
    // Camunda answers 404, though the spec documents none for evaluateExpression.
    expectRejected(scoped, 'EVALUATE', 'NOT_FOUND', `No scope found with key '${MISSING}'`);
    const clock = await api.put<Problem>('/clock', { timestamp: -1 });
    expect(clock.status).toBe(400);
    expect(clock.body).toMatchObject({
      title: 'INVALID_ARGUMENT',
      detail: "The value for timestamp is '-1' but must be not negative.",
    });
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

describe('problem details: what another tenant owns', () => {
  const t = useEngine({ auth: 'basic', multiTenancy: true });

  it('is not found under the name of the entity, as a read that finds nothing', async () => {
    const admin = caller(t.engine, basic('demo', 'demo'));
    expect((await admin('POST', '/tenants', { tenantId: 'tenant-b', name: 'b' })).status).toBe(201);
    expect((await admin('POST', '/users', { username: 'ann', password: 'pw' })).status).toBe(201);
    expect((await admin('PUT', '/tenants/tenant-b/users/demo')).status).toBe(204);
    const order = bpmnFixtures.orderProcess;
    await t.engine.deploy({ [order.resourceName]: order.xml }, 'tenant-b');
    const started = await admin('POST', '/process-instances', {
      processDefinitionId: order.processDefinitionId,
      tenantId: 'tenant-b',
      variables: { order: { items: [], total: 1 } },
    });
    expect(started.status).toBe(200);
    const key = String(started.body.processInstanceKey);
    const ann = caller(t.engine, basic('ann', 'pw'));
    const read = await ann('GET', `/process-instances/${key}`);
    expect(read.status).toBe(404);
    expect(read.body).toMatchObject({
      title: 'NOT_FOUND',
      detail: `Process Instance with key '${key}' not found`,
    });
    const definition = await ann('GET', `/process-definitions/${String(started.body.processDefinitionKey)}`);
    expect(definition.body).toMatchObject({
      title: 'NOT_FOUND',
      detail: `Process Definition with key '${String(started.body.processDefinitionKey)}' not found`,
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
