import type { ListenerModel } from '../bpmn/process-model.js';
import { compileExpression } from '../feel/expression.js';
import type { JsonObject } from '../feel/json-value.js';
import type { ExecutionContext } from './execution-context.js';
import { createListenerJob } from './listener-jobs.js';
import type {
  JobListenerEventType,
  JobRecord,
  JobResultInput,
  UserTaskRecord,
  UserTaskState,
  UserTaskTransitionOutcome,
} from './records.js';

/** Task listener event types as modelled (8.8 names, and the older short ones). */
const EVENT_NAMES: Readonly<Record<string, JobListenerEventType>> = {
  creating: 'CREATING',
  create: 'CREATING',
  assigning: 'ASSIGNING',
  assignment: 'ASSIGNING',
  updating: 'UPDATING',
  update: 'UPDATING',
  completing: 'COMPLETING',
  complete: 'COMPLETING',
  canceling: 'CANCELING',
  cancel: 'CANCELING',
};

/**
 * The listeners of an event: global listeners (by priority, highest first) before the task's own, except those
 * marked `afterNonGlobal`, which run after them.
 */
const listenersFor = (
  ctx: ExecutionContext,
  task: UserTaskRecord,
  event: JobListenerEventType,
): ListenerModel[] => {
  const own = (task.elementInstance.node?.taskListeners ?? []).filter(
    (l) => EVENT_NAMES[l.eventType] === event,
  );
  const global = [...(ctx.globalTaskListeners?.() ?? [])]
    .filter((g) => g.eventTypes.some((e) => e === 'all' || EVENT_NAMES[e] === event))
    .sort((a, b) => b.priority - a.priority);
  const toModel = (g: (typeof global)[number]): ListenerModel => ({
    eventType: event.toLowerCase(),
    type: compileExpression(g.type),
    retries: compileExpression(String(g.retries)),
    headers: {},
  });
  return [
    ...global.filter((g) => !g.afterNonGlobal).map(toModel),
    ...own,
    ...global.filter((g) => g.afterNonGlobal).map(toModel),
  ];
};

/** Whether the task has listeners for an event. */
export const hasTaskListeners = (
  ctx: ExecutionContext,
  task: UserTaskRecord,
  event: JobListenerEventType,
): boolean => listenersFor(ctx, task, event).length > 0;

/** Ends the wait of the request that started the task's transition, if one waits. */
export function settle(task: UserTaskRecord, outcome: UserTaskTransitionOutcome): void {
  task.settleTransition?.(outcome);
}

/**
 * The variables a job is activated with: those visible from its element, and for a task listener of a variable
 * update the new values, which (as in Zeebe) its listeners see before they are set.
 */
export function jobVariables(
  job: JobRecord,
  visible: JsonObject,
  names: readonly string[] | undefined,
): JsonObject {
  const pending = job.kind === 'TASK_LISTENER' ? job.userTask?.pendingVariables : undefined;
  if (pending === undefined) return visible;
  const shown = Object.entries(pending).filter(([name]) => names === undefined || names.includes(name));
  return { ...visible, ...Object.fromEntries(shown) };
}

/** Applies the corrections of a task listener's job result to the task. */
function applyCorrections(task: UserTaskRecord, corrections: unknown): void {
  if (typeof corrections !== 'object' || corrections === null) return;
  const c = corrections as Record<string, unknown>;
  if (typeof c.assignee === 'string') task.assignee = c.assignee === '' ? null : c.assignee;
  if (typeof c.dueDate === 'string')
    task.dueDate = c.dueDate === '' ? null : new Date(Date.parse(c.dueDate)).toISOString();
  if (typeof c.followUpDate === 'string')
    task.followUpDate = c.followUpDate === '' ? null : new Date(Date.parse(c.followUpDate)).toISOString();
  if (Array.isArray(c.candidateUsers)) task.candidateUsers = [...(c.candidateUsers as string[])];
  if (Array.isArray(c.candidateGroups)) task.candidateGroups = [...(c.candidateGroups as string[])];
  if (typeof c.priority === 'number') task.priority = c.priority;
}

