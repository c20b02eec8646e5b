import { WaitStateElementTypeEnum } from '@camunda-ts/types';
import type { EngineContext } from '../engine/engine-context.js';
import { type ElementInstanceRecord, rootInstanceOf } from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { keyParam } from './handler-support.js';

/** The spec's `WaitStateElementTypeEnum`; element types outside it read as `UNKNOWN`. */
const WAIT_STATE_ELEMENT_TYPES: ReadonlySet<string> = new Set(Object.values(WaitStateElementTypeEnum));

// Job states in which the job still holds its element.
const OPEN_JOB = new Set(['ACTIVATABLE', 'ACTIVATED', 'BACKOFF', 'FAILED']);

/** One thing an active element instance waits for. */
interface WaitState {
  /** Unique per wait: the element instance key, then the wait's position. */
  readonly id: string;
  readonly ei: ElementInstanceRecord;
  readonly details: Readonly<Record<string, unknown>> & { readonly waitStateType: string };
}

/** The waits of one active element instance: its job, its user task, its own event subscriptions. */
function waitsOf(ei: ElementInstanceRecord): WaitState[] {
  const details: WaitState['details'][] = [];
  const job = ei.job;
  if (job !== undefined && OPEN_JOB.has(job.status)) {
    details.push({
      waitStateType: 'JOB',
      jobKey: job.key,
      jobType: job.type,
      jobKind: 'BPMN_ELEMENT',
      listenerEventType: null,
      retries: job.retries,
    });
  }
  if (ei.userTask !== undefined && ei.userTask.state === 'CREATED') {
    details.push({ waitStateType: 'USER_TASK', taskKey: ei.userTask.key, dueDate: ei.userTask.dueDate });
  }
  for (const wait of ei.waits) {
    const w = wait.waitState;
    if (w === undefined) continue;
    details.push(
      w.waitStateType === 'TIMER'
        ? { waitStateType: 'TIMER', dueDate: w.dueDate(), repetitions: w.repetitions() }
        : { ...w },
    );
  }
  return details.map((d, i) => ({ id: i === 0 ? ei.key : `${ei.key}.${i}`, ei, details: d }));
}

const elementTypeOf = (ei: ElementInstanceRecord) =>
  WAIT_STATE_ELEMENT_TYPES.has(ei.type) ? ei.type : 'UNKNOWN';

function activeWaits(ctx: EngineContext, processInstanceKey?: string): WaitState[] {
  const source =
    processInstanceKey === undefined
      ? ctx.executor.elementInstances.values()
      : ctx.executor.elementInstancesOf(processInstanceKey);
  const out: WaitState[] = [];
  for (const ei of source) if (ei.state === 'ACTIVE') out.push(...waitsOf(ei));
  return out;
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
    key: (w) => w.id,
    all: () => activeWaits(ctx),
    candidates: (filter) =>
      typeof filter.processInstanceKey === 'string' ? activeWaits(ctx, filter.processInstanceKey) : undefined,
    filters: {
      ...fields,
      elementType: { kind: 'string', get: (w) => elementTypeOf(w.ei) },
      waitStateType: { kind: 'string', get: (w) => w.details.waitStateType },
    },
    sorts: fields,
  };
}

/** What waiting element instances wait for: a job, a user task, a message, a timer or a signal. */
export function waitStateHandlers(ctx: EngineContext): HandlerTable {
  const descriptor = waitStateDescriptor(ctx);
  return {
    searchElementInstanceWaitStates(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return {
        status: 200,
        body: {
          items: items.map((w) => {
            const pi = w.ei.processInstance;
            return {
              rootProcessInstanceKey: rootInstanceOf(pi).key,
              processInstanceKey: pi.key,
              elementInstanceKey: w.ei.key,
              elementId: w.ei.elementId,
              elementType: elementTypeOf(w.ei),
              tenantId: pi.tenantId,
              bpmnProcessId: pi.definition.processDefinitionId,
              details: w.details,
            };
          }),
          page,
        },
      };
    },
    getProcessInstanceWaitStateStatistics(req) {
      const key = keyParam(req.params, 'processInstanceKey');
      // The operation documents no 404: an unknown instance has no waiting elements.
      // Counted per waiting element instance, not per wait (a task with a job and a timer counts once).
      const counts = new Map<string, Set<string>>();
      for (const w of activeWaits(ctx, key)) {
        const set = counts.get(w.ei.elementId) ?? new Set<string>();
        set.add(w.ei.key);
        counts.set(w.ei.elementId, set);
      }
      return {
        status: 200,
        body: {
          items: [...counts].map(([elementId, set]) => ({ elementId, waitingCount: set.size })),
        },
      };
    },
  };
}
