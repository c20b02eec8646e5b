import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bpmnFixtures, startTestEngine, type TestEngine } from '../src/index.js';
import { type ApiCall, basic, caller } from './support/engine-api.js';

// Two principals on an engine that enforces authorizations: alice may work with the user-task process, bob may
// only read the order process. The admin (the configured demo user) sets everything up through the API.

const orderFx = bpmnFixtures.orderProcess;
const taskFx = bpmnFixtures.userTaskProcess;

let engine: TestEngine;
let admin: ApiCall;
let alice: ApiCall;
let bob: ApiCall;
let definitionKeys: Record<string, string>;

const grant = async (ownerId: string, resourceId: string, permissionTypes: string[]) => {
  const res = await admin('POST', '/authorizations', {
    ownerId,
    ownerType: 'USER',
    resourceType: 'PROCESS_DEFINITION',
    resourceId,
    permissionTypes,
  });
  expect(res.status).toBe(201);
};

beforeEach(async () => {
  engine = await startTestEngine({ auth: 'basic', authorizations: true, validateResponses: true });
  admin = caller(engine, basic('demo', 'demo'));
  for (const username of ['alice', 'bob']) {
    expect((await admin('POST', '/users', { username, password: `${username}-pw` })).status).toBe(201);
  }
  alice = caller(engine, basic('alice', 'alice-pw'));
  bob = caller(engine, basic('bob', 'bob-pw'));
  await engine.deploy({ [orderFx.resourceName]: orderFx.xml, [taskFx.resourceName]: taskFx.xml });
  const defs = await admin('POST', '/process-definitions/search', {});
  definitionKeys = Object.fromEntries(
    defs.body.items.map((d: { processDefinitionId: string; processDefinitionKey: string }) => [
      d.processDefinitionId,
      d.processDefinitionKey,
    ]),
  );
  await grant('alice', taskFx.processDefinitionId, [
    'READ_PROCESS_DEFINITION',
    'CREATE_PROCESS_INSTANCE',
    'READ_PROCESS_INSTANCE',
    'READ_USER_TASK',
    'UPDATE_USER_TASK',
  ]);
  await grant('bob', orderFx.processDefinitionId, ['READ_PROCESS_DEFINITION']);
});

afterEach(async () => {
  const violations = engine.violations();
  await engine.stop();
  expect(violations).toEqual([]);
});

const ids = (items: Array<{ processDefinitionId: string }>) => items.map((i) => i.processDefinitionId).sort();

