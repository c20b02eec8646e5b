import type { EngineContext } from '../engine/engine-context.js';
import { DEFAULT_TENANT_ID, type IdentityState, type PrincipalAccess } from '../engine/identity-state.js';
import type { ProcessInstanceRecord, UserTaskRecord } from '../engine/records.js';
import { forbidden, missing } from '../handlers/identity-support.js';
import type { SearchDescriptor } from '../search/search-query.js';
import { type SearchRestriction, withSearchRestriction } from '../search/search-restriction.js';
import type { EngineRequest, HandlerTable } from './engine-handler.js';

/** What the engine enforces for authenticated principals. */
export interface AccessGuardOptions {
  /** Check authorizations and filter searches to what the caller may read. */
  readonly authorizations: boolean;
  /** Restrict principals to the tenants they are assigned to. */
  readonly multiTenancy: boolean;
}

/** One permission that allows an operation: on a resource type, for resource ids (a `*` grant always counts). */
export interface Requirement {
  readonly resourceType: string;
  readonly permission: string;
}

/** What an operation touches: the resource ids a grant may name, its tenant, and a user task for property grants. */
interface Target {
  readonly resourceIds: readonly string[];
  readonly tenantId: string | undefined;
  readonly userTask?: UserTaskRecord;
}

/** An access rule: any one of `anyOf` allows the operation on what `target` resolves (undefined: not found). */
interface AccessRule {
  readonly anyOf: readonly Requirement[];
  readonly target?: (req: EngineRequest, ctx: EngineContext) => Target | undefined;
  /** True for commands: a tenant the principal is not assigned to is rejected with 403 instead of hidden (404). */
  readonly command?: boolean;
}

const req = (resourceType: string, permission: string): Requirement => ({ resourceType, permission });
const PD = (permission: string) => req('PROCESS_DEFINITION', permission);

const bodyOf = (r: EngineRequest): Record<string, unknown> =>
  typeof r.body === 'object' && r.body !== null && !Array.isArray(r.body)
    ? (r.body as Record<string, unknown>)
    : {};
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

const instanceTarget = (pi: ProcessInstanceRecord | undefined): Target | undefined =>
  pi === undefined ? undefined : { resourceIds: [pi.definition.processDefinitionId], tenantId: pi.tenantId };

const byInstance =
  (param: string) =>
  (r: EngineRequest, ctx: EngineContext): Target | undefined =>
    instanceTarget(ctx.executor.processInstances.get(r.params[param] ?? ''));

const byElementInstance =
  (param: string) =>
  (r: EngineRequest, ctx: EngineContext): Target | undefined =>
    instanceTarget(ctx.executor.elementInstances.get(r.params[param] ?? '')?.processInstance);

const byIncident = (r: EngineRequest, ctx: EngineContext) =>
  instanceTarget(ctx.executor.incidents.get(r.params.incidentKey ?? '')?.elementInstance.processInstance);

const byJob = (r: EngineRequest, ctx: EngineContext) =>
  instanceTarget(ctx.jobs.get(r.params.jobKey ?? '')?.elementInstance.processInstance);

const byUserTask = (r: EngineRequest, ctx: EngineContext): Target | undefined => {
  const task = ctx.executor.userTasks.get(r.params.userTaskKey ?? '');
  if (task === undefined) return undefined;
  const pi = task.elementInstance.processInstance;
  return { resourceIds: [pi.definition.processDefinitionId], tenantId: pi.tenantId, userTask: task };
};

const byDefinition = (r: EngineRequest, ctx: EngineContext): Target | undefined => {
  const d = ctx.definitions.get(r.params.processDefinitionKey ?? '');
  return d === undefined ? undefined : { resourceIds: [d.processDefinitionId], tenantId: d.tenantId };
};

const byParam =
  (param: string) =>
  (r: EngineRequest): Target => ({ resourceIds: [r.params[param] ?? ''], tenantId: undefined });

const startTarget = (r: EngineRequest, ctx: EngineContext): Target | undefined => {
  const b = bodyOf(r);
  const byKey = str(b.processDefinitionKey);
  if (byKey !== undefined) {
    const d = ctx.definitions.get(byKey);
    return d === undefined ? undefined : { resourceIds: [d.processDefinitionId], tenantId: d.tenantId };
  }
  const id = str(b.processDefinitionId);
  return id === undefined ? undefined : { resourceIds: [id], tenantId: str(b.tenantId) ?? DEFAULT_TENANT_ID };
};

