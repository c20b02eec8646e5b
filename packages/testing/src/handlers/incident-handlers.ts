import { toIncidentResult } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { IncidentRecord } from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { keyParam, notFound, rejection, searchResponse } from './handler-support.js';

/** The search descriptor of incidents, optionally narrowed to one process instance or element instance. */
export function incidentDescriptor(
  ctx: EngineContext,
  scope?: { readonly processInstanceKey?: string; readonly elementInstanceKey?: string },
): SearchDescriptor<IncidentRecord> {
  const pi = (i: IncidentRecord) => i.elementInstance.processInstance;
  const fields = {
    incidentKey: { kind: 'key', get: (i: IncidentRecord) => i.key },
    processDefinitionKey: { kind: 'key', get: (i: IncidentRecord) => pi(i).definition.key },
    processDefinitionId: { kind: 'string', get: (i: IncidentRecord) => pi(i).definition.processDefinitionId },
    processInstanceKey: { kind: 'key', get: (i: IncidentRecord) => pi(i).key },
    errorType: { kind: 'string', get: (i: IncidentRecord) => i.errorType },
    errorMessage: { kind: 'string', get: (i: IncidentRecord) => i.errorMessage },
    elementId: { kind: 'string', get: (i: IncidentRecord) => i.elementInstance.elementId },
    elementInstanceKey: { kind: 'key', get: (i: IncidentRecord) => i.elementInstance.key },
    creationTime: { kind: 'date', get: (i: IncidentRecord) => i.creationTime },
    state: { kind: 'string', get: (i: IncidentRecord) => i.state },
    jobKey: { kind: 'key', get: (i: IncidentRecord) => i.job?.key ?? null },
    tenantId: { kind: 'string', get: (i: IncidentRecord) => pi(i).tenantId },
  } as const;
  const inScope = (items: Iterable<IncidentRecord>) =>
    scope?.elementInstanceKey === undefined
      ? items
      : [...items].filter((i) => i.elementInstance.key === scope.elementInstanceKey);
  return {
    entity: 'incident',
    key: (i) => i.key,
    all: () =>
      inScope(
        scope?.processInstanceKey !== undefined
          ? ctx.executor.incidentsOf(scope.processInstanceKey)
          : ctx.executor.incidents.values(),
      ),
    candidates(filter) {
      if (scope === undefined && typeof filter.processInstanceKey === 'string') {
        return ctx.executor.incidentsOf(filter.processInstanceKey);
      }
      return undefined;
    },
    filters: fields,
    sorts: fields,
  };
}

/** Incident search, lookup and resolution. */
export function incidentHandlers(ctx: EngineContext): HandlerTable {
  const descriptor = incidentDescriptor(ctx);
  const get = (key: string) => {
    const incident = ctx.executor.incidents.get(key);
    if (incident === undefined) throw notFound('Incident', key);
    return incident;
  };
  return {
    searchIncidents(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toIncidentResult), page);
    },
    getIncident(req) {
      return { status: 200, body: toIncidentResult(get(keyParam(req.params, 'incidentKey'))) };
    },
    resolveIncident(req) {
      const key = keyParam(req.params, 'incidentKey');
      const incident = ctx.executor.incidents.get(key);
      if (incident === undefined || incident.state !== 'ACTIVE') {
        throw rejection(
          'RESOLVE',
          'NOT_FOUND',
          `Expected to resolve incident with key '${key}', but no such incident was found`,
        );
      }
      // As in Zeebe: a job incident is resolved by retrying the job, which needs retries first.
      if (incident.job !== undefined && incident.job.retries <= 0) {
        throw rejection(
          'RESOLVE',
          'INVALID_STATE',
          `Expected to resolve incident with key '${key}', but job with key '${incident.job.key}' has no retries left. Please update the job retries and retry resolving the incident`,
        );
      }
      ctx.executor.resolveIncident(incident);
      return { status: 204 };
    },
    searchProcessInstanceIncidents(req) {
      const processInstanceKey = keyParam(req.params, 'processInstanceKey');
      if (!ctx.executor.processInstances.has(processInstanceKey))
        throw notFound('Process Instance', processInstanceKey);
      const { items, page } = runSearch(incidentDescriptor(ctx, { processInstanceKey }), req.body);
      return searchResponse(items.map(toIncidentResult), page);
    },
    searchElementInstanceIncidents(req) {
      const elementInstanceKey = keyParam(req.params, 'elementInstanceKey');
      const ei = ctx.executor.elementInstances.get(elementInstanceKey);
      if (ei === undefined) throw notFound('Element Instance', elementInstanceKey);
      const { items, page } = runSearch(
        incidentDescriptor(ctx, { processInstanceKey: ei.processInstance.key, elementInstanceKey }),
        req.body,
      );
      return searchResponse(items.map(toIncidentResult), page);
    },
  };
}
