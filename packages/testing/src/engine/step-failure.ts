import type { IncidentErrorType } from './records.js';

/** A failure inside an execution step that becomes an incident on the element (Zeebe's failure-to-incident). */
export class StepFailure extends Error {
  override readonly name = 'StepFailure';
  constructor(
    readonly errorType: IncidentErrorType,
    message: string,
  ) {
    super(message);
  }
}
