import type { JobResultUserTask } from './job-types.js';

/**
 * Task properties a user-task listener may correct. An empty string clears `assignee`, `dueDate` or
 * `followUpDate`; an empty list clears candidates; an omitted property keeps its value.
 */
export interface UserTaskCorrections {
  /** The new assignee. */
  readonly assignee?: string;
  /** ISO 8601 date-time. */
  readonly dueDate?: string;
  /** ISO 8601 date-time. */
  readonly followUpDate?: string;
  /** The new candidate users. */
  readonly candidateUsers?: readonly string[];
  /** The new candidate groups. */
  readonly candidateGroups?: readonly string[];
  /** 0 to 100. */
  readonly priority?: number;
}

/**
 * What a user-task listener decides: deny the work (with a reason), or approve it, optionally correcting task
 * properties. A denial cannot carry corrections (the engine would revert them), so the types keep them apart.
 */
export type UserTaskResultInput =
  | {
      /** The work is denied. */
      readonly denied: true;
      /** Why, for the user and the audit log. */
      readonly deniedReason?: string;
      /** A denial carries no corrections. */
      readonly corrections?: never;
    }
  | {
      /** The work is approved (the default). */
      readonly denied?: false;
      /** Only a denial has a reason. */
      readonly deniedReason?: never;
      /** Task properties to correct. */
      readonly corrections?: UserTaskCorrections;
    };

/** A user-task listener job result, tagged with its `type` (what `userTaskResult` returns). */
export type UserTaskJobResult = JobResultUserTask & {
  /** Marks a user-task listener result. */
  readonly type: 'userTask';
};

/**
 * Builds the result of a user-task listener job, for `job.complete(variables, { result })` or a handler's
 * `return { variables, result }`. Without arguments it approves the work unchanged.
 */
export function userTaskResult(input: UserTaskResultInput = {}): UserTaskJobResult {
  if (input.denied === true) {
    return {
      type: 'userTask',
      denied: true,
      ...(input.deniedReason !== undefined && { deniedReason: input.deniedReason }),
    };
  }
  const c = input.corrections;
  if (c === undefined) return { type: 'userTask', denied: false };
  return {
    type: 'userTask',
    denied: false,
    corrections: {
      ...(c.assignee !== undefined && { assignee: c.assignee }),
      ...(c.dueDate !== undefined && { dueDate: c.dueDate }),
      ...(c.followUpDate !== undefined && { followUpDate: c.followUpDate }),
      ...(c.candidateUsers !== undefined && { candidateUsers: [...c.candidateUsers] }),
      ...(c.candidateGroups !== undefined && { candidateGroups: [...c.candidateGroups] }),
      ...(c.priority !== undefined && { priority: c.priority }),
    },
  };
}
