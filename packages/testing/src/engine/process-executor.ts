import type { FlowNodeModel, SequenceFlowModel, VariableMapping } from '../bpmn/process-model.js';
import { resolveTimer, TimerDefinitionError } from '../bpmn/timer-definition.js';
import type { SchedulingClock } from '../engine-clock.js';
import { type Expression, ExpressionError } from '../feel/expression.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../feel/json-value.js';
import type { KeyGenerator } from '../key-generator.js';
import { TestEngineError } from '../test-engine-error.js';
import type { DefinitionRegistry } from './definition-registry.js';
import type { JobStore } from './job-store.js';
import type { MessageStore } from './message-store.js';
import type {
  ElementInstanceRecord,
  IncidentErrorType,
  IncidentRecord,
  JobRecord,
  MessageSubscriptionRecord,
  ProcessDefinitionRecord,
  ProcessInstanceRecord,
  UserTaskRecord,
} from './records.js';
import type { VariableStore } from './variable-store.js';

/** How a new process instance starts. */
export interface CreateInstanceInput {
  readonly variables: JsonObject;
  readonly tags: readonly string[];
  readonly businessId: string | null;
  /** Element ids to start at instead of the none start event (elements of the process level only). */
  readonly startElementIds?: readonly string[];
}

/** A message to publish or correlate. */
export interface MessageInput {
  readonly name: string;
  readonly correlationKey: string;
  readonly variables: JsonObject;
  readonly tenantId: string;
}

/**
 * Executes BPMN: tokens move through element instances, wait states hand work to jobs, user tasks, message
 * subscriptions and timers, and every command runs to quiescence before it returns.
 */
export interface ProcessExecutor {
  createInstance(definition: ProcessDefinitionRecord, input: CreateInstanceInput): ProcessInstanceRecord;
  cancelInstance(processInstance: ProcessInstanceRecord): void;
  completeJob(job: JobRecord, variables: JsonObject): void;
  failJob(
    job: JobRecord,
    retries: number,
    errorMessage: string,
    backoffMs: number,
    variables: JsonObject,
  ): void;
  throwJobError(job: JobRecord, errorCode: string, errorMessage: string, variables: JsonObject): void;
  completeUserTask(task: UserTaskRecord, variables: JsonObject): void;
  /** Publishes a message; returns the process instances it correlated to (started ones included). */
  publishMessage(
    message: MessageInput,
    ttlMs: number,
  ): { readonly messageKey: string; readonly correlatedTo: string[] };
  broadcastSignal(name: string, variables: JsonObject, tenantId: string): string;
  setVariables(scope: ElementInstanceRecord, variables: JsonObject, local: boolean): void;
  resolveIncident(incident: IncidentRecord): void;
  readonly processInstances: ReadonlyMap<string, ProcessInstanceRecord>;
  readonly elementInstances: ReadonlyMap<string, ElementInstanceRecord>;
  elementInstancesOf(processInstanceKey: string): readonly ElementInstanceRecord[];
  readonly incidents: ReadonlyMap<string, IncidentRecord>;
  incidentsOf(processInstanceKey: string): readonly IncidentRecord[];
  readonly userTasks: ReadonlyMap<string, UserTaskRecord>;
  userTasksOf(processInstanceKey: string): readonly UserTaskRecord[];
  clear(): void;
}

/** The stores and services the executor works with. */
export interface ExecutorDeps {
  readonly clock: SchedulingClock;
  readonly keys: KeyGenerator;
  readonly definitions: DefinitionRegistry;
  readonly variables: VariableStore;
  readonly jobs: JobStore;
  readonly messages: MessageStore;
}

// A model whose pass-through elements loop forever would otherwise hang the engine.
const MAX_STEPS_PER_COMMAND = 1_000_000;

const isErrorBoundary = (node: FlowNodeModel) =>
  node.behavior === 'boundary' &&
  node.timer === undefined &&
  node.message === undefined &&
  node.signalName === undefined;

function pushTo<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** A failure inside a step that becomes an incident on the element. */
class StepFailure extends Error {
  constructor(
    readonly errorType: IncidentErrorType,
    message: string,
  ) {
    super(message);
  }
}

