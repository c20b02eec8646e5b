import type { EngineContext } from '../engine/engine-context.js';
import { errorHashCode } from '../engine/error-hash-code.js';
import type { ElementInstanceRecord, ProcessInstanceRecord } from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { type FieldFilter, runSearch, type SearchDescriptor } from '../search/search-query.js';
import { badRequest, bodyObject, keyParam, searchResponse } from './handler-support.js';
import { messageSubscriptionDescriptor } from './message-handlers.js';
import { processInstanceDescriptor } from './process-instance-handlers.js';

/** Per element: how many of its instances are active, canceled, in an incident, completed. */
interface ElementCounts {
  elementId: string;
  active: number;
  canceled: number;
  incidents: number;
  completed: number;
}

// Every match, however many: statistics aggregate over the whole filtered set.
const ALL = { limit: Number.MAX_SAFE_INTEGER };

/**
 * Element statistics as Camunda reports them: a flow node instance in an incident counts as an incident, not as
 * active; the process-level instance is not an element of the diagram.
 */
function countElements(instances: Iterable<ProcessInstanceRecord>, ctx: EngineContext) {
  const byElement = new Map<string, ElementCounts>();
  for (const pi of instances) {
    for (const ei of ctx.executor.elementInstancesOf(pi.key)) {
      if (ei === pi.root) continue;
      let counts = byElement.get(ei.elementId);
      if (counts === undefined) {
        counts = { elementId: ei.elementId, active: 0, canceled: 0, incidents: 0, completed: 0 };
        byElement.set(ei.elementId, counts);
      }
      tally(counts, ei);
    }
  }
  return { items: [...byElement.values()] };
}

function tally(counts: ElementCounts, ei: ElementInstanceRecord): void {
  if (ei.state === 'COMPLETED') counts.completed += 1;
  else if (ei.state === 'TERMINATED') counts.canceled += 1;
  else if (ei.incident !== undefined) counts.incidents += 1;
  else counts.active += 1;
}

/** A row of a grouped statistic, searchable (sort, page) like any other entity. */
type Row = Record<string, string | number | boolean | null>;

function rowDescriptor(entity: string, rows: Row[], key: (row: Row) => string, sortable: string[]) {
  const sorts: Record<string, FieldFilter<Row>> = {};
  for (const field of sortable) {
    const sample = rows.find((r) => r[field] !== null && r[field] !== undefined)?.[field];
    sorts[field] = { kind: typeof sample === 'number' ? 'integer' : 'string', get: (r) => r[field] };
  }
  const descriptor: SearchDescriptor<Row> = { entity, key, all: () => rows, filters: {}, sorts };
  return descriptor;
}

const activeInstances = (ctx: EngineContext) =>
  [...ctx.executor.processInstances.values()].filter((pi) => pi.state === 'ACTIVE');

