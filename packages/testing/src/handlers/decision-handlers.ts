import {
  toDecisionDefinitionResult,
  toDecisionInstanceGetResult,
  toDecisionInstanceResult,
  toDecisionRequirementsResult,
  toEvaluateDecisionResult,
} from '../api/decision-results.js';
import type {
  DecisionDefinitionRecord,
  DecisionInstanceRecord,
  DecisionRequirementsRecord,
} from '../dmn/decision-records.js';
import { evaluateDecision } from '../dmn/evaluate-decision.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import {
  badRequest,
  bodyObject,
  keyParam,
  notFound,
  notFoundBy,
  searchResponse,
  stringField,
  variablesField,
} from './handler-support.js';

const INSTANCE_KEY = /^[0-9]+-[0-9]+$/;

function decisionDefinitionDescriptor(ctx: EngineContext): SearchDescriptor<DecisionDefinitionRecord> {
  const fields = {
    decisionDefinitionKey: { kind: 'key', get: (d: DecisionDefinitionRecord) => d.key },
    decisionDefinitionId: { kind: 'string', get: (d: DecisionDefinitionRecord) => d.decisionDefinitionId },
    name: { kind: 'string', get: (d: DecisionDefinitionRecord) => d.name },
    version: { kind: 'integer', get: (d: DecisionDefinitionRecord) => d.version },
    decisionRequirementsId: {
      kind: 'string',
      get: (d: DecisionDefinitionRecord) => d.requirements.decisionRequirementsId,
    },
    decisionRequirementsKey: { kind: 'key', get: (d: DecisionDefinitionRecord) => d.requirements.key },
    decisionRequirementsName: { kind: 'string', get: (d: DecisionDefinitionRecord) => d.requirements.name },
    decisionRequirementsVersion: {
      kind: 'integer',
      get: (d: DecisionDefinitionRecord) => d.requirements.version,
    },
    tenantId: { kind: 'string', get: (d: DecisionDefinitionRecord) => d.tenantId },
  } as const;
  return {
    entity: 'decision definition',
    key: (d) => d.key,
    all: () => ctx.decisions.decisions(),
    filters: {
      ...fields,
      isLatestVersion: { kind: 'boolean', get: (d) => ctx.decisions.isLatestDecision(d) },
    },
    sorts: fields,
  };
}

function decisionRequirementsDescriptor(ctx: EngineContext): SearchDescriptor<DecisionRequirementsRecord> {
  const fields = {
    decisionRequirementsKey: { kind: 'key', get: (r: DecisionRequirementsRecord) => r.key },
    decisionRequirementsName: { kind: 'string', get: (r: DecisionRequirementsRecord) => r.name },
    decisionRequirementsId: {
      kind: 'string',
      get: (r: DecisionRequirementsRecord) => r.decisionRequirementsId,
    },
    version: { kind: 'integer', get: (r: DecisionRequirementsRecord) => r.version },
    tenantId: { kind: 'string', get: (r: DecisionRequirementsRecord) => r.tenantId },
  } as const;
  return {
    entity: 'decision requirements',
    key: (r) => r.key,
    all: () => ctx.decisions.allRequirements(),
    filters: {
      ...fields,
      resourceName: { kind: 'string', get: (r) => r.resourceName },
    },
    sorts: fields,
  };
}

/** The search descriptor of decision instances. */
export function decisionInstanceDescriptor(ctx: EngineContext): SearchDescriptor<DecisionInstanceRecord> {
  const fields = {
    decisionEvaluationInstanceKey: { kind: 'string', get: (i: DecisionInstanceRecord) => i.key },
    decisionEvaluationKey: { kind: 'key', get: (i: DecisionInstanceRecord) => i.evaluation.key },
    state: { kind: 'string', get: (i: DecisionInstanceRecord) => i.state },
    evaluationFailure: { kind: 'string', get: (i: DecisionInstanceRecord) => i.failure },
    evaluationDate: { kind: 'date', get: (i: DecisionInstanceRecord) => i.evaluation.date },
    decisionDefinitionId: {
      kind: 'string',
      get: (i: DecisionInstanceRecord) => i.definition.decisionDefinitionId,
    },
    decisionDefinitionKey: { kind: 'key', get: (i: DecisionInstanceRecord) => i.definition.key },
    decisionDefinitionName: { kind: 'string', get: (i: DecisionInstanceRecord) => i.definition.name },
    decisionDefinitionVersion: { kind: 'integer', get: (i: DecisionInstanceRecord) => i.definition.version },
    decisionDefinitionType: {
      kind: 'string',
      get: (i: DecisionInstanceRecord) => i.definition.model.logic.kind,
    },
    tenantId: { kind: 'string', get: (i: DecisionInstanceRecord) => i.definition.tenantId },
    processDefinitionKey: {
      kind: 'key',
      get: (i: DecisionInstanceRecord) => i.evaluation.origin.processDefinitionKey,
    },
    processInstanceKey: {
      kind: 'key',
      get: (i: DecisionInstanceRecord) => i.evaluation.origin.processInstanceKey,
    },
    elementInstanceKey: {
      kind: 'key',
      get: (i: DecisionInstanceRecord) => i.evaluation.origin.elementInstanceKey,
    },
    businessId: { kind: 'string', get: (i: DecisionInstanceRecord) => i.evaluation.origin.businessId },
    rootDecisionDefinitionKey: { kind: 'key', get: (i: DecisionInstanceRecord) => i.evaluation.decision.key },
  } as const;
  return {
    entity: 'decision instance',
    key: (i) => i.key,
    all: () => ctx.decisionInstances.instances(),
    filters: {
      ...fields,
      decisionRequirementsKey: { kind: 'key', get: (i) => i.definition.requirements.key },
    },
    sorts: fields,
  };
}

