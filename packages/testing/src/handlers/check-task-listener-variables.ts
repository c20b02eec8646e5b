import type { JobRecord } from '../engine/records.js';
import type { JsonObject } from '../feel/json-value.js';
import { rejection } from './handler-support.js';

/**
 * Zeebe rejects completing a task listener job with variables (INVALID_ARGUMENT, 400): a listener may correct or
 * deny the task through the job result, never write process variables. An empty variables object is no payload.
 */
export function checkTaskListenerVariables(job: JobRecord, variables: JsonObject): void {
  if (job.kind !== 'TASK_LISTENER' || Object.keys(variables).length === 0) return;
  throw rejection(
    'COMPLETE',
    'INVALID_ARGUMENT',
    `Task Listener job completion with variables payload provided is not yet supported (job key '${job.key}', type '${job.type}', processInstanceKey '${job.elementInstance.processInstance.key}'). Support will be enabled with the resolution of issue #23702.`,
  );
}
