import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ResolvedHandlerModule } from './compile-worker-options.js';
import { entryScript } from './entry-script.js';
import type { ChildHandle } from './handler-pool.js';
import type { ChildToMain, MainToChild } from './pool-protocol.js';

/** Starts one handler process (`child_process.fork`) running the process entry script. */
export function spawnHandlerProcess(target: ResolvedHandlerModule): ChildHandle {
  // `advanced` serialization is the structured clone of threads, so both strategies carry the same values.
  const child = fork(fileURLToPath(entryScript('process-entry')), [], {
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let exited = false;
  let lastError: unknown;
  child.on('error', (error) => {
    lastError = error;
  });
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.send({ t: 'init', target } satisfies MainToChild);
  return {
    post: (message: MainToChild) => {
      if (!exited && child.connected) child.send(message);
    },
    onMessage: (listener: (message: ChildToMain) => void) => {
      child.on('message', listener as (message: unknown) => void);
    },
    onExit: (listener) => {
      child.once('exit', (code, signal) => {
        exited = true;
        listener(
          lastError !== undefined
            ? `crashed: ${lastError instanceof Error ? lastError.message : String(lastError)}`
            : signal !== null
              ? `was killed by ${signal}`
              : `exited with code ${code}`,
          lastError,
        );
      });
    },
    terminate: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await exit;
    },
  };
}
