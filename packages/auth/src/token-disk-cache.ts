import { join } from 'node:path';
import type { Logger } from '@camunda-ts/types';
import { type CachedToken, cachedToken } from './cached-token.js';

/** What identifies a token: two providers with the same key may share one cache file. */
export interface TokenCacheKey {
  readonly url: string;
  readonly clientId: string;
  readonly audience: string;
  readonly scope: string | undefined;
}

/** A token cache file in one directory, shared by processes and provider instances with the same key. */
export interface TokenDiskCache {
  /** Absolute path of the cache file. */
  readonly file: string;
  /** The stored token, or `undefined` when there is none or the file is unreadable or corrupt. */
  read(): Promise<CachedToken | undefined>;
  /** Stores the token atomically. Failures are logged, never thrown: the disk cache is an optimisation. */
  write(token: CachedToken): Promise<void>;
}

const FORMAT_VERSION = 1;
/** A cache file is a few hundred bytes; anything much larger is not ours and is not read into memory. */
const MAX_FILE_BYTES = 64 * 1024;

/**
 * Opens the on-disk token cache for one key. The file name is a hash of the key, so it reveals neither the
 * client id nor the URL; the file is written with mode 0600 via a temporary file and `rename`, so a reader
 * never sees half a token, in a directory created with mode 0700. A file that is not owned by the current user,
 * that group or others may access, or that is implausibly large is refused (logged, never read): it may have
 * been planted to feed this process a token. The ownership checks apply where Node reports user ids (not on
 * Windows).
 */
export function createTokenDiskCache(dir: string, key: TokenCacheKey, logger: Logger): TokenDiskCache {
  // node:crypto and node:fs/promises are fetched on use rather than imported, so that importing the SDK does not
  // load them (an ESM import of a built-in evaluates all of its exports).
  const { createHash, randomUUID } = process.getBuiltinModule('node:crypto');
  const { chmod, mkdir, open, rename, unlink, writeFile } = process.getBuiltinModule('node:fs/promises');
  const hash = createHash('sha256')
    .update(JSON.stringify([key.url, key.clientId, key.audience, key.scope ?? null]))
    .digest('hex')
    .slice(0, 32);
  const file = join(dir, `camunda-token-${hash}.json`);

  async function read(): Promise<CachedToken | undefined> {
    let text: string;
    try {
      // The checks run on the opened descriptor, so the file cannot be swapped between check and read.
      const handle = await open(file, 'r');
      try {
        const info = await handle.stat();
        const refusal = refusalReason(info);
        if (refusal !== undefined) {
          logger.warn({ event: 'oauth.cache.refused', file, reason: refusal }, 'token cache file refused');
          return undefined;
        }
        text = await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        logger.warn(
          { event: 'oauth.cache.read_failed', file, reason: errorCode(error) },
          'token cache unreadable',
        );
      }
      return undefined;
    }
    const token = parse(text);
    if (token === undefined) {
      logger.warn({ event: 'oauth.cache.corrupt', file }, 'ignoring corrupt token cache file');
    }
    return token;
  }

  async function write(token: CachedToken): Promise<void> {
    const temp = join(dir, `.camunda-token-${hash}.${process.pid}.${randomUUID()}.tmp`);
    const content = JSON.stringify({
      version: FORMAT_VERSION,
      accessToken: token.accessToken,
      issuedAt: token.issuedAt,
      expiresAt: token.expiresAt,
    });
    try {
      const created = await mkdir(dir, { recursive: true, mode: 0o700 });
      // The umask may only remove bits, but say it plainly: the directory this cache creates is owner-only.
      if (created !== undefined) await chmod(dir, 0o700);
      await writeFile(temp, content, { mode: 0o600, flag: 'wx' });
      await rename(temp, file);
    } catch (error) {
      logger.warn(
        { event: 'oauth.cache.write_failed', file, reason: errorCode(error) },
        'token cache not written',
      );
      await unlink(temp).catch(() => {});
    }
  }

  return Object.freeze({ file, read, write });
}

/** Why a cache file may not be trusted, or `undefined` when it may. */
function refusalReason(info: {
  uid: number;
  mode: number;
  size: number;
  isFile(): boolean;
}): string | undefined {
  if (!info.isFile()) return 'not a regular file';
  if (info.size > MAX_FILE_BYTES) return `larger than ${MAX_FILE_BYTES} bytes`;
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  if (info.uid !== uid) return 'not owned by the current user';
  if ((info.mode & 0o077) !== 0) return 'accessible by group or others';
  return undefined;
}

function parse(text: string): CachedToken | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { version, accessToken, issuedAt, expiresAt } = data as Record<string, unknown>;
  if (
    version !== FORMAT_VERSION ||
    typeof accessToken !== 'string' ||
    accessToken === '' ||
    typeof issuedAt !== 'number' ||
    typeof expiresAt !== 'number' ||
    !Number.isFinite(issuedAt) ||
    !Number.isFinite(expiresAt) ||
    expiresAt <= issuedAt
  ) {
    return undefined;
  }
  return cachedToken(accessToken, issuedAt, expiresAt);
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'unknown';
}
