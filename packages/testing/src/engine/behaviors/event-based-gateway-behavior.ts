import type { ElementBehavior } from '../element-behavior.js';

/**
 * An event-based gateway waits on the events after it (message, timer and signal catch events, receive tasks);
 * the first to trigger wins: the gateway completes towards it and the others are withdrawn.
 */
export const eventBasedGatewayBehavior: ElementBehavior = {
  onActivate(ctx, gateway) {
    for (const flow of gateway.node?.outgoing ?? []) {
      const target = flow.target;
      if (target.eventKind === 'timer')
        ctx.scheduleTimer(gateway, target, () => ctx.fire(gateway, target, undefined));
      else if (target.eventKind === 'message') ctx.subscribeMessage(gateway, target, gateway);
      else if (target.eventKind === 'signal') ctx.subscribeSignal(gateway, target, gateway);
    }
  },
};
