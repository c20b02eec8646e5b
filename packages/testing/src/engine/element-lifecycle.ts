import type { FlowNodeModel, ListenerModel, SequenceFlowModel } from '../bpmn/process-model.js';
import { TimerDefinitionError } from '../bpmn/timer-definition.js';
import type { JsonObject } from '../feel/json-value.js';
import { rejection } from '../handlers/handler-support.js';
import type { ElementBehavior } from './element-behavior.js';
import { elementBehaviors } from './element-behaviors.js';
import type { ElementLifecycle, ExecutionContext } from './execution-context.js';
import { pushTo } from './execution-state.js';
import { runExecutionListeners } from './listener-jobs.js';
import type { ElementInstanceRecord, IncidentRecord, ProcessInstanceRecord } from './records.js';
import { StepFailure } from './step-failure.js';

const behaviorOf = (node: FlowNodeModel): ElementBehavior => elementBehaviors[node.behavior];

/**
 * The core of execution: element instances are created in a flow scope, entered (input mappings, boundary
 * events, then the element's behaviour), completed (output mappings, the token moves on) or terminated; a scope
 * with nothing left in it completes. Failures become incidents whose resolution retries the failed step.
 */
export function createElementLifecycle(ctx: ExecutionContext): ElementLifecycle {
  const { clock, keys, variables, state } = ctx;
  // Elements whose end listeners are running: they complete once the last one has.
  const completing = new Set<ElementInstanceRecord>();

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
    state.elementInstances.set(ei.key, ei);
    pushTo(state.elementsByInstance, pi.key, ei);
    parent.children.add(ei);
    return ei;
  };

  const disposeWaits = (ei: ElementInstanceRecord) => {
    const waits = ei.waits;
    ei.waits = [];
    for (const w of waits) w.dispose();
  };

  const raiseIncident: ElementLifecycle['raiseIncident'] = (ei, errorType, errorMessage, retry, job) => {
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
    state.incidents.set(incident.key, incident);
    pushTo(state.incidentsByInstance, ei.processInstance.key, incident);
    ei.incident = incident;
    // A calling instance shows the incidents of the instances it called, as in Zeebe.
    for (
      let pi: ProcessInstanceRecord | undefined = ei.processInstance;
      pi !== undefined;
      pi = pi.parentElementInstance?.processInstance
    )
      pi.activeIncidents += 1;
  };

  const closeIncident = (incident: IncidentRecord) => {
    if (incident.state !== 'ACTIVE') return;
    incident.state = 'RESOLVED';
    if (incident.elementInstance.incident === incident) incident.elementInstance.incident = undefined;
    for (
      let pi: ProcessInstanceRecord | undefined = incident.elementInstance.processInstance;
      pi !== undefined;
      pi = pi.parentElementInstance?.processInstance
    )
      pi.activeIncidents -= 1;
  };

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

  const listenersOf = (ei: ElementInstanceRecord, eventType: 'start' | 'end'): ListenerModel[] =>
    (
      ei.node?.executionListeners ??
      (ei.parent === undefined ? ei.processInstance.definition.model.executionListeners : [])
    ).filter((l) => l.eventType === eventType);

  /** After input mappings and start listeners: boundary events open and the behaviour takes over. */
  const activateBehavior = (ei: ElementInstanceRecord, eventVariables: JsonObject | undefined) => {
    if (ei.state !== 'ACTIVE') return;
    const node = ei.node as FlowNodeModel;
    guarded(
      ei,
      () => {
        disposeWaits(ei);
        if (node.boundaries.length > 0) ctx.openBoundaries(ei, node);
        behaviorOf(node).onActivate(ctx, ei, eventVariables);
      },
      () => activateBehavior(ei, eventVariables),
    );
  };

  const enter = (ei: ElementInstanceRecord, eventVariables?: JsonObject) => {
    if (ei.state !== 'ACTIVE') return;
    const node = ei.node as FlowNodeModel;
    const mapped = guarded(
      ei,
      () => {
        disposeWaits(ei);
        if (node.inputs.length > 0) {
          const local: JsonObject = {};
          ctx.mapVariables(node.inputs, ei, local);
          for (const [name, value] of Object.entries(local)) variables.setLocal(ei, name, value);
        }
      },
      () => enter(ei, eventVariables),
    );
    if (!mapped) return;
    const starts = listenersOf(ei, 'start');
    if (starts.length === 0) activateBehavior(ei, eventVariables);
    else
      runExecutionListeners(
        ctx,
        ei,
        starts,
        'START',
        (vars) => {
          for (const [name, value] of Object.entries(vars)) variables.setLocal(ei, name, value);
        },
        () => activateBehavior(ei, eventVariables),
      );
  };

  const enterLater = (ei: ElementInstanceRecord, eventVariables?: JsonObject) => {
    ctx.agenda.defer(() => enter(ei, eventVariables));
  };

  const activate = (node: FlowNodeModel, parent: ElementInstanceRecord, eventVariables?: JsonObject) => {
    const ei = newElementInstance(node, parent);
    enterLater(ei, eventVariables);
    return ei;
  };

  const takeFlow = (flow: SequenceFlowModel, scope: ElementInstanceRecord) => {
    pushTo(state.takenFlows, scope.processInstance.key, flow);
    const arrived = behaviorOf(flow.target).onTokenArrived;
    if (arrived === undefined || arrived(ctx, flow, scope)) activate(flow.target, scope);
  };

  const finishInstance = (pi: ProcessInstanceRecord, end: 'COMPLETED' | 'TERMINATED') => {
    if (pi.state !== 'ACTIVE') return;
    pi.state = end;
    pi.endDate = clock.now();
    if (state.messageStarted.size > 0)
      for (const [k, v] of state.messageStarted) if (v === pi.key) state.messageStarted.delete(k);
    const listeners = pi.endListeners.splice(0);
    for (const listener of listeners) listener(pi);
  };

  /** Lets joins that hold tokens in `scope` re-decide now that something in it has completed. */
  const settleJoins = (scope: ElementInstanceRecord) => {
    if (scope.joinTokens === undefined || scope.pendingJoinTokens === 0) return;
    const nodes = scope.processInstance.definition.model.nodes;
    for (const [id, tokens] of [...scope.joinTokens]) {
      const node = nodes.get(id);
      if (node !== undefined && tokens.size > 0) behaviorOf(node).onScopeSettled?.(ctx, node, scope);
    }
  };

  const checkScope = (scope: ElementInstanceRecord) => {
    if (
      scope.state !== 'ACTIVE' ||
      scope.children.size > 0 ||
      scope.pendingJoinTokens > 0 ||
      scope.incident !== undefined
    )
      return;
    if (scope.node !== undefined && behaviorOf(scope.node).canComplete?.(ctx, scope) === false) return;
    complete(scope);
  };

  function complete(
    ei: ElementInstanceRecord,
    eventVariables?: JsonObject,
    flows?: readonly SequenceFlowModel[],
  ) {
    if (ei.state !== 'ACTIVE' || completing.has(ei)) return;
    const node = ei.node;
    const parent = ei.parent;
    const scopeBehavior = parent?.node === undefined ? undefined : behaviorOf(parent.node);
    let doneEarly = false;
    if (node !== undefined) {
      const applied = guarded(
        ei,
        () => {
          behaviorOf(node).onCompleting?.(ctx, ei);
          if (node.outputs.length > 0) {
            if (eventVariables !== undefined) {
              for (const [name, value] of Object.entries(eventVariables)) variables.setLocal(ei, name, value);
            }
            const out: JsonObject = {};
            ctx.mapVariables(node.outputs, ei, out);
            variables.propagate(ei.parent as ElementInstanceRecord, out);
          } else if (eventVariables !== undefined) {
            variables.propagate(ei, eventVariables);
          }
          if (parent !== undefined && scopeBehavior?.onChildCompleting !== undefined)
            doneEarly = scopeBehavior.onChildCompleting(ctx, parent, ei);
        },
        () => complete(ei, eventVariables, flows),
      );
      if (!applied) return;
    }
    const ends = listenersOf(ei, 'end');
    if (ends.length === 0) {
      leave(ei, flows, doneEarly);
      return;
    }
    completing.add(ei);
    runExecutionListeners(
      ctx,
      ei,
      ends,
      'END',
      (vars) => variables.propagate(ei, vars),
      () => {
        completing.delete(ei);
        leave(ei, flows, doneEarly);
      },
    );
  }

  /** The element is done: it completes and its token moves on. */
  function leave(
    ei: ElementInstanceRecord,
    flows: readonly SequenceFlowModel[] | undefined,
    doneEarly: boolean,
  ) {
    if (ei.state !== 'ACTIVE') return;
    const node = ei.node;
    const parent = ei.parent;
    disposeWaits(ei);
    ei.state = 'COMPLETED';
    ei.endDate = clock.now();
    ei.onLeave?.();
    if (parent === undefined) {
      finishInstance(ei.processInstance, 'COMPLETED');
      return;
    }
    // A completed activity with a compensation handler (or a sub-process holding such) can be compensated later.
    if (node?.boundaries.some((b) => b.eventKind === 'compensation') || (ei.compensable?.length ?? 0) > 0) {
      if (parent.compensable === undefined) parent.compensable = [];
      parent.compensable.push(ei);
    }
    parent.children.delete(ei);
    const taken = flows ?? node?.outgoing ?? [];
    for (const flow of taken) takeFlow(flow, parent);
    if (parent.node !== undefined) behaviorOf(parent.node).onChildCompleted?.(ctx, parent, ei, doneEarly);
    settleJoins(parent);
    checkScope(parent);
  }

  /**
   * Terminations under way: what waits for each (run once it is TERMINATED) and whether its behaviour holds it
   * open (`held`) or is still deciding (`deciding`, when it may resume before saying it holds).
   */
  const terminations = new WeakMap<
    ElementInstanceRecord,
    { waiters: Array<() => void>; phase: 'children' | 'deciding' | 'held' | 'resumed' }
  >();

  function terminate(ei: ElementInstanceRecord, then?: () => void) {
    if (ei.state === 'TERMINATING') {
      if (then !== undefined) terminations.get(ei)?.waiters.push(then);
      return;
    }
    if (ei.state !== 'ACTIVE') {
      then?.();
      return;
    }
    ei.state = 'TERMINATING';
    const termination = { waiters: then === undefined ? [] : [then], phase: 'children' as const };
    terminations.set(ei, termination);
    // Nothing may fire on an element that is on its way out, not even while its children terminate.
    disposeWaits(ei);
    terminateAll(ei.children, () => terminateItself(ei));
  }

  /** After the children: the behaviour releases what it holds, and may hold the termination open. */
  const terminateItself = (ei: ElementInstanceRecord) => {
    const termination = terminations.get(ei);
    if (termination === undefined) return;
    if (ei.listenerJob !== undefined) {
      ctx.jobs.cancel(ei.listenerJob);
      delete ei.listenerJob;
    }
    completing.delete(ei);
    if (ei.incident !== undefined) closeIncident(ei.incident);
    ei.joinTokens = undefined;
    ei.pendingJoinTokens = 0;
    termination.phase = 'deciding';
    const outcome = ei.node === undefined ? undefined : behaviorOf(ei.node).onTerminate?.(ctx, ei);
    if (outcome === 'pending' && termination.phase === 'deciding') termination.phase = 'held';
    else finishTermination(ei);
  };

  const finishTermination = (ei: ElementInstanceRecord) => {
    const termination = terminations.get(ei);
    if (termination === undefined || ei.state !== 'TERMINATING') return;
    terminations.delete(ei);
    // An incident raised while the termination was held (a failing listener) ends with it.
    if (ei.incident !== undefined) closeIncident(ei.incident);
    ei.state = 'TERMINATED';
    ei.endDate = clock.now();
    const parent = ei.parent;
    parent?.children.delete(ei);
    if (parent?.node !== undefined) behaviorOf(parent.node).onChildTerminated?.(ctx, parent, ei);
    for (const waiter of termination.waiters) waiter();
  };

  const resumeTermination: ElementLifecycle['resumeTermination'] = (ei) => {
    const termination = terminations.get(ei);
    if (termination === undefined) return;
    if (termination.phase === 'deciding') termination.phase = 'resumed';
    else if (termination.phase === 'held') finishTermination(ei);
  };

  function terminateAll(elements: Iterable<ElementInstanceRecord>, then?: () => void) {
    const list = [...elements];
    let remaining = list.length;
    if (remaining === 0) {
      then?.();
      return;
    }
    const one = () => {
      remaining -= 1;
      if (remaining === 0) then?.();
    };
    for (const element of list) terminate(element, one);
  }

  const terminateScope = (ei: ElementInstanceRecord) => {
    const scope = ei.parent as ElementInstanceRecord;
    ei.state = 'COMPLETED';
    ei.endDate = clock.now();
    scope.children.delete(ei);
    scope.joinTokens = undefined;
    scope.pendingJoinTokens = 0;
    terminateAll(scope.children, () => checkScope(scope));
  };

  const startInstance: ElementLifecycle['startInstance'] = (
    definition,
    input,
    start,
    eventVariables,
    parentElementInstance,
  ) => {
    const model = definition.model;
    const startNodes: FlowNodeModel[] = [];
    if (input.startElementIds !== undefined && input.startElementIds.length > 0) {
      for (const id of input.startElementIds) {
        const node = model.nodes.get(id);
        if (node === undefined || node.scope !== undefined || node.behavior === 'boundary') {
          throw rejection(
            'CREATE',
            'INVALID_ARGUMENT',
            `Expected to create instance of process with start instructions but no element found with id '${id}'.`,
          );
        }
        startNodes.push(node);
      }
    } else if (start !== undefined) {
      startNodes.push(start);
    } else {
      throw rejection(
        'CREATE',
        'INVALID_STATE',
        'Expected to create instance of process with none start event, but there is no such event',
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
      ...(parentElementInstance === undefined ? {} : { parentElementInstance }),
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
    state.processInstances.set(key, pi);
    state.elementInstances.set(key, root);
    pushTo(state.elementsByInstance, key, root);
    for (const [name, value] of Object.entries(input.variables)) variables.setLocal(root, name, value);
    if (model.eventSubProcesses.length > 0) {
      const open = () => {
        guarded(root, () => ctx.openEventSubProcesses(root, model.eventSubProcesses), open);
      };
      open();
    }
    const starts = model.executionListeners.filter((l) => l.eventType === 'start');
    runExecutionListeners(
      ctx,
      root,
      starts,
      'START',
      (vars) => {
        for (const [name, value] of Object.entries(vars)) variables.setLocal(root, name, value);
      },
      () => {
        for (const node of startNodes) activate(node, root, eventVariables);
      },
    );
    return pi;
  };

  return {
    newElementInstance,
    activate,
    enterLater,
    complete,
    terminate,
    terminateAll,
    resumeTermination,
    terminateScope,
    checkScope,
    disposeWaits,
    finishInstance,
    startInstance,
    raiseIncident,
    closeIncident,
    guarded,
  };
}
