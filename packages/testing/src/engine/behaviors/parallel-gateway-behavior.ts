import type { ElementBehavior } from '../element-behavior.js';

/**
 * A parallel gateway forks to every outgoing flow; as a join it holds arriving tokens in its flow scope until
 * one has arrived on each incoming flow.
 */
export const parallelGatewayBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    ctx.complete(ei);
  },
  onTokenArrived(_ctx, flow, scope) {
    const target = flow.target;
    if (target.incoming.length <= 1) return true;
    if (scope.joinTokens === undefined) scope.joinTokens = new Map();
    let tokens = scope.joinTokens.get(target.id);
    if (tokens === undefined) {
      tokens = new Map();
      scope.joinTokens.set(target.id, tokens);
    }
    tokens.set(flow.id, (tokens.get(flow.id) ?? 0) + 1);
    scope.pendingJoinTokens += 1;
    if (!target.incoming.every((f) => (tokens.get(f.id) ?? 0) > 0)) return false;
    for (const f of target.incoming) {
      const n = (tokens.get(f.id) ?? 0) - 1;
      if (n === 0) tokens.delete(f.id);
      else tokens.set(f.id, n);
    }
    scope.pendingJoinTokens -= target.incoming.length;
    return true;
  },
};
