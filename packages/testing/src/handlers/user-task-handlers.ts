import { toUserTaskResult, toVariableSearchResult } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { UserTaskChanges } from '../engine/process-executor.js';
import type { UserTaskRecord, VariableRecord } from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { matchField, runSearch, type SearchDescriptor } from '../search/search-query.js';
import {
  badRequest,
  bodyObject,
  booleanField,
  invalidValue,
  keyParam,
  notFound,
  rejection,
  searchResponse,
  stringField,
  variablesField,
} from './handler-support.js';
import { answerWhenSettled, heldUserTaskCommand } from './held-user-task-request.js';

function variablesMatch(ctx: EngineContext, scopeKey: string, value: unknown, field: string): boolean {
  if (!Array.isArray(value)) throw badRequest(`Filter '${field}' expects an array of { name, value }`);
  const local = ctx.variables.local(scopeKey);
  return value.every((entry) => {
    const { name, value: filter } = (entry ?? {}) as { name?: unknown; value?: unknown };
    if (typeof name !== 'string') throw badRequest(`Filter '${field}' entries need a name`);
    const v = local?.get(name);
    return matchField('string', `${field}.${name}`, v === undefined ? null : JSON.stringify(v.value), filter);
  });
}

/** The search descriptor of user tasks. */
export function userTaskDescriptor(ctx: EngineContext): SearchDescriptor<UserTaskRecord> {
  const pi = (t: UserTaskRecord) => t.elementInstance.processInstance;
  const date = (s: string | null) => (s === null ? null : Date.parse(s));
  const fields = {
    userTaskKey: { kind: 'key', get: (t: UserTaskRecord) => t.key },
    state: { kind: 'string', get: (t: UserTaskRecord) => t.state },
    assignee: { kind: 'string', get: (t: UserTaskRecord) => t.assignee },
    priority: { kind: 'integer', get: (t: UserTaskRecord) => t.priority },
    elementId: { kind: 'string', get: (t: UserTaskRecord) => t.elementInstance.elementId },
    name: { kind: 'string', get: (t: UserTaskRecord) => t.elementInstance.node?.name ?? null },
    tenantId: { kind: 'string', get: (t: UserTaskRecord) => pi(t).tenantId },
    processDefinitionId: { kind: 'string', get: (t: UserTaskRecord) => pi(t).definition.processDefinitionId },
    processDefinitionKey: { kind: 'key', get: (t: UserTaskRecord) => pi(t).definition.key },
    processInstanceKey: { kind: 'key', get: (t: UserTaskRecord) => pi(t).key },
    elementInstanceKey: { kind: 'key', get: (t: UserTaskRecord) => t.elementInstance.key },
    creationDate: { kind: 'date', get: (t: UserTaskRecord) => t.creationDate },
    completionDate: { kind: 'date', get: (t: UserTaskRecord) => t.completionDate },
    dueDate: { kind: 'date', get: (t: UserTaskRecord) => date(t.dueDate) },
    followUpDate: { kind: 'date', get: (t: UserTaskRecord) => date(t.followUpDate) },
    businessId: { kind: 'string', get: (t: UserTaskRecord) => pi(t).businessId },
  } as const;
  return {
    entity: 'user task',
    key: (t) => t.key,
    all: () => ctx.executor.userTasks.values(),
    candidates(filter) {
      if (typeof filter.processInstanceKey === 'string')
        return ctx.executor.userTasksOf(filter.processInstanceKey);
      return undefined;
    },
    filters: {
      ...fields,
      candidateGroup: {
        match: (t, value) => t.candidateGroups.some((g) => matchField('string', 'candidateGroup', g, value)),
      },
      candidateUser: {
        match: (t, value) => t.candidateUsers.some((u) => matchField('string', 'candidateUser', u, value)),
      },
      processInstanceVariables: {
        match: (t, value) => variablesMatch(ctx, pi(t).key, value, 'processInstanceVariables'),
      },
      localVariables: {
        match: (t, value) => variablesMatch(ctx, t.elementInstance.key, value, 'localVariables'),
      },
      tags: {
        match(t, value) {
          if (!Array.isArray(value)) throw badRequest("Filter 'tags' expects an array of tags");
          return value.every((tag) => pi(t).tags.includes(tag as string));
        },
      },
    },
    sorts: {
      creationDate: fields.creationDate,
      completionDate: fields.completionDate,
      followUpDate: fields.followUpDate,
      dueDate: fields.dueDate,
      priority: fields.priority,
      name: fields.name,
      businessId: fields.businessId,
    },
  };
}

