import { toActivatedJobResult } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { BatchSizeLimit } from '../engine/job-store.js';
import type { JobRecord } from '../engine/records.js';
import { jobVariables } from '../engine/user-task-transitions.js';
import type { JsonObject } from '../feel/json-value.js';

/** A batch size limit that also keeps the variables it measured each job with. */
export interface MeasuringSizeLimit extends BatchSizeLimit {
  /** The variables an activated job carries: those read when it was measured, as Zeebe sets them at activation. */
  variablesOf(job: JobRecord): JsonObject;
}

/**
 * The broker's maximum message size for one activation, as Zeebe applies it: a job counts with the variables the
 * request fetches (its JSON here, where Zeebe measures its record), and a job that does not fit an empty batch
 * raises a `MESSAGE_SIZE_EXCEEDED` incident with Zeebe's message.
 */
export function jobBatchSizeLimit(
  ctx: EngineContext,
  worker: string,
  fetchVariable: readonly string[] | undefined,
): MeasuringSizeLimit {
  const measured = new Map<JobRecord, JsonObject>();
  const read = (job: JobRecord) =>
    jobVariables(job, ctx.variables.visible(job.elementInstance, fetchVariable), fetchVariable);
  return {
    maxBytes: ctx.maxMessageSizeBytes,
    measure: (job) => {
      const variables = read(job);
      measured.set(job, variables);
      // Measured before activation: the worker it will carry replaces the one it has.
      return (
        Buffer.byteLength(JSON.stringify(toActivatedJobResult(job, variables))) -
        Buffer.byteLength(job.worker) +
        Buffer.byteLength(worker)
      );
    },
    onTooLarge: (job, bytes) =>
      ctx.executor.jobTooLarge(
        job,
        `The job with key '${job.key}' can not be activated, because with ${byteSize(bytes)} it is larger than the configured message size (per default is 4 MB). Try to reduce the size by reducing the number of fetched variables or modifying the variable values.`,
      ),
    variablesOf: (job) => measured.get(job) ?? read(job),
  };
}

/** A byte count as Zeebe prints it: `512B`, `4.5MiB`, `12MiB`. */
function byteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes}B`;
  let exponent = Math.floor(Math.log2(bytes) / 10);
  const value = bytes / 2 ** (exponent * 10);
  let rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  if (rounded >= 1024) {
    exponent += 1;
    rounded = 1;
  }
  const prefix = 'KMGTPE'.charAt(exponent - 1);
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}${prefix}iB`;
}
