/** What an entity can be a member of. */
export type MembershipTarget = 'GROUP' | 'ROLE' | 'TENANT';

/** What can be a member: users and clients of groups, roles and tenants, groups of roles and tenants, … */
export type MemberType = 'USER' | 'CLIENT' | 'GROUP' | 'ROLE' | 'MAPPING_RULE';

/** One membership. */
export interface Membership {
  readonly memberType: MemberType;
  readonly memberId: string;
  readonly target: MembershipTarget;
  readonly targetId: string;
}

/** Who belongs to which group, role and tenant. */
export interface MembershipStore {
  /** Adds the membership; false when it exists already. */
  add(m: Membership): boolean;
  /** Removes the membership; false when there was none. */
  remove(m: Membership): boolean;
  has(m: Membership): boolean;
  /** Members of a target of the given type, in the order they were added. */
  members(target: MembershipTarget, targetId: string, memberType: MemberType): string[];
  /** Ids of the targets of one type a member belongs to directly. */
  targetsOf(memberType: MemberType, memberId: string, target: MembershipTarget): string[];
  /** Drops every membership of and in an entity (when it is deleted). */
  forget(type: MemberType | MembershipTarget, id: string): void;
  clear(): void;
}

const keyOf = (m: Membership) => `${m.memberType}\u0000${m.memberId}\u0000${m.target}\u0000${m.targetId}`;

/** Creates the membership store. */
export function createMembershipStore(): MembershipStore {
  const all = new Map<string, Membership>();
  return {
    add(m) {
      const key = keyOf(m);
      if (all.has(key)) return false;
      all.set(key, { ...m });
      return true;
    },
    remove: (m) => all.delete(keyOf(m)),
    has: (m) => all.has(keyOf(m)),
    members(target, targetId, memberType) {
      const ids: string[] = [];
      for (const m of all.values())
        if (m.target === target && m.targetId === targetId && m.memberType === memberType)
          ids.push(m.memberId);
      return ids;
    },
    targetsOf(memberType, memberId, target) {
      const ids: string[] = [];
      for (const m of all.values())
        if (m.memberType === memberType && m.memberId === memberId && m.target === target)
          ids.push(m.targetId);
      return ids;
    },
    forget(type, id) {
      for (const [key, m] of all) {
        if ((m.memberType === type && m.memberId === id) || (m.target === type && m.targetId === id))
          all.delete(key);
      }
    },
    clear: () => all.clear(),
  };
}
