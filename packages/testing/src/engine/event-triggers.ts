import type { FlowNodeModel } from '../bpmn/process-model.js';
import { nextDueAfter, resolveTimer } from '../bpmn/timer-definition.js';
import { type Expression, ExpressionError } from '../feel/expression.js';
import type { JsonObject } from '../feel/json-value.js';
import type { EventTriggers, ExecutionContext } from './execution-context.js';
import type { ElementInstanceRecord } from './records.js';
import { StepFailure } from './step-failure.js';

/** The event sub-processes that belong to the scope of an element instance (process or sub-process). */
const eventSubProcessesOf = (scope: ElementInstanceRecord): readonly FlowNodeModel[] =>
  scope.node === undefined
    ? scope.processInstance.definition.model.eventSubProcesses
    : scope.node.eventSubProcesses;

/** Whether a start event belongs to an event sub-process. */
const isEventSubProcessStart = (node: FlowNodeModel) =>
  node.type === 'START_EVENT' && node.scope?.triggeredByEvent === true;

/** The next scope outwards: the flow scope, or the call activity that created a process instance. */
const outward = (ei: ElementInstanceRecord): ElementInstanceRecord | undefined =>
  ei.parent ?? ei.processInstance.parentElementInstance;

type CatchKind = 'error' | 'escalation';

