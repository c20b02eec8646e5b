import type { FlowNodeModel } from '../bpmn/process-model.js';
import { resolveTimer } from '../bpmn/timer-definition.js';
import { type Expression, ExpressionError } from '../feel/expression.js';
import type { EventTriggers, ExecutionContext } from './execution-context.js';
import type { ElementInstanceRecord } from './records.js';
import { StepFailure } from './step-failure.js';

const isErrorBoundary = (node: FlowNodeModel) =>
  node.behavior === 'boundary' &&
  node.timer === undefined &&
  node.message === undefined &&
  node.signalName === undefined;

/** Creates the message, signal, timer and error triggers over the lifecycle in `ctx`. */
export function createEventTriggers(ctx: ExecutionContext): EventTriggers {
  const { clock, messages, variables, definitions } = ctx;
  // Signal subscriptions: tenant + name → waiting element (or activity, for boundaries) and catching node.
  const signalWaits = new Map<string, Set<{ ei: ElementInstanceRecord; node: FlowNodeModel }>>();

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
        ctx.agenda.defer(() => triggers.correlate(sub, buffered.variables));
      }
    },

    correlate(sub, vars) {
      const holder = sub.elementInstance;
      if (sub.state !== 'CREATED' || holder.state !== 'ACTIVE') return;
      const node = sub.catchNode;
      if (node.behavior === 'boundary') {
        if (node.cancelActivity) messages.close(sub, 'CORRELATED');
        else sub.lastUpdatedDate = clock.now();
        triggers.triggerBoundary(holder, node, vars);
        return;
      }
      messages.close(sub, 'CORRELATED');
      ctx.complete(holder, vars);
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
        if (ei.state !== 'ACTIVE') continue;
        if (node.behavior === 'boundary') triggers.triggerBoundary(ei, node, vars);
        else ctx.complete(ei, vars);
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
        handle = clock.schedule(at, () =>
          ctx.agenda.run(() => {
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
    },

    openBoundaries(activity, node) {
      for (const b of node.boundaries) {
        if (b.timer !== undefined)
          triggers.scheduleTimer(activity, b, () => triggers.triggerBoundary(activity, b, undefined));
        else if (b.message !== undefined) triggers.subscribeMessage(activity, b, activity);
        else if (b.signalName !== undefined) triggers.subscribeSignal(activity, b, activity);
      }
    },

    triggerBoundary(activity, boundary, vars) {
      const scope = activity.parent as ElementInstanceRecord;
      const ei = ctx.newElementInstance(boundary, scope);
      if (boundary.cancelActivity) ctx.terminate(activity);
      ctx.enterLater(ei, vars);
    },

    throwError(source, code, message, vars, job) {
      for (let cur: ElementInstanceRecord | undefined = source; cur?.node !== undefined; cur = cur.parent) {
        const candidates = cur.node.boundaries.filter(isErrorBoundary);
        let catchAll: FlowNodeModel | undefined;
        let exact: FlowNodeModel | undefined;
        for (const b of candidates) {
          if (b.errorCode === undefined) catchAll ??= b;
          else if (exact === undefined && ctx.evaluateString(b.errorCode, cur, 'error code') === code)
            exact = b;
        }
        const catcher = exact ?? catchAll;
        if (catcher !== undefined) {
          triggers.triggerBoundary(cur, catcher, vars);
          return true;
        }
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

    clear() {
      signalWaits.clear();
    },
  };
  return triggers;
}
