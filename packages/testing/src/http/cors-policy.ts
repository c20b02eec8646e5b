import { TestEngineError } from '../test-engine-error.js';

/** Which browser origins may call the engine: a switch, a list of origins, or a predicate. */
export type CorsOption = boolean | readonly string[] | ((origin: string) => boolean);

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for an origin on this machine (`http://127.0.0.1:5173`, `http://localhost:3000`). */
export function isLoopbackOrigin(origin: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(origin).hostname);
  } catch {
    return false;
  }
}

/**
 * Compiles the `cors` option into the check the server runs per request. The default admits loopback origins
 * only: a page served from this machine (a dev server, a browser test) can call the engine; other sites cannot.
 */
export function compileCorsPolicy(option: CorsOption | undefined): (origin: string) => boolean {
  if (option === undefined) return isLoopbackOrigin;
  if (option === true) return () => true;
  if (option === false) return () => false;
  if (typeof option === 'function') return option;
  if (Array.isArray(option) && option.every((origin) => typeof origin === 'string')) {
    const allowed = new Set(option);
    return (origin) => allowed.has(origin);
  }
  throw new TestEngineError('cors must be a boolean, a list of origins or a function', {
    code: 'INVALID_OPTIONS',
  });
}
