import { nextDueAfter, resolveTimer } from '../bpmn/timer-definition.js';
import type { JsonObject } from '../feel/json-value.js';
import { activateAdHocElements } from './behaviors/ad-hoc-sub-process-behavior.js';
import { createElementLifecycle } from './element-lifecycle.js';
import { createEventTriggers } from './event-triggers.js';
import { createExecutionAgenda } from './execution-agenda.js';
import type { CreateInstanceInput, ExecutionContext, ExecutorDeps } from './execution-context.js';
import { createExecutionState } from './execution-state.js';
import { createExpressionEvaluator } from './expression-evaluator.js';
import { createInstanceCommands, type InstanceCommands } from './instance-commands.js';
import type {
  ElementInstanceRecord,
  IncidentRecord,
  JobRecord,
  JobResultInput,
  ProcessDefinitionRecord,
  ProcessInstanceRecord,
  UserTaskRecord,
  UserTaskTransitionOutcome,
} from './records.js';
import { hasTaskListeners, runTaskListeners, settle } from './user-task-transitions.js';

export type { CreateInstanceInput, ExecutorDeps } from './execution-context.js';

const DONE: UserTaskTransitionOutcome = { kind: 'done' };

/** The attributes an update may change. */
export type UserTaskChanges = Partial<
  Pick<UserTaskRecord, 'dueDate' | 'followUpDate' | 'candidateUsers' | 'candidateGroups' | 'priority'>
>;

/** A message to publish or correlate. */
export interface MessageInput {
  readonly name: string;
  readonly correlationKey: string;
  readonly variables: JsonObject;
  readonly tenantId: string;
}

/**
 * Executes BPMN: tokens move through element instances, wait states hand work to jobs, user tasks, message
 * subscriptions and timers, and every command runs to quiescence before it returns.
 */
export interface ProcessExecutor extends InstanceCommands {
  createInstance(definition: ProcessDefinitionRecord, input: CreateInstanceInput): ProcessInstanceRecord;
  cancelInstance(processInstance: ProcessInstanceRecord): void;
  /** Completes a job; `result` (checked by the handler) acts on task-listener and ad-hoc sub-process jobs. */
  completeJob(job: JobRecord, variables: JsonObject, result?: JobResultInput): void;
  failJob(
    job: JobRecord,
    retries: number,
    errorMessage: string,
    backoffMs: number,
    variables: JsonObject,
  ): void;
  throwJobError(job: JobRecord, errorCode: string, errorMessage: string, variables: JsonObject): void;
  /**
   * A job too large for the broker's maximum message size: it leaves the queue and a `MESSAGE_SIZE_EXCEEDED`
   * incident is raised on it; resolving the incident makes it activatable again (to be measured anew).
   */
  jobTooLarge(job: JobRecord, errorMessage: string): void;
  /**
   * Completes a user task, after its completing listeners (which may deny it). `action` is what the listeners
   * are told the transition is (default `complete`, as Zeebe's). Settles when the transition ends: at once
   * without listeners, else when the last listener approves, one denies, or the task is canceled.
   */
  completeUserTask(
    task: UserTaskRecord,
    variables: JsonObject,
    action?: string,
  ): Promise<UserTaskTransitionOutcome>;
  /**
   * Assigns (or, with null, unassigns) a user task, after its assigning listeners (which may deny it). `action`
   * defaults to `assign` (`unassign` when unassigning). Settles as {@link completeUserTask} does.
   */
  assignUserTask(
    task: UserTaskRecord,
    assignee: string | null,
    action?: string,
  ): Promise<UserTaskTransitionOutcome>;
  /**
   * Updates a user task's attributes, after its updating listeners (which may deny it); `action` defaults to
   * `update`. Settles as {@link completeUserTask} does.
   */
  updateUserTask(
    task: UserTaskRecord,
    changes: UserTaskChanges,
    action?: string,
  ): Promise<UserTaskTransitionOutcome>;
  /** Publishes a message; returns the process instances it correlated to (started ones included). */
  publishMessage(
    message: MessageInput,
    ttlMs: number,
  ): { readonly messageKey: string; readonly correlatedTo: string[] };
  broadcastSignal(name: string, variables: JsonObject, tenantId: string): string;
  /**
   * Sets variables on a scope. On a user task's element instance (task CREATED) this is, as in Zeebe, an update of
   * the task: its updating listeners run first (changed attribute `variables`, no action) and may deny it; the
   * variables are set once they approve. Settles when that transition ends (at once elsewhere).
   */
  setVariables(
    scope: ElementInstanceRecord,
    variables: JsonObject,
    local: boolean,
  ): Promise<UserTaskTransitionOutcome>;
  /**
   * Evaluates the conditional start events of the latest process versions of a tenant (or of one definition)
   * with `variables`; starts an instance at each that holds, with those variables.
   */
  evaluateConditionals(
    variables: JsonObject,
    tenantId: string,
    processDefinitionKey: string | undefined,
  ): ProcessInstanceRecord[];
  /** Activates elements of an active ad-hoc sub-process (ids already checked). */
  activateAdHocActivities(
    adHoc: ElementInstanceRecord,
    elements: ReadonlyArray<{ readonly elementId: string; readonly variables?: JsonObject }>,
    cancelRemainingInstances: boolean,
  ): void;
  resolveIncident(incident: IncidentRecord): void;
  readonly processInstances: ReadonlyMap<string, ProcessInstanceRecord>;
  readonly elementInstances: ReadonlyMap<string, ElementInstanceRecord>;
  elementInstancesOf(processInstanceKey: string): readonly ElementInstanceRecord[];
  readonly incidents: ReadonlyMap<string, IncidentRecord>;
  incidentsOf(processInstanceKey: string): readonly IncidentRecord[];
  readonly userTasks: ReadonlyMap<string, UserTaskRecord>;
  userTasksOf(processInstanceKey: string): readonly UserTaskRecord[];
  clear(): void;
}