const tenantOfBody = (r: EngineRequest): Target => ({
  resourceIds: [],
  tenantId: str(bodyOf(r).tenantId) ?? DEFAULT_TENANT_ID,
});

const deploymentTarget = (r: EngineRequest): Target => {
  const part = r.parts?.find((p) => p.name === 'tenantId');
  return { resourceIds: [], tenantId: part === undefined ? DEFAULT_TENANT_ID : part.data.toString('utf8') };
};

const identityRules = (
  resourceType: string,
  idParam: string,
  ops: Readonly<Record<string, string>>,
): Record<string, AccessRule> =>
  Object.fromEntries(
    Object.entries(ops).map(([operationId, permission]) => [
      operationId,
      { anyOf: [req(resourceType, permission)], target: byParam(idParam) },
    ]),
  );

const createRule = (resourceType: string): AccessRule => ({ anyOf: [req(resourceType, 'CREATE')] });

/** The permission each guarded operation needs, as Camunda 8.10 checks it. Searches are filtered instead. */
const RULES: Readonly<Record<string, AccessRule>> = {
  // Process definitions and instances.
  getProcessDefinition: { anyOf: [PD('READ_PROCESS_DEFINITION')], target: byDefinition },
  getProcessDefinitionXML: { anyOf: [PD('READ_PROCESS_DEFINITION')], target: byDefinition },
  createProcessInstance: { anyOf: [PD('CREATE_PROCESS_INSTANCE')], target: startTarget, command: true },
  getProcessInstance: { anyOf: [PD('READ_PROCESS_INSTANCE')], target: byInstance('processInstanceKey') },
  cancelProcessInstance: { anyOf: [PD('CANCEL_PROCESS_INSTANCE')], target: byInstance('processInstanceKey') },
  searchProcessInstanceIncidents: {
    anyOf: [PD('READ_PROCESS_INSTANCE')],
    target: byInstance('processInstanceKey'),
  },
  getElementInstance: {
    anyOf: [PD('READ_PROCESS_INSTANCE')],
    target: byElementInstance('elementInstanceKey'),
  },
  searchElementInstanceIncidents: {
    anyOf: [PD('READ_PROCESS_INSTANCE')],
    target: byElementInstance('elementInstanceKey'),
  },
  createElementInstanceVariables: {
    anyOf: [PD('UPDATE_PROCESS_INSTANCE')],
    target: byElementInstance('elementInstanceKey'),
  },
  getIncident: { anyOf: [PD('READ_PROCESS_INSTANCE')], target: byIncident },
  getVariable: {
    anyOf: [PD('READ_PROCESS_INSTANCE')],
    target: (r, ctx) => {
      const v = ctx.variables.get(r.params.variableKey ?? '');
      return v === undefined
        ? undefined
        : instanceTarget(ctx.executor.processInstances.get(v.processInstanceKey));
    },
  },
  resolveIncident: { anyOf: [PD('UPDATE_PROCESS_INSTANCE')], target: byIncident },
  completeJob: { anyOf: [PD('UPDATE_PROCESS_INSTANCE')], target: byJob },
  failJob: { anyOf: [PD('UPDATE_PROCESS_INSTANCE')], target: byJob },
  throwJobError: { anyOf: [PD('UPDATE_PROCESS_INSTANCE')], target: byJob },
  updateJob: { anyOf: [PD('UPDATE_PROCESS_INSTANCE')], target: byJob },
  // User tasks: the process-definition permission, or a USER_TASK grant (by id or by property).
  getUserTask: { anyOf: [PD('READ_USER_TASK'), req('USER_TASK', 'READ')], target: byUserTask },
  searchUserTaskVariables: { anyOf: [PD('READ_PROCESS_INSTANCE')], target: byUserTask },
  assignUserTask: { anyOf: [PD('UPDATE_USER_TASK'), req('USER_TASK', 'UPDATE')], target: byUserTask },
  unassignUserTask: { anyOf: [PD('UPDATE_USER_TASK'), req('USER_TASK', 'UPDATE')], target: byUserTask },
  updateUserTask: { anyOf: [PD('UPDATE_USER_TASK'), req('USER_TASK', 'UPDATE')], target: byUserTask },
  completeUserTask: {
    anyOf: [
      PD('UPDATE_USER_TASK'),
      PD('COMPLETE_USER_TASK'),
      req('USER_TASK', 'UPDATE'),
      req('USER_TASK', 'COMPLETE'),
    ],
    target: byUserTask,
  },
  // Decisions: evaluation needs CREATE_DECISION_INSTANCE on the decision (by id; by key only with a `*` grant).
  evaluateDecision: {
    anyOf: [req('DECISION_DEFINITION', 'CREATE_DECISION_INSTANCE')],
    target: (r) => ({
      resourceIds: [str(bodyOf(r).decisionDefinitionId) ?? ''],
      tenantId: str(bodyOf(r).tenantId) ?? DEFAULT_TENANT_ID,
    }),
    command: true,
  },
  // Messages, signals, deployments: tenant-owned commands.
  publishMessage: { anyOf: [req('MESSAGE', 'CREATE')], target: tenantOfBody, command: true },
  // Correlation and signals need a permission of the process they reach; the engine checks only the tenant.
  correlateMessage: { anyOf: [], target: tenantOfBody, command: true },
  broadcastSignal: { anyOf: [], target: tenantOfBody, command: true },
  createDeployment: { anyOf: [req('RESOURCE', 'CREATE')], target: deploymentTarget, command: true },
  // The engine clock is cluster state.
  pinClock: { anyOf: [req('SYSTEM', 'UPDATE')] },
  resetClock: { anyOf: [req('SYSTEM', 'UPDATE')] },
  // Identity.
  createUser: createRule('USER'),
  ...identityRules('USER', 'username', { getUser: 'READ', updateUser: 'UPDATE', deleteUser: 'DELETE' }),
  createGroup: createRule('GROUP'),
  ...identityRules('GROUP', 'groupId', {
    getGroup: 'READ',
    updateGroup: 'UPDATE',
    deleteGroup: 'DELETE',
    assignUserToGroup: 'UPDATE',
    unassignUserFromGroup: 'UPDATE',
    assignClientToGroup: 'UPDATE',
    unassignClientFromGroup: 'UPDATE',
    assignMappingRuleToGroup: 'UPDATE',
    unassignMappingRuleFromGroup: 'UPDATE',
    searchUsersForGroup: 'READ',
    searchClientsForGroup: 'READ',
  }),
  createRole: createRule('ROLE'),
  ...identityRules('ROLE', 'roleId', {
    getRole: 'READ',
    updateRole: 'UPDATE',
    deleteRole: 'DELETE',
    assignRoleToUser: 'UPDATE',
    unassignRoleFromUser: 'UPDATE',
    assignRoleToClient: 'UPDATE',
    unassignRoleFromClient: 'UPDATE',
    assignRoleToGroup: 'UPDATE',
    unassignRoleFromGroup: 'UPDATE',
    assignRoleToMappingRule: 'UPDATE',
    unassignRoleFromMappingRule: 'UPDATE',
    searchUsersForRole: 'READ',
    searchClientsForRole: 'READ',
    searchGroupsForRole: 'READ',
  }),
  createTenant: createRule('TENANT'),
  ...identityRules('TENANT', 'tenantId', {
    getTenant: 'READ',
    updateTenant: 'UPDATE',
    deleteTenant: 'DELETE',
    assignUserToTenant: 'UPDATE',
    unassignUserFromTenant: 'UPDATE',
    assignClientToTenant: 'UPDATE',
    unassignClientFromTenant: 'UPDATE',
    assignGroupToTenant: 'UPDATE',
    unassignGroupFromTenant: 'UPDATE',
    assignRoleToTenant: 'UPDATE',
    unassignRoleFromTenant: 'UPDATE',
    assignMappingRuleToTenant: 'UPDATE',
    unassignMappingRuleFromTenant: 'UPDATE',
    searchUsersForTenant: 'READ',
    searchClientsForTenant: 'READ',
    searchGroupIdsForTenant: 'READ',
  }),
  createMappingRule: createRule('MAPPING_RULE'),
  ...identityRules('MAPPING_RULE', 'mappingRuleId', {
    getMappingRule: 'READ',
    updateMappingRule: 'UPDATE',
    deleteMappingRule: 'DELETE',
  }),
  createAuthorization: createRule('AUTHORIZATION'),
  ...identityRules('AUTHORIZATION', 'authorizationKey', {
    getAuthorization: 'READ',
    updateAuthorization: 'UPDATE',
    deleteAuthorization: 'DELETE',
  }),
};

