import type { ElementBehavior } from '../element-behavior.js';

/**
 * Elements with nothing to wait for: none start and end events, none throw events, tasks and manual tasks,
 * boundary events once triggered. They complete on activation and pass the token on.
 */
export const passThroughBehavior: ElementBehavior = {
  onActivate(ctx, ei, eventVariables) {
    ctx.complete(ei, eventVariables);
  },
};
