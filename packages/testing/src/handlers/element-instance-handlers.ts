import { toElementInstanceResult } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import { apiElementState, type ElementInstanceRecord } from '../engine/records.js';
import { isJsonObject } from '../feel/json-value.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import {
  badRequest,
  bodyObject,
  booleanField,
  keyParam,
  notFound,
  rejection,
  searchResponse,
} from './handler-support.js';
import { setVariablesAndAnswer } from './held-user-task-request.js';

/** The search descriptor of element instances. */
export function elementInstanceDescriptor(ctx: EngineContext): SearchDescriptor<ElementInstanceRecord> {
  const pi = (ei: ElementInstanceRecord) => ei.processInstance;
  const fields = {
    elementInstanceKey: { kind: 'key', get: (ei: ElementInstanceRecord) => ei.key },
    processInstanceKey: { kind: 'key', get: (ei: ElementInstanceRecord) => pi(ei).key },
    processDefinitionKey: { kind: 'key', get: (ei: ElementInstanceRecord) => pi(ei).definition.key },
    processDefinitionId: {
      kind: 'string',
      get: (ei: ElementInstanceRecord) => pi(ei).definition.processDefinitionId,
    },
    startDate: { kind: 'date', get: (ei: ElementInstanceRecord) => ei.startDate },
    endDate: { kind: 'date', get: (ei: ElementInstanceRecord) => ei.endDate },
    elementId: { kind: 'string', get: (ei: ElementInstanceRecord) => ei.elementId },
    elementName: { kind: 'string', get: (ei: ElementInstanceRecord) => ei.elementName },
    type: { kind: 'string', get: (ei: ElementInstanceRecord) => ei.type },
    state: { kind: 'string', get: (ei: ElementInstanceRecord) => apiElementState(ei.state) },
    incidentKey: { kind: 'key', get: (ei: ElementInstanceRecord) => ei.incident?.key ?? null },
    tenantId: { kind: 'string', get: (ei: ElementInstanceRecord) => pi(ei).tenantId },
  } as const;
  return {
    entity: 'element instance',
    key: (ei) => ei.key,
    all: () => ctx.executor.elementInstances.values(),
    candidates(filter) {
      if (typeof filter.processInstanceKey === 'string')
        return ctx.executor.elementInstancesOf(filter.processInstanceKey);
      if (typeof filter.elementInstanceKey === 'string') {
        const ei = ctx.executor.elementInstances.get(filter.elementInstanceKey);
        return ei === undefined ? [] : [ei];
      }
      return undefined;
    },
    filters: {
      ...fields,
      hasIncident: { kind: 'boolean', get: (ei) => ei.incident !== undefined },
      elementInstanceScopeKey: { kind: 'key', get: (ei) => ei.parent?.key ?? null },
    },
    sorts: fields,
  };
}

/** Element-instance search and lookup, and setting variables on a scope. */
export function elementInstanceHandlers(ctx: EngineContext): HandlerTable {
  const descriptor = elementInstanceDescriptor(ctx);
  const get = (key: string) => {
    const ei = ctx.executor.elementInstances.get(key);
    if (ei === undefined) throw notFound('Element Instance', key);
    return ei;
  };
  return {
    searchElementInstances(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toElementInstanceResult), page);
    },
    getElementInstance(req) {
      return { status: 200, body: toElementInstanceResult(get(keyParam(req.params, 'elementInstanceKey'))) };
    },
    createElementInstanceVariables(req) {
      const key = keyParam(req.params, 'elementInstanceKey');
      const ei = ctx.executor.elementInstances.get(key);
      // Camunda answers 404, though the spec documents none for the operation.
      if (ei === undefined || ei.state !== 'ACTIVE') {
        throw rejection(
          'UPDATE',
          'NOT_FOUND',
          `Expected to update variables for element with key '${key}', but no such element was found`,
        );
      }
      const body = bodyObject(req.body);
      if (!isJsonObject(body.variables)) throw badRequest("Property 'variables' must be a JSON object");
      return setVariablesAndAnswer(ctx, req, ei, body.variables, booleanField(body, 'local') ?? false);
    },
    activateAdHocSubProcessActivities(req) {
      const key = keyParam(req.params, 'adHocSubProcessInstanceKey');
      const ei = ctx.executor.elementInstances.get(key);
      if (ei?.node?.adHoc === undefined) {
        throw rejection(
          'ACTIVATE',
          'NOT_FOUND',
          `Expected to activate activities for ad-hoc sub-process but no ad-hoc sub-process instance found with key '${key}'.`,
        );
      }
      if (ei.state !== 'ACTIVE') {
        // Camunda answers 409, though the spec documents none for the operation.
        throw rejection(
          'ACTIVATE',
          'INVALID_STATE',
          `Expected to activate activities for ad-hoc sub-process with key '${key}', but it is not active.`,
        );
      }
      const body = bodyObject(req.body);
      if (!Array.isArray(body.elements)) throw badRequest("Property 'elements' must be an array");
      const elements = body.elements.map((e: unknown, i: number) => {
        if (!isJsonObject(e) || typeof e.elementId !== 'string') {
          throw badRequest(`Property 'elements[${i}].elementId' must be a string`);
        }
        return isJsonObject(e.variables)
          ? { elementId: e.elementId, variables: e.variables }
          : { elementId: e.elementId };
      });
      const missing = elements.filter((e) => !ei.node?.adHoc?.activatable.some((n) => n.id === e.elementId));
      if (missing.length > 0) {
        throw rejection(
          'ACTIVATE',
          'NOT_FOUND',
          `Expected to activate activities for ad-hoc sub-process with key '${key}', but the given elements [${missing.map((e) => e.elementId).join(', ')}] do not exist.`,
        );
      }
      ctx.executor.activateAdHocActivities(
        ei,
        elements,
        booleanField(body, 'cancelRemainingInstances') ?? false,
      );
      return { status: 204 };
    },
  };
}
