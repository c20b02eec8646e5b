import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bpmnFixtures, startTestEngine, type TestEngine } from '../src/index.js';
import { type ApiCall, basic, caller } from './support/engine-api.js';

// Two tenants, one user in each; the same process is deployed to both.

const order = bpmnFixtures.orderProcess;
const orderVariables = { order: { items: ['book'], total: 42 } };

let engine: TestEngine;
let ann: ApiCall;
let ben: ApiCall;

beforeEach(async () => {
  engine = await startTestEngine({
    auth: 'basic',
    multiTenancy: true,
    validateResponses: true,
    clock: 'manual',
  });
  const admin = caller(engine, basic('demo', 'demo'));
  for (const [tenantId, username] of [
    ['tenant-a', 'ann'],
    ['tenant-b', 'ben'],
  ] as const) {
    expect((await admin('POST', '/tenants', { tenantId, name: tenantId })).status).toBe(201);
    expect((await admin('POST', '/users', { username, password: 'pw' })).status).toBe(201);
    expect((await admin('PUT', `/tenants/${tenantId}/users/${username}`)).status).toBe(204);
    await engine.deploy({ [order.resourceName]: order.xml }, tenantId);
  }
  ann = caller(engine, basic('ann', 'pw'));
  ben = caller(engine, basic('ben', 'pw'));
});

afterEach(async () => {
  const violations = engine.violations();
  await engine.stop();
  expect(violations).toEqual([]);
});

const start = (call: ApiCall, tenantId: string) =>
  call('POST', '/process-instances', {
    processDefinitionId: order.processDefinitionId,
    tenantId,
    variables: orderVariables,
  });

describe('multiTenancy: true', () => {
  it('commands for another tenant are rejected, searches show only the own tenant, reads by key find nothing', async () => {
    const a = await start(ann, 'tenant-a');
    expect(a.status).toBe(200);
    expect(a.body.tenantId).toBe('tenant-a');
    const b = await start(ben, 'tenant-b');
    expect(b.status).toBe(200);
    const refused = await start(ann, 'tenant-b');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      title: 'FORBIDDEN',
      detail: "Expected to access tenant 'tenant-b', but the principal is not authorized.",
    });

    const defs = await ann('POST', '/process-definitions/search', {});
    expect(defs.body.items.map((d: { tenantId: string }) => d.tenantId)).toEqual(['tenant-a']);
    const instances = await ann('POST', '/process-instances/search', {});
    expect(instances.body.items.map((i: { processInstanceKey: string }) => i.processInstanceKey)).toEqual([
      a.body.processInstanceKey,
    ]);
    expect((await ann('GET', `/process-instances/${b.body.processInstanceKey}`)).status).toBe(404);
    expect((await ben('GET', `/process-instances/${b.body.processInstanceKey}`)).status).toBe(200);
    expect(
      (await ann('POST', `/process-instances/${b.body.processInstanceKey}/cancellation`, {})).status,
    ).toBe(404);
  });

  it('user tasks of another tenant are neither found nor completed', async () => {
    const task = bpmnFixtures.userTaskProcess;
    await engine.deploy({ [task.resourceName]: task.xml }, 'tenant-b');
    const started = await ben('POST', '/process-instances', {
      processDefinitionId: task.processDefinitionId,
      tenantId: 'tenant-b',
    });
    expect(started.status).toBe(200);
    const [item] = (await ben('POST', '/user-tasks/search', {})).body.items;
    expect(item.tenantId).toBe('tenant-b');
    expect((await ann('POST', '/user-tasks/search', {})).body.items).toEqual([]);
    expect((await ann('GET', `/user-tasks/${item.userTaskKey}`)).status).toBe(404);
    expect((await ann('POST', `/user-tasks/${item.userTaskKey}/completion`, {})).status).toBe(404);
    expect((await ben('POST', `/user-tasks/${item.userTaskKey}/completion`, {})).status).toBe(204);
  });

  it('activation honours tenantFilter ASSIGNED and rejects tenants the caller is not assigned to', async () => {
    await start(ann, 'tenant-a');
    await start(ben, 'tenant-b');
    const activate = (call: ApiCall, extra: Record<string, unknown>) =>
      call('POST', '/jobs/activation', {
        type: 'check-stock',
        maxJobsToActivate: 10,
        timeout: 60_000,
        requestTimeout: 1,
        ...extra,
      });

    const assigned = await activate(ann, { tenantFilter: 'ASSIGNED' });
    expect(assigned.status).toBe(200);
    expect(assigned.body.jobs.map((j: { tenantId: string }) => j.tenantId)).toEqual(['tenant-a']);
    const foreign = await activate(ann, { tenantIds: ['tenant-b'] });
    expect(foreign.status).toBe(403);
    const provided = await activate(ben, { tenantIds: ['tenant-b'] });
    expect(provided.body.jobs.map((j: { tenantId: string }) => j.tenantId)).toEqual(['tenant-b']);
  });

  it('a user in both tenants sees both; unassigning takes one away', async () => {
    const admin = caller(engine, basic('demo', 'demo'));
    await admin('PUT', '/tenants/tenant-b/users/ann');
    await start(ann, 'tenant-a');
    await start(ann, 'tenant-b');
    expect((await ann('POST', '/process-instances/search', {})).body.items).toHaveLength(2);
    const me = await ann('GET', '/authentication/me');
    expect(me.body.tenants.map((t: { tenantId: string }) => t.tenantId).sort()).toEqual([
      'tenant-a',
      'tenant-b',
    ]);
    await admin('DELETE', '/tenants/tenant-b/users/ann');
    const left = await ann('POST', '/process-instances/search', {});
    expect(left.body.items.map((i: { tenantId: string }) => i.tenantId)).toEqual(['tenant-a']);
  });
});
