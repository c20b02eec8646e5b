import type { AttemptSender } from './attempt-sender.js';
import { createFetchAttemptSender } from './fetch-attempt-sender.js';
import { refuseTlsSettings } from './refuse-tls-settings.js';
import type { UndiciAttemptSenderOptions } from './undici-attempt-sender.js';

/**
 * The sender `createTransport` uses in the `browser`, `worker` and `bun` builds: the runtime's `fetch`. An
 * injected undici dispatcher or pool has no meaning here and is ignored.
 */
export function createDefaultAttemptSender(options: UndiciAttemptSenderOptions): AttemptSender {
  refuseTlsSettings(options.config.tls);
  return createFetchAttemptSender();
}
