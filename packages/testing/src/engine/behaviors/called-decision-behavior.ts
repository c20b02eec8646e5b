import type { CalledDecisionModel } from '../../bpmn/process-model.js';
import type { DecisionDefinitionRecord } from '../../dmn/decision-records.js';
import { evaluateDecision } from '../../dmn/evaluate-decision.js';
import type { ElementBehavior } from '../element-behavior.js';
import { rootInstanceOf } from '../records.js';
import { StepFailure } from '../step-failure.js';

/**
 * A business rule task with `zeebe:calledDecision` evaluates a deployed decision (the same evaluator as
 * `evaluateDecision`) with the variables visible at the task, records the evaluation as decision instances,
 * and completes with the result in `resultVariable`. A missing decision is a CALLED_DECISION_ERROR incident, a
 * failing evaluation a DECISION_EVALUATION_ERROR incident; resolving either evaluates again.
 */
export const calledDecisionBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const called = ei.node?.calledDecision as CalledDecisionModel;
    const decisionId = ctx.evaluateString(called.decisionId, ei, 'decision id');
    const pi = ei.processInstance;
    const registry = ctx.decisions;
    let decision: DecisionDefinitionRecord | undefined;
    if (registry !== undefined) {
      if (called.bindingType === 'deployment') {
        decision = [...registry.decisions()].find(
          (d) =>
            d.decisionDefinitionId === decisionId &&
            d.tenantId === pi.tenantId &&
            d.requirements.deploymentKey === pi.definition.deploymentKey,
        );
      } else if (called.bindingType === 'latest') {
        decision = registry.latestDecision(decisionId, pi.tenantId);
      } else {
        // The highest version carrying the tag, as Zeebe resolves a version tag binding.
        decision = [...registry.decisions()]
          .filter(
            (d) =>
              d.decisionDefinitionId === decisionId &&
              d.tenantId === pi.tenantId &&
              d.versionTag === called.versionTag,
          )
          .sort((a, b) => b.version - a.version)[0];
      }
    }
    if (registry === undefined || decision === undefined) {
      throw new StepFailure(
        'CALLED_DECISION_ERROR',
        called.bindingType === 'latest'
          ? `Expected to evaluate decision '${decisionId}', but no decision found for id '${decisionId}'`
          : called.bindingType === 'versionTag'
            ? `Expected to evaluate decision with id '${decisionId}' and version tag '${called.versionTag}', but no such decision found. To resolve this incident, deploy a decision with the given id and version tag.`
            : `Expected to evaluate decision '${decisionId}' with binding type '${called.bindingType}', but no such decision found`,
      );
    }
    const outcome = evaluateDecision(registry, {
      decisionKey: decision.key,
      variables: ctx.variables.visible(ei),
    });
    ctx.decisionInstances?.record(outcome, {
      processDefinitionKey: pi.definition.key,
      processInstanceKey: pi.key,
      rootProcessInstanceKey: rootInstanceOf(pi).key,
      elementInstanceKey: ei.key,
      businessId: pi.businessId,
    });
    const failure = outcome.evaluation.failure;
    if (failure !== undefined) {
      throw new StepFailure(
        'DECISION_EVALUATION_ERROR',
        `Expected to evaluate decision '${decisionId}', but failed to evaluate decision '${failure.decisionId}': ${failure.message}`,
      );
    }
    ctx.complete(ei, { [called.resultVariable]: outcome.evaluation.output });
  },
};
