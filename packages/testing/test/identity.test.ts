import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { operations } from '@camunda-ts/types/operations';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../src/index.js';
import { basic, caller } from './support/engine-api.js';

let engine: TestEngine | undefined;
afterEach(async () => {
  const violations = engine?.violations() ?? [];
  await engine?.stop();
  engine = undefined;
  expect(violations).toEqual([]);
});

const IDENTITY_TAGS = [
  'User',
  'Group',
  'Role',
  'Tenant',
  'Mapping rule',
  'Authorization',
  'Authentication',
  'Setup',
];

/** The operationIds the spec tags as identity and access operations (CAMUNDA_SPEC_DIR or ../shared/spec). */
function identityOperationIds(): string[] {
  const dir =
    process.env.CAMUNDA_SPEC_DIR ?? fileURLToPath(new URL('../../../../shared/spec/', import.meta.url));
  const path = `${dir}/rest-api.bundle.json`;
  if (!existsSync(path)) throw new Error(`spec not found at ${dir}: set CAMUNDA_SPEC_DIR to the spec folder`);
  const spec = JSON.parse(readFileSync(path, 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; tags?: string[] }>>;
  };
  return Object.values(spec.paths)
    .flatMap((methods) => Object.values(methods))
    .filter((op) => op.operationId !== undefined && (op.tags ?? []).some((t) => IDENTITY_TAGS.includes(t)))
    .map((op) => op.operationId as string);
}

