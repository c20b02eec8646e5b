import type { FlowNodeModel, SequenceFlowModel } from '../../bpmn/process-model.js';
import type { ElementBehavior } from '../element-behavior.js';
import type { ExecutionContext } from '../execution-context.js';
import type { ElementInstanceRecord } from '../records.js';
import { StepFailure } from '../step-failure.js';

/** Whether a token at `from` can still reach `flow` without passing through `gateway`. */
const canReach = (from: FlowNodeModel, flow: SequenceFlowModel, gateway: FlowNodeModel): boolean => {
  const seen = new Set<FlowNodeModel>();
  const queue: FlowNodeModel[] = [from];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    if (seen.has(node)) continue;
    seen.add(node);
    if (node === flow.source) return true;
    if (node === gateway) continue;
    for (const out of node.outgoing) queue.push(out.target);
    for (const b of node.boundaries) queue.push(b);
    if (node.linkTarget !== undefined) queue.push(node.linkTarget);
  }
  return false;
};

const tokensAt = (scope: ElementInstanceRecord, gateway: FlowNodeModel) => {
  if (scope.joinTokens === undefined) scope.joinTokens = new Map();
  let tokens = scope.joinTokens.get(gateway.id);
  if (tokens === undefined) {
    tokens = new Map();
    scope.joinTokens.set(gateway.id, tokens);
  }
  return tokens;
};

/**
 * The join fires once every incoming flow either holds a token or can no longer get one: no active element of
 * the scope, and no token waiting at another join, can reach it.
 */
const tryJoin = (ctx: ExecutionContext, gateway: FlowNodeModel, scope: ElementInstanceRecord): void => {
  const tokens = scope.joinTokens?.get(gateway.id);
  if (tokens === undefined || tokens.size === 0) return;
  const positions: FlowNodeModel[] = [];
  for (const child of scope.children) if (child.node !== undefined) positions.push(child.node);
  const model = scope.processInstance.definition.model;
  for (const [id, waiting] of scope.joinTokens ?? []) {
    const other = model.nodes.get(id);
    if (other !== undefined && other !== gateway && waiting.size > 0) positions.push(other);
  }
  for (const flow of gateway.incoming) {
    if ((tokens.get(flow.id) ?? 0) > 0) continue;
    if (positions.some((p) => canReach(p, flow, gateway))) return;
  }
  for (const flow of gateway.incoming) {
    const n = tokens.get(flow.id) ?? 0;
    if (n === 0) continue;
    scope.pendingJoinTokens -= 1;
    if (n === 1) tokens.delete(flow.id);
    else tokens.set(flow.id, n - 1);
  }
  ctx.activate(gateway, scope);
};

/**
 * An inclusive gateway forks to every outgoing flow whose condition is true (the default flow when none is),
 * and joins the tokens that arrive, waiting only for those that can still arrive.
 */
export const inclusiveGatewayBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const node = ei.node as FlowNodeModel;
    if (node.outgoing.length <= 1 && node.outgoing.every((f) => f.condition === undefined)) {
      ctx.complete(ei);
      return;
    }
    const taken = node.outgoing.filter(
      (flow) =>
        flow !== node.defaultFlow &&
        flow.condition !== undefined &&
        ctx.evaluateCondition(flow.condition, ei),
    );
    if (taken.length === 0 && node.defaultFlow !== undefined) taken.push(node.defaultFlow);
    if (taken.length === 0) {
      throw new StepFailure(
        'CONDITION_ERROR',
        `Expected at least one condition to evaluate to true, or to have a default flow (gateway '${node.id}')`,
      );
    }
    ctx.complete(ei, undefined, taken);
  },

  onTokenArrived(ctx, flow, scope) {
    const gateway = flow.target;
    if (gateway.incoming.length <= 1) return true;
    const tokens = tokensAt(scope, gateway);
    tokens.set(flow.id, (tokens.get(flow.id) ?? 0) + 1);
    scope.pendingJoinTokens += 1;
    // Decided once the rest of this step's tokens have moved.
    ctx.agenda.defer(() => tryJoin(ctx, gateway, scope));
    return false;
  },

  onScopeSettled(ctx, gateway, scope) {
    tryJoin(ctx, gateway, scope);
  },
};