// Zeebe's reserved header names (io.camunda.zeebe.protocol.Protocol).
const RESERVED = 'io.camunda.zeebe:';
const listLiteral = (values: readonly string[]) => `[${values.map((v) => JSON.stringify(v)).join(',')}]`;

/**
 * The custom headers of a task listener job, as Zeebe gives them: the task's own headers and the listener's, then
 * the task's data under reserved names (only what is set).
 */
function taskListenerHeaders(
  task: UserTaskRecord,
  listener: ListenerModel,
  event: JobListenerEventType,
): Record<string, string> {
  const headers: Record<string, string> = { ...task.customHeaders, ...listener.headers };
  // As Zeebe: only a transition asked for through the API carries an action; the assignment of an assignee given
  // at creation, and creating and canceling, carry none.
  const action = event === 'CREATING' || event === 'CANCELING' ? '' : (task.action ?? '');
  if (action !== '') headers[`${RESERVED}action`] = action;
  const changed = task.changedAttributes ?? [];
  if (changed.length > 0) headers[`${RESERVED}changedAttributes`] = listLiteral([...changed].sort());
  if (task.priority > 0) headers[`${RESERVED}priority`] = String(task.priority);
  headers[`${RESERVED}userTaskKey`] = task.key;
  if (task.assignee !== null && task.assignee !== '') headers[`${RESERVED}assignee`] = task.assignee;
  if (task.candidateGroups.length > 0)
    headers[`${RESERVED}candidateGroups`] = listLiteral(task.candidateGroups);
  if (task.candidateUsers.length > 0) headers[`${RESERVED}candidateUsers`] = listLiteral(task.candidateUsers);
  if (task.dueDate !== null) headers[`${RESERVED}dueDate`] = task.dueDate;
  if (task.followUpDate !== null) headers[`${RESERVED}followUpDate`] = task.followUpDate;
  if (task.formKey !== null) headers[`${RESERVED}formKey`] = task.formKey;
  return headers;
}

const TRANSITIONAL: Readonly<Record<string, UserTaskState>> = {
  CREATING: 'CREATING',
  ASSIGNING: 'ASSIGNING',
  UPDATING: 'UPDATING',
  COMPLETING: 'COMPLETING',
  CANCELING: 'CANCELING',
};

/**
 * Runs the task listeners of `event` one after another, each as a TASK_LISTENER job. Each job's result may
 * correct the task; a denial stops the run. `done(denied, deniedReason)` runs after the last listener, or on a
 * denial.
 */
export function runTaskListeners(
  ctx: ExecutionContext,
  task: UserTaskRecord,
  event: JobListenerEventType,
  done: (denied: boolean, deniedReason: string) => void,
): void {
  const listeners = listenersFor(ctx, task, event);
  const ei = task.elementInstance;
  const settledState = task.state;
  if (listeners.length > 0) task.state = TRANSITIONAL[event] ?? task.state;
  const step = (i: number): void => {
    if (ei.state !== (event === 'CANCELING' ? 'TERMINATING' : 'ACTIVE')) return;
    const listener = listeners[i];
    if (listener === undefined) {
      done(false, '');
      return;
    }
    ctx.guarded(
      ei,
      () => {
        const job = createListenerJob(
          ctx,
          ei,
          listener,
          'TASK_LISTENER',
          event,
          (_vars: JsonObject, result?: JobResultInput) => {
            if (result?.denied === true) {
              job.deniedReason = typeof result.deniedReason === 'string' ? result.deniedReason : '';
              task.state = settledState;
              done(true, job.deniedReason);
              return;
            }
            applyCorrections(task, result?.corrections);
            step(i + 1);
          },
          taskListenerHeaders(task, listener, event),
        );
        job.userTask = task;
      },
      () => step(i),
    );
  };
  step(0);
}
