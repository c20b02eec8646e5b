import { fileURLToPath } from 'node:url';
import type { ResolvedHandlerModule } from './compile-worker-options.js';
import { entryScript } from './entry-script.js';
import type { ChildHandle } from './handler-pool.js';
import type { ChildToMain, MainToChild } from './pool-protocol.js';

/** Default time a handler process gets between SIGTERM and SIGKILL. */
const KILL_AFTER_MS = 5_000;

/** Starts one handler process (`child_process.fork`) running the process entry script. */
export function spawnHandlerProcess(target: ResolvedHandlerModule): ChildHandle {
  // Fetched here, not imported: child_process brings net, streams and dgram, which only this strategy needs.
  const { fork } = process.getBuiltinModule('node:child_process');
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
    terminate: async (killAfterMs = KILL_AFTER_MS) => {
      const running = (): boolean => child.exitCode === null && child.signalCode === null;
      if (!running()) return;
      child.kill('SIGTERM');
      // A handler that ignores SIGTERM would hold the worker's stop forever.
      const killer = setTimeout(() => {
        if (running()) child.kill('SIGKILL');
      }, killAfterMs);
      await exit;
      clearTimeout(killer);
    },
  };
}