/** The search descriptor of the variables of one user task's element. */
function taskVariableDescriptor(
  ctx: EngineContext,
  scopeKey: string | undefined,
): SearchDescriptor<VariableRecord> {
  const name = { kind: 'string', get: (v: VariableRecord) => v.name } as const;
  return {
    entity: 'user task variable',
    key: (v) => v.key,
    all: () => (scopeKey === undefined ? [] : (ctx.variables.local(scopeKey)?.values() ?? [])),
    filters: { name },
    sorts: {
      name,
      value: { kind: 'string', get: (v) => JSON.stringify(v.value) },
      tenantId: { kind: 'string', get: (v) => v.tenantId },
      variableKey: { kind: 'key', get: (v) => v.key },
      scopeKey: { kind: 'key', get: (v) => v.scopeKey },
      processInstanceKey: { kind: 'key', get: (v) => v.processInstanceKey },
    },
  };
}

const DATE = (value: unknown, field: string): string | null => {
  if (value === null) return null;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    const name = field === 'dueDate' ? 'due date' : 'follow-up date';
    throw badRequest(
      `The provided ${name} '${String(value)}' cannot be parsed as a date according to RFC 3339, section 5.6.`,
    );
  }
  return new Date(Date.parse(value)).toISOString();
};

// Zeebe's gateway message for an update that asks for nothing.
const EMPTY_UPDATE =
  'No update data provided. Provide at least an "action" or a non-null value for a supported attribute in the "changeset".';

/** The optional `action` of an assignment, update or completion; blank when not given. */
const actionOf = (body: Record<string, unknown>): string => {
  const action = stringField(body, 'action') ?? '';
  return action.trim() === '' ? '' : action;
};