/**
 * Creates the executor: the commands of the API on top of the execution core (agenda, element lifecycle,
 * event triggers) and the element behaviours of `element-behaviors.ts`.
 */
export function createProcessExecutor(deps: ExecutorDeps): ProcessExecutor {
  const { clock, keys, variables, jobs, messages, definitions } = deps;
  const state = createExecutionState();
  const agenda = createExecutionAgenda();
  const run = agenda.run;
  // The context is assembled from parts that call each other through it, so each part is free to use any other.
  const ctx = { ...deps, state, agenda } as ExecutionContext;
  Object.assign(ctx, createExpressionEvaluator(variables));
  Object.assign(ctx, createElementLifecycle(ctx));
  const triggers = createEventTriggers(ctx);
  Object.assign(ctx, triggers);
  const { processInstances, elementInstances, elementsByInstance, incidents, incidentsByInstance } = state;

  // Timer start events of the latest version of each process; a new version replaces them, as in Zeebe.
  const startTimers = new Map<string, Array<{ cancel(): void }>>();
  definitions.onProcessDeployed((definition, replaced) => {
    if (replaced !== undefined) {
      for (const timer of startTimers.get(replaced.key) ?? []) timer.cancel();
      startTimers.delete(replaced.key);
    }
    const handles: Array<{ cancel(): void }> = [];
    for (const start of definition.model.timerStarts) {
      const timer = start.timer;
      if (timer === undefined) continue;
      let resolved: ReturnType<typeof resolveTimer>;
      try {
        resolved = resolveTimer(timer, { get: () => undefined, all: () => ({}) }, clock.now());
      } catch {
        continue; // the parser has checked it; a date in the past simply never fires again
      }
      let remaining = resolved.repetitions;
      const arm = (at: number) => {
        const handle = clock.schedule(at, () => {
          if (remaining !== 0) {
            if (remaining > 0) remaining -= 1;
            arm(nextDueAfter(resolved, clock.now()));
          }
          run(() => ctx.startInstance(definition, { variables: {}, tags: [], businessId: null }, start));
        });
        handles[index] = handle;
      };
      const index = handles.length;
      handles.push({ cancel() {} });
      arm(resolved.dueAtMs);
    }
    if (handles.length > 0) startTimers.set(definition.key, handles);
  });
  const { userTasks, userTasksByInstance, messageStarted } = state;

  /**
   * Runs a user task transition asked for through the API as one command; the promise settles when the
   * transition ends (`settle`), which may be in a later command (a listener job's completion, a cancellation).
   */
  const transition = (task: UserTaskRecord, start: () => void): Promise<UserTaskTransitionOutcome> =>
    new Promise((resolve) => {
      task.settleTransition = (outcome) => {
        delete task.settleTransition;
        resolve(outcome);
      };
      run(start);
    });

  return {
    ...createInstanceCommands(ctx, run),
    createInstance: (definition, input) =>
      run(() => ctx.startInstance(definition, input, definition.model.noneStart)),
    cancelInstance(pi) {
      run(() => {
        // Canceling task listeners may hold the termination open; the instance ends when they are done.
        ctx.terminate(pi.root, () => ctx.finishInstance(pi, 'TERMINATED'));
      });
    },
    completeJob(job, vars, result) {
      run(() => {
        jobs.complete(job);
        if (job.onComplete !== undefined) job.onComplete(vars, result);
        else ctx.complete(job.elementInstance, vars);
      });
    },
    jobTooLarge(job, errorMessage) {
      run(() => {
        jobs.disable(job);
        ctx.raiseIncident(
          job.elementInstance,
          'MESSAGE_SIZE_EXCEEDED',
          errorMessage,
          () => jobs.retry(job),
          job,
        );
      });
    },
    failJob(job, retries, errorMessage, backoffMs, vars) {
      run(() => {
        const ei = job.elementInstance;
        for (const [name, value] of Object.entries(vars)) variables.setLocal(ei, name, value);
        if (jobs.fail(job, retries, errorMessage, backoffMs) === 'noRetries') {
          const raise = (): void =>
            ctx.raiseIncident(
              ei,
              job.incidentType ?? 'JOB_NO_RETRIES',
              errorMessage === '' ? 'No more retries left.' : errorMessage,
              retry,
              job,
            );
          // Resolving without new retries raises the incident again, as Zeebe does.
          const retry = () => (job.retries > 0 ? jobs.retry(job) : raise());
          raise();
        }
      });
    },
    throwJobError(job, errorCode, errorMessage, vars) {
      run(() => {
        jobs.errorThrown(job, errorCode, errorMessage);
        const ei = job.elementInstance;
        const thrown = () => {
          ctx.guarded(ei, () => ctx.throwError(ei, errorCode, errorMessage, vars, job), thrown);
        };
        thrown();
      });
    },
    completeUserTask(task, vars, action) {
      return transition(task, () => {
        task.action = action || 'complete';
        runTaskListeners(ctx, task, 'COMPLETING', (denied, reason) => {
          delete task.action;
          if (denied) return settle(task, { kind: 'denied', reason });
          task.state = 'COMPLETED';
          task.completionDate = clock.now();
          ctx.complete(task.elementInstance, vars);
          settle(task, DONE);
        });
      });
    },
    assignUserTask(task, assignee, action) {
      return transition(task, () => {
        const previous = task.assignee;
        task.assignee = assignee;
        task.changedAttributes = ['assignee'];
        task.action = action || (assignee === null ? 'unassign' : 'assign');
        task.revertTransition = () => {
          task.assignee = previous;
        };
        runTaskListeners(ctx, task, 'ASSIGNING', (denied, reason) => {
          if (denied) task.assignee = previous;
          delete task.revertTransition;
          delete task.action;
          task.state = 'CREATED';
          settle(task, denied ? { kind: 'denied', reason } : DONE);
        });
      });
    },
    updateUserTask(task, changes, action) {
      return transition(task, () => {
        const before = { ...task };
        Object.assign(task, changes);
        task.changedAttributes = Object.keys(changes);
        task.action = action || 'update';
        const revert = () => {
          task.dueDate = before.dueDate;
          task.followUpDate = before.followUpDate;
          task.candidateUsers = before.candidateUsers;
          task.candidateGroups = before.candidateGroups;
          task.priority = before.priority;
        };
        task.revertTransition = revert;
        runTaskListeners(ctx, task, 'UPDATING', (denied, reason) => {
          if (denied) revert();
          delete task.revertTransition;
          delete task.action;
          task.state = 'CREATED';
          settle(task, denied ? { kind: 'denied', reason } : DONE);
        });
      });
    },
    publishMessage(message, ttlMs) {
      return run(() => {
        const messageKey = keys.next();
        const correlatedTo: string[] = [];
        const seen = new Set<string>();
        for (const sub of messages.matching(message.tenantId, message.name, message.correlationKey)) {
          const piKey = sub.elementInstance.processInstance.key;
          if (seen.has(piKey)) continue;
          seen.add(piKey);
          correlatedTo.push(piKey);
          messages.recordCorrelation(sub, messageKey);
          ctx.correlate(sub, message.variables);
        }
        for (const definition of definitions.messageStarts(message.tenantId, message.name)) {
          const guardKey = `${definition.tenantId}\u0000${definition.processDefinitionId}\u0000${message.correlationKey}`;
          if (message.correlationKey !== '' && messageStarted.has(guardKey)) continue;
          const pi = ctx.startInstance(
            definition,
            { variables: {}, tags: [], businessId: null },
            definition.model.messageStarts.get(message.name),
            message.variables,
          );
          if (message.correlationKey !== '') messageStarted.set(guardKey, pi.key);
          seen.add(pi.key);
          correlatedTo.push(pi.key);
        }
        if (ttlMs > 0) {
          messages.buffer(
            {
              key: messageKey,
              name: message.name,
              correlationKey: message.correlationKey,
              tenantId: message.tenantId,
              variables: message.variables,
              correlatedTo: seen,
            },
            ttlMs,
          );
        }
        return { messageKey, correlatedTo };
      });
    },
    broadcastSignal(name, vars, tenantId) {
      return run(() => {
        ctx.triggerSignal(name, vars, tenantId);
        return keys.next();
      });
    },
    setVariables(scope, vars, local) {
      const apply = () => {
        if (local) for (const [name, value] of Object.entries(vars)) variables.setLocal(scope, name, value);
        else variables.propagate(scope, vars);
      };
      const task = scope.userTask;
      if (task === undefined || task.state !== 'CREATED' || !hasTaskListeners(ctx, task, 'UPDATING')) {
        // A command of its own: conditional events that the change satisfies trigger before it returns.
        run(apply);
        return Promise.resolve(DONE);
      }
      // As Zeebe: an update of the task with `variables` changed (when there are any) and no action, whose
      // listeners see the new values; the variables are set only once every listener approves.
      return transition(task, () => {
        task.changedAttributes = Object.keys(vars).length > 0 ? ['variables'] : [];
        delete task.action;
        task.pendingVariables = vars;
        task.revertTransition = () => {
          delete task.pendingVariables;
        };
        runTaskListeners(ctx, task, 'UPDATING', (denied, reason) => {
          delete task.pendingVariables;
          delete task.revertTransition;
          task.state = 'CREATED';
          if (!denied) apply();
          settle(task, denied ? { kind: 'denied', reason } : DONE);
        });
      });
    },
    evaluateConditionals(vars, tenantId, processDefinitionKey) {
      return run(() => {
        const started: ProcessInstanceRecord[] = [];
        const candidates =
          processDefinitionKey === undefined
            ? [...definitions.all()].filter((d) => d.tenantId === tenantId && definitions.isLatest(d))
            : [definitions.get(processDefinitionKey)].filter((d) => d !== undefined);
        const lookup = { get: (name: string) => vars[name], all: () => ({ ...vars }) };
        for (const definition of candidates) {
          for (const start of definition.model.conditionalStarts) {
            let holds = false;
            try {
              holds = start.conditionExpression?.evaluate(lookup) === true;
            } catch {
              holds = false;
            }
            if (!holds) continue;
            started.push(
              ctx.startInstance(definition, { variables: vars, tags: [], businessId: null }, start),
            );
          }
        }
        return started;
      });
    },
    activateAdHocActivities(adHoc, elements, cancelRemainingInstances) {
      run(() => {
        const activate = () => activateAdHocElements(ctx, adHoc, elements, cancelRemainingInstances);
        ctx.guarded(adHoc, activate, activate);
      });
    },
    resolveIncident(incident) {
      run(() => {
        ctx.closeIncident(incident);
        incident.retry();
      });
    },
    processInstances,
    elementInstances,
    elementInstancesOf: (key) => elementsByInstance.get(key) ?? [],
    incidents,
    incidentsOf: (key) => incidentsByInstance.get(key) ?? [],
    userTasks,
    userTasksOf: (key) => userTasksByInstance.get(key) ?? [],
    clear() {
      agenda.clear();
      // Requests waiting for an instance to finish (awaitCompletion) learn that it is gone.
      for (const pi of processInstances.values()) {
        if (pi.state === 'ACTIVE') ctx.finishInstance(pi, 'TERMINATED');
      }
      state.clear();
      triggers.clear();
      for (const timers of startTimers.values()) for (const timer of timers) timer.cancel();
      startTimers.clear();
    },
  };
}
