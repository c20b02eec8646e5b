import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { KeyGenerator } from '../key-generator.js';
import type { UserEntity } from './identity-records.js';

/** The engine's users by username; passwords are stored as scrypt hashes only. */
export interface UserStore {
  get(username: string): UserEntity | undefined;
  /** Creates the user; undefined when the username is taken. */
  create(
    username: string,
    password: string,
    name: string | null,
    email: string | null,
  ): UserEntity | undefined;
  setPassword(user: UserEntity, password: string): void;
  /** True when the user exists and the password matches its hash. */
  verify(username: string, password: string): boolean;
  delete(username: string): boolean;
  all(): Iterable<UserEntity>;
  clear(): void;
}

// A small scrypt cost: Basic auth verifies on every request (about a millisecond each), and the hash only has to
// keep passwords out of memory and responses, not resist an offline attack.
const SCRYPT = { N: 1024, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function hash(password: string): string {
  const salt = randomBytes(16);
  const derived = scryptSync(password, salt, KEY_LENGTH, SCRYPT);
  return `scrypt$${salt.toString('base64')}$${derived.toString('base64')}`;
}

function matches(password: string, stored: string): boolean {
  const [scheme, salt, digest] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || digest === undefined) return false;
  const expected = Buffer.from(digest, 'base64');
  const derived = scryptSync(password, Buffer.from(salt, 'base64'), expected.length, SCRYPT);
  return timingSafeEqual(derived, expected);
}

/** Creates the user store. */
export function createUserStore(keys: KeyGenerator): UserStore {
  const byName = new Map<string, UserEntity>();
  // Basic auth sends the same credentials with every request: a login verified once is remembered by a digest of
  // the credentials (never the password itself) against the hash it matched, so a changed password or a deleted
  // and re-created user is verified again.
  const verified = new Map<string, string>();
  const credentialDigest = (username: string, password: string) =>
    createHash('sha256').update(username).update('\u0000').update(password).digest('base64');
  return {
    get: (username) => byName.get(username),
    create(username, password, name, email) {
      if (byName.has(username)) return undefined;
      const user: UserEntity = { key: keys.next(), username, name, email, passwordHash: hash(password) };
      byName.set(username, user);
      return user;
    },
    setPassword(user, password) {
      user.passwordHash = hash(password);
    },
    verify(username, password) {
      const user = byName.get(username);
      if (user === undefined) return false;
      const digest = credentialDigest(username, password);
      if (verified.get(digest) === user.passwordHash) return true;
      if (!matches(password, user.passwordHash)) return false;
      if (verified.size >= 1_000) verified.clear();
      verified.set(digest, user.passwordHash);
      return true;
    },
    delete: (username) => byName.delete(username),
    all: () => byName.values(),
    clear() {
      byName.clear();
      verified.clear();
    },
  };
}
