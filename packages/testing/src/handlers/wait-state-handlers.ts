import { toVariableSearchResult } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import {
  type ElementInstanceRecord,
  type MessageSubscriptionRecord,
  rootInstanceOf,
  type VariableRecord,
} from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { keyParam, searchResponse } from './handler-support.js';

/** What one waiting element instance waits for: the spec's `WaitStateDetails`. */
type WaitDetails = Record<string, string | number | null>;

interface WaitState {
  readonly ei: ElementInstanceRecord;
  readonly details: WaitDetails;
}

/** Message subscriptions still open, by the element instance that waits (its own catch, not a boundary event). */
function openSubscriptions(ctx: EngineContext): Map<ElementInstanceRecord, MessageSubscriptionRecord> {
  const byElement = new Map<ElementInstanceRecord, MessageSubscriptionRecord>();
  for (const sub of ctx.messages.all()) {
    if (sub.state === 'CREATED' && sub.catchNode === sub.elementInstance.node)
      byElement.set(sub.elementInstance, sub);
  }
  return byElement;
}

/** The wait state of an active element instance, if it waits for something outside the engine's own flow. */
function waitStateOf(
  ei: ElementInstanceRecord,
  messages: Map<ElementInstanceRecord, MessageSubscriptionRecord>,
) {
  if (ei.state !== 'ACTIVE' || ei.node === undefined || ei.incident !== undefined) return undefined;
  const job = ei.job;
  if (job !== undefined && job.endTime === undefined) {
    return {
      waitStateType: 'JOB',
      jobKey: job.key,
      jobType: job.type,
      jobKind: 'BPMN_ELEMENT',
      listenerEventType: 'UNSPECIFIED',
      retries: job.retries,
    };
  }
  const task = ei.userTask;
  if (task !== undefined && task.state === 'CREATED') {
    return { waitStateType: 'USER_TASK', taskKey: task.key, dueDate: task.dueDate };
  }
  const sub = messages.get(ei);
  if (sub !== undefined) {
    return {
      waitStateType: 'MESSAGE',
      messageName: sub.messageName,
      correlationKey: sub.correlationKey === '' ? null : sub.correlationKey,
    };
  }
  if (ei.children.size > 0) return undefined;
  if (ei.node.eventKind === 'timer') return { waitStateType: 'TIMER', dueDate: null, repetitions: null };
  if (ei.node.eventKind === 'signal' && ei.node.signalName !== undefined) {
    return { waitStateType: 'SIGNAL', signalName: ei.node.signalName.text.replace(/^=/, '') };
  }
  return undefined;
}

function waitStates(ctx: EngineContext, candidates: Iterable<ElementInstanceRecord>): WaitState[] {
  const messages = openSubscriptions(ctx);
  const found: WaitState[] = [];
  for (const ei of candidates) {
    const details = waitStateOf(ei, messages);
    if (details !== undefined) found.push({ ei, details });
  }
  return found;
}

function waitStateDescriptor(ctx: EngineContext): SearchDescriptor<WaitState> {
  const fields = {
    elementInstanceKey: { kind: 'key', get: (w: WaitState) => w.ei.key },
    processInstanceKey: { kind: 'key', get: (w: WaitState) => w.ei.processInstance.key },
    rootProcessInstanceKey: { kind: 'key', get: (w: WaitState) => rootInstanceOf(w.ei.processInstance).key },
    elementId: { kind: 'string', get: (w: WaitState) => w.ei.elementId },
  } as const;
  return {
    entity: 'element instance wait state',
    key: (w) => w.ei.key,
    all: () => waitStates(ctx, ctx.executor.elementInstances.values()),
    candidates(filter) {
      const key = filter.processInstanceKey;
      return typeof key === 'string' ? waitStates(ctx, ctx.executor.elementInstancesOf(key)) : undefined;
    },
    filters: {
      ...fields,
      elementType: { kind: 'string', get: (w) => w.ei.type },
      waitStateType: { kind: 'string', get: (w) => w.details.waitStateType },
    },
    sorts: fields,
  };
}

