/**
 * Operations that drain work from the engine (finishing jobs and user tasks). They are never gated and never
 * wait: holding them back under overload would keep the engine's backlog from shrinking.
 */
export const DEFAULT_EXEMPT_OPERATIONS: readonly string[] = Object.freeze([
  'completeJob',
  'failJob',
  'throwJobError',
  'completeUserTask',
]);

/**
 * Long-poll operations: they run in their own lane and never hold a permit other calls need, but still wait
 * out an escalating backoff after they are themselves rejected.
 */
export const DEFAULT_LONG_POLL_OPERATIONS: readonly string[] = Object.freeze(['activateJobs']);
