import type { FlowNodeModel, SequenceFlowModel } from '../../bpmn/process-model.js';
import type { ElementBehavior } from '../element-behavior.js';
import type { ExecutionContext } from '../execution-context.js';
import type { ElementInstanceRecord } from '../records.js';
import { StepFailure } from '../step-failure.js';

const chooseFlow = (
  ctx: ExecutionContext,
  ei: ElementInstanceRecord,
  node: FlowNodeModel,
): SequenceFlowModel => {
  const only = node.outgoing.length === 1 ? node.outgoing[0] : undefined;
  if (only !== undefined && only.condition === undefined) return only;
  for (const flow of node.outgoing) {
    if (flow === node.defaultFlow || flow.condition === undefined) continue;
    if (ctx.evaluateCondition(flow.condition, ei)) return flow;
  }
  if (node.defaultFlow !== undefined) return node.defaultFlow;
  throw new StepFailure(
    'CONDITION_ERROR',
    `Expected at least one condition to evaluate to true, or to have a default flow (gateway '${node.id}')`,
  );
};

/** An exclusive gateway takes the first outgoing flow whose condition is true, else its default flow. */
export const exclusiveGatewayBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const node = ei.node;
    if (node === undefined) return;
    ctx.complete(ei, undefined, node.outgoing.length === 0 ? [] : [chooseFlow(ctx, ei, node)]);
  },
};