describe('authorizations: true', () => {
  it('process definitions: reads are checked, searches return only what the caller may read', async () => {
    expect(ids((await alice('POST', '/process-definitions/search', {})).body.items)).toEqual([
      taskFx.processDefinitionId,
    ]);
    expect(ids((await bob('POST', '/process-definitions/search', {})).body.items)).toEqual([
      orderFx.processDefinitionId,
    ]);
    expect(ids((await admin('POST', '/process-definitions/search', {})).body.items)).toHaveLength(2);

    const taskDef = definitionKeys[taskFx.processDefinitionId];
    expect((await alice('GET', `/process-definitions/${taskDef}`)).status).toBe(200);
    const denied = await bob('GET', `/process-definitions/${taskDef}`);
    expect(denied.status).toBe(403);
    expect(denied.body.title).toBe('FORBIDDEN');
    expect(denied.body.detail).toBe(
      "Insufficient permissions to perform operation 'READ_PROCESS_DEFINITION' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, user-task-process]'",
    );
    expect((await bob('GET', `/process-definitions/${taskDef}/xml`)).status).toBe(403);
  });

  it('process instances: creation and reads are checked, searches are filtered', async () => {
    const mine = await alice('POST', '/process-instances', {
      processDefinitionId: taskFx.processDefinitionId,
    });
    expect(mine.status).toBe(200);
    const refused = await bob('POST', '/process-instances', {
      processDefinitionId: taskFx.processDefinitionId,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain("'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION'");
    const theirs = await admin('POST', '/process-instances', {
      processDefinitionId: orderFx.processDefinitionId,
      variables: { order: { items: [], total: 1 } },
    });
    expect(theirs.status).toBe(200);

    const search = await alice('POST', '/process-instances/search', {});
    expect(search.body.items.map((i: { processInstanceKey: string }) => i.processInstanceKey)).toEqual([
      mine.body.processInstanceKey,
    ]);
    expect(search.body.page.totalItems).toBe(1);
    expect((await bob('POST', '/process-instances/search', {})).body.items).toEqual([]);
    expect((await admin('POST', '/process-instances/search', {})).body.items).toHaveLength(2);

    expect((await alice('GET', `/process-instances/${mine.body.processInstanceKey}`)).status).toBe(200);
    expect((await alice('GET', `/process-instances/${theirs.body.processInstanceKey}`)).status).toBe(403);
    expect((await bob('GET', `/process-instances/${mine.body.processInstanceKey}`)).status).toBe(403);
    expect(
      (await alice('POST', `/process-instances/${mine.body.processInstanceKey}/cancellation`, {})).status,
    ).toBe(403);
  });

  it('user tasks: reads and commands are checked, searches are filtered', async () => {
    const created = await alice('POST', '/process-instances', {
      processDefinitionId: taskFx.processDefinitionId,
    });
    const tasks = await alice('POST', '/user-tasks/search', {
      filter: { processInstanceKey: created.body.processInstanceKey },
    });
    expect(tasks.body.items).toHaveLength(1);
    const taskKey = tasks.body.items[0].userTaskKey as string;
    expect((await bob('POST', '/user-tasks/search', {})).body.items).toEqual([]);
    expect((await bob('GET', `/user-tasks/${taskKey}`)).status).toBe(403);
    const refused = await bob('POST', `/user-tasks/${taskKey}/completion`, {});
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain("'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION'");

    expect((await alice('POST', `/user-tasks/${taskKey}/assignment`, { assignee: 'alice' })).status).toBe(
      204,
    );
    expect((await alice('POST', `/user-tasks/${taskKey}/completion`, {})).status).toBe(204);
    expect((await alice('GET', `/user-tasks/${taskKey}`)).body.state).toBe('COMPLETED');
  });

  it('grants reach a user through groups and roles, and property grants through the task itself', async () => {
    const carol = caller(engine, basic('carol', 'carol-pw'));
    await admin('POST', '/users', { username: 'carol', password: 'carol-pw' });
    await alice('POST', '/process-instances', { processDefinitionId: taskFx.processDefinitionId });
    expect((await carol('POST', '/user-tasks/search', {})).body.items).toEqual([]);

    // A role held through a group: READ_USER_TASK on every process.
    await admin('POST', '/roles', { roleId: 'reviewer', name: 'Reviewer' });
    await admin('POST', '/groups', { groupId: 'reviewers', name: 'Reviewers' });
    await admin('POST', '/authorizations', {
      ownerId: 'reviewer',
      ownerType: 'ROLE',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: '*',
      permissionTypes: ['READ_USER_TASK'],
    });
    expect((await admin('PUT', '/roles/reviewer/groups/reviewers')).status).toBe(204);
    expect((await admin('PUT', '/groups/reviewers/users/carol')).status).toBe(204);
    expect((await carol('POST', '/user-tasks/search', {})).body.items).toHaveLength(1);
    const me = await carol('GET', '/authentication/me');
    expect(me.body).toMatchObject({ username: 'carol', groups: ['reviewers'], roles: ['reviewer'] });

    // Leaving the group takes the role away again.
    expect((await admin('DELETE', '/groups/reviewers/users/carol')).status).toBe(204);
    expect((await carol('POST', '/user-tasks/search', {})).body.items).toEqual([]);

    // A property-based grant: tasks assigned to the caller.
    await admin('POST', '/authorizations', {
      ownerId: 'carol',
      ownerType: 'USER',
      resourceType: 'USER_TASK',
      resourcePropertyName: 'assignee',
      permissionTypes: ['READ'],
    });
    const [task] = (await alice('POST', '/user-tasks/search', {})).body.items;
    expect((await carol('GET', `/user-tasks/${task.userTaskKey}`)).status).toBe(403);
    await alice('POST', `/user-tasks/${task.userTaskKey}/assignment`, { assignee: 'carol' });
    expect((await carol('GET', `/user-tasks/${task.userTaskKey}`)).status).toBe(200);
  });

  it('jobs: activation hands out only jobs of processes the caller may update', async () => {
    const started = await admin('POST', '/process-instances', {
      processDefinitionId: orderFx.processDefinitionId,
      variables: { order: { items: [], total: 1 } },
    });
    expect(started.status).toBe(200);
    const activate = (call: ApiCall) =>
      call('POST', '/jobs/activation', {
        type: 'check-stock',
        maxJobsToActivate: 5,
        timeout: 60_000,
        requestTimeout: 1,
      });
    expect((await activate(bob)).body.jobs).toEqual([]);
    await grant('bob', orderFx.processDefinitionId, ['UPDATE_PROCESS_INSTANCE']);
    const jobs = (await activate(bob)).body.jobs;
    expect(jobs.map((j: { processInstanceKey: string }) => j.processInstanceKey)).toEqual([
      started.body.processInstanceKey,
    ]);
    // Completing needs the same permission: alice has none on the order process.
    const refused = await alice('POST', `/jobs/${jobs[0].jobKey}/completion`, {});
    expect(refused.status).toBe(403);
    expect(
      (await bob('POST', `/jobs/${jobs[0].jobKey}/completion`, { variables: { available: true } })).status,
    ).toBe(204);
  });

  it('decisions: evaluation and reads are checked, searches are filtered', async () => {
    const dmn = (id: string) => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="${id}-drg" name="${id}" namespace="test">
  <decision id="${id}" name="${id}"><literalExpression id="e"><text>total * 2</text></literalExpression></decision>
</definitions>`;
    await engine.deploy({ 'double.dmn': dmn('double'), 'triple.dmn': dmn('triple') });
    await admin('POST', '/authorizations', {
      ownerId: 'alice',
      ownerType: 'USER',
      resourceType: 'DECISION_DEFINITION',
      resourceId: 'double',
      permissionTypes: ['CREATE_DECISION_INSTANCE', 'READ_DECISION_DEFINITION'],
    });
    const evaluate = (call: ApiCall, decisionDefinitionId: string) =>
      call('POST', '/decision-definitions/evaluation', { decisionDefinitionId, variables: { total: 2 } });
    const evaluated = await evaluate(alice, 'double');
    expect(evaluated.status).toBe(200);
    expect(evaluated.body.output).toBe('4');
    const refused = await evaluate(alice, 'triple');
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain("'CREATE_DECISION_INSTANCE' on resource 'DECISION_DEFINITION'");
    expect((await evaluate(bob, 'double')).status).toBe(403);

    const visible = await alice('POST', '/decision-definitions/search', {});
    expect(visible.body.items.map((d: { decisionDefinitionId: string }) => d.decisionDefinitionId)).toEqual([
      'double',
    ]);
    expect((await bob('POST', '/decision-definitions/search', {})).body.items).toEqual([]);
    const triple = (
      await admin('POST', '/decision-definitions/search', { filter: { decisionDefinitionId: 'triple' } })
    ).body.items[0];
    expect((await alice('GET', `/decision-definitions/${triple.decisionDefinitionKey}`)).status).toBe(403);
  });

  it('identity operations need their own permissions', async () => {
    const refused = await alice('POST', '/users', { username: 'mallory', password: 'x' });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe(
      "Insufficient permissions to perform operation 'CREATE' on resource 'USER'",
    );
    expect((await alice('POST', '/users/search', {})).body.items).toEqual([]);
    expect((await admin('POST', '/users/search', {})).body.items.length).toBeGreaterThanOrEqual(3);
    const own = await alice('POST', '/authentication/me/authorizations/search', {});
    expect(own.body.authorizationsEnabled).toBe(true);
    expect(own.body.items).toHaveLength(1);
    expect(own.body.items[0]).toMatchObject({ ownerId: 'alice', resourceId: taskFx.processDefinitionId });
  });
});
