import type { AttemptSender } from './attempt-sender.js';
import { createUndiciAttemptSender, type UndiciAttemptSenderOptions } from './undici-attempt-sender.js';

/**
 * The sender `createTransport` uses in this build: undici (Node, Deno). The `browser`, `worker` and `bun` builds
 * replace this module with one that sends with `fetch`.
 */
export function createDefaultAttemptSender(options: UndiciAttemptSenderOptions): AttemptSender {
  return createUndiciAttemptSender(options);
}
