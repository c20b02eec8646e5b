/**
 * Entry script of a handler process (`process` strategy). Built as its own file (dist/process-entry.js and .cjs)
 * and started by the worker with `child_process.fork`; not part of the public API.
 */
import { runHandlerChild } from './child-runtime.js';
import type { ChildToMain, MainToChild } from './pool-protocol.js';

const send = process.send?.bind(process);
if (send === undefined) {
  throw new Error('process-entry runs only as a child process forked by @camunda-ts/worker');
}
// Without its worker the process has nothing to do; leaving avoids orphans when the worker's process dies.
process.on('disconnect', () => process.exit(0));
process.once('message', (first: MainToChild) => {
  if (first.t !== 'init') throw new Error(`process-entry expected 'init' first, got '${first.t}'`);
  runHandlerChild(
    {
      post: (message: ChildToMain) => {
        send(message);
      },
      onMessage: (listener) => process.on('message', listener),
    },
    first.target,
  );
});