describe('identity operations', () => {
  it('none of the operations tagged User, Group, Role, Tenant, Mapping rule, Authorization, Authentication or Setup answers 501', async () => {
    // Without fidelity mode: the empty bodies sent here are rejected with 400s some operations do not document.
    engine = await startTestEngine({ auth: 'basic' });
    const call = caller(engine, basic('demo', 'demo'));
    const ids = identityOperationIds();
    expect(ids).toHaveLength(70);
    const statuses: Record<string, number> = {};
    for (const id of ids) {
      const op = operations[id as keyof typeof operations];
      const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
        name.endsWith('Key') ? '2251799813685249' : 'sweep',
      );
      const res = await call(op.method, path, op.requestContentType === undefined ? undefined : {});
      statuses[id] = res.status;
    }
    expect(Object.entries(statuses).filter(([, status]) => status === 501 || status >= 500)).toEqual([]);
  });

  it('createUser makes a Basic-auth login; the password is stored hashed and never answered', async () => {
    engine = await startTestEngine({ auth: 'basic', validateResponses: true });
    const admin = caller(engine, basic('demo', 'demo'));
    const created = await admin('POST', '/users', {
      username: 'eve',
      password: 's3cret!',
      name: 'Eve',
      email: 'eve@example.com',
    });
    expect(created).toEqual({
      status: 201,
      body: { username: 'eve', name: 'Eve', email: 'eve@example.com' },
    });
    const eve = caller(engine, basic('eve', 's3cret!'));
    expect((await eve('GET', '/topology')).status).toBe(200);
    expect((await caller(engine, basic('eve', 'wrong'))('GET', '/topology')).status).toBe(401);
    const me = await eve('GET', '/authentication/me');
    expect(me.body).toMatchObject({
      username: 'eve',
      displayName: 'Eve',
      email: 'eve@example.com',
      canLogout: true,
    });
    for (const res of [created, await admin('GET', '/users/eve'), await admin('POST', '/users/search', {})]) {
      expect(JSON.stringify(res.body)).not.toContain('s3cret');
      expect(JSON.stringify(res.body)).not.toContain('password');
    }
    expect(inspect(engine, { depth: 8 })).not.toContain('s3cret');

    // A new password replaces the old login; a blank one leaves it unchanged.
    expect((await admin('PUT', '/users/eve', { password: 'n3w' })).status).toBe(200);
    expect((await eve('GET', '/topology')).status).toBe(401);
    expect((await caller(engine, basic('eve', 'n3w'))('GET', '/topology')).status).toBe(200);
    expect((await admin('PUT', '/users/eve', { password: '' })).status).toBe(200);
    expect((await caller(engine, basic('eve', 'n3w'))('GET', '/topology')).status).toBe(200);
    expect((await admin('DELETE', '/users/eve')).status).toBe(204);
    expect((await caller(engine, basic('eve', 'n3w'))('GET', '/topology')).status).toBe(401);
  });

  it('answers conflicts, unknown entities and bad input as Camunda does', async () => {
    engine = await startTestEngine({ auth: 'basic', validateResponses: true });
    const admin = caller(engine, basic('demo', 'demo'));
    const dup = await admin('POST', '/users', { username: 'demo', password: 'x' });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({
      title: 'ALREADY_EXISTS',
      detail:
        "Command 'CREATE' rejected with code 'ALREADY_EXISTS': Expected to create user with username 'demo', but a user with this username already exists",
    });
    const missingGroup = await admin('PUT', '/groups/nope/users/demo');
    expect(missingGroup.status).toBe(404);
    expect(missingGroup.body).toMatchObject({
      title: 'NOT_FOUND',
      detail:
        "Command 'ADD_ENTITY' rejected with code 'NOT_FOUND': Expected to update group with ID 'nope', but a group with this ID does not exist.",
    });
    // Reads come from secondary storage and say so in Camunda's search wording.
    const unknownGroup = await admin('GET', '/groups/nope');
    expect(unknownGroup).toMatchObject({
      status: 404,
      body: { title: 'NOT_FOUND', detail: "Group with id 'nope' not found" },
    });
    const unknownUser = await admin('GET', '/users/nobody');
    expect(unknownUser.body).toMatchObject({ detail: "User with username 'nobody' not found" });
    const badPermission = await admin('POST', '/authorizations', {
      ownerId: 'demo',
      ownerType: 'USER',
      resourceType: 'USER',
      resourceId: '*',
      permissionTypes: ['CREATE_PROCESS_INSTANCE'],
    });
    expect(badPermission.status).toBe(400);
    expect(badPermission.body.title).toBe('INVALID_ARGUMENT');
    expect(badPermission.body.detail).toMatch(
      /^Command 'CREATE' rejected with code 'INVALID_ARGUMENT': Expected to create authorization with permission types '\[CREATE_PROCESS_INSTANCE\]' and resource type 'USER', but these permissions are not supported/,
    );
    const readTasks = {
      ownerId: 'carol',
      ownerType: 'USER',
      resourceType: 'USER_TASK',
      resourceId: '*',
      permissionTypes: ['READ', 'UPDATE'],
    };
    expect((await admin('POST', '/authorizations', readTasks)).status).toBe(201);
    const duplicate = await admin('POST', '/authorizations', { ...readTasks, permissionTypes: ['UPDATE'] });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({
      title: 'ALREADY_EXISTS',
      detail:
        "Command 'CREATE' rejected with code 'ALREADY_EXISTS': Expected to create authorization for owner 'carol' for resource identifier '*', but an authorization for this resource identifier already exists.",
    });
    const byProperty = { ...readTasks, resourceId: undefined, resourcePropertyName: 'assignee' };
    expect((await admin('POST', '/authorizations', byProperty)).status).toBe(201);
    expect((await admin('POST', '/authorizations', byProperty)).body.detail).toBe(
      "Command 'CREATE' rejected with code 'ALREADY_EXISTS': Expected to create authorization for owner 'carol' for resource property name 'assignee', but an authorization for this resource property name already exists.",
    );
    // Another permission, resource id or owner is a new grant.
    for (const other of [
      { ...readTasks, permissionTypes: ['CLAIM'] },
      { ...readTasks, resourceId: '2251799813685249' },
      { ...readTasks, ownerId: 'dave' },
    ]) {
      expect((await admin('POST', '/authorizations', other)).status).toBe(201);
    }
    const blankName = await admin('POST', '/groups', { groupId: 'g', name: ' ' });
    expect(blankName).toMatchObject({
      status: 400,
      body: { title: 'INVALID_ARGUMENT', detail: 'No name provided.' },
    });
  });

  it('starts with the default tenant and roles; the configured user is an admin', async () => {
    engine = await startTestEngine({ auth: 'basic', validateResponses: true });
    const admin = caller(engine, basic('demo', 'demo'));
    const roles = await admin('POST', '/roles/search', { sort: [{ field: 'roleId' }] });
    expect(roles.body.items.map((r: { roleId: string }) => r.roleId)).toEqual([
      'admin',
      'app-integrations',
      'connectors',
      'readonly-admin',
      'rpa',
      'task-worker',
    ]);
    expect((await admin('GET', '/tenants/<default>')).body).toEqual({
      tenantId: '<default>',
      name: 'Default',
      description: null,
    });
    expect((await admin('POST', '/roles/admin/users/search', {})).body.items).toEqual([{ username: 'demo' }]);
    // The admin role is taken: the initial setup is over.
    expect((await caller(engine)('POST', '/setup/user', { username: 'root', password: 'pw' })).status).toBe(
      403,
    );
  });

  it('reset() drops identity entities made since start and restores the defaults', async () => {
    engine = await startTestEngine({ auth: 'basic', validateResponses: true });
    const admin = caller(engine, basic('demo', 'demo'));
    await admin('POST', '/users', { username: 'temp', password: 'pw' });
    await admin('DELETE', '/roles/rpa');
    await admin('DELETE', '/tenants/<default>/users/demo');
    engine.reset();
    expect((await admin('GET', '/users/temp')).status).toBe(404);
    expect((await admin('GET', '/roles/rpa')).status).toBe(200);
    expect((await admin('POST', '/tenants/<default>/users/search', {})).body.items).toEqual([
      { username: 'demo' },
    ]);
  });

  it('requests without a principal are not restricted (auth none), as on an unprotected API', async () => {
    engine = await startTestEngine({ authorizations: true, multiTenancy: true, validateResponses: true });
    const anonymous = caller(engine);
    expect((await anonymous('POST', '/users', { username: 'free', password: 'pw' })).status).toBe(201);
    expect((await anonymous('POST', '/users/search', {})).body.items).toHaveLength(1);
    expect((await anonymous('GET', '/authentication/me')).status).toBe(401);
    const own = await anonymous('POST', '/authentication/me/authorizations/search', {});
    expect(own).toMatchObject({ status: 200, body: { items: [], authorizationsEnabled: true } });
  });

  it('OAuth clients and mapping rules decide a token principal’s roles, groups and tenants', async () => {
    engine = await startTestEngine({
      auth: {
        mode: 'oauth',
        clients: [
          { clientId: 'billing', clientSecret: 'billing-secret', claims: { department: ['finance', 'ops'] } },
        ],
      },
      authorizations: true,
      multiTenancy: true,
      validateResponses: true,
    });
    const token = async (clientId: string, clientSecret: string) => {
      const res = await fetch(engine?.oauthUrl ?? '', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: clientSecret,
        }),
      });
      return `Bearer ${((await res.json()) as { access_token: string }).access_token}`;
    };
    const admin = caller(engine, await token('camunda-ts-test', 'camunda-ts-test-secret'));
    const billing = caller(engine, await token('billing', 'billing-secret'));
    expect((await admin('POST', '/users', { username: 'ursula', password: 'pw' })).status).toBe(201);
    expect((await billing('POST', '/users/search', {})).body.items).toEqual([]);
    expect((await billing('POST', '/users', { username: 'x', password: 'y' })).status).toBe(403);

    await admin('POST', '/mapping-rules', {
      mappingRuleId: 'finance',
      claimName: 'department',
      claimValue: 'finance',
      name: 'Finance',
    });
    await admin('POST', '/groups', { groupId: 'accounting', name: 'Accounting' });
    await admin('POST', '/tenants', { tenantId: 'books', name: 'Books' });
    expect((await admin('PUT', '/groups/accounting/mapping-rules/finance')).status).toBe(204);
    expect((await admin('PUT', '/roles/readonly-admin/mapping-rules/finance')).status).toBe(204);
    expect((await admin('PUT', '/tenants/books/groups/accounting')).status).toBe(204);

    const me = await billing('GET', '/authentication/me');
    expect(me.body).toMatchObject({ username: 'billing', groups: ['accounting'], roles: ['readonly-admin'] });
    expect(me.body.tenants.map((t: { tenantId: string }) => t.tenantId)).toEqual(['books']);
    expect((await billing('POST', '/users/search', {})).body.items).toEqual([
      { username: 'ursula', name: null, email: null },
    ]);
    expect((await billing('POST', '/users', { username: 'x', password: 'y' })).status).toBe(403);
    // The main client is an admin of the default tenant; the other client has no role of its own.
    expect((await admin('GET', '/authentication/me')).body.roles).toEqual(['admin']);
  });
});

