import { CamundaError, isCamundaError } from '@camunda-ts/client';

/** What a handler raises to fail its job with chosen retries and backoff. */
export interface JobFailureOptions {
  /** Shown in Operate and in the incident, when one is raised. */
  readonly message: string;
  /** Retries left after this failure; default: the job's retries minus one. 0 raises an incident. */
  readonly retries?: number;
  /** Delay before the job can be activated again, in milliseconds (default 0). */
  readonly retryBackOffMs?: number;
  /** Variables set at the job's local scope. */
  readonly variables?: Record<string, unknown>;
}

/**
 * Thrown by a handler to fail the job with its own retries and backoff (`failJob`), the counterpart of the
 * Python SDK's `JobFailure` and of `job.fail(...)` from a throw. Any other throw fails the job with retries − 1
 * and no backoff; a `JobError` throws a BPMN error instead.
 */
export class JobFailure extends CamundaError {
  /** Stable error name, checked by {@link isJobFailure}. */
  override readonly name = 'JobFailure' as const;
  /** Retries left after this failure; `undefined`: the job's retries minus one. */
  readonly retries: number | undefined;
  /** Delay before the job can be activated again. */
  readonly retryBackOffMs: number | undefined;
  /** Variables set at the job's local scope. */
  readonly variables: Record<string, unknown> | undefined;

  constructor(options: JobFailureOptions) {
    super(options.message, { code: 'JOB_FAILURE' });
    this.retries = options.retries;
    this.retryBackOffMs = options.retryBackOffMs;
    this.variables = options.variables;
  }
}

/** True for a {@link JobFailure} from any installed copy of the worker package. */
export function isJobFailure(value: unknown): value is JobFailure {
  return isCamundaError(value) && value.name === 'JobFailure';
}