/** The variables a user task sees: every scope from the task up to the process, the innermost value winning. */
function effectiveVariables(ctx: EngineContext, ei: ElementInstanceRecord | undefined): VariableRecord[] {
  const byName = new Map<string, VariableRecord>();
  for (let scope = ei; scope !== undefined; scope = scope.parent) {
    for (const v of ctx.variables.local(scope.key)?.values() ?? [])
      if (!byName.has(v.name)) byName.set(v.name, v);
  }
  return [...byName.values()];
}

function variableListDescriptor(
  entity: string,
  list: () => VariableRecord[],
): SearchDescriptor<VariableRecord> {
  const name = { kind: 'string', get: (v: VariableRecord) => v.name } as const;
  return {
    entity,
    key: (v) => v.key,
    all: () => list().sort((a, b) => a.key.length - b.key.length || (a.key < b.key ? -1 : 1)),
    filters: { name },
    sorts: {
      name,
      value: { kind: 'string', get: (v) => JSON.stringify(v.value) },
      tenantId: { kind: 'string', get: (v) => v.tenantId },
      variableKey: { kind: 'key', get: (v) => v.key },
      scopeKey: { kind: 'key', get: (v) => v.scopeKey },
      processInstanceKey: { kind: 'key', get: (v) => v.processInstanceKey },
    },
  };
}

/** Element instance wait states and their statistics, a user task's effective variables, variable names. */
export function waitStateHandlers(ctx: EngineContext): HandlerTable {
  const descriptor = waitStateDescriptor(ctx);
  return {
    searchElementInstanceWaitStates(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(
        items.map((w) => ({
          rootProcessInstanceKey: rootInstanceOf(w.ei.processInstance).key,
          processInstanceKey: w.ei.processInstance.key,
          elementInstanceKey: w.ei.key,
          elementId: w.ei.elementId,
          elementType: w.ei.type,
          tenantId: w.ei.processInstance.tenantId,
          bpmnProcessId: w.ei.processInstance.definition.processDefinitionId,
          details: w.details,
        })),
        page,
      );
    },

    getProcessInstanceWaitStateStatistics(req) {
      const key = keyParam(req.params, 'processInstanceKey');
      // The spec documents no 404: an unknown instance has no waiting elements.
      const counts = new Map<string, number>();
      for (const w of waitStates(ctx, ctx.executor.elementInstancesOf(key))) {
        counts.set(w.ei.elementId, (counts.get(w.ei.elementId) ?? 0) + 1);
      }
      const items = [...counts].map(([elementId, waitingCount]) => ({ elementId, waitingCount }));
      return { status: 200, body: { items } };
    },

    searchUserTaskEffectiveVariables(req) {
      const key = keyParam(req.params, 'userTaskKey');
      // A search documents no 404: an unknown task simply has no variables.
      const ei = ctx.executor.userTasks.get(key)?.elementInstance;
      const { items, page } = runSearch(
        variableListDescriptor('user task effective variable', () => effectiveVariables(ctx, ei)),
        req.body,
      );
      const truncate = req.query.get('truncateValues') !== 'false';
      return searchResponse(
        items.map((v) => toVariableSearchResult(v, truncate)),
        page,
      );
    },

    searchProcessDefinitionVariableNames(req) {
      const key = keyParam(req.params, 'processDefinitionKey');
      // The spec documents no 404: an unknown definition has no variables.
      const names = new Set<string>();
      for (const v of ctx.variables.all()) {
        if (ctx.executor.processInstances.get(v.processInstanceKey)?.definition.key === key)
          names.add(v.name);
      }
      const rows = [...names].map((name) => ({ name }));
      const name = { kind: 'string', get: (r: { name: string }) => r.name } as const;
      const { items, page } = runSearch(
        {
          entity: 'process definition variable name',
          key: (r) => r.name,
          all: () => rows,
          filters: { name },
          sorts: {},
        },
        req.body,
      );
      return searchResponse(items, page);
    },
  };
}