/** The permissions an operation is checked for (any one suffices), or undefined when it is not checked. */
export function requiredPermissions(operationId: string): readonly Requirement[] | undefined {
  const rule = RULES[operationId];
  return rule === undefined || rule.anyOf.length === 0 ? undefined : rule.anyOf;
}

/** What each searched entity needs to be read, and where its resource id comes from. */
const SEARCH_READS: Readonly<
  Record<string, { readonly anyOf: readonly Requirement[]; readonly idField: string }>
> = {
  'process definition': { anyOf: [PD('READ_PROCESS_DEFINITION')], idField: 'processDefinitionId' },
  'process instance': { anyOf: [PD('READ_PROCESS_INSTANCE')], idField: 'processDefinitionId' },
  'element instance': { anyOf: [PD('READ_PROCESS_INSTANCE')], idField: 'processDefinitionId' },
  variable: { anyOf: [PD('READ_PROCESS_INSTANCE')], idField: 'processDefinitionId' },
  incident: { anyOf: [PD('READ_PROCESS_INSTANCE')], idField: 'processDefinitionId' },
  job: { anyOf: [PD('READ_PROCESS_INSTANCE')], idField: 'processDefinitionId' },
  'message subscription': { anyOf: [PD('READ_PROCESS_INSTANCE')], idField: 'processDefinitionId' },
  'user task': { anyOf: [PD('READ_USER_TASK'), req('USER_TASK', 'READ')], idField: 'processDefinitionId' },
  'decision definition': {
    anyOf: [req('DECISION_DEFINITION', 'READ_DECISION_DEFINITION')],
    idField: 'decisionDefinitionId',
  },
  'decision instance': {
    anyOf: [req('DECISION_DEFINITION', 'READ_DECISION_INSTANCE')],
    idField: 'decisionDefinitionId',
  },
  user: { anyOf: [req('USER', 'READ')], idField: 'username' },
  group: { anyOf: [req('GROUP', 'READ')], idField: 'groupId' },
  role: { anyOf: [req('ROLE', 'READ')], idField: 'roleId' },
  tenant: { anyOf: [req('TENANT', 'READ')], idField: 'tenantId' },
  'mapping rule': { anyOf: [req('MAPPING_RULE', 'READ')], idField: 'mappingRuleId' },
  authorization: { anyOf: [req('AUTHORIZATION', 'READ')], idField: 'authorizationKey' },
};

