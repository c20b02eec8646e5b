import type { Expression } from '../../feel/expression.js';
import type { ElementBehavior } from '../element-behavior.js';
import { pushTo } from '../execution-state.js';
import type { UserTaskRecord } from '../records.js';
import { StepFailure } from '../step-failure.js';
import { hasTaskListeners, runTaskListeners, settle } from '../user-task-transitions.js';

/**
 * A Camunda user task (`zeebe:userTask`): assignment, schedule and priority are evaluated into a user task
 * record; the element completes when the task is completed through the API.
 */
export const userTaskBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const def = ei.node?.userTask;
    if (def === undefined) return;
    const optString = (e: Expression | undefined, what: string) => {
      if (e === undefined) return null;
      const v = ctx.evaluate(e, ei, what);
      if (v === null) return null;
      if (typeof v !== 'string') {
        throw new StepFailure(
          'EXTRACT_VALUE_ERROR',
          `Expected ${what} '${e.text}' to be a string, but was ${JSON.stringify(v)}`,
        );
      }
      return v === '' ? null : v;
    };
    const optDate = (e: Expression | undefined, what: string) => {
      const v = optString(e, what);
      if (v === null) return null;
      const ms = Date.parse(v);
      if (Number.isNaN(ms))
        throw new StepFailure('EXTRACT_VALUE_ERROR', `Expected ${what} '${v}' to be an ISO 8601 date-time`);
      return new Date(ms).toISOString();
    };
    const priority = def.priority === undefined ? 50 : ctx.evaluateNumber(def.priority, ei, 'priority');
    if (priority < 0 || priority > 100 || !Number.isInteger(priority)) {
      throw new StepFailure(
        'EXTRACT_VALUE_ERROR',
        `Expected priority to be an integer between 0 and 100, but was ${priority}`,
      );
    }
    const form =
      def.formId === undefined
        ? undefined
        : ctx.definitions.latestForm(def.formId, ei.processInstance.tenantId);
    const task: UserTaskRecord = {
      key: ctx.keys.next(),
      elementInstance: ei,
      state: 'CREATING',
      assignee: optString(def.assignee, 'assignee'),
      candidateGroups:
        def.candidateGroups === undefined
          ? []
          : ctx.evaluateList(def.candidateGroups, ei, 'candidate groups'),
      candidateUsers:
        def.candidateUsers === undefined ? [] : ctx.evaluateList(def.candidateUsers, ei, 'candidate users'),
      dueDate: optDate(def.dueDate, 'due date'),
      followUpDate: optDate(def.followUpDate, 'follow-up date'),
      priority,
      externalFormReference: def.externalFormReference ?? null,
      formKey: form?.key ?? null,
      customHeaders: def.headers,
      creationDate: ctx.clock.now(),
      completionDate: undefined,
    };
    ei.userTask = task;
    ctx.state.userTasks.set(task.key, task);
    pushTo(ctx.state.userTasksByInstance, ei.processInstance.key, task);
    // Creating listeners may correct the task; then an assignee set at creation is an assignment.
    runTaskListeners(ctx, task, 'CREATING', () => {
      task.state = 'CREATED';
      if (task.assignee !== null && hasTaskListeners(ctx, task, 'ASSIGNING')) {
        task.changedAttributes = ['assignee'];
        // Until its listeners approve, the assignment is not the task's: a cancellation drops it.
        task.revertTransition = () => {
          task.assignee = null;
        };
        runTaskListeners(ctx, task, 'ASSIGNING', () => {
          delete task.revertTransition;
          task.state = 'CREATED';
        });
      }
    });
  },
  /**
   * As in Zeebe: the task becomes CANCELING (a transition under way is dropped), its canceling listeners run one
   * after another, and only then is it CANCELED and the element TERMINATED; without such listeners at once.
   */
  onTerminate(ctx, ei) {
    const task = ei.userTask;
    if (task === undefined || task.state === 'COMPLETED' || task.state === 'CANCELED') return;
    // As Zeebe: the request that started a transition under way is answered with a rejection.
    settle(task, { kind: 'canceled' });
    task.revertTransition?.();
    delete task.revertTransition;
    delete task.action;
    task.changedAttributes = [];
    // A canceled task has a completion date, as Camunda's exporter records it.
    const canceled = () => {
      task.state = 'CANCELED';
      task.completionDate = ctx.clock.now();
    };
    if (!hasTaskListeners(ctx, task, 'CANCELING')) {
      canceled();
      return;
    }
    runTaskListeners(ctx, task, 'CANCELING', () => {
      canceled();
      ctx.resumeTermination(ei);
    });
    return 'pending';
  },
};
