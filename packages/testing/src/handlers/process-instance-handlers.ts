import { toProcessInstanceResult } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import { errorHashCode } from '../engine/error-hash-code.js';
import {
  apiElementState,
  type ElementInstanceRecord,
  type ProcessDefinitionRecord,
  type ProcessInstanceRecord,
  rootInstanceOf,
} from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { matchField, runSearch, type SearchDescriptor } from '../search/search-query.js';
import { TestEngineError } from '../test-engine-error.js';
import {
  atLeastOneOf,
  badRequest,
  bodyObject,
  booleanField,
  integerField,
  keyParam,
  notFound,
  rejection,
  searchResponse,
  stringField,
  stringListField,
  tenantField,
  variablesField,
} from './handler-support.js';
import { waitAtGateway } from './wait-at-gateway.js';

const TAG = /^[A-Za-z][A-Za-z0-9_\-:.]{0,99}$/;

/** Root-scope variables as JSON strings, the way variable filters compare them. */
function variableFilterMatch(ctx: EngineContext, scopeKey: string, value: unknown): boolean {
  if (!Array.isArray(value)) throw badRequest("Filter 'variables' expects an array of { name, value }");
  const local = ctx.variables.local(scopeKey);
  return value.every((entry) => {
    if (typeof entry !== 'object' || entry === null)
      throw badRequest("Filter 'variables' expects { name, value } entries");
    const { name, value: filter } = entry as { name?: unknown; value?: unknown };
    if (typeof name !== 'string') throw badRequest("Filter 'variables' entries need a name");
    const v = local?.get(name);
    return matchField(
      'string',
      `variables.${name}`,
      v === undefined ? null : JSON.stringify(v.value),
      filter,
    );
  });
}

/** The search descriptor of process instances. */
export function processInstanceDescriptor(ctx: EngineContext): SearchDescriptor<ProcessInstanceRecord> {
  const elements = (pi: ProcessInstanceRecord) => ctx.executor.elementInstancesOf(pi.key);
  const hasMatchingElement = (pi: ProcessInstanceRecord, filter: Readonly<Record<string, unknown>>) => {
    const { elementId, elementInstanceState: state, hasElementInstanceIncident: incident } = filter;
    if (incident !== undefined && typeof incident !== 'boolean') {
      throw badRequest("Filter 'hasElementInstanceIncident' expects a boolean");
    }
    return elements(pi).some(
      (ei: ElementInstanceRecord) =>
        ei !== pi.root &&
        (elementId === undefined || matchField('string', 'elementId', ei.elementId, elementId)) &&
        (state === undefined ||
          matchField('string', 'elementInstanceState', apiElementState(ei.state), state)) &&
        (incident === undefined || (ei.incident !== undefined) === incident),
    );
  };
  const fields = {
    processInstanceKey: { kind: 'key', get: (pi: ProcessInstanceRecord) => pi.key },
    processDefinitionId: {
      kind: 'string',
      get: (pi: ProcessInstanceRecord) => pi.definition.processDefinitionId,
    },
    processDefinitionName: { kind: 'string', get: (pi: ProcessInstanceRecord) => pi.definition.name },
    processDefinitionVersion: { kind: 'integer', get: (pi: ProcessInstanceRecord) => pi.definition.version },
    processDefinitionVersionTag: {
      kind: 'string',
      get: (pi: ProcessInstanceRecord) => pi.definition.versionTag,
    },
    processDefinitionKey: { kind: 'key', get: (pi: ProcessInstanceRecord) => pi.definition.key },
    parentProcessInstanceKey: {
      kind: 'key',
      get: (pi: ProcessInstanceRecord) => pi.parentElementInstance?.processInstance.key ?? null,
    },
    parentElementInstanceKey: {
      kind: 'key',
      get: (pi: ProcessInstanceRecord) => pi.parentElementInstance?.key ?? null,
    },
    startDate: { kind: 'date', get: (pi: ProcessInstanceRecord) => pi.startDate },
    endDate: { kind: 'date', get: (pi: ProcessInstanceRecord) => pi.endDate },
    suspendedDate: { kind: 'date', get: (pi: ProcessInstanceRecord) => pi.suspendedDate },
    state: {
      kind: 'string',
      get: (pi: ProcessInstanceRecord) => (pi.suspendedDate === undefined ? pi.state : 'SUSPENDED'),
    },
    hasIncident: { kind: 'boolean', get: (pi: ProcessInstanceRecord) => pi.activeIncidents > 0 },
    tenantId: { kind: 'string', get: (pi: ProcessInstanceRecord) => pi.tenantId },
    businessId: { kind: 'string', get: (pi: ProcessInstanceRecord) => pi.businessId },
  } as const;
  // An instance matches a batch operation it was an item of.
  const inBatch = (pi: ProcessInstanceRecord, value: unknown) => {
    const keys = ctx.batchOperations.itemsOfProcessInstance(pi.key).map((i) => i.batchOperation.key);
    if (keys.length === 0) return matchField('string', 'batchOperationKey', null, value);
    return keys.some((key) => matchField('string', 'batchOperationKey', key, value));
  };
  return {
    entity: 'process instance',
    key: (pi) => pi.key,
    all: () => ctx.executor.processInstances.values(),
    candidates(filter) {
      const key = filter.processInstanceKey;
      if (typeof key === 'string') {
        const pi = ctx.executor.processInstances.get(key);
        return pi === undefined ? [] : [pi];
      }
      return undefined;
    },
    sorts: fields,
    filters: {
      ...fields,
      batchOperationId: { match: inBatch },
      batchOperationKey: { match: inBatch },
      tags: {
        match(pi, value) {
          if (!Array.isArray(value)) throw badRequest("Filter 'tags' expects an array of tags");
          return value.every((t) => pi.tags.includes(t as string));
        },
      },
      variables: { match: (pi, value) => variableFilterMatch(ctx, pi.key, value) },
      errorMessage: {
        match: (pi, value) =>
          ctx.executor
            .incidentsOf(pi.key)
            .some((i) => i.state === 'ACTIVE' && matchField('string', 'errorMessage', i.errorMessage, value)),
      },
      incidentErrorHashCode: {
        match: (pi, value) =>
          ctx.executor
            .incidentsOf(pi.key)
            .some(
              (i) =>
                i.state === 'ACTIVE' &&
                matchField('integer', 'incidentErrorHashCode', errorHashCode(i.errorMessage), value),
            ),
      },
      // A job that failed and will be retried: it is still live and has retries left.
      hasRetriesLeft: {
        match: (pi, value) => {
          if (typeof value !== 'boolean') throw badRequest("Filter 'hasRetriesLeft' expects a boolean");
          const retrying = ctx.jobs
            .byProcessInstance(pi.key)
            .some((j) => j.hasFailedWithRetriesLeft && j.retries > 0 && j.endTime === undefined);
          return retrying === value;
        },
      },
      // elementId, elementInstanceState and hasElementInstanceIncident describe one element instance together.
      elementId: { match: (pi, _value, filter) => hasMatchingElement(pi, filter) },
      elementInstanceState: { match: (pi, _value, filter) => hasMatchingElement(pi, filter) },
      hasElementInstanceIncident: { match: (pi, _value, filter) => hasMatchingElement(pi, filter) },
    },
  };
}

