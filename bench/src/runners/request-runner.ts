/**
 * Child process: one request-suite contender. `setup` builds its client against the stub; `measure` runs a
 * warm-up, then a timed closed-loop load, and returns the figures. Runs as plain Node with `--expose-gc`.
 */
import { serveParent } from '../child/serve-parent.js';
import { createRequestSubject, type RequestContenderId, type RequestSubject } from './request-subjects.js';
import type { LoadResult } from './run-load.js';
import { runLoad } from './run-load.js';
import { variablesPayload } from './variables-payload.js';

/** Result of `setup`: ready, or why this contender cannot run. */
export type SetupResult = { readonly ready: true } | { readonly ready: false; readonly reason: string };

/** One measurement request. */
export interface MeasureParams {
  readonly operation: 'getTopology' | 'createProcessInstance';
  readonly concurrency: number;
  readonly warmupMs: number;
  readonly durationMs: number;
}

let subject: RequestSubject | undefined;
let variables: Record<string, unknown> = {};

const api = {
  async setup(p: {
    contender: RequestContenderId;
    baseUrl: string;
    payloadBytes: number;
  }): Promise<SetupResult> {
    variables = variablesPayload(p.payloadBytes);
    const created = await createRequestSubject(p.contender, p.baseUrl);
    if (!created.ok) return { ready: false, reason: created.reason };
    subject = created.module;
    // One call of each kind proves the contender talks to the stub before anything is timed.
    try {
      await subject.getTopology();
      await subject.createProcessInstance(variables);
    } catch (error) {
      return {
        ready: false,
        reason: `first call failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    return { ready: true };
  },
  async measure(p: MeasureParams): Promise<LoadResult> {
    const s = subject;
    if (s === undefined) throw new Error('measure before a successful setup');
    const call =
      p.operation === 'getTopology' ? () => s.getTopology() : () => s.createProcessInstance(variables);
    await runLoad(call, p.concurrency, p.warmupMs);
    (globalThis as { gc?: () => void }).gc?.();
    return runLoad(call, p.concurrency, p.durationMs);
  },
};

/** The methods this child serves. */
export type RequestRunnerApi = typeof api;

serveParent(api, async () => {
  await subject?.close();
});