interface SchemaNode {
  readonly $ref?: string;
  readonly allOf?: readonly SchemaNode[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly enum?: readonly string[];
  readonly type?: string;
}

describe('identity searches', () => {
  it('accept every filter and sort field the spec gives them', async () => {
    engine = await startTestEngine({ auth: 'basic', validateResponses: true });
    const call = caller(engine, basic('demo', 'demo'));
    const dir =
      process.env.CAMUNDA_SPEC_DIR ?? fileURLToPath(new URL('../../../../shared/spec/', import.meta.url));
    const spec = JSON.parse(readFileSync(`${dir}/rest-api.bundle.json`, 'utf8')) as {
      components: { schemas: Record<string, SchemaNode> };
    };
    const resolve = (node: SchemaNode | undefined): SchemaNode | undefined =>
      node?.$ref === undefined ? node : spec.components.schemas[node.$ref.split('/').pop() as string];
    const propertiesOf = (node: SchemaNode | undefined): Record<string, SchemaNode> => {
      const n = resolve(node);
      if (n === undefined) return {};
      return Object.assign({}, ...(n.allOf ?? []).map(propertiesOf), n.properties ?? {});
    };
    const sample = (node: SchemaNode | undefined): unknown => {
      const n = resolve(node);
      if (n?.enum !== undefined) return n.enum[0];
      if (n?.type === 'array') return [sample(n.items)];
      if (n?.allOf !== undefined) return sample(n.allOf[0]);
      return 'x';
    };
    expect((await call('POST', '/groups', { groupId: 'x', name: 'X' })).status).toBe(201);
    const searches = identityOperationIds().filter((id) => id.startsWith('search'));
    const requests: Array<{ id: string; field: string; status: number }> = [];
    for (const id of searches) {
      const op = operations[id as keyof typeof operations];
      const props = propertiesOf({ $ref: `#/components/schemas/${op.requestSchema}` });
      const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
        name === 'tenantId' ? '<default>' : name === 'roleId' ? 'admin' : 'x',
      );
      const filters = Object.entries(propertiesOf(props.filter)).map(([name, node]) => ({
        filter: { [name]: sample(node) },
      }));
      const sortFields = resolve(propertiesOf(props.sort?.items).field)?.enum ?? [];
      const sorts = sortFields.map((field) => ({ sort: [{ field, order: 'DESC' }] }));
      for (const body of [...filters, ...sorts]) {
        const res = await call(op.method, path, body);
        requests.push({ id, field: JSON.stringify(body), status: res.status });
      }
    }
    expect(requests.length).toBeGreaterThan(60);
    expect(requests.filter((r) => r.status !== 200)).toEqual([]);
  });
});