/** User tasks: search, read, assign, unassign, update and complete. */
export function userTaskHandlers(ctx: EngineContext): HandlerTable {
  const descriptor = userTaskDescriptor(ctx);
  const get = (key: string) => {
    const task = ctx.executor.userTasks.get(key);
    if (task === undefined) throw notFound('User Task', key);
    return task;
  };
  /** A task a command may act on, refused as Zeebe refuses it; `verb` is Zeebe's wording of the intent. */
  const active = (key: string, intent: string, verb: string) => {
    const task = ctx.executor.userTasks.get(key);
    if (task === undefined || task.state === 'COMPLETED' || task.state === 'CANCELED') {
      throw rejection(
        intent,
        'NOT_FOUND',
        `Expected to ${verb} user task with key '${key}', but no such user task was found`,
      );
    }
    if (task.state !== 'CREATED') {
      throw rejection(
        intent,
        'INVALID_STATE',
        `Expected to ${verb} user task with key '${key}', but it is in state '${task.state}'`,
      );
    }
    return task;
  };
  return {
    searchUserTasks(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toUserTaskResult), page);
    },
    getUserTask(req) {
      return { status: 200, body: toUserTaskResult(get(keyParam(req.params, 'userTaskKey'))) };
    },
    assignUserTask(req) {
      const body = bodyObject(req.body);
      // Without override the gateway sends Zeebe a claim, which only an unassigned task (or its assignee) accepts.
      const claim = booleanField(body, 'allowOverride') === false;
      const assignee = stringField(body, 'assignee');
      // Camunda's gateway words this one without the closing period its other field checks have.
      if (assignee === undefined || assignee.trim() === '') throw badRequest('No assignee provided');
      const task = active(
        keyParam(req.params, 'userTaskKey'),
        claim ? 'CLAIM' : 'ASSIGN',
        claim ? 'claim' : 'assign',
      );
      if (claim && task.assignee !== null && task.assignee !== assignee) {
        throw rejection(
          'CLAIM',
          'INVALID_STATE',
          `Expected to claim user task with key '${task.key}', but it has already been assigned`,
        );
      }
      // Zeebe's gateway fills in `assign` for a blank action, also for a claim (allowOverride false).
      const transition = ctx.executor.assignUserTask(task, assignee, actionOf(body) || 'assign');
      const intent = booleanField(body, 'allowOverride') === false ? 'CLAIM' : 'ASSIGN';
      return answerWhenSettled(ctx, req, transition, heldUserTaskCommand(intent, task.key));
    },
    unassignUserTask(req) {
      const task = active(keyParam(req.params, 'userTaskKey'), 'ASSIGN', 'assign');
      const transition = ctx.executor.assignUserTask(task, null, 'unassign');
      return answerWhenSettled(ctx, req, transition, heldUserTaskCommand('ASSIGN', task.key));
    },
    updateUserTask(req) {
      const body = bodyObject(req.body);
      const action = actionOf(body);
      const changeset = body.changeset ?? {};
      if (typeof changeset !== 'object' || Array.isArray(changeset))
        throw badRequest("Property 'changeset' must be an object");
      const c = changeset as Record<string, unknown>;
      const list = (value: unknown, field: string): string[] => {
        if (value === null) return [];
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
          throw badRequest(`Changeset '${field}' must be an array of strings`);
        }
        return value as string[];
      };
      if (c.priority !== undefined && c.priority !== null) {
        if (
          typeof c.priority !== 'number' ||
          !Number.isInteger(c.priority) ||
          c.priority < 0 ||
          c.priority > 100
        ) {
          throw invalidValue('priority', c.priority, 'within the [0,100] range');
        }
      }
      const changes: UserTaskChanges = {
        ...(c.dueDate === undefined ? {} : { dueDate: DATE(c.dueDate, 'dueDate') }),
        ...(c.followUpDate === undefined ? {} : { followUpDate: DATE(c.followUpDate, 'followUpDate') }),
        ...(c.candidateUsers === undefined
          ? {}
          : { candidateUsers: list(c.candidateUsers, 'candidateUsers') }),
        ...(c.candidateGroups === undefined
          ? {}
          : { candidateGroups: list(c.candidateGroups, 'candidateGroups') }),
        ...(typeof c.priority === 'number' ? { priority: c.priority } : {}),
      };
      // An action alone is an update (its listeners run, nothing changes); with neither, there is nothing to do.
      if (Object.keys(changes).length === 0 && action === '') throw badRequest(EMPTY_UPDATE);
      // The gateway checks the request before the broker looks the task up.
      const task = active(keyParam(req.params, 'userTaskKey'), 'UPDATE', 'update');
      const transition = ctx.executor.updateUserTask(task, changes, action);
      return answerWhenSettled(ctx, req, transition, heldUserTaskCommand('UPDATE', task.key));
    },
    completeUserTask(req) {
      const task = active(keyParam(req.params, 'userTaskKey'), 'COMPLETE', 'complete');
      const body = bodyObject(req.body);
      const transition = ctx.executor.completeUserTask(task, variablesField(body), actionOf(body));
      return answerWhenSettled(ctx, req, transition, heldUserTaskCommand('COMPLETE', task.key));
    },
    searchUserTaskVariables(req) {
      const key = keyParam(req.params, 'userTaskKey');
      // A search documents no 404: an unknown task simply has no variables.
      const scopeKey = ctx.executor.userTasks.get(key)?.elementInstance.key;
      const { items, page } = runSearch(taskVariableDescriptor(ctx, scopeKey), req.body);
      const truncate = req.query.get('truncateValues') !== 'false';
      return searchResponse(
        items.map((v) => toVariableSearchResult(v, truncate)),
        page,
      );
    },
  };
}
