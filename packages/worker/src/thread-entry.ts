/**
 * Entry script of a handler thread (`thread` strategy). Built as its own file (dist/thread-entry.js and .cjs) and
 * started by the worker with `new Worker(...)`; not part of the public API.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runHandlerChild } from './child-runtime.js';
import type { ResolvedHandlerModule } from './compile-worker-options.js';

const port = parentPort;
if (port === null) {
  throw new Error('thread-entry runs only as a worker thread started by @camunda-ts/worker');
}
runHandlerChild(
  {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => port.on('message', listener),
  },
  workerData as ResolvedHandlerModule,
);