// Entities whose `tenantId` is not a tenant they belong to.
const NOT_TENANT_OWNED = new Set(['tenant', 'user', 'group', 'role', 'mapping rule', 'authorization']);

/** True when a USER_TASK grant on a property (`assignee`, `candidateUsers`, `candidateGroups`) covers the task. */
function propertyGrantCovers(access: PrincipalAccess, permission: string, task: UserTaskRecord): boolean {
  const me = access.principal.id;
  return access.authorizations.some((a) => {
    if (a.resourceType !== 'USER_TASK' || a.resourcePropertyName === null) return false;
    if (!a.permissionTypes.includes(permission)) return false;
    switch (a.resourcePropertyName) {
      case 'assignee':
        return task.assignee === me;
      case 'candidateUsers':
        return task.candidateUsers.includes(me);
      case 'candidateGroups':
        return task.candidateGroups.some((g) => access.groups.includes(g));
      default:
        return false;
    }
  });
}

function allowed(
  access: PrincipalAccess,
  anyOf: readonly Requirement[],
  target: Target | undefined,
): boolean {
  return anyOf.some((r) => {
    const ids =
      r.resourceType === 'USER_TASK' && target?.userTask !== undefined
        ? [target.userTask.key]
        : (target?.resourceIds ?? []);
    if (access.isAuthorized(r.resourceType, r.permission, ids)) return true;
    return r.resourceType === 'USER_TASK' && target?.userTask !== undefined
      ? propertyGrantCovers(access, r.permission, target.userTask)
      : false;
  });
}

function deny(anyOf: readonly Requirement[], target: Target | undefined): never {
  const first = anyOf[0] as Requirement;
  const ids = target?.resourceIds.filter((id) => id !== '') ?? [];
  const base = `Insufficient permissions to perform operation '${first.permission}' on resource '${first.resourceType}'`;
  throw forbidden(
    ids.length > 0 ? `${base}, required resource identifiers are one of '[*, ${ids.join(', ')}]'` : base,
  );
}

