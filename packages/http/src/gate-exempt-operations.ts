/**
 * Operations that never wait for a gate permit: they finish work the cluster already holds (and so relieve it),
 * and holding them back would leave activated jobs and tasks to time out. Their overload answers are still
 * reported to the gate.
 */
export const GATE_EXEMPT_OPERATIONS: ReadonlySet<string> = new Set([
  'completeJob',
  'failJob',
  'throwJobError',
  'completeUserTask',
]);
