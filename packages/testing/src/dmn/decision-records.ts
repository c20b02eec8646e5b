import type { JsonValue } from '../feel/json-value.js';
import type { DecisionModel, DecisionRequirementsModel } from './dmn-model.js';
import type { EvaluatedInput, MatchedRule } from './evaluate-drg.js';

/** A deployed DMN resource (a decision requirements graph version). */
export interface DecisionRequirementsRecord {
  readonly key: string;
  readonly decisionRequirementsId: string;
  readonly name: string;
  readonly version: number;
  readonly resourceName: string;
  readonly tenantId: string;
  readonly xml: string;
  readonly model: DecisionRequirementsModel;
  readonly deploymentKey: string;
}

/** A deployed decision version. */
export interface DecisionDefinitionRecord {
  readonly key: string;
  readonly decisionDefinitionId: string;
  readonly name: string;
  readonly version: number;
  /** The decision's `zeebe:versionTag`, null without one. */
  readonly versionTag: string | null;
  readonly tenantId: string;
  readonly requirements: DecisionRequirementsRecord;
  readonly model: DecisionModel;
}

/** Where an evaluation came from: the API (all null) or a business rule task of a process instance. */
export interface DecisionEvaluationOrigin {
  readonly processDefinitionKey: string | null;
  readonly processInstanceKey: string | null;
  readonly rootProcessInstanceKey: string | null;
  readonly elementInstanceKey: string | null;
  readonly businessId: string | null;
}

/** One evaluated decision of an evaluation (a decision instance, `<evaluationKey>-<index>`). */
export interface DecisionInstanceRecord {
  readonly key: string;
  readonly evaluation: DecisionEvaluationRecord;
  readonly definition: DecisionDefinitionRecord;
  readonly state: 'EVALUATED' | 'FAILED';
  readonly failure: string | null;
  readonly output: JsonValue;
  readonly evaluatedInputs: readonly EvaluatedInput[];
  readonly matchedRules: readonly MatchedRule[];
}

/** A recorded decision evaluation: the decision asked for and every decision evaluated for it. */
export interface DecisionEvaluationRecord {
  readonly key: string;
  /** The decision that was asked for. */
  readonly decision: DecisionDefinitionRecord;
  readonly tenantId: string;
  readonly date: number;
  readonly origin: DecisionEvaluationOrigin;
  readonly output: JsonValue;
  readonly failedDecisionId: string | null;
  readonly failureMessage: string | null;
  /** In evaluation order, required decisions first. */
  readonly instances: DecisionInstanceRecord[];
}
