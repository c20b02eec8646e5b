import type { EngineContext } from '../engine/engine-context.js';
import type { ElementInstanceRecord, UserTaskTransitionOutcome } from '../engine/records.js';
import type { JsonObject } from '../feel/json-value.js';
import type { EngineRequest, EngineResponse } from '../http/engine-handler.js';
import { rejection } from './handler-support.js';
import { waitAtGateway } from './wait-at-gateway.js';

/** How Camunda words the end of a held user task request other than success. */
export interface HeldUserTaskRequest {
  /** The intent the request was sent as (`COMPLETE`, `ASSIGN`, `CLAIM`, `UPDATE`), named when the task is canceled. */
  readonly intent: string;
  /** The intent Zeebe names in a denial (a claim's denial is an `ASSIGN` one). */
  readonly deniedIntent: string;
  /** Zeebe's reason of a denial, given the listener's `deniedReason`. */
  deniedReason(reason: string): string;
  /** Zeebe's reason when the task is canceled while its listeners run. */
  readonly canceledReason: string;
}

const invalidStateRejection = (intent: string, reason: string) => rejection(intent, 'INVALID_STATE', reason);

const DENIED_WHAT = { COMPLETE: 'Completion', ASSIGN: 'Assignment', UPDATE: 'Update' } as const;

/**
 * The held request of a user task command sent as `intent`, worded as Zeebe's UserTaskProcessor words its end: a
 * claim's denial is an assignment's.
 */
export function heldUserTaskCommand(
  intent: 'COMPLETE' | 'ASSIGN' | 'CLAIM' | 'UPDATE',
  userTaskKey: string,
): HeldUserTaskRequest {
  const deniedIntent = intent === 'CLAIM' ? 'ASSIGN' : intent;
  return {
    intent,
    deniedIntent,
    deniedReason: (reason) =>
      `${DENIED_WHAT[deniedIntent]} of the User Task with key '${userTaskKey}' was denied by Task Listener. Reason to deny: '${reason}'`,
    canceledReason: 'user task was canceled during ongoing transition',
  };
}

/**
 * Answers a user task command once its transition ends, as Camunda's gateway does: Zeebe holds the request until
 * the last task listener approves (204), answers a denial or a cancellation with an INVALID_STATE rejection, and
 * the gateway gives up after its request timeout (504 DEADLINE_EXCEEDED, on wall time) while the transition goes
 * on.
 */
export function answerWhenSettled(
  ctx: EngineContext,
  req: EngineRequest,
  outcome: Promise<UserTaskTransitionOutcome>,
  held: HeldUserTaskRequest,
): Promise<EngineResponse> {
  return waitAtGateway(ctx, req, ctx.defaultRequestTimeoutMs, outcome).then((ended) => {
    if (ended.kind === 'done') return { status: 204 };
    if (ended.kind === 'denied')
      throw invalidStateRejection(held.deniedIntent, held.deniedReason(ended.reason));
    throw invalidStateRejection(held.intent, held.canceledReason);
  });
}

/**
 * Sets variables on an element instance and answers when that ends: on a user task's element instance an update
 * of the task (Zeebe's VariableDocumentUpdateProcessor), refused while another transition of the task runs and
 * held while its updating listeners run.
 */
export function setVariablesAndAnswer(
  ctx: EngineContext,
  req: EngineRequest,
  scope: ElementInstanceRecord,
  variables: JsonObject,
  local: boolean,
): Promise<EngineResponse> {
  const task = scope.userTask;
  if (task !== undefined && task.state !== 'CREATED') {
    throw invalidStateRejection(
      'UPDATE',
      `Expected to trigger update transition for user task with key '${task.key}', but it is in state '${task.state}'`,
    );
  }
  return answerWhenSettled(ctx, req, ctx.executor.setVariables(scope, variables, local), {
    intent: 'UPDATE',
    deniedIntent: 'UPDATE',
    deniedReason: (reason) =>
      `Variable update for user task instance with key '${scope.key}' was denied by Task Listener. Reason to deny: '${reason}'`,
    canceledReason: 'user task was canceled during handling task variables update',
  });
}
