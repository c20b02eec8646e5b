import { type CamundaClient, ElementId, ProcessInstanceKey } from '@camunda-ts/client';
import { awaitRead } from './await-read.js';
import { ProcessAssertionError } from './process-assertion-error.js';
import type { UserTaskSelector } from './user-task-selector.js';
import { type ResolvedWaitOptions, resolveWait, type WaitOptions } from './wait-options.js';

/** Assertions on the user tasks a selector picks; each waits until one task satisfies it. */
export interface UserTaskAssert {
  /** A selected task exists and is open. */
  isCreated(wait?: WaitOptions): Promise<void>;
  /** A selected open task is assigned to `assignee`. */
  isAssignedTo(assignee: string, wait?: WaitOptions): Promise<void>;
  /** A selected task has all these candidate groups. */
  hasCandidateGroups(groups: readonly string[], wait?: WaitOptions): Promise<void>;
  /** A selected task has been completed. */
  isCompleted(wait?: WaitOptions): Promise<void>;
}

interface TaskView {
  readonly name: string | null;
  readonly state: string;
  readonly assignee: string | null;
  readonly elementId: string;
  readonly candidateGroups: readonly string[];
}

/** The search filter of a selector. */
export function userTaskFilter(selector: UserTaskSelector) {
  return {
    ...(selector.elementId === undefined ? {} : { elementId: ElementId.of(selector.elementId) }),
    ...(selector.name === undefined ? {} : { name: selector.name }),
    ...(selector.processInstanceKey === undefined
      ? {}
      : { processInstanceKey: ProcessInstanceKey.of(selector.processInstanceKey) }),
  };
}

/** Builds the assertions of {@link UserTaskAssert} for a selector. */
export function createUserTaskAssert(
  client: CamundaClient,
  selector: UserTaskSelector,
  defaults: ResolvedWaitOptions,
): UserTaskAssert {
  const check = async (
    label: string,
    holds: (task: TaskView) => boolean,
    options: WaitOptions | undefined,
  ) => {
    const wait = resolveWait(defaults, options);
    const read = (o: Parameters<CamundaClient['searchUserTasks']>[1]) =>
      client.searchUserTasks({ filter: userTaskFilter(selector), page: { limit: 1000 } }, o);
    const outcome = await awaitRead(read, (r) => r.items.some(holds), wait);
    if (outcome.ok) return;
    const seen = await read(undefined)
      .then((r) => r.items)
      .catch(() => []);
    const tasks =
      seen.length === 0
        ? '  (no user task matches)'
        : seen
            .map(
              (t) =>
                `  - ${t.elementId}${t.name ? ` ("${t.name}")` : ''} of instance ${t.processInstanceKey}: ${t.state}, assignee ${t.assignee ?? '(none)'}, candidate groups [${t.candidateGroups.join(', ')}]`,
            )
            .join('\n');
    throw new ProcessAssertionError(
      `Expected a user task ${JSON.stringify(selector)} ${label}, but none did within ${wait.timeoutMs} ms.\nUser tasks:\n${tasks}`,
    );
  };
  return {
    isCreated: (wait) => check('to be created', (t) => t.state === 'CREATED', wait),
    isAssignedTo: (assignee, wait) =>
      check(`to be assigned to '${assignee}'`, (t) => t.state === 'CREATED' && t.assignee === assignee, wait),
    hasCandidateGroups: (groups, wait) =>
      check(
        `to have candidate groups [${groups.join(', ')}]`,
        (t) => groups.every((g) => t.candidateGroups.includes(g)),
        wait,
      ),
    isCompleted: (wait) => check('to be completed', (t) => t.state === 'COMPLETED', wait),
  };
}
