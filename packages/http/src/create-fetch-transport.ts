import { createTransportCore } from './create-transport.js';
import { createFetchAttemptSender } from './fetch-attempt-sender.js';
import { refuseTlsSettings } from './refuse-tls-settings.js';
import type { Transport } from './transport.js';
import type { TransportCoreOptions } from './transport-core-options.js';

/** Input of {@link createFetchTransport}. */
export interface FetchTransportOptions extends TransportCoreOptions {
  /** The `fetch` to send with; default the runtime's global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Whether a browser sends cookies with API calls (`RequestInit.credentials`); default `same-origin`. */
  readonly credentials?: 'omit' | 'same-origin' | 'include';
}

/**
 * Creates a transport that sends with `fetch`, with the contract of `createTransport`: the call budget and
 * `AbortSignal`, retries with backoff and `Retry-After`, the 401 refresh, the gate around each attempt,
 * problem-detail errors, hooks and redacted logging. The runtime owns the connections; custom TLS settings
 * (`config.tls`) cannot be applied through `fetch` and are refused with a `NetworkError`
 * (`TLS_SETTINGS_UNSUPPORTED`).
 */
export function createFetchTransport(options: FetchTransportOptions): Transport {
  refuseTlsSettings(options.config.tls);
  return createTransportCore(
    options,
    createFetchAttemptSender({ fetch: options.fetch, credentials: options.credentials }),
  );
}
