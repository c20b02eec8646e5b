import type { ListenerModel } from '../bpmn/process-model.js';
import type { JsonObject } from '../feel/json-value.js';
import type { ExecutionContext } from './execution-context.js';
import type {
  ElementInstanceRecord,
  JobKind,
  JobListenerEventType,
  JobRecord,
  JobResultInput,
} from './records.js';

/** Creates the job of one execution or task listener; completing it runs `onComplete` instead of the element. */
export function createListenerJob(
  ctx: ExecutionContext,
  ei: ElementInstanceRecord,
  listener: ListenerModel,
  kind: Extract<JobKind, 'EXECUTION_LISTENER' | 'TASK_LISTENER'>,
  eventType: JobListenerEventType,
  onComplete: (variables: JsonObject, result: JobResultInput | undefined) => void,
  headers: Readonly<Record<string, string>> = listener.headers,
): JobRecord {
  const type = ctx.evaluateString(listener.type, ei, 'listener job type');
  const retries = ctx.evaluateNumber(listener.retries, ei, 'listener job retries');
  const job = ctx.jobs.create({
    type,
    retries,
    priority: 0,
    customHeaders: headers,
    tenantId: ei.processInstance.tenantId,
    elementInstance: ei,
    kind,
    listenerEventType: eventType,
  });
  job.incidentType =
    kind === 'EXECUTION_LISTENER' ? 'EXECUTION_LISTENER_NO_RETRIES' : 'TASK_LISTENER_NO_RETRIES';
  job.onComplete = (variables, result) => {
    if (ei.listenerJob === job) delete ei.listenerJob;
    onComplete(variables, result);
  };
  ei.listenerJob = job;
  return job;
}

/**
 * Runs listeners one after another, each as a job; `apply` takes each job's variables, and `done` runs after the
 * last (at once when there are none). A listener whose job cannot be created raises an incident on the element;
 * resolving it retries that listener.
 */
export function runExecutionListeners(
  ctx: ExecutionContext,
  ei: ElementInstanceRecord,
  listeners: readonly ListenerModel[],
  eventType: 'START' | 'END',
  apply: (variables: JsonObject) => void,
  done: () => void,
): void {
  const step = (i: number): void => {
    if (ei.state !== 'ACTIVE') return;
    const listener = listeners[i];
    if (listener === undefined) {
      done();
      return;
    }
    ctx.guarded(
      ei,
      () => {
        createListenerJob(ctx, ei, listener, 'EXECUTION_LISTENER', eventType, (variables) => {
          apply(variables);
          step(i + 1);
        });
      },
      () => step(i),
    );
  };
  step(0);
}
