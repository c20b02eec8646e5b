import type { ProblemDetail } from './problem-detail.js';

/**
 * True when an answer says the cluster is overloaded: 429, or 503/500 whose problem detail names
 * `RESOURCE_EXHAUSTED` (the engine's backpressure rejection). These feed the gate.
 */
export function isOverloadSignal(status: number, problem: ProblemDetail | undefined): boolean {
  if (status === 429) return true;
  if ((status !== 503 && status !== 500) || problem === undefined) return false;
  return mentionsResourceExhausted(problem.title) || mentionsResourceExhausted(problem.detail);
}

function mentionsResourceExhausted(text: string | undefined): boolean {
  return text?.includes('RESOURCE_EXHAUSTED') === true;
}
