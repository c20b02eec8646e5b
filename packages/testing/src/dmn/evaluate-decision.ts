import type { JsonObject } from '../feel/json-value.js';
import { rejection } from '../handlers/handler-support.js';
import type { TestEngineError } from '../test-engine-error.js';
import type { DecisionDefinitionRecord } from './decision-records.js';
import type { DecisionRegistry } from './decision-registry.js';
import { type DrgEvaluation, evaluateDrg } from './evaluate-drg.js';

/** Which decision to evaluate (by id: its latest version in the tenant; by key: that version) and with what. */
export type DecisionEvaluationRequest = (
  | { readonly decisionId: string; readonly decisionKey?: undefined }
  | { readonly decisionKey: string; readonly decisionId?: undefined }
) & {
  readonly variables: JsonObject;
  /** Tenant of a lookup by id; `<default>` when absent. */
  readonly tenantId?: string;
};

/** An evaluation with the deployed decisions it ran: `definitions[i]` is the decision of `evaluation.decisions[i]`. */
export interface DecisionEvaluationOutcome {
  /** The decision asked for. */
  readonly decision: DecisionDefinitionRecord;
  readonly evaluation: DrgEvaluation;
  readonly definitions: readonly DecisionDefinitionRecord[];
}

/**
 * Evaluates a deployed decision: the one evaluator behind `evaluateDecision` and business rule tasks. Required
 * decisions resolve within the same DRG version. An unknown decision throws a 404 `TestEngineError`; a failing
 * evaluation does not throw, it is reported in `evaluation.failure` (as Camunda records a FAILED evaluation).
 */
export function evaluateDecision(
  registry: DecisionRegistry,
  request: DecisionEvaluationRequest,
): DecisionEvaluationOutcome {
  const tenantId = request.tenantId ?? '<default>';
  let decision: DecisionDefinitionRecord | undefined;
  if (request.decisionKey !== undefined) {
    decision = registry.decision(request.decisionKey);
    if (decision !== undefined && request.tenantId !== undefined && decision.tenantId !== tenantId) {
      decision = undefined;
    }
    if (decision === undefined) {
      throw notFound(
        `Expected to evaluate decision with key '${request.decisionKey}', but no such decision found`,
      );
    }
  } else {
    decision = registry.latestDecision(request.decisionId, tenantId);
    if (decision === undefined) {
      throw notFound(
        `Expected to evaluate decision '${request.decisionId}', but no decision found for id '${request.decisionId}'${tenantId === '<default>' ? '' : ` in tenant '${tenantId}'`}`,
      );
    }
  }
  const requirements = decision.requirements;
  const evaluation = evaluateDrg(requirements.model, decision.decisionDefinitionId, request.variables);
  const definitions = evaluation.decisions.map(
    (outcome) => registry.decisionIn(requirements, outcome.decision.id) as DecisionDefinitionRecord,
  );
  return { decision, evaluation, definitions };
}

function notFound(reason: string): TestEngineError {
  return rejection('EVALUATE', 'NOT_FOUND', reason);
}