/** DMN: evaluation, decision definitions and requirements (get, search, XML), decision instances. */
export function decisionHandlers(ctx: EngineContext): HandlerTable {
  const definitions = decisionDefinitionDescriptor(ctx);
  const requirements = decisionRequirementsDescriptor(ctx);
  const instances = decisionInstanceDescriptor(ctx);
  const definition = (key: string) => {
    const d = ctx.decisions.decision(key);
    if (d === undefined) throw notFound('Decision Definition', key);
    return d;
  };
  const drg = (key: string) => {
    const r = ctx.decisions.requirements(key);
    if (r === undefined) throw notFound('Decision Requirements', key);
    return r;
  };
  return {
    evaluateDecision(req) {
      const body = bodyObject(req.body);
      const decisionId = stringField(body, 'decisionDefinitionId');
      const decisionKey = stringField(body, 'decisionDefinitionKey');
      if ((decisionId === undefined) === (decisionKey === undefined)) {
        throw badRequest(
          'Expected either a decisionDefinitionId or a decisionDefinitionKey, but none or both provided',
        );
      }
      const tenantId = stringField(body, 'tenantId');
      const variables = variablesField(body);
      const outcome = evaluateDecision(ctx.decisions, {
        ...(decisionKey === undefined ? { decisionId: decisionId as string } : { decisionKey }),
        variables,
        ...(tenantId === undefined ? {} : { tenantId }),
      });
      return { status: 200, body: toEvaluateDecisionResult(ctx.decisionInstances.record(outcome)) };
    },
    searchDecisionDefinitions(req) {
      const { items, page } = runSearch(definitions, req.body);
      return searchResponse(items.map(toDecisionDefinitionResult), page);
    },
    getDecisionDefinition: (req) => ({
      status: 200,
      body: toDecisionDefinitionResult(definition(keyParam(req.params, 'decisionDefinitionKey'))),
    }),
    getDecisionDefinitionXML: (req) => ({
      status: 200,
      body: definition(keyParam(req.params, 'decisionDefinitionKey')).requirements.xml,
      contentType: 'text/xml',
    }),
    searchDecisionRequirements(req) {
      const { items, page } = runSearch(requirements, req.body);
      return searchResponse(items.map(toDecisionRequirementsResult), page);
    },
    getDecisionRequirements: (req) => ({
      status: 200,
      body: toDecisionRequirementsResult(drg(keyParam(req.params, 'decisionRequirementsKey'))),
    }),
    getDecisionRequirementsXML: (req) => ({
      status: 200,
      body: drg(keyParam(req.params, 'decisionRequirementsKey')).xml,
      contentType: 'text/xml',
    }),
    searchDecisionInstances(req) {
      const { items, page } = runSearch(instances, req.body);
      return searchResponse(items.map(toDecisionInstanceResult), page);
    },
    getDecisionInstance(req) {
      const key = req.params.decisionEvaluationInstanceKey ?? '';
      if (!INSTANCE_KEY.test(key)) {
        throw badRequest(
          `Path parameter 'decisionEvaluationInstanceKey' must look like '<decisionEvaluationKey>-<index>', got '${key}'`,
        );
      }
      const instance = ctx.decisionInstances.instance(key);
      if (instance === undefined) throw notFoundBy('Decision Instance', 'id', key);
      return { status: 200, body: toDecisionInstanceGetResult(instance) };
    },
    deleteDecisionInstance(req) {
      const key = keyParam(req.params, 'decisionEvaluationKey');
      if (!ctx.decisionInstances.delete(key)) throw notFound('Decision evaluation', key);
      return { status: 204 };
    },
  };
}
