import { CamundaError, isCamundaError } from '@camunda-ts/client';

/** What a handler raises to throw a BPMN error. */
export interface JobErrorOptions {
  /** Matched against the error catch events of the process. */
  readonly errorCode: string;
  /** Context for operators; also becomes the error's `message`. */
  readonly errorMessage?: string;
  /** Variables set at the scope of the catch event that catches the error. */
  readonly variables?: Record<string, unknown>;
}

/**
 * Thrown by a handler to raise a BPMN error (`throwJobError`) instead of failing the job. Also exported as
 * {@link BpmnError}.
 */
export class JobError extends CamundaError {
  /** Stable error name, checked by {@link isJobError}. */
  override readonly name = 'JobError' as const;
  /** Matched against the error catch events of the process. */
  readonly errorCode: string;
  /** Context for operators. */
  readonly errorMessage: string | undefined;
  /** Variables for the catch event's scope. */
  readonly variables: Record<string, unknown> | undefined;

  constructor(options: JobErrorOptions) {
    super(options.errorMessage ?? `BPMN error ${options.errorCode}`, { code: 'BPMN_ERROR' });
    this.errorCode = options.errorCode;
    this.errorMessage = options.errorMessage;
    this.variables = options.variables;
  }
}

/** Another name for {@link JobError}, for readers who think in BPMN terms. */
export const BpmnError = JobError;
/** Another name for {@link JobError}. */
export type BpmnError = JobError;

/** True for a {@link JobError} from any installed copy of the worker package. */
export function isJobError(value: unknown): value is JobError {
  return isCamundaError(value) && value.name === 'JobError';
}
