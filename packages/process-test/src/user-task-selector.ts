/** Picks user tasks: every given field must match. */
export interface UserTaskSelector {
  /** The user task's element id in the model. */
  readonly elementId?: string;
  /** The user task's name. */
  readonly name?: string;
  /** Only tasks of this process instance. */
  readonly processInstanceKey?: string;
}
