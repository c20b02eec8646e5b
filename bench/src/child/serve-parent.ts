import type { ChildApi, ChildMessage, ParentMessage } from './child-protocol.js';

function send(message: ChildMessage): void {
  process.send?.(message);
}

/**
 * Serves the parent's calls in a child process. A `close` call runs `onClose`, replies, then exits; losing the
 * parent (its IPC channel) exits too, so no child outlives the bench.
 */
export function serveParent(api: ChildApi, onClose: () => Promise<void> | void = () => {}): void {
  if (process.send === undefined)
    throw new Error('this module runs only as a child of the bench (no IPC channel)');
  process.on('message', (raw: unknown) => {
    const message = raw as ParentMessage;
    if (message?.kind !== 'call') return;
    const run = async (): Promise<unknown> => {
      if (message.method === 'close') {
        await onClose();
        return null;
      }
      const handler = api[message.method];
      if (handler === undefined) throw new Error(`unknown method ${message.method}`);
      return await handler(message.params as never);
    };
    run().then(
      (value) => {
        send({ kind: 'reply', id: message.id, ok: true, value: value ?? null });
        if (message.method === 'close') setImmediate(() => process.exit(0));
      },
      (error: unknown) => {
        const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        send({ kind: 'reply', id: message.id, ok: false, error: text });
      },
    );
  });
  process.on('disconnect', () => process.exit(0));
  send({ kind: 'ready' });
}

/** Pushes an event to the parent. */
export function notifyParent(event: string, data: unknown): void {
  send({ kind: 'event', event, data });
}
