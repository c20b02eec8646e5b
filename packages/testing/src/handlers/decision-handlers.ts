import type { HandlerTable } from '../http/engine-handler.js';
import { TestEngineError } from '../test-engine-error.js';

/** Decisions are out of scope: evaluation answers 501 with a problem detail that says so. */
export function decisionHandlers(): HandlerTable {
  return {
    evaluateDecision() {
      throw new TestEngineError(
        'DMN decision evaluation is not supported by the test engine; test decisions against Camunda 8',
        { code: 'NOT_IMPLEMENTED', status: 501, title: 'NOT_IMPLEMENTED' },
      );
    },
  };
}