// Camunda answers 404, though the spec documents none for createProcessInstance.
const missingDefinition = (reason: string) => rejection('CREATE', 'NOT_FOUND', reason);

function resolveDefinition(ctx: EngineContext, body: Record<string, unknown>): ProcessDefinitionRecord {
  const byKey = stringField(body, 'processDefinitionKey');
  if (byKey !== undefined) {
    const d = ctx.definitions.get(byKey);
    if (d === undefined)
      throw missingDefinition(`Expected to find process definition with key '${byKey}', but none found`);
    return d;
  }
  const id = stringField(body, 'processDefinitionId');
  if (id === undefined) throw atLeastOneOf(['processDefinitionId', 'processDefinitionKey']);
  const tenantId = tenantField(body);
  const version = integerField(body, 'processDefinitionVersion') ?? -1;
  const d =
    version === -1 ? ctx.definitions.latest(id, tenantId) : ctx.definitions.version(id, version, tenantId);
  if (d === undefined) {
    throw missingDefinition(
      `Expected to find process definition with process ID '${id}'${version === -1 ? '' : ` and version '${version}'`}, but none found`,
    );
  }
  return d;
}

/** Creating, cancelling, reading and searching process instances. */
export function processInstanceHandlers(ctx: EngineContext): HandlerTable {
  const descriptor = processInstanceDescriptor(ctx);
  const get = (key: string) => {
    const pi = ctx.executor.processInstances.get(key);
    if (pi === undefined) throw notFound('Process Instance', key);
    return pi;
  };
  return {
    createProcessInstance(req) {
      const body = bodyObject(req.body);
      const definition = resolveDefinition(ctx, body);
      const variables = variablesField(body);
      const tags = stringListField(body, 'tags') ?? [];
      const bad = tags.find((t) => !TAG.test(t));
      if (bad !== undefined) throw badRequest(`'${bad}' is not a valid tag`);
      if (new Set(tags).size !== tags.length || tags.length > 10)
        throw badRequest('Tags must be unique, at most 10');
      const runtime = body.runtimeInstructions;
      if (Array.isArray(runtime) && runtime.length > 0) {
        throw badRequest('Runtime instructions are not supported by the test engine');
      }
      const startInstructions = body.startInstructions;
      let startElementIds: string[] | undefined;
      if (Array.isArray(startInstructions)) {
        startElementIds = startInstructions.map((s) => {
          const id = (s as { elementId?: unknown } | null)?.elementId;
          if (typeof id !== 'string') throw badRequest('Each start instruction needs an elementId');
          return id;
        });
      }
      const businessId = stringField(body, 'businessId') ?? null;
      const awaitCompletion = booleanField(body, 'awaitCompletion') ?? false;
      const fetchVariables = stringListField(body, 'fetchVariables');
      const requestTimeout = integerField(body, 'requestTimeout') ?? 0;
      const pi = ctx.executor.createInstance(definition, {
        variables,
        tags,
        businessId,
        ...(startElementIds === undefined ? {} : { startElementIds }),
      });
      const result = (vars: Record<string, unknown>) => ({
        status: 200,
        body: {
          processDefinitionId: definition.processDefinitionId,
          processDefinitionVersion: definition.version,
          tenantId: pi.tenantId,
          variables: vars,
          processDefinitionKey: definition.key,
          processInstanceKey: pi.key,
          tags: [...pi.tags],
          businessId: pi.businessId,
        },
      });
      if (!awaitCompletion) return result({});
      const finished = () => {
        if (pi.state === 'TERMINATED') {
          throw new TestEngineError(`Process instance '${pi.key}' was terminated before it completed`, {
            code: 'INVALID_STATE',
            status: 409,
            title: 'INVALID_STATE',
          });
        }
        return result(ctx.variables.visible(pi.root, fetchVariables));
      };
      if (pi.state !== 'ACTIVE') return finished();
      // The gateway waits on wall time: a pinned or manual engine clock neither ends nor prolongs the wait.
      let onEnd = () => {};
      const ended = new Promise<void>((resolve) => {
        onEnd = resolve;
        pi.endListeners.push(onEnd);
      });
      const release = () => {
        const i = pi.endListeners.indexOf(onEnd);
        if (i >= 0) pi.endListeners.splice(i, 1);
      };
      const timeoutMs = requestTimeout > 0 ? requestTimeout : ctx.defaultRequestTimeoutMs;
      return waitAtGateway(ctx, req, timeoutMs, ended, release).then(finished);
    },
    cancelProcessInstance(req) {
      const key = keyParam(req.params, 'processInstanceKey');
      const pi = ctx.executor.processInstances.get(key);
      // One already terminating (canceling task listeners run) cannot be canceled again, as in Zeebe.
      if (pi === undefined || pi.state !== 'ACTIVE' || pi.root.state !== 'ACTIVE') {
        throw rejection(
          'CANCEL',
          'NOT_FOUND',
          `Expected to cancel a process instance with key '${key}', but no such process was found`,
        );
      }
      if (pi.parentElementInstance !== undefined) {
        // Camunda answers 409, though the spec documents none for cancelProcessInstance.
        throw rejection(
          'CANCEL',
          'INVALID_STATE',
          `Expected to cancel a process instance with key '${key}', but it is created by a parent process instance. Cancel the root process instance '${rootInstanceOf(pi).key}' instead.`,
        );
      }
      ctx.executor.cancelInstance(pi);
      return { status: 204 };
    },
    getProcessInstance(req) {
      return { status: 200, body: toProcessInstanceResult(get(keyParam(req.params, 'processInstanceKey'))) };
    },
    getProcessInstanceCallHierarchy(req) {
      // Root first, down to the instance itself.
      const chain: ProcessInstanceRecord[] = [];
      let pi: ProcessInstanceRecord | undefined = get(keyParam(req.params, 'processInstanceKey'));
      while (pi !== undefined) {
        chain.unshift(pi);
        pi = pi.parentElementInstance?.processInstance;
      }
      const body = chain.map((pi) => ({
        processInstanceKey: pi.key,
        processDefinitionKey: pi.definition.key,
        processDefinitionName: pi.definition.name ?? pi.definition.processDefinitionId,
      }));
      return { status: 200, body };
    },
    searchProcessInstances(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toProcessInstanceResult), page);
    },
  };
}
