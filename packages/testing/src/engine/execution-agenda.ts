import { TestEngineError } from '../test-engine-error.js';

/** The steps of the current command; every command runs to quiescence before it returns. */
export interface ExecutionAgenda {
  /** Queues a step to run after the current one. */
  defer(step: () => void): void;
  /** Runs a command and every step it queues. */
  run<T>(command: () => T): T;
  clear(): void;
}

// A model whose pass-through elements loop forever would otherwise hang the engine.
const MAX_STEPS_PER_COMMAND = 1_000_000;

/** Creates the agenda. */
export function createExecutionAgenda(): ExecutionAgenda {
  const steps: Array<() => void> = [];
  let draining = false;
  return {
    defer(step) {
      steps.push(step);
    },
    run(command) {
      const result = command();
      if (!draining) {
        draining = true;
        try {
          let count = 0;
          for (let step = steps.shift(); step !== undefined; step = steps.shift()) {
            if (++count > MAX_STEPS_PER_COMMAND) {
              steps.length = 0;
              throw new TestEngineError(
                'A command did not settle; does the process loop through pass-through elements?',
                { code: 'INTERNAL', status: 500 },
              );
            }
            step();
          }
        } catch (error) {
          // Never leave half a command's steps behind for the next one.
          steps.length = 0;
          throw error;
        } finally {
          draining = false;
        }
      }
      return result;
    },
    clear() {
      steps.length = 0;
    },
  };
}
