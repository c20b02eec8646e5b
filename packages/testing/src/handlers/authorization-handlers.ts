import { toAuthorizationResult } from '../api/identity-results.js';
import type { AuthorizationEntity, OwnerType } from '../engine/identity-records.js';
import type { IdentityState } from '../engine/identity-state.js';
import { RESOURCE_PERMISSIONS, USER_TASK_PROPERTIES } from '../engine/resource-permissions.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import {
  badRequest,
  bodyObject,
  keyParam,
  notFound,
  rejection,
  searchResponse,
  stringField,
  stringListField,
} from './handler-support.js';
import { alreadyExists, missing, requiredString } from './identity-support.js';

const OWNER_TYPES: readonly OwnerType[] = ['USER', 'CLIENT', 'ROLE', 'GROUP', 'MAPPING_RULE', 'UNSPECIFIED'];

/** The search descriptor of authorizations over a set of them. */
export function authorizationDescriptor(
  all: () => Iterable<AuthorizationEntity>,
  entity = 'authorization',
): SearchDescriptor<AuthorizationEntity> {
  const sorts = {
    ownerId: { kind: 'string', get: (a: AuthorizationEntity) => a.ownerId },
    ownerType: { kind: 'string', get: (a: AuthorizationEntity) => a.ownerType },
    resourceId: { kind: 'string', get: (a: AuthorizationEntity) => a.resourceId },
    resourcePropertyName: { kind: 'string', get: (a: AuthorizationEntity) => a.resourcePropertyName },
    resourceType: { kind: 'string', get: (a: AuthorizationEntity) => a.resourceType },
  } as const;
  const inList = (field: string, actual: string | null, value: unknown) => {
    if (!Array.isArray(value)) throw badRequest(`Filter '${field}' expects an array of strings`);
    return actual !== null && value.includes(actual);
  };
  return {
    entity,
    key: (a) => a.key,
    all,
    filters: {
      ownerId: sorts.ownerId,
      ownerType: sorts.ownerType,
      resourceType: sorts.resourceType,
      resourceIds: { match: (a, value) => inList('resourceIds', a.resourceId, value) },
      resourcePropertyNames: {
        match: (a, value) => inList('resourcePropertyNames', a.resourcePropertyName, value),
      },
    },
    sorts,
  };
}

/** Reads and checks an `AuthorizationRequest` (id-based or property-based). */
function readGrant(
  identity: IdentityState,
  body: unknown,
  intent: 'CREATE' | 'UPDATE',
): Omit<AuthorizationEntity, 'key'> {
  const b = bodyObject(body);
  const ownerId = requiredString(b, 'ownerId');
  const ownerType = requiredString(b, 'ownerType') as OwnerType;
  if (!OWNER_TYPES.includes(ownerType)) throw badRequest(`Unknown owner type '${ownerType}'`);
  const resourceType = requiredString(b, 'resourceType');
  const supported = RESOURCE_PERMISSIONS[resourceType];
  if (supported === undefined) throw badRequest(`Unknown resource type '${resourceType}'`);
  const permissionTypes = stringListField(b, 'permissionTypes') ?? [];
  if (permissionTypes.length === 0) throw badRequest('No permissionTypes provided.');
  const unsupported = permissionTypes.filter((p) => !supported.includes(p));
  if (unsupported.length > 0) {
    throw rejection(
      intent,
      'INVALID_ARGUMENT',
      `Expected to create authorization with permission types '[${unsupported.join(', ')}]' and resource type '${resourceType}', but these permissions are not supported. Supported permission types are: '[${supported.join(', ')}]'`,
    );
  }
  const resourceId = stringField(b, 'resourceId');
  const resourcePropertyName = stringField(b, 'resourcePropertyName');
  if ((resourceId === undefined) === (resourcePropertyName === undefined))
    throw badRequest('Exactly one of resourceId and resourcePropertyName must be provided.');
  if (resourcePropertyName !== undefined && !USER_TASK_PROPERTIES.includes(resourcePropertyName)) {
    throw badRequest(
      `Expected resource property name to be one of '[${USER_TASK_PROPERTIES.join(', ')}]', but got '${resourcePropertyName}'`,
    );
  }
  // Users and clients may come from an external identity provider; the other owners must exist.
  const ownerExists =
    ownerType === 'ROLE'
      ? identity.roles.get(ownerId) !== undefined
      : ownerType === 'GROUP'
        ? identity.groups.get(ownerId) !== undefined
        : ownerType === 'MAPPING_RULE'
          ? identity.mappingRules.get(ownerId) !== undefined
          : true;
  if (!ownerExists) {
    throw missing(
      intent,
      `Expected to create or update authorization with ownerId '${ownerId}', but a ${ownerType.toLowerCase().replace('_', ' ')} with this ID does not exist.`,
    );
  }
  return {
    ownerId,
    ownerType,
    resourceType,
    resourceId: resourceId ?? null,
    resourcePropertyName: resourcePropertyName ?? null,
    permissionTypes: [...new Set(permissionTypes)],
  };
}

/**
 * Rejects a grant whose owner already holds, directly, one of its permissions on the same resource id or property
 * (Camunda answers 409 `ALREADY_EXISTS` then, though the spec documents no 409 for this operation).
 */
function checkNotGranted(identity: IdentityState, grant: Omit<AuthorizationEntity, 'key'>): void {
  for (const a of identity.authorizations.all()) {
    const sameScope =
      a.ownerType === grant.ownerType &&
      a.ownerId === grant.ownerId &&
      a.resourceType === grant.resourceType &&
      a.resourceId === grant.resourceId &&
      a.resourcePropertyName === grant.resourcePropertyName;
    if (!sameScope || !grant.permissionTypes.some((p) => a.permissionTypes.includes(p))) continue;
    throw alreadyExists(
      'CREATE',
      grant.resourcePropertyName === null
        ? `Expected to create authorization for owner '${grant.ownerId}' for resource identifier '${grant.resourceId}', but an authorization for this resource identifier already exists.`
        : `Expected to create authorization for owner '${grant.ownerId}' for resource property name '${grant.resourcePropertyName}', but an authorization for this resource property name already exists.`,
    );
  }
}

/** Authorizations: create, read, update, delete, search. */
export function authorizationHandlers(identity: IdentityState): HandlerTable {
  const descriptor = authorizationDescriptor(() => identity.authorizations.all());
  const existing = (key: string, verb: string) => {
    const a = identity.authorizations.get(key);
    if (a === undefined)
      throw missing(
        verb.toUpperCase(),
        `Expected to ${verb} authorization with key ${key}, but an authorization with this key does not exist`,
      );
    return a;
  };
  return {
    createAuthorization(req) {
      const grant = readGrant(identity, req.body, 'CREATE');
      checkNotGranted(identity, grant);
      const created = identity.authorizations.create(grant);
      return { status: 201, body: { authorizationKey: created.key } };
    },
    searchAuthorizations(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toAuthorizationResult), page);
    },
    getAuthorization(req) {
      const key = keyParam(req.params, 'authorizationKey');
      const a = identity.authorizations.get(key);
      if (a === undefined) throw notFound('Authorization', key);
      return { status: 200, body: toAuthorizationResult(a) };
    },
    updateAuthorization(req) {
      const a = existing(keyParam(req.params, 'authorizationKey'), 'update');
      Object.assign(a, readGrant(identity, req.body, 'UPDATE'));
      return { status: 204 };
    },
    deleteAuthorization(req) {
      const key = keyParam(req.params, 'authorizationKey');
      existing(key, 'delete');
      identity.authorizations.delete(key);
      return { status: 204 };
    },
  };
}
