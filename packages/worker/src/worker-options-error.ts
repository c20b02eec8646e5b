import { CamundaError, isCamundaError } from '@camunda-ts/client';

/** One problem with the options given to `createJobWorker`. */
export interface WorkerOptionsIssue {
  /** The option's name, e.g. `maxConcurrentJobs`. */
  readonly option: string;
  /** What is wrong with it. */
  readonly message: string;
}

/** Thrown by `compileWorkerOptions` (and so `createJobWorker`) listing every invalid option at once. */
export class WorkerOptionsError extends CamundaError {
  /** Stable error name, checked by {@link isWorkerOptionsError}. */
  override readonly name = 'WorkerOptionsError' as const;
  /** Every problem found. */
  readonly issues: readonly WorkerOptionsIssue[];

  constructor(issues: readonly WorkerOptionsIssue[]) {
    super(`Invalid job worker options: ${issues.map((i) => `${i.option}: ${i.message}`).join('; ')}`, {
      code: 'INVALID_WORKER_OPTIONS',
    });
    this.issues = issues;
  }
}

/** True for a {@link WorkerOptionsError} from any installed copy of the worker package. */
export function isWorkerOptionsError(value: unknown): value is WorkerOptionsError {
  return isCamundaError(value) && value.name === 'WorkerOptionsError';
}