/** The search restriction of one principal. */
function restrictionFor(
  ctx: EngineContext,
  access: PrincipalAccess,
  options: AccessGuardOptions,
): SearchRestriction {
  function restrict<T>(descriptor: SearchDescriptor<T>): ((item: T) => boolean) | undefined {
    const field = (name: string) => {
      const spec = descriptor.filters[name];
      return spec !== undefined && 'get' in spec ? spec.get : undefined;
    };
    const checks: Array<(item: T) => boolean> = [];
    const read = options.authorizations ? SEARCH_READS[descriptor.entity] : undefined;
    if (read !== undefined) {
      const idOf = field(read.idField);
      const instanceOf = field('processInstanceKey');
      const resourceId = (item: T): string | undefined => {
        const direct = idOf?.(item);
        if (typeof direct === 'string') return direct;
        const piKey = instanceOf?.(item);
        return typeof piKey === 'string'
          ? ctx.executor.processInstances.get(piKey)?.definition.processDefinitionId
          : undefined;
      };
      const isUserTask = descriptor.entity === 'user task';
      checks.push((item) => {
        const id = resourceId(item);
        const task = isUserTask ? (item as unknown as UserTaskRecord) : undefined;
        return allowed(access, read.anyOf, {
          resourceIds: id === undefined ? [] : [id],
          tenantId: undefined,
          ...(task === undefined ? {} : { userTask: task }),
        });
      });
    }
    const tenantOf = field('tenantId');
    if (options.multiTenancy && tenantOf !== undefined && !NOT_TENANT_OWNED.has(descriptor.entity)) {
      checks.push((item) => {
        const tenant = tenantOf(item);
        return typeof tenant !== 'string' || access.hasTenant(tenant);
      });
    }
    if (checks.length === 0) return undefined;
    return (item) => checks.every((check) => check(item));
  }
  return restrict;
}

/** Rewrites a job activation so it only reaches the principal's tenants, as Camunda does with multi-tenancy. */
function activationWithinTenants(r: EngineRequest, access: PrincipalAccess): EngineRequest {
  const b = bodyOf(r);
  const requested = Array.isArray(b.tenantIds)
    ? (b.tenantIds as unknown[]).filter((t) => typeof t === 'string')
    : [];
  if (b.tenantFilter === 'ASSIGNED')
    return { ...r, body: { ...b, tenantFilter: 'PROVIDED', tenantIds: [...access.tenants] } };
  const tenantIds = requested.length === 0 ? [DEFAULT_TENANT_ID] : (requested as string[]);
  const foreign = tenantIds.find((t) => !access.hasTenant(t));
  if (foreign !== undefined)
    throw forbidden(`Expected to access tenant '${foreign}', but the principal is not authorized.`);
  return { ...r, body: { ...b, tenantIds } };
}

/**
 * Wraps the handlers with Camunda's access checks for authenticated principals: an operation's permission is
 * checked before it runs (403 `FORBIDDEN`), entities of tenants the principal is not assigned to are not found
 * (404) or, for commands, forbidden, and every search inside the handler only sees what the principal may read.
 * Requests without a principal (auth `none`, the engine's own calls) are not checked.
 */
export function guardHandlers(
  handlers: HandlerTable,
  ctx: EngineContext,
  identity: IdentityState,
  options: AccessGuardOptions,
): HandlerTable {
  if (!options.authorizations && !options.multiTenancy) return handlers;
  return Object.fromEntries(
    Object.entries(handlers).map(([operationId, handler]) => [
      operationId,
      (request: EngineRequest) => {
        const principal = request.principal;
        if (principal === undefined) return handler(request);
        const access = identity.accessOf(principal);
        const rule = RULES[operationId];
        let target: Target | undefined;
        if (rule !== undefined) {
          target = rule.target?.(request, ctx);
          const tenant = target?.tenantId;
          if (options.multiTenancy && tenant !== undefined && !access.hasTenant(tenant)) {
            if (rule.command === true)
              throw forbidden(`Expected to access tenant '${tenant}', but the principal is not authorized.`);
            // Camunda hides what belongs to other tenants: reads and commands by key find nothing.
            throw missing(`Resource with key '${Object.values(request.params)[0] ?? ''}' not found`);
          }
          const resolved = rule.target === undefined || target !== undefined;
          if (options.authorizations && resolved && !allowed(access, rule.anyOf, target))
            deny(rule.anyOf, target);
        }
        const effective =
          options.multiTenancy && operationId === 'activateJobs'
            ? activationWithinTenants(request, access)
            : request;
        return withSearchRestriction(restrictionFor(ctx, access, options), () => handler(effective));
      },
    ]),
  );
}
