import type { IdentityState } from '../engine/identity-state.js';
import type { MembershipTarget, MemberType } from '../engine/membership-store.js';
import type { NamedEntityStore } from '../engine/named-entity-store.js';
import { notFoundBy, rejection } from './handler-support.js';
import { alreadyExists, missing } from './identity-support.js';

/** Where members are added: the store of the target entity and how Camunda names it in messages. */
export interface MembershipTargetSpec {
  readonly target: MembershipTarget;
  readonly label: 'group' | 'role' | 'tenant';
  readonly store: NamedEntityStore;
}

function requireTarget(spec: MembershipTargetSpec, targetId: string, adding: boolean): void {
  if (spec.store.get(targetId) !== undefined) return;
  if (spec.label === 'tenant') {
    throw missing(
      adding ? 'ADD_ENTITY' : 'REMOVE_ENTITY',
      `Expected to ${adding ? 'add entity to' : 'remove entity from'} tenant with ID '${targetId}', but no tenant with this ID exists.`,
    );
  }
  throw missing(
    adding ? 'ADD_ENTITY' : 'REMOVE_ENTITY',
    `Expected to update ${spec.label} with ID '${targetId}', but a ${spec.label} with this ID does not exist.`,
  );
}

/** The target must exist; a search of its members answers 404 otherwise. */
export function requireMembershipTarget(spec: MembershipTargetSpec, targetId: string): void {
  if (spec.store.get(targetId) === undefined) {
    throw notFoundBy(`${spec.label[0]?.toUpperCase()}${spec.label.slice(1)}`, 'id', targetId);
  }
}

function memberExists(identity: IdentityState, memberType: MemberType, memberId: string): boolean {
  switch (memberType) {
    // Users and clients may be assigned before they exist, as with an external identity provider.
    case 'USER':
    case 'CLIENT':
      return true;
    case 'GROUP':
      return identity.groups.get(memberId) !== undefined;
    case 'ROLE':
      return identity.roles.get(memberId) !== undefined;
    case 'MAPPING_RULE':
      return identity.mappingRules.get(memberId) !== undefined;
  }
}

/** Adds a member to a group, role or tenant with Camunda's checks and rejections. */
export function assignMember(
  identity: IdentityState,
  spec: MembershipTargetSpec,
  targetId: string,
  memberType: MemberType,
  memberId: string,
): { status: 204 } {
  requireTarget(spec, targetId, true);
  if (!memberExists(identity, memberType, memberId)) {
    throw missing(
      'ADD_ENTITY',
      `Expected to add an entity with ID '${memberId}' and type '${memberType}' to ${spec.label} with ID '${targetId}', but the entity does not exist.`,
    );
  }
  if (!identity.memberships.add({ memberType, memberId, target: spec.target, targetId })) {
    const message = `Expected to add entity with ID '${memberId}' to ${spec.label} with ID '${targetId}', but the entity is already assigned to ${spec.label === 'tenant' ? 'the tenant' : `this ${spec.label}`}.`;
    // Camunda rejects a repeated tenant assignment as an invalid argument, the others as a conflict.
    throw spec.label === 'tenant'
      ? rejection('ADD_ENTITY', 'INVALID_ARGUMENT', message)
      : alreadyExists('ADD_ENTITY', message);
  }
  return { status: 204 };
}

/** Removes a member from a group, role or tenant. */
export function unassignMember(
  identity: IdentityState,
  spec: MembershipTargetSpec,
  targetId: string,
  memberType: MemberType,
  memberId: string,
): { status: 204 } {
  requireTarget(spec, targetId, false);
  if (!identity.memberships.remove({ memberType, memberId, target: spec.target, targetId })) {
    throw missing(
      'REMOVE_ENTITY',
      `Expected to remove entity with ID '${memberId}' from ${spec.label} with ID '${targetId}', but the entity is not assigned to this ${spec.label}.`,
    );
  }
  return { status: 204 };
}
