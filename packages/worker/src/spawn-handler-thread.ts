import type { ResolvedHandlerModule } from './compile-worker-options.js';
import { entryScript } from './entry-script.js';
import type { ChildHandle } from './handler-pool.js';
import type { ChildToMain, MainToChild } from './pool-protocol.js';

/** Starts one handler thread (`worker_threads`) running the thread entry script. */
export function spawnHandlerThread(target: ResolvedHandlerModule): ChildHandle {
  // Fetched here, not imported: worker_threads brings streams and the messaging internals, which only this
  // strategy needs.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const thread = new Worker(entryScript('thread-entry'), { workerData: target });
  let lastError: unknown;
  thread.on('error', (error) => {
    lastError = error;
  });
  return {
    post: (message: MainToChild) => thread.postMessage(message),
    onMessage: (listener: (message: ChildToMain) => void) => {
      thread.on('message', listener);
    },
    onExit: (listener) => {
      thread.once('exit', (code) =>
        listener(
          lastError === undefined
            ? `exited with code ${code}`
            : `crashed: ${lastError instanceof Error ? lastError.message : String(lastError)}`,
          lastError,
        ),
      );
    },
    terminate: async () => {
      await thread.terminate();
    },
  };
}
