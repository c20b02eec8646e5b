import type { Dispatcher } from 'undici';
import type { LazyApiAgent } from './lazy-api-agent.js';
import type { TransportCoreOptions } from './transport-core-options.js';

/** Input of `createTransport`. */
export interface TransportOptions extends TransportCoreOptions {
  /**
   * Replaces the keep-alive Agent the transport would create on its first send (tests pass a `MockAgent`); left
   * open on close.
   */
  readonly dispatcher?: Dispatcher;
  /**
   * A pool shared with other transports, created on its first use (`createLazyApiAgent`); left open on close.
   * Ignored when `dispatcher` is given.
   */
  readonly agent?: LazyApiAgent;
}
