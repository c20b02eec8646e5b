import type { CamundaConfig } from '@camunda-ts/config';
import type { Dispatcher } from 'undici';
import { createApiAgent } from './api-agent.js';

/**
 * The API connection pool ({@link createApiAgent}), created on the first `get()`: constructing a client or a
 * transport loads nothing, and several transports can share one pool.
 */
export interface LazyApiAgent {
  /** The pool, created (and undici loaded) on the first call; every call resolves with the same pool. */
  get(): Promise<Dispatcher>;
  /**
   * Destroys the Agent when one was created (waiting for a creation in progress); nothing to do otherwise.
   * `get()` rejects afterwards.
   */
  destroy(): Promise<void>;
}

/** Creates a {@link LazyApiAgent} for `config`: nothing is loaded or connected until its first `get()`. */
export function createLazyApiAgent(config: CamundaConfig): LazyApiAgent {
  let agent: Promise<Dispatcher> | undefined;
  let destroying: Promise<void> | undefined;
  return Object.freeze({
    get(): Promise<Dispatcher> {
      if (destroying !== undefined) {
        return Promise.reject(new Error('The API connection pool was destroyed'));
      }
      agent ??= createApiAgent(config);
      return agent;
    },
    destroy(): Promise<void> {
      destroying ??= (async () => {
        // A creation that failed (undici could not be loaded) left nothing to destroy.
        const created = await agent?.catch(() => undefined);
        await created?.destroy();
      })();
      return destroying;
    },
  });
}