/** Creates the executor. */
export function createProcessExecutor(deps: ExecutorDeps): ProcessExecutor {
  const { clock, keys, variables, jobs, messages, definitions } = deps;
  const processInstances = new Map<string, ProcessInstanceRecord>();
  const elementInstances = new Map<string, ElementInstanceRecord>();
  const elementsByInstance = new Map<string, ElementInstanceRecord[]>();
  const incidents = new Map<string, IncidentRecord>();
  const incidentsByInstance = new Map<string, IncidentRecord[]>();
  const userTasks = new Map<string, UserTaskRecord>();
  const userTasksByInstance = new Map<string, UserTaskRecord[]>();
  // Signal subscriptions: tenant + name → waiting element (or activity, for boundaries) and catching node.
  const signalWaits = new Map<string, Set<{ ei: ElementInstanceRecord; node: FlowNodeModel }>>();
  // Instances started by a message start event with a correlation key, still active: Zeebe starts no second one.
  const messageStarted = new Map<string, string>();

  const agenda: Array<() => void> = [];
  let draining = false;

  const defer = (step: () => void) => {
    agenda.push(step);
  };

  function run<T>(command: () => T): T {
    const result = command();
    if (!draining) {
      draining = true;
      try {
        let steps = 0;
        for (let step = agenda.shift(); step !== undefined; step = agenda.shift()) {
          if (++steps > MAX_STEPS_PER_COMMAND) {
            agenda.length = 0;
            throw new TestEngineError(
              'A command did not settle; does the process loop through pass-through elements?',
              {
                code: 'INTERNAL',
                status: 500,
              },
            );
          }
          step();
        }
      } catch (error) {
        // Never leave half a command's steps behind for the next one.
        agenda.length = 0;
        throw error;
      } finally {
        draining = false;
      }
    }
    return result;
  }

  // ---------------------------------------------------------------- helpers

  const evaluate = (expression: Expression, scope: ElementInstanceRecord, what: string): JsonValue => {
    try {
      return expression.evaluate(variables.lookup(scope));
    } catch (error) {
      if (error instanceof ExpressionError)
        throw new StepFailure('EXTRACT_VALUE_ERROR', `${what}: ${error.message}`);
      throw error;
    }
  };

  const evaluateString = (expression: Expression, scope: ElementInstanceRecord, what: string): string => {
    const value = evaluate(expression, scope, what);
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && expression.isFeel) return String(value);
    throw new StepFailure(
      'EXTRACT_VALUE_ERROR',
      `Expected result of the expression '${expression.text}' (${what}) to be a string, but was ${JSON.stringify(value)}`,
    );
  };

  const evaluateNumber = (expression: Expression, scope: ElementInstanceRecord, what: string): number => {
    const value = evaluate(expression, scope, what);
    const n = typeof value === 'string' ? Number(value) : value;
    if (typeof n === 'number' && Number.isFinite(n)) return n;
    throw new StepFailure(
      'EXTRACT_VALUE_ERROR',
      `Expected result of the expression '${expression.text}' (${what}) to be a number, but was ${JSON.stringify(value)}`,
    );
  };

  const evaluateList = (expression: Expression, scope: ElementInstanceRecord, what: string): string[] => {
    if (!expression.isFeel) {
      return expression.text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    }
    const value = evaluate(expression, scope, what);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
    if (typeof value === 'string') return [value];
    throw new StepFailure(
      'EXTRACT_VALUE_ERROR',
      `Expected result of the expression '${expression.text}' (${what}) to be a list of strings, but was ${JSON.stringify(value)}`,
    );
  };

  const withPath = (base: JsonValue | undefined, path: readonly string[], value: JsonValue): JsonValue => {
    if (path.length === 0) return value;
    const [head, ...rest] = path as [string, ...string[]];
    const obj: JsonObject = isJsonObject(base) ? { ...base } : {};
    obj[head] = withPath(obj[head], rest, value);
    return obj;
  };

  /** Evaluates mappings at `scope`; nested targets merge into the value visible there. */
  const mapVariables = (
    mappings: readonly VariableMapping[],
    scope: ElementInstanceRecord,
    onto: JsonObject,
  ) => {
    const lookup = variables.lookup(scope);
    for (const m of mappings) {
      let value: JsonValue;
      try {
        value = m.source.evaluate(lookup);
      } catch (error) {
        if (error instanceof ExpressionError) throw new StepFailure('IO_MAPPING_ERROR', error.message);
        throw error;
      }
      const [head, ...rest] = m.target as [string, ...string[]];
      onto[head] = rest.length === 0 ? value : withPath(onto[head] ?? lookup.get(head), rest, value);
    }
  };

  /** Runs a step; a StepFailure becomes an incident whose resolution runs `retry`. Returns false on failure. */
  const guarded = (ei: ElementInstanceRecord, step: () => void, retry: () => void): boolean => {
    try {
      step();
      return true;
    } catch (error) {
      if (error instanceof StepFailure) {
        raiseIncident(ei, error.errorType, error.message, retry, ei.job);
        return false;
      }
      if (error instanceof TimerDefinitionError) {
        raiseIncident(ei, 'EXTRACT_VALUE_ERROR', error.message, retry, ei.job);
        return false;
      }
      throw error;
    }
  };

  const raiseIncident = (
    ei: ElementInstanceRecord,
    errorType: IncidentErrorType,
    errorMessage: string,
    retry: () => void,
    job: JobRecord | undefined,
  ) => {
    const incident: IncidentRecord = {
      key: keys.next(),
      errorType,
      errorMessage,
      elementInstance: ei,
      job,
      state: 'ACTIVE',
      creationTime: clock.now(),
      retry,
    };
    incidents.set(incident.key, incident);
    pushTo(incidentsByInstance, ei.processInstance.key, incident);
    ei.incident = incident;
    ei.processInstance.activeIncidents += 1;
  };

  const closeIncident = (incident: IncidentRecord) => {
    if (incident.state !== 'ACTIVE') return;
    incident.state = 'RESOLVED';
    if (incident.elementInstance.incident === incident) incident.elementInstance.incident = undefined;
    incident.elementInstance.processInstance.activeIncidents -= 1;
  };

  // ---------------------------------------------------------------- element lifecycle

  const newElementInstance = (node: FlowNodeModel, parent: ElementInstanceRecord): ElementInstanceRecord => {
    const pi = parent.processInstance;
    const ei: ElementInstanceRecord = {
      key: keys.next(),
      node,
      elementId: node.id,
      elementName: node.name ?? node.id,
      type: node.type,
      state: 'ACTIVE',
      processInstance: pi,
      parent,
      startDate: clock.now(),
      endDate: undefined,
      incident: undefined,
      children: new Set(),
      joinTokens: undefined,
      pendingJoinTokens: 0,
      waits: [],
      job: undefined,
      userTask: undefined,
    };
    elementInstances.set(ei.key, ei);
    pushTo(elementsByInstance, pi.key, ei);
    parent.children.add(ei);
    return ei;
  };

  const activate = (node: FlowNodeModel, parent: ElementInstanceRecord, eventVariables?: JsonObject) => {
    const ei = newElementInstance(node, parent);
    defer(() => enter(ei, eventVariables));
    return ei;
  };

  const disposeWaits = (ei: ElementInstanceRecord) => {
    const waits = ei.waits;
    ei.waits = [];
    for (const w of waits) w.dispose();
  };

  function enter(ei: ElementInstanceRecord, eventVariables?: JsonObject) {
    if (ei.state !== 'ACTIVE') return;
    const node = ei.node as FlowNodeModel;
    guarded(
      ei,
      () => {
        disposeWaits(ei);
        if (node.inputs.length > 0) {
          const local: JsonObject = {};
          mapVariables(node.inputs, ei, local);
          for (const [name, value] of Object.entries(local)) variables.setLocal(ei, name, value);
        }
        if (node.boundaries.length > 0) openBoundaries(ei, node);
        behave(ei, node, eventVariables);
      },
      () => enter(ei, eventVariables),
    );
  }

  function behave(ei: ElementInstanceRecord, node: FlowNodeModel, eventVariables: JsonObject | undefined) {
    switch (node.behavior) {
      case 'passThrough':
      case 'noneEnd':
      case 'boundary':
      case 'parallelGateway':
        complete(ei, eventVariables);
        return;
      case 'errorEnd': {
        const code = evaluateString(node.errorCode as Expression, ei, 'error code');
        throwError(ei, code, '', {}, undefined);
        return;
      }
      case 'terminateEnd':
        terminateScope(ei);
        return;
      case 'job':
        createJob(ei, node);
        return;
      case 'userTask':
        createUserTask(ei, node);
        return;
      case 'script': {
        const script = node.script as NonNullable<FlowNodeModel['script']>;
        const value = evaluate(script.expression, ei, 'script');
        complete(ei, { [script.resultVariable]: value });
        return;
      }
      case 'message':
        subscribeMessage(ei, node, ei);
        return;
      case 'timer':
        scheduleTimer(ei, node, () => complete(ei));
        return;
      case 'signal':
        subscribeSignal(ei, node, ei);
        return;
      case 'exclusiveGateway':
        complete(ei, undefined, node.outgoing.length === 0 ? [] : [chooseFlow(ei, node)]);
        return;
      case 'subProcess':
        activate(node.startEvent as FlowNodeModel, ei);
        return;
    }
  }

  const chooseFlow = (ei: ElementInstanceRecord, node: FlowNodeModel): SequenceFlowModel => {
    const only = node.outgoing.length === 1 ? node.outgoing[0] : undefined;
    if (only !== undefined && only.condition === undefined) return only;
    for (const flow of node.outgoing) {
      if (flow === node.defaultFlow || flow.condition === undefined) continue;
      let result: JsonValue;
      try {
        result = flow.condition.evaluate(variables.lookup(ei));
      } catch (error) {
        if (error instanceof ExpressionError) throw new StepFailure('CONDITION_ERROR', error.message);
        throw error;
      }
      if (typeof result !== 'boolean') {
        throw new StepFailure(
          'CONDITION_ERROR',
          `Expected result of the expression '${flow.condition.text}' to be 'BOOLEAN', but was ${JSON.stringify(result)}`,
        );
      }
      if (result) return flow;
    }
    if (node.defaultFlow !== undefined) return node.defaultFlow;
    throw new StepFailure(
      'CONDITION_ERROR',
      `Expected at least one condition to evaluate to true, or to have a default flow (gateway '${node.id}')`,
    );
  };

  /**
   * Completes an element: event variables (job or message variables) and output mappings are applied, its waits
   * are dropped, and the token moves on along `flows` (all outgoing flows by default).
   */
  function complete(
    ei: ElementInstanceRecord,
    eventVariables?: JsonObject,
    flows?: readonly SequenceFlowModel[],
  ) {
    if (ei.state !== 'ACTIVE') return;
    const node = ei.node;
    if (node !== undefined) {
      const applied = guarded(
        ei,
        () => {
          if (node.outputs.length > 0) {
            if (eventVariables !== undefined) {
              for (const [name, value] of Object.entries(eventVariables)) variables.setLocal(ei, name, value);
            }
            const out: JsonObject = {};
            mapVariables(node.outputs, ei, out);
            variables.propagate(ei.parent as ElementInstanceRecord, out);
          } else if (eventVariables !== undefined) {
            variables.propagate(ei, eventVariables);
          }
        },
        () => complete(ei, eventVariables, flows),
      );
      if (!applied) return;
    }
    disposeWaits(ei);
    ei.state = 'COMPLETED';
    ei.endDate = clock.now();
    const parent = ei.parent;
    if (parent === undefined) {
      finishInstance(ei.processInstance, 'COMPLETED');
      return;
    }
    parent.children.delete(ei);
    const taken = flows ?? node?.outgoing ?? [];
    for (const flow of taken) takeFlow(flow, parent);
    checkScope(parent);
  }

  const takeFlow = (flow: SequenceFlowModel, scope: ElementInstanceRecord) => {
    const target = flow.target;
    if (target.behavior === 'parallelGateway' && target.incoming.length > 1) {
      if (scope.joinTokens === undefined) scope.joinTokens = new Map();
      let tokens = scope.joinTokens.get(target.id);
      if (tokens === undefined) {
        tokens = new Map();
        scope.joinTokens.set(target.id, tokens);
      }
      tokens.set(flow.id, (tokens.get(flow.id) ?? 0) + 1);
      scope.pendingJoinTokens += 1;
      if (target.incoming.every((f) => (tokens.get(f.id) ?? 0) > 0)) {
        for (const f of target.incoming) {
          const n = (tokens.get(f.id) ?? 0) - 1;
          if (n === 0) tokens.delete(f.id);
          else tokens.set(f.id, n);
        }
        scope.pendingJoinTokens -= target.incoming.length;
        activate(target, scope);
      }
      return;
    }
    activate(target, scope);
  };

  /** A scope with no active children and no waiting join tokens is done. */
  const checkScope = (scope: ElementInstanceRecord) => {
    if (scope.state !== 'ACTIVE' || scope.children.size > 0 || scope.pendingJoinTokens > 0) return;
    complete(scope);
  };

  const finishInstance = (pi: ProcessInstanceRecord, state: 'COMPLETED' | 'TERMINATED') => {
    if (pi.state !== 'ACTIVE') return;
    pi.state = state;
    pi.endDate = clock.now();
    if (messageStarted.size > 0)
      for (const [k, v] of messageStarted) if (v === pi.key) messageStarted.delete(k);
    const listeners = pi.endListeners.splice(0);
    for (const listener of listeners) listener(pi);
  };

  /** Terminates an element and everything inside it; never completes its scope. */
  function terminate(ei: ElementInstanceRecord) {
    if (ei.state !== 'ACTIVE') return;
    for (const child of [...ei.children]) terminate(child);
    disposeWaits(ei);
    if (ei.job !== undefined) jobs.cancel(ei.job);
    if (ei.userTask !== undefined && ei.userTask.state === 'CREATED') ei.userTask.state = 'CANCELED';
    if (ei.incident !== undefined) closeIncident(ei.incident);
    ei.joinTokens = undefined;
    ei.pendingJoinTokens = 0;
    ei.state = 'TERMINATED';
    ei.endDate = clock.now();
    ei.parent?.children.delete(ei);
  }

  /** A terminate end event: the end event completes, everything else in its scope stops, the scope completes. */
  const terminateScope = (ei: ElementInstanceRecord) => {
    const scope = ei.parent as ElementInstanceRecord;
    ei.state = 'COMPLETED';
    ei.endDate = clock.now();
    scope.children.delete(ei);
    for (const child of [...scope.children]) terminate(child);
    scope.joinTokens = undefined;
    scope.pendingJoinTokens = 0;
    checkScope(scope);
  };

  // ---------------------------------------------------------------- wait states

  function createJob(ei: ElementInstanceRecord, node: FlowNodeModel) {
    const def = node.job as NonNullable<FlowNodeModel['job']>;
    const type = evaluateString(def.type, ei, 'job type');
    const retries = evaluateNumber(def.retries, ei, 'job retries');
    const priority = def.priority === undefined ? 0 : evaluateNumber(def.priority, ei, 'job priority');
    ei.job = jobs.create({
      type,
      retries,
      priority,
      customHeaders: def.headers,
      tenantId: ei.processInstance.tenantId,
      elementInstance: ei,
    });
  }

  function createUserTask(ei: ElementInstanceRecord, node: FlowNodeModel) {
    const def = node.userTask as NonNullable<FlowNodeModel['userTask']>;
    const optString = (e: Expression | undefined, what: string) => {
      if (e === undefined) return null;
      const v = evaluate(e, ei, what);
      if (v === null) return null;
      if (typeof v !== 'string') {
        throw new StepFailure(
          'EXTRACT_VALUE_ERROR',
          `Expected ${what} '${e.text}' to be a string, but was ${JSON.stringify(v)}`,
        );
      }
      return v === '' ? null : v;
    };
    const optDate = (e: Expression | undefined, what: string) => {
      const v = optString(e, what);
      if (v === null) return null;
      const ms = Date.parse(v);
      if (Number.isNaN(ms))
        throw new StepFailure('EXTRACT_VALUE_ERROR', `Expected ${what} '${v}' to be an ISO 8601 date-time`);
      return new Date(ms).toISOString();
    };
    const priority = def.priority === undefined ? 50 : evaluateNumber(def.priority, ei, 'priority');
    if (priority < 0 || priority > 100 || !Number.isInteger(priority)) {
      throw new StepFailure(
        'EXTRACT_VALUE_ERROR',
        `Expected priority to be an integer between 0 and 100, but was ${priority}`,
      );
    }
    const form =
      def.formId === undefined ? undefined : definitions.latestForm(def.formId, ei.processInstance.tenantId);
    const task: UserTaskRecord = {
      key: keys.next(),
      elementInstance: ei,
      state: 'CREATED',
      assignee: optString(def.assignee, 'assignee'),
      candidateGroups:
        def.candidateGroups === undefined ? [] : evaluateList(def.candidateGroups, ei, 'candidate groups'),
      candidateUsers:
        def.candidateUsers === undefined ? [] : evaluateList(def.candidateUsers, ei, 'candidate users'),
      dueDate: optDate(def.dueDate, 'due date'),
      followUpDate: optDate(def.followUpDate, 'follow-up date'),
      priority,
      externalFormReference: def.externalFormReference ?? null,
      formKey: form?.key ?? null,
      customHeaders: def.headers,
      creationDate: clock.now(),
      completionDate: undefined,
    };
    ei.userTask = task;
    userTasks.set(task.key, task);
    pushTo(userTasksByInstance, ei.processInstance.key, task);
  }

  /** Opens a message subscription for `catchNode`, held by `holder` (the activity, for a boundary event). */
  function subscribeMessage(
    holder: ElementInstanceRecord,
    catchNode: FlowNodeModel,
    scope: ElementInstanceRecord,
  ) {
    const trigger = catchNode.message as NonNullable<FlowNodeModel['message']>;
    const name = evaluateString(trigger.name, scope, 'message name');
    const correlationKey =
      trigger.correlationKey === undefined
        ? ''
        : evaluateString(trigger.correlationKey, scope, 'correlation key');
    const sub = messages.open({ messageName: name, correlationKey, elementInstance: holder, catchNode });
    holder.waits.push({ dispose: () => messages.close(sub, 'DELETED') });
    const pi = holder.processInstance;
    const buffered = messages.buffered(pi.tenantId, name, correlationKey, pi.key);
    if (buffered !== undefined) {
      buffered.correlatedTo.add(pi.key);
      defer(() => correlate(sub, buffered.variables));
    }
  }

  function correlate(sub: MessageSubscriptionRecord, vars: JsonObject) {
    const holder = sub.elementInstance;
    if (sub.state !== 'CREATED' || holder.state !== 'ACTIVE') return;
    const node = sub.catchNode;
    if (node.behavior === 'boundary') {
      if (node.cancelActivity) messages.close(sub, 'CORRELATED');
      else sub.lastUpdatedDate = clock.now();
      triggerBoundary(holder, node, vars);
      return;
    }
    messages.close(sub, 'CORRELATED');
    complete(holder, vars);
  }

  function subscribeSignal(
    holder: ElementInstanceRecord,
    catchNode: FlowNodeModel,
    scope: ElementInstanceRecord,
  ) {
    const name = evaluateString(catchNode.signalName as Expression, scope, 'signal name');
    const k = `${holder.processInstance.tenantId}\u0000${name}`;
    const entry = { ei: holder, node: catchNode };
    let set = signalWaits.get(k);
    if (set === undefined) {
      set = new Set();
      signalWaits.set(k, set);
    }
    set.add(entry);
    holder.waits.push({
      dispose: () => {
        set.delete(entry);
        if (set.size === 0) signalWaits.delete(k);
      },
    });
  }

  function scheduleTimer(holder: ElementInstanceRecord, timerNode: FlowNodeModel, fire: () => void) {
    const def = timerNode.timer as NonNullable<FlowNodeModel['timer']>;
    let resolved: ReturnType<typeof resolveTimer>;
    try {
      resolved = resolveTimer(def, variables.lookup(holder), clock.now());
    } catch (error) {
      if (error instanceof ExpressionError) throw new StepFailure('EXTRACT_VALUE_ERROR', error.message);
      throw error;
    }
    let remaining = resolved.repetitions;
    let handle = { cancel() {} };
    const arm = (at: number) => {
      handle = clock.schedule(at, () =>
        run(() => {
          if (holder.state !== 'ACTIVE') return;
          const next = at + resolved.intervalMs;
          const again = remaining !== 0 && !timerNode.cancelActivity;
          if (again) {
            if (remaining > 0) remaining -= 1;
            arm(next);
          }
          fire();
        }),
      );
    };
    arm(resolved.dueAtMs);
    holder.waits.push({ dispose: () => handle.cancel() });
  }

  function openBoundaries(activity: ElementInstanceRecord, node: FlowNodeModel) {
    for (const b of node.boundaries) {
      if (b.timer !== undefined) scheduleTimer(activity, b, () => triggerBoundary(activity, b, undefined));
      else if (b.message !== undefined) subscribeMessage(activity, b, activity);
      else if (b.signalName !== undefined) subscribeSignal(activity, b, activity);
    }
  }

  /** Fires a boundary event: an interrupting one terminates the activity first. */
  function triggerBoundary(
    activity: ElementInstanceRecord,
    boundary: FlowNodeModel,
    vars: JsonObject | undefined,
  ) {
    const scope = activity.parent as ElementInstanceRecord;
    const ei = newElementInstance(boundary, scope);
    if (boundary.cancelActivity) terminate(activity);
    defer(() => enter(ei, vars));
  }

  /**
   * Throws a BPMN error from `source`: the nearest error boundary event (exact code before catch-all) on the
   * element or an enclosing sub-process catches it; otherwise an incident is raised.
   */
  function throwError(
    source: ElementInstanceRecord,
    code: string,
    message: string,
    vars: JsonObject,
    job: JobRecord | undefined,
  ): boolean {
    for (let cur: ElementInstanceRecord | undefined = source; cur?.node !== undefined; cur = cur.parent) {
      const candidates = cur.node.boundaries.filter(isErrorBoundary);
      let catchAll: FlowNodeModel | undefined;
      let exact: FlowNodeModel | undefined;
      for (const b of candidates) {
        if (b.errorCode === undefined) catchAll ??= b;
        else if (exact === undefined && evaluateString(b.errorCode, cur, 'error code') === code) exact = b;
      }
      const catcher = exact ?? catchAll;
      if (catcher !== undefined) {
        triggerBoundary(cur, catcher, vars);
        return true;
      }
    }
    raiseIncident(
      source,
      'UNHANDLED_ERROR_EVENT',
      `Expected to throw an error event with the code '${code}'${message === '' ? '' : ` with message '${message}'`}, but it was not caught. No error events are available in the scope.`,
      job === undefined
        ? () => enter(source)
        : () => {
            jobs.retry(job);
          },
      job,
    );
    return false;
  }

  // ---------------------------------------------------------------- commands

  const startInstance = (
    definition: ProcessDefinitionRecord,
    input: CreateInstanceInput,
    start: FlowNodeModel | undefined,
    eventVariables?: JsonObject,
  ): ProcessInstanceRecord => {
    const model = definition.model;
    const startNodes: FlowNodeModel[] = [];
    if (input.startElementIds !== undefined && input.startElementIds.length > 0) {
      for (const id of input.startElementIds) {
        const node = model.nodes.get(id);
        if (node === undefined || node.scope !== undefined || node.behavior === 'boundary') {
          throw new TestEngineError(
            `Expected to start the process instance at element '${id}', but no such element exists at the process level of '${definition.processDefinitionId}'`,
            { code: 'INVALID_ARGUMENT', status: 400, title: 'INVALID_ARGUMENT' },
          );
        }
        startNodes.push(node);
      }
    } else if (start !== undefined) {
      startNodes.push(start);
    } else {
      throw new TestEngineError(
        `Expected to create an instance of process '${definition.processDefinitionId}' at its none start event, but it has none`,
        { code: 'INVALID_ARGUMENT', status: 400, title: 'INVALID_ARGUMENT' },
      );
    }
    const key = keys.next();
    const now = clock.now();
    // The instance and its process-level element instance refer to each other; `root` is set right below.
    const pi: ProcessInstanceRecord = {
      key,
      root: undefined as unknown as ElementInstanceRecord,
      definition,
      state: 'ACTIVE',
      startDate: now,
      endDate: undefined,
      tenantId: definition.tenantId,
      tags: input.tags,
      businessId: input.businessId,
      activeIncidents: 0,
      endListeners: [],
    };
    const root: ElementInstanceRecord = {
      key,
      node: undefined,
      elementId: definition.processDefinitionId,
      elementName: definition.name ?? definition.processDefinitionId,
      type: 'PROCESS',
      state: 'ACTIVE',
      processInstance: pi,
      parent: undefined,
      startDate: now,
      endDate: undefined,
      incident: undefined,
      children: new Set(),
      joinTokens: undefined,
      pendingJoinTokens: 0,
      waits: [],
      job: undefined,
      userTask: undefined,
    };
    pi.root = root;
    processInstances.set(key, pi);
    elementInstances.set(key, root);
    pushTo(elementsByInstance, key, root);
    for (const [name, value] of Object.entries(input.variables)) variables.setLocal(root, name, value);
    for (const node of startNodes) activate(node, root, eventVariables);
    return pi;
  };

  const triggerSignal = (name: string, vars: JsonObject, tenantId: string) => {
    const set = signalWaits.get(`${tenantId}\u0000${name}`);
    for (const { ei, node } of set === undefined ? [] : [...set]) {
      if (ei.state !== 'ACTIVE') continue;
      if (node.behavior === 'boundary') triggerBoundary(ei, node, vars);
      else complete(ei, vars);
    }
    for (const definition of definitions.signalStarts(tenantId, name)) {
      startInstance(
        definition,
        { variables: {}, tags: [], businessId: null },
        definition.model.signalStarts.get(name),
        vars,
      );
    }
  };

  return {
    createInstance: (definition, input) =>
      run(() => startInstance(definition, input, definition.model.noneStart)),
    cancelInstance(pi) {
      run(() => {
        terminate(pi.root);
        finishInstance(pi, 'TERMINATED');
      });
    },
    completeJob(job, vars) {
      run(() => {
        jobs.complete(job);
        complete(job.elementInstance, vars);
      });
    },
    failJob(job, retries, errorMessage, backoffMs, vars) {
      run(() => {
        const ei = job.elementInstance;
        for (const [name, value] of Object.entries(vars)) variables.setLocal(ei, name, value);
        if (jobs.fail(job, retries, errorMessage, backoffMs) === 'noRetries') {
          const raise = (): void =>
            raiseIncident(
              ei,
              'JOB_NO_RETRIES',
              errorMessage === '' ? 'No more retries left.' : errorMessage,
              retry,
              job,
            );
          // Resolving without new retries raises the incident again, as Zeebe does.
          const retry = () => (job.retries > 0 ? jobs.retry(job) : raise());
          raise();
        }
      });
    },
    throwJobError(job, errorCode, errorMessage, vars) {
      run(() => {
        jobs.errorThrown(job, errorCode, errorMessage);
        const ei = job.elementInstance;
        const thrown = () => {
          guarded(ei, () => throwError(ei, errorCode, errorMessage, vars, job), thrown);
        };
        thrown();
      });
    },
    completeUserTask(task, vars) {
      run(() => {
        task.state = 'COMPLETED';
        task.completionDate = clock.now();
        complete(task.elementInstance, vars);
      });
    },
    publishMessage(message, ttlMs) {
      return run(() => {
        const messageKey = keys.next();
        const correlatedTo: string[] = [];
        const seen = new Set<string>();
        for (const sub of messages.matching(message.tenantId, message.name, message.correlationKey)) {
          const piKey = sub.elementInstance.processInstance.key;
          if (seen.has(piKey)) continue;
          seen.add(piKey);
          correlatedTo.push(piKey);
          correlate(sub, message.variables);
        }
        for (const definition of definitions.messageStarts(message.tenantId, message.name)) {
          const guardKey = `${definition.tenantId}\u0000${definition.processDefinitionId}\u0000${message.correlationKey}`;
          if (message.correlationKey !== '' && messageStarted.has(guardKey)) continue;
          const pi = startInstance(
            definition,
            { variables: {}, tags: [], businessId: null },
            definition.model.messageStarts.get(message.name),
            message.variables,
          );
          if (message.correlationKey !== '') messageStarted.set(guardKey, pi.key);
          seen.add(pi.key);
          correlatedTo.push(pi.key);
        }
        if (ttlMs > 0) {
          messages.buffer(
            {
              key: messageKey,
              name: message.name,
              correlationKey: message.correlationKey,
              tenantId: message.tenantId,
              variables: message.variables,
              correlatedTo: seen,
            },
            ttlMs,
          );
        }
        return { messageKey, correlatedTo };
      });
    },
    broadcastSignal(name, vars, tenantId) {
      return run(() => {
        triggerSignal(name, vars, tenantId);
        return keys.next();
      });
    },
    setVariables(scope, vars, local) {
      if (local) for (const [name, value] of Object.entries(vars)) variables.setLocal(scope, name, value);
      else variables.propagate(scope, vars);
    },
    resolveIncident(incident) {
      run(() => {
        closeIncident(incident);
        incident.retry();
      });
    },
    processInstances,
    elementInstances,
    elementInstancesOf: (key) => elementsByInstance.get(key) ?? [],
    incidents,
    incidentsOf: (key) => incidentsByInstance.get(key) ?? [],
    userTasks,
    userTasksOf: (key) => userTasksByInstance.get(key) ?? [],
    clear() {
      agenda.length = 0;
      // Requests waiting for an instance to finish (awaitCompletion) learn that it is gone.
      for (const pi of processInstances.values()) {
        if (pi.state === 'ACTIVE') finishInstance(pi, 'TERMINATED');
      }
      processInstances.clear();
      elementInstances.clear();
      elementsByInstance.clear();
      incidents.clear();
      incidentsByInstance.clear();
      userTasks.clear();
      userTasksByInstance.clear();
      signalWaits.clear();
      messageStarted.clear();
    },
  };
}
