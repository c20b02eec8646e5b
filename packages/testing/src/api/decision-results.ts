import type {
  DecisionDefinitionRecord,
  DecisionEvaluationRecord,
  DecisionInstanceRecord,
  DecisionRequirementsRecord,
} from '../dmn/decision-records.js';
import type { EvaluatedInput, MatchedRule } from '../dmn/evaluate-drg.js';
import { isoDate } from './api-results.js';

// Shapes of the spec's decision schemas. Values (inputs, outputs, results) are JSON documents as strings.

/** `DecisionDefinitionResult`. */
export function toDecisionDefinitionResult(d: DecisionDefinitionRecord) {
  return {
    decisionDefinitionId: d.decisionDefinitionId,
    decisionDefinitionKey: d.key,
    name: d.name,
    version: d.version,
    tenantId: d.tenantId,
    decisionRequirementsId: d.requirements.decisionRequirementsId,
    decisionRequirementsKey: d.requirements.key,
    decisionRequirementsName: d.requirements.name,
    decisionRequirementsVersion: d.requirements.version,
  };
}

/** `DecisionRequirementsResult`. */
export function toDecisionRequirementsResult(r: DecisionRequirementsRecord) {
  return {
    decisionRequirementsId: r.decisionRequirementsId,
    decisionRequirementsKey: r.key,
    decisionRequirementsName: r.name,
    resourceName: r.resourceName,
    tenantId: r.tenantId,
    version: r.version,
  };
}

const toInputs = (inputs: readonly EvaluatedInput[]) =>
  inputs.map((i) => ({ inputId: i.inputId, inputName: i.inputName, inputValue: JSON.stringify(i.value) }));

const toRules = (rules: readonly MatchedRule[]) =>
  rules.map((r) => ({
    ruleId: r.ruleId,
    ruleIndex: r.ruleIndex,
    evaluatedOutputs: r.outputs.map((o) => ({
      outputId: o.outputId,
      outputName: o.outputName,
      outputValue: JSON.stringify(o.value),
      ruleId: r.ruleId,
      ruleIndex: r.ruleIndex,
    })),
  }));

const decisionType = (i: DecisionInstanceRecord) => i.definition.model.logic.kind;

/** `EvaluateDecisionResult`. */
export function toEvaluateDecisionResult(e: DecisionEvaluationRecord) {
  const d = e.decision;
  return {
    decisionDefinitionId: d.decisionDefinitionId,
    decisionDefinitionKey: d.key,
    decisionDefinitionName: d.name,
    decisionDefinitionVersion: d.version,
    decisionEvaluationKey: e.key,
    decisionInstanceKey: e.key,
    decisionRequirementsId: d.requirements.decisionRequirementsId,
    decisionRequirementsKey: d.requirements.key,
    evaluatedDecisions: e.instances.map((i) => ({
      decisionDefinitionId: i.definition.decisionDefinitionId,
      decisionDefinitionKey: i.definition.key,
      decisionDefinitionName: i.definition.name,
      decisionDefinitionType: decisionType(i),
      decisionDefinitionVersion: i.definition.version,
      decisionEvaluationInstanceKey: i.key,
      output: JSON.stringify(i.output),
      tenantId: i.definition.tenantId,
      matchedRules: toRules(i.matchedRules),
      evaluatedInputs: toInputs(i.evaluatedInputs),
    })),
    failedDecisionDefinitionId: e.failedDecisionId,
    failureMessage: e.failureMessage,
    output: JSON.stringify(e.output),
    tenantId: e.tenantId,
  };
}

/** `DecisionInstanceResult` (search). */
export function toDecisionInstanceResult(i: DecisionInstanceRecord) {
  const e = i.evaluation;
  return {
    decisionEvaluationInstanceKey: i.key,
    decisionEvaluationKey: e.key,
    state: i.state,
    evaluationDate: isoDate(e.date),
    evaluationFailure: i.failure,
    decisionDefinitionId: i.definition.decisionDefinitionId,
    decisionDefinitionKey: i.definition.key,
    decisionDefinitionName: i.definition.name,
    decisionDefinitionVersion: i.definition.version,
    decisionDefinitionType: decisionType(i),
    result: JSON.stringify(i.output),
    tenantId: i.definition.tenantId,
    processDefinitionKey: e.origin.processDefinitionKey,
    processInstanceKey: e.origin.processInstanceKey,
    rootProcessInstanceKey: e.origin.rootProcessInstanceKey,
    elementInstanceKey: e.origin.elementInstanceKey,
    businessId: e.origin.businessId,
    rootDecisionDefinitionKey: e.decision.key,
  };
}

/** `DecisionInstanceGetQueryResult`: the search shape plus inputs and matched rules. */
export function toDecisionInstanceGetResult(i: DecisionInstanceRecord) {
  return {
    ...toDecisionInstanceResult(i),
    evaluatedInputs: toInputs(i.evaluatedInputs),
    matchedRules: toRules(i.matchedRules),
  };
}
