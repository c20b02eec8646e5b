import { toUserResult } from '../api/identity-results.js';
import type { UserEntity } from '../engine/identity-records.js';
import type { IdentityState } from '../engine/identity-state.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { bodyObject, notFoundBy, searchResponse, stringField } from './handler-support.js';
import { alreadyExists, idParam, missing, requiredString } from './identity-support.js';

/** The search descriptor of users. */
export function userDescriptor(identity: IdentityState): SearchDescriptor<UserEntity> {
  const fields = {
    username: { kind: 'string', get: (u: UserEntity) => u.username },
    name: { kind: 'string', get: (u: UserEntity) => u.name },
    email: { kind: 'string', get: (u: UserEntity) => u.email },
  } as const;
  return {
    entity: 'user',
    key: (u) => u.key,
    all: () => identity.users.all(),
    filters: fields,
    sorts: fields,
  };
}

/** Creates a user from a `UserRequest` body; shared by `createUser` and `createAdminUser`. */
export function createUserFrom(identity: IdentityState, body: unknown): UserEntity {
  const b = bodyObject(body);
  const username = requiredString(b, 'username');
  const password = requiredString(b, 'password');
  const user = identity.users.create(
    username,
    password,
    stringField(b, 'name') ?? null,
    stringField(b, 'email') ?? null,
  );
  if (user === undefined) {
    throw alreadyExists(
      'CREATE',
      `Expected to create user with username '${username}', but a user with this username already exists`,
    );
  }
  return user;
}

/** Users: create, read, update, delete, search. Passwords are stored hashed and never returned. */
export function userHandlers(identity: IdentityState): HandlerTable {
  const descriptor = userDescriptor(identity);
  return {
    createUser(req) {
      return { status: 201, body: toUserResult(createUserFrom(identity, req.body)) };
    },
    searchUsers(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toUserResult), page);
    },
    getUser(req) {
      const username = idParam(req.params, 'username');
      const user = identity.users.get(username);
      if (user === undefined) throw notFoundBy('User', 'username', username);
      return { status: 200, body: toUserResult(user) };
    },
    updateUser(req) {
      const username = idParam(req.params, 'username');
      const user = identity.users.get(username);
      if (user === undefined) {
        throw missing(
          'UPDATE',
          `Expected to update user with username '${username}', but a user with this username does not exist`,
        );
      }
      const b = bodyObject(req.body);
      const name = stringField(b, 'name');
      const email = stringField(b, 'email');
      const password = stringField(b, 'password');
      if (name !== undefined) user.name = name;
      if (email !== undefined) user.email = email;
      // A blank password leaves the password unchanged, as the spec says.
      if (password !== undefined && password !== '') identity.users.setPassword(user, password);
      return { status: 200, body: toUserResult(user) };
    },
    deleteUser(req) {
      const username = idParam(req.params, 'username');
      if (!identity.users.delete(username)) {
        throw missing(
          'DELETE',
          `Expected to delete user with username ${username}, but a user with this username does not exist`,
        );
      }
      identity.memberships.forget('USER', username);
      identity.authorizations.deleteOwnedBy('USER', username);
      return { status: 204 };
    },
  };
}