/** Element, definition, version, incident and message-subscription statistics computed from the engine state. */
export function statisticsHandlers(ctx: EngineContext): HandlerTable {
  const instances = processInstanceDescriptor(ctx);
  const subscriptions = messageSubscriptionDescriptor(ctx);
  return {
    // Element statistics are searches in Camunda, filtered by the key of the path: a key that names nothing
    // matches nothing, so it is answered with no items rather than 404 (which the spec does not list here).
    getProcessInstanceStatistics(req) {
      const pi = ctx.executor.processInstances.get(keyParam(req.params, 'processInstanceKey'));
      return { status: 200, body: countElements(pi === undefined ? [] : [pi], ctx) };
    },

    getProcessDefinitionStatistics(req) {
      const processDefinitionKey = keyParam(req.params, 'processDefinitionKey');
      const body = bodyObject(req.body ?? {});
      const filter = {
        ...((body.filter as Record<string, unknown> | undefined) ?? {}),
        processDefinitionKey,
      };
      const matched = runSearch(instances, { filter, page: ALL }).items;
      return { status: 200, body: countElements(matched, ctx) };
    },

    getProcessDefinitionInstanceStatistics(req) {
      const body = bodyObject(req.body ?? {});
      const groups = new Map<string, Row>();
      for (const pi of activeInstances(ctx)) {
        const { processDefinitionId, tenantId } = pi.definition;
        const id = `${processDefinitionId}\u0000${tenantId}`;
        let row = groups.get(id);
        if (row === undefined) {
          const latest = ctx.definitions.latest(processDefinitionId, tenantId);
          const versions = new Set<number>();
          for (const d of ctx.definitions.all()) {
            if (d.processDefinitionId === processDefinitionId && d.tenantId === tenantId)
              versions.add(d.version);
          }
          row = {
            processDefinitionId,
            tenantId,
            latestProcessDefinitionName: latest?.name ?? pi.definition.name ?? processDefinitionId,
            hasMultipleVersions: versions.size > 1,
            activeInstancesWithoutIncidentCount: 0,
            activeInstancesWithIncidentCount: 0,
          };
          groups.set(id, row);
        }
        const field =
          pi.activeIncidents > 0 ? 'activeInstancesWithIncidentCount' : 'activeInstancesWithoutIncidentCount';
        row[field] = (row[field] as number) + 1;
      }
      const rows = [...groups.values()];
      const descriptor = rowDescriptor(
        'process definition instance statistics',
        rows,
        (r) => `${r.processDefinitionId}\u0000${r.tenantId}`,
        ['processDefinitionId', 'activeInstancesWithIncidentCount', 'activeInstancesWithoutIncidentCount'],
      );
      const found = runSearch(descriptor, { sort: body.sort, page: body.page });
      return searchResponse(found.items, found.page);
    },

    getProcessDefinitionInstanceVersionStatistics(req) {
      const body = bodyObject(req.body);
      const filter = bodyObject(body.filter);
      const processDefinitionId = filter.processDefinitionId;
      if (typeof processDefinitionId !== 'string' || processDefinitionId === '') {
        throw badRequest('No processDefinitionId provided in filter');
      }
      const tenantId = typeof filter.tenantId === 'string' ? filter.tenantId : undefined;
      const groups = new Map<string, Row>();
      for (const pi of activeInstances(ctx)) {
        const d = pi.definition;
        if (d.processDefinitionId !== processDefinitionId) continue;
        if (tenantId !== undefined && d.tenantId !== tenantId) continue;
        let row = groups.get(d.key);
        if (row === undefined) {
          row = {
            processDefinitionId: d.processDefinitionId,
            processDefinitionKey: d.key,
            processDefinitionName: d.name ?? d.processDefinitionId,
            tenantId: d.tenantId,
            processDefinitionVersion: d.version,
            activeInstancesWithIncidentCount: 0,
            activeInstancesWithoutIncidentCount: 0,
          };
          groups.set(d.key, row);
        }
        const field =
          pi.activeIncidents > 0 ? 'activeInstancesWithIncidentCount' : 'activeInstancesWithoutIncidentCount';
        row[field] = (row[field] as number) + 1;
      }
      const rows = [...groups.values()];
      const descriptor = rowDescriptor(
        'process definition version statistics',
        rows,
        (r) => String(r.processDefinitionKey),
        [
          'processDefinitionId',
          'processDefinitionKey',
          'processDefinitionName',
          'processDefinitionVersion',
          'activeInstancesWithIncidentCount',
          'activeInstancesWithoutIncidentCount',
        ],
      );
      const found = runSearch(descriptor, { sort: body.sort, page: body.page });
      return searchResponse(found.items, found.page);
    },

    getProcessInstanceStatisticsByError(req) {
      const body = bodyObject(req.body ?? {});
      const groups = new Map<number, { row: Row; instances: Set<string> }>();
      for (const incident of ctx.executor.incidents.values()) {
        const pi = incident.elementInstance.processInstance;
        if (incident.state !== 'ACTIVE' || pi.state !== 'ACTIVE') continue;
        const hash = errorHashCode(incident.errorMessage);
        let group = groups.get(hash);
        if (group === undefined) {
          group = {
            row: {
              errorHashCode: hash,
              errorMessage: incident.errorMessage,
              activeInstancesWithErrorCount: 0,
            },
            instances: new Set(),
          };
          groups.set(hash, group);
        }
        group.instances.add(pi.key);
        group.row.activeInstancesWithErrorCount = group.instances.size;
      }
      const rows = [...groups.values()].map((g) => g.row);
      const descriptor = rowDescriptor('incident statistics by error', rows, (r) => String(r.errorHashCode), [
        'errorMessage',
        'activeInstancesWithErrorCount',
      ]);
      const found = runSearch(descriptor, { sort: body.sort, page: body.page });
      return searchResponse(found.items, found.page);
    },

    getProcessInstanceStatisticsByDefinition(req) {
      const body = bodyObject(req.body);
      const filter = bodyObject(body.filter);
      const hash = filter.errorHashCode;
      if (typeof hash !== 'number' || !Number.isInteger(hash)) {
        throw badRequest('No errorHashCode provided in filter');
      }
      const groups = new Map<string, { row: Row; instances: Set<string> }>();
      for (const incident of ctx.executor.incidents.values()) {
        const pi = incident.elementInstance.processInstance;
        if (incident.state !== 'ACTIVE' || pi.state !== 'ACTIVE') continue;
        if (errorHashCode(incident.errorMessage) !== hash) continue;
        const d = pi.definition;
        let group = groups.get(d.key);
        if (group === undefined) {
          group = {
            row: {
              processDefinitionId: d.processDefinitionId,
              processDefinitionKey: d.key,
              processDefinitionName: d.name ?? d.processDefinitionId,
              processDefinitionVersion: d.version,
              tenantId: d.tenantId,
              activeInstancesWithErrorCount: 0,
            },
            instances: new Set(),
          };
          groups.set(d.key, group);
        }
        group.instances.add(pi.key);
        group.row.activeInstancesWithErrorCount = group.instances.size;
      }
      const rows = [...groups.values()].map((g) => g.row);
      const descriptor = rowDescriptor(
        'incident statistics by definition',
        rows,
        (r) => String(r.processDefinitionKey),
        ['activeInstancesWithErrorCount', 'processDefinitionKey', 'tenantId'],
      );
      const found = runSearch(descriptor, { sort: body.sort, page: body.page });
      return searchResponse(found.items, found.page);
    },

    getProcessDefinitionMessageSubscriptionStatistics(req) {
      const body = bodyObject(req.body ?? {});
      const filter = { ...((body.filter as Record<string, unknown> | undefined) ?? {}) };
      const matched = runSearch(subscriptions, { filter, page: ALL }).items;
      const groups = new Map<string, { row: Row; instances: Set<string> }>();
      for (const s of matched) {
        if (s.state !== 'CREATED') continue;
        const pi = s.elementInstance.processInstance;
        const d = pi.definition;
        let group = groups.get(d.key);
        if (group === undefined) {
          group = {
            row: {
              processDefinitionId: d.processDefinitionId,
              tenantId: d.tenantId,
              processDefinitionKey: d.key,
              processInstancesWithActiveSubscriptions: 0,
              activeSubscriptions: 0,
            },
            instances: new Set(),
          };
          groups.set(d.key, group);
        }
        group.instances.add(pi.key);
        group.row.activeSubscriptions = (group.row.activeSubscriptions as number) + 1;
        group.row.processInstancesWithActiveSubscriptions = group.instances.size;
      }
      const rows = [...groups.values()].map((g) => g.row);
      const descriptor = rowDescriptor(
        'message subscription statistics',
        rows,
        (r) => String(r.processDefinitionKey),
        [],
      );
      const found = runSearch(descriptor, { page: body.page });
      return searchResponse(found.items, found.page);
    },
  };
}
