import type { MultiInstanceModel } from '../../bpmn/process-model.js';
import type { JsonValue } from '../../feel/json-value.js';
import type { ElementBehavior } from '../element-behavior.js';
import type { ExecutionContext } from '../execution-context.js';
import type { ElementInstanceRecord } from '../records.js';
import { StepFailure } from '../step-failure.js';

const characteristics = (body: ElementInstanceRecord) => body.node?.multiInstance as MultiInstanceModel;

/** A plain variable name or path as the output element (`=result`, `=result.total`): its root variable. */
const outputVariableName = (mi: MultiInstanceModel): string | undefined => {
  const text = mi.outputElement?.text.trim();
  const match =
    text === undefined ? null : /^=\s*([A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z_][A-Za-z0-9_]*)*\s*$/.exec(text);
  return match?.[1];
};

const createInner = (
  ctx: ExecutionContext,
  body: ElementInstanceRecord,
  collection: readonly JsonValue[],
) => {
  const mi = characteristics(body);
  const loop = body.loop as NonNullable<ElementInstanceRecord['loop']>;
  loop.created += 1;
  const loopCounter = loop.created;
  const inner = ctx.newElementInstance(mi.inner, body);
  inner.loopCounter = loopCounter;
  if (mi.inputElement !== undefined)
    ctx.variables.setLocal(inner, mi.inputElement, collection[loopCounter - 1] ?? null);
  // A plain output variable starts as a local null, so parallel instances never overwrite each other's output.
  const output = outputVariableName(mi);
  if (output !== undefined && output !== mi.inputElement && output !== 'loopCounter')
    ctx.variables.setLocal(inner, output, null);
  ctx.variables.setLocal(inner, 'loopCounter', loopCounter);
  ctx.enterLater(inner);
};

/**
 * A multi-instance body (Zeebe's MULTI_INSTANCE_BODY): evaluates the input collection, runs one inner instance
 * per item (all at once, or one after another when sequential), collects each instance's output element into
 * the output collection in order, and completes when every instance has, or as soon as the completion
 * condition holds (the remaining instances are terminated).
 */
export const multiInstanceBodyBehavior: ElementBehavior = {
  onActivate(ctx, body) {
    const mi = characteristics(body);
    const collection = ctx.evaluateArray(mi.inputCollection, body);
    body.loop = { created: 0, completed: 0, terminated: 0, size: collection.length };
    if (mi.outputCollection !== undefined)
      ctx.variables.setLocal(
        body,
        mi.outputCollection,
        collection.map(() => null),
      );
    if (collection.length === 0) {
      ctx.complete(body);
      return;
    }
    if (mi.isSequential) createInner(ctx, body, collection);
    else for (let i = 0; i < collection.length; i++) createInner(ctx, body, collection);
  },

  onCompleting(ctx, body) {
    const mi = characteristics(body);
    if (mi.outputCollection === undefined) return;
    const value = ctx.variables.local(body.key)?.get(mi.outputCollection)?.value ?? [];
    ctx.variables.propagate(body.parent as ElementInstanceRecord, { [mi.outputCollection]: value });
  },

  onChildCompleting(ctx, body, child) {
    const mi = characteristics(body);
    const loop = body.loop as NonNullable<ElementInstanceRecord['loop']>;
    const index = (child.loopCounter ?? 1) - 1;
    if (mi.outputCollection !== undefined && mi.outputElement !== undefined) {
      const value = ctx.evaluate(mi.outputElement, child, 'output element');
      const current = ctx.variables.local(body.key)?.get(mi.outputCollection)?.value;
      if (!Array.isArray(current) || index >= current.length) {
        throw new StepFailure(
          'EXTRACT_VALUE_ERROR',
          `Unable to update an item in list '${mi.outputCollection}': the list was modified while the multi-instance body was active`,
        );
      }
      const updated = [...current];
      updated[index] = value;
      ctx.variables.setLocal(body, mi.outputCollection, updated);
    }
    if (mi.completionCondition === undefined) return false;
    return ctx.evaluateCondition(mi.completionCondition, child, {
      numberOfInstances: loop.created,
      numberOfActiveInstances: body.children.size - 1,
      numberOfCompletedInstances: loop.completed + 1,
      numberOfTerminatedInstances: loop.terminated,
    });
  },

  onChildTerminated(_ctx, body) {
    // Whatever ended the inner instance (the completion condition, the body's own termination because its flow
    // scope was terminated or a boundary event interrupted it, a modification), Zeebe counts it when it is
    // TERMINATED: numberOfTerminatedInstances.
    const loop = body.loop;
    if (loop !== undefined) loop.terminated += 1;
  },

  onChildCompleted(ctx, body, _child, doneEarly) {
    const mi = characteristics(body);
    const loop = body.loop as NonNullable<ElementInstanceRecord['loop']>;
    loop.completed += 1;
    if (doneEarly) {
      // The body completes once the others are terminated, which their behaviours may hold open; each counts
      // as terminated only then (onChildTerminated), as in Zeebe.
      ctx.terminateAll(body.children, () => ctx.checkScope(body));
      return;
    }
    if (mi.isSequential && loop.created < loop.size) {
      const next = () => {
        ctx.guarded(body, () => createInner(ctx, body, ctx.evaluateArray(mi.inputCollection, body)), next);
      };
      next();
    }
  },
};