/** Creates the message, signal, timer, error and escalation triggers over the lifecycle in `ctx`. */
export function createEventTriggers(ctx: ExecutionContext): EventTriggers {
  const { clock, messages, variables, definitions } = ctx;
  // Signal subscriptions: tenant + name → waiting element (or activity, for boundaries) and catching node.
  const signalWaits = new Map<string, Set<{ ei: ElementInstanceRecord; node: FlowNodeModel }>>();
  // Conditional events waiting for their condition, by process instance.
  interface ConditionWait {
    readonly holder: ElementInstanceRecord;
    readonly node: FlowNodeModel;
    readonly scope: ElementInstanceRecord;
  }
  const conditionWaits = new Map<string, Set<ConditionWait>>();

  const holds = (wait: ConditionWait) =>
    wait.holder.state === 'ACTIVE' &&
    ctx.evaluateCondition(wait.node.conditionExpression as Expression, wait.scope);

  const check = (wait: ConditionWait) => {
    ctx.guarded(
      wait.holder,
      () => {
        if (holds(wait)) triggers.fire(wait.holder, wait.node, undefined);
      },
      () => check(wait),
    );
  };

  // A variable change re-evaluates the conditions that can see it (its scope or one inside it), after the step.
  variables.onChange((changed, name, created) => {
    const waits = conditionWaits.get(changed.processInstance.key);
    if (waits === undefined) return;
    for (const wait of waits) {
      const { conditionVariables, conditionEvents } = wait.node;
      if (conditionVariables !== undefined && !conditionVariables.includes(name)) continue;
      if (conditionEvents !== undefined && !conditionEvents.includes(created ? 'create' : 'update')) continue;
      let sees = false;
      for (let s: ElementInstanceRecord | undefined = wait.scope; s !== undefined; s = s.parent) {
        if (s === changed) sees = true;
      }
      if (sees) ctx.agenda.defer(() => waits.has(wait) && check(wait));
    }
  });

  /**
   * The catch event for an error or escalation thrown at `source`: at each scope from the inside out, the event
   * sub-processes of that scope, then the boundary events of the element; an exact code wins over a catch-all.
   */
  const findCatch = (
    source: ElementInstanceRecord,
    kind: CatchKind,
    code: string,
  ): { at: ElementInstanceRecord; node: FlowNodeModel } | undefined => {
    const codeOf = (n: FlowNodeModel) => (kind === 'error' ? n.errorCode : n.escalationCode);
    const pick = (candidates: readonly FlowNodeModel[], scope: ElementInstanceRecord) => {
      let catchAll: FlowNodeModel | undefined;
      for (const n of candidates) {
        const c = codeOf(n);
        if (c === undefined) catchAll ??= n;
        else if (ctx.evaluateString(c, scope, `${kind} code`) === code) return n;
      }
      return catchAll;
    };
    for (let cur: ElementInstanceRecord | undefined = source; cur !== undefined; cur = outward(cur)) {
      if (cur.state !== 'ACTIVE') continue;
      const isScope = cur.node === undefined || cur.node.behavior === 'subProcess';
      if (isScope && cur.interrupted !== true) {
        const starts = eventSubProcessesOf(cur)
          .map((esp) => esp.startEvent)
          .filter((s): s is FlowNodeModel => s !== undefined && s.eventKind === kind);
        const start = pick(starts, cur);
        if (start !== undefined) return { at: cur, node: start };
      }
      if (cur.node !== undefined) {
        const boundary = pick(
          cur.node.boundaries.filter((b) => b.eventKind === kind),
          cur,
        );
        if (boundary !== undefined) return { at: cur, node: boundary };
      }
    }
    return undefined;
  };

  const catchAt = (at: ElementInstanceRecord, node: FlowNodeModel, vars: JsonObject | undefined) => {
    if (node.behavior === 'boundary') triggers.triggerBoundary(at, node, vars);
    else triggers.triggerEventSubProcess(at, node, vars);
  };

  const triggers: EventTriggers = {
    subscribeMessage(holder, catchNode, scope) {
      const trigger = catchNode.message as NonNullable<FlowNodeModel['message']>;
      const name = ctx.evaluateString(trigger.name, scope, 'message name');
      const correlationKey =
        trigger.correlationKey === undefined
          ? ''
          : ctx.evaluateString(trigger.correlationKey, scope, 'correlation key');
      const sub = messages.open({ messageName: name, correlationKey, elementInstance: holder, catchNode });
      holder.waits.push({ dispose: () => messages.close(sub, 'DELETED') });
      const pi = holder.processInstance;
      const buffered = messages.buffered(pi.tenantId, name, correlationKey, pi.key);
      if (buffered !== undefined) {
        buffered.correlatedTo.add(pi.key);
        messages.recordCorrelation(sub, buffered.key);
        ctx.agenda.defer(() => triggers.correlate(sub, buffered.variables));
      }
    },

    correlate(sub, vars) {
      const holder = sub.elementInstance;
      if (sub.state !== 'CREATED' || holder.state !== 'ACTIVE') return;
      const node = sub.catchNode;
      const repeatable =
        (node.behavior === 'boundary' || isEventSubProcessStart(node)) && !node.cancelActivity;
      if (repeatable) sub.lastUpdatedDate = clock.now();
      else messages.close(sub, 'CORRELATED');
      triggers.fire(holder, node, vars);
    },

    fire(holder, node, vars) {
      if (holder.state !== 'ACTIVE') return;
      if (node.behavior === 'boundary') triggers.triggerBoundary(holder, node, vars);
      else if (isEventSubProcessStart(node)) triggers.triggerEventSubProcess(holder, node, vars);
      else if (holder.node?.behavior === 'eventBasedGateway' && holder.node !== node) {
        // The first event to trigger wins: the gateway completes towards it, the event completes at once.
        const flow = holder.node.outgoing.find((f) => f.target === node);
        const scope = holder.parent as ElementInstanceRecord;
        const target = ctx.newElementInstance(node, scope);
        ctx.complete(holder, undefined, []);
        if (flow !== undefined) ctx.agenda.defer(() => ctx.complete(target, vars));
      } else ctx.complete(holder, vars);
    },

    subscribeSignal(holder, catchNode, scope) {
      const name = ctx.evaluateString(catchNode.signalName as Expression, scope, 'signal name');
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
    },

    triggerSignal(name, vars, tenantId) {
      const set = signalWaits.get(`${tenantId}\u0000${name}`);
      for (const { ei, node } of set === undefined ? [] : [...set]) {
        triggers.fire(ei, node, vars);
      }
      for (const definition of definitions.signalStarts(tenantId, name)) {
        ctx.startInstance(
          definition,
          { variables: {}, tags: [], businessId: null },
          definition.model.signalStarts.get(name),
          vars,
        );
      }
    },

    scheduleTimer(holder, timerNode, fire) {
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
        handle = clock.schedule(at, () => {
          // A suspended instance holds the timer until it is resumed.
          const hold = holder.processInstance.holdTimer;
          if (hold !== undefined) return hold(() => onDue());
          onDue();
        });
        const onDue = () =>
          ctx.agenda.run(() => {
            if (holder.state !== 'ACTIVE') return;
            const next = nextDueAfter(resolved, clock.now());
            const again = remaining !== 0 && !timerNode.cancelActivity;
            if (again) {
              if (remaining > 0) remaining -= 1;
              arm(next);
            }
            fire();
          });
      };
      arm(resolved.dueAtMs);
      holder.waits.push({ dispose: () => handle.cancel() });
    },

    subscribeCondition(holder, catchNode, scope) {
      const wait: ConditionWait = { holder, node: catchNode, scope };
      const key = holder.processInstance.key;
      let waits = conditionWaits.get(key);
      if (waits === undefined) {
        waits = new Set();
        conditionWaits.set(key, waits);
      }
      waits.add(wait);
      holder.waits.push({
        dispose: () => {
          waits.delete(wait);
          if (waits.size === 0) conditionWaits.delete(key);
        },
      });
      if (holds(wait)) ctx.agenda.defer(() => waits.has(wait) && check(wait));
    },

    openBoundaries(activity, node) {
      for (const b of node.boundaries) {
        if (b.eventKind === 'timer')
          triggers.scheduleTimer(activity, b, () => triggers.fire(activity, b, undefined));
        else if (b.eventKind === 'message') triggers.subscribeMessage(activity, b, activity);
        else if (b.eventKind === 'signal') triggers.subscribeSignal(activity, b, activity);
        else if (b.eventKind === 'conditional') triggers.subscribeCondition(activity, b, activity);
      }
    },

    openEventSubProcesses(scope, eventSubProcesses) {
      for (const esp of eventSubProcesses) {
        const start = esp.startEvent;
        if (start === undefined) continue;
        if (start.eventKind === 'timer')
          triggers.scheduleTimer(scope, start, () => triggers.fire(scope, start, undefined));
        else if (start.eventKind === 'message') triggers.subscribeMessage(scope, start, scope);
        else if (start.eventKind === 'signal') triggers.subscribeSignal(scope, start, scope);
        else if (start.eventKind === 'conditional') triggers.subscribeCondition(scope, start, scope);
      }
    },

    triggerEventSubProcess(scope, start, vars) {
      if (scope.state !== 'ACTIVE' || scope.interrupted === true) return;
      const esp = start.scope as FlowNodeModel;
      const startEventSubProcess = () => {
        const instance = ctx.newElementInstance(esp, scope);
        const startInstance = ctx.newElementInstance(start, instance);
        ctx.enterLater(startInstance, vars);
      };
      if (!start.cancelActivity) {
        startEventSubProcess();
        return;
      }
      scope.interrupted = true;
      scope.joinTokens = undefined;
      scope.pendingJoinTokens = 0;
      // The event sub-process starts once everything else in the scope is terminated, which may take a while.
      ctx.terminateAll(scope.children, () => {
        if (scope.state === 'ACTIVE') startEventSubProcess();
      });
    },

    triggerBoundary(activity, boundary, vars) {
      const scope = activity.parent as ElementInstanceRecord;
      const take = () => ctx.enterLater(ctx.newElementInstance(boundary, scope), vars);
      if (!boundary.cancelActivity) {
        take();
        return;
      }
      // The boundary event is taken once the activity is terminated, which its behaviour may hold open; not if its
      // scope has meanwhile been terminated or interrupted.
      ctx.terminate(activity, () => {
        if (scope.state === 'ACTIVE' && scope.interrupted !== true) take();
      });
    },

    throwError(source, code, message, vars, job) {
      const caught = findCatch(source, 'error', code);
      if (caught !== undefined) {
        catchAt(caught.at, caught.node, vars);
        return true;
      }
      ctx.raiseIncident(
        source,
        'UNHANDLED_ERROR_EVENT',
        `Expected to throw an error event with the code '${code}'${message === '' ? '' : ` with message '${message}'`}, but it was not caught. No error events are available in the scope.`,
        job === undefined
          ? () => ctx.enterLater(source)
          : () => {
              ctx.jobs.retry(job);
            },
        job,
      );
      return false;
    },

    throwEscalation(source, code) {
      const caught = findCatch(source, 'escalation', code);
      if (caught === undefined) return false;
      catchAt(caught.at, caught.node, undefined);
      return caught.node.cancelActivity;
    },

    clear() {
      signalWaits.clear();
      conditionWaits.clear();
    },
  };
  return triggers;
}
