import type { EngineContext } from '../engine/engine-context.js';
import { DEFAULT_TENANT_ID, type IdentityState, type PrincipalAccess } from '../engine/identity-state.js';
import type { UserTaskRecord } from '../engine/records.js';
import { notFound } from '../handlers/handler-support.js';
import { forbidden } from '../handlers/identity-support.js';
import type { SearchDescriptor } from '../search/search-query.js';
import { type SearchRestriction, withSearchRestriction } from '../search/search-restriction.js';
import {
  accessRule,
  bodyOf,
  NOT_TENANT_OWNED,
  type Requirement,
  SEARCH_READS,
  type Target,
} from './access-rules.js';
import type { EngineRequest, HandlerTable } from './engine-handler.js';

/** What the engine enforces for authenticated principals. */
export interface AccessGuardOptions {
  /** Check authorizations and filter searches to what the caller may read. */
  readonly authorizations: boolean;
  /** Restrict principals to the tenants they are assigned to. */
  readonly multiTenancy: boolean;
}

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

/** True when one of the requirements is met for the target (a USER_TASK one by task key or by property). */
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

/** Throws Camunda's 403 for the first requirement, naming the resource ids a grant could have named. */
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

/** A job activation limited to the caller's tenants and to processes it may update. */
function activationFor(
  r: EngineRequest,
  access: PrincipalAccess,
  options: AccessGuardOptions,
): EngineRequest {
  const withinTenants = options.multiTenancy ? activationWithinTenants(r, access) : r;
  if (!options.authorizations) return withinTenants;
  return {
    ...withinTenants,
    jobFilter: (job) =>
      access.isAuthorized('PROCESS_DEFINITION', 'UPDATE_PROCESS_INSTANCE', [
        job.elementInstance.processInstance.definition.processDefinitionId,
      ]),
  };
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
        const rule = accessRule(operationId);
        let target: Target | undefined;
        if (rule !== undefined) {
          target = rule.target?.(request, ctx);
          const tenant = target?.tenantId;
          if (options.multiTenancy && tenant !== undefined && !access.hasTenant(tenant)) {
            if (rule.command === true)
              throw forbidden(`Expected to access tenant '${tenant}', but the principal is not authorized.`);
            // Camunda hides what belongs to other tenants: reads and commands by key find nothing.
            throw notFound('Resource', Object.values(request.params)[0] ?? '');
          }
          const resolved = rule.target === undefined || target !== undefined;
          if (options.authorizations && resolved && !allowed(access, rule.anyOf, target))
            deny(rule.anyOf, target);
        }
        const effective = operationId === 'activateJobs' ? activationFor(request, access, options) : request;
        return withSearchRestriction(restrictionFor(ctx, access, options), () => handler(effective));
      },
    ]),
  );
}
