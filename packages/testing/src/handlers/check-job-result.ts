import type { JobRecord } from '../engine/records.js';
import { badRequest, rejection } from './handler-support.js';

/** Zeebe's refusal of a completion whose result does not fit the job. */
const refused = (reason: string) => rejection('COMPLETE', 'INVALID_ARGUMENT', reason);

const CORRECTABLE = ['assignee', 'dueDate', 'followUpDate', 'candidateUsers', 'candidateGroups', 'priority'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const present = (value: unknown) => value !== undefined && value !== null;

function optionalOf(
  record: Record<string, unknown>,
  field: string,
  path: string,
  ok: (value: unknown) => boolean,
  expected: string,
): void {
  if (present(record[field]) && !ok(record[field])) {
    throw badRequest(`Property '${path}.${field}' must be ${expected}`);
  }
}

const isStringList = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');

function checkCorrections(corrections: unknown): string[] {
  if (!present(corrections)) return [];
  if (!isObject(corrections)) throw badRequest("Property 'result.corrections' must be an object");
  const path = 'result.corrections';
  optionalOf(corrections, 'assignee', path, (v) => typeof v === 'string', 'a string');
  for (const field of ['dueDate', 'followUpDate']) {
    optionalOf(
      corrections,
      field,
      path,
      (v) => typeof v === 'string' && (v === '' || !Number.isNaN(Date.parse(v))),
      'an ISO 8601 date-time, or an empty string to clear it',
    );
  }
  for (const field of ['candidateUsers', 'candidateGroups']) {
    optionalOf(corrections, field, path, isStringList, 'an array of strings');
  }
  optionalOf(
    corrections,
    'priority',
    path,
    (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100,
    'an integer from 0 to 100',
  );
  // As the spec says, attributes other than the correctable ones are ignored.
  return CORRECTABLE.filter((field) => present(corrections[field]));
}

function checkUserTaskResult(result: Record<string, unknown>, job: JobRecord): void {
  optionalOf(result, 'denied', 'result', (v) => typeof v === 'boolean', 'a boolean');
  optionalOf(result, 'deniedReason', 'result', (v) => typeof v === 'string', 'a string');
  const corrected = checkCorrections(result.corrections);
  const denied = result.denied === true;
  if (denied && corrected.length > 0) {
    throw refused(
      'A job result cannot both deny the work and correct the task: the corrections would be reverted by the denial',
    );
  }
  if (!denied && corrected.length === 0) return;
  const what = denied ? 'denies the work (result.denied)' : `corrects ${corrected.join(', ')}`;
  if (job.kind !== 'TASK_LISTENER') {
    throw refused(
      `The job result ${what}, which applies only to user task listener jobs, and job '${job.key}' is a ${job.kind} job`,
    );
  }
  const event = job.listenerEventType;
  if (denied && !DENIABLE.has(event)) {
    throw refused(
      `A '${event.toLowerCase()}' task listener cannot deny the work; only assigning, updating and completing listeners can`,
    );
  }
  if (corrected.length > 0 && event === 'CANCELING') {
    throw refused("A 'canceling' task listener cannot correct the task");
  }
}

const DENIABLE = new Set(['ASSIGNING', 'UPDATING', 'COMPLETING']);

function checkAdHocResult(result: Record<string, unknown>, job: JobRecord): void {
  const elements = result.activateElements;
  if (present(elements)) {
    if (!Array.isArray(elements)) throw badRequest("Property 'result.activateElements' must be an array");
    elements.forEach((element, i) => {
      const path = `result.activateElements[${i}]`;
      if (!isObject(element)) throw badRequest(`Property '${path}' must be an object`);
      if (typeof element.elementId !== 'string' || element.elementId === '') {
        throw badRequest(`Property '${path}.elementId' must be a non-empty string`);
      }
      optionalOf(element, 'variables', path, isObject, 'a JSON object');
    });
  }
  for (const flag of ['isCompletionConditionFulfilled', 'isCancelRemainingInstances']) {
    optionalOf(result, flag, 'result', (v) => typeof v === 'boolean', 'a boolean');
  }
  const acts =
    (Array.isArray(elements) && elements.length > 0) ||
    result.isCompletionConditionFulfilled === true ||
    result.isCancelRemainingInstances === true;
  if (acts && job.kind !== 'AD_HOC_SUB_PROCESS') {
    throw refused(
      `The job result instructs an ad-hoc sub-process (activateElements, isCompletionConditionFulfilled, isCancelRemainingInstances), which applies only to ad-hoc sub-process jobs, and job '${job.key}' is a ${job.kind} job`,
    );
  }
  // Zeebe refuses new elements for a sub-process the same result completes; its message names the ad-hoc
  // sub-process's element instance key where it says job key.
  if (Array.isArray(elements) && elements.length > 0 && result.isCompletionConditionFulfilled === true) {
    throw badRequest(
      `Expected to complete ad-hoc sub-process job, but the job result contains elements to be activated while the completion condition is fulfilled (job key '${job.elementInstance.key}'). When the completion condition is fulfilled, no further element activations are allowed. Either remove the elements to be activated from the job result, or set the completion condition to not fulfilled.`,
    );
  }
}

/**
 * Checks the `result` of a job completion. Results act on task-listener jobs (deny the transition, correct the
 * task) and on ad-hoc sub-process jobs (activate elements, complete); the executor applies them. A malformed
 * result is a 400 naming the field; a result asking for an effect on a job of another kind, or one the
 * listener's event does not allow, is a 400 saying why; a result that asks for nothing is accepted on any job.
 */
export function checkJobResult(result: unknown, job: JobRecord): void {
  if (result === undefined || result === null) return;
  if (!isObject(result)) throw badRequest("Property 'result' must be an object");
  // Results from before 8.8 carry no type; those are user-task results.
  const type = result.type ?? 'userTask';
  if (type === 'userTask') checkUserTaskResult(result, job);
  else if (type === 'adHocSubProcess') checkAdHocResult(result, job);
  else throw badRequest("Property 'result.type' must be 'userTask' or 'adHocSubProcess'");
}
