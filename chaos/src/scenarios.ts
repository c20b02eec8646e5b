import type { FaultSettings } from './fault-proxy.js';

/** One fault to inject, and where. */
export interface Scenario {
  /** Short name, used for the job type and process id too. */
  readonly name: string;
  /** What is done, for the report. */
  readonly description: string;
  /** Which proxy the fault applies to: the REST API's or the token endpoint's. */
  readonly target: 'api' | 'token';
  /** The faults while active. */
  readonly fault: Partial<FaultSettings>;
  /**
   * How long the fault lasts (full-length milliseconds, scaled in the short run); `undefined` for a fault that
   * lasts the whole run (no recovery time then).
   */
  readonly faultMs: number | undefined;
  /** Which proxy counter shows that the fault happened. */
  readonly evidence: 'resets' | 'refusedWindows' | 'blackholed' | 'stormed' | 'delayed' | 'lostActivations';
}

/** The scenarios, in the order they run. Latencies are scaled with the run; ratios are not. */
export function scenarios(scale: number): readonly Scenario[] {
  return [
    {
      name: 'resets',
      description: '30 % of connections reset at a random moment (rolled per request), whole run',
      target: 'api',
      fault: { resetRatio: 0.3, resetWithinMs: 200 },
      faultMs: undefined,
      evidence: 'resets',
    },
    {
      name: 'refused',
      description: 'engine unreachable (connections refused) 5 s, then back',
      target: 'api',
      fault: { mode: 'refuse' },
      faultMs: 5_000,
      evidence: 'refusedWindows',
    },
    {
      name: 'blackhole',
      description: 'black hole 5 s: connections accepted, nothing answered',
      target: 'api',
      fault: { mode: 'blackhole' },
      faultMs: 5_000,
      evidence: 'blackholed',
    },
    {
      name: 'storm503',
      description: '10 s of 503 RESOURCE_EXHAUSTED on every request',
      target: 'api',
      fault: { mode: 'storm503' },
      faultMs: 10_000,
      evidence: 'stormed',
    },
    {
      name: 'latency',
      description: '2 s latency spikes on 10 % of responses, whole run',
      target: 'api',
      fault: { latencyRatio: 0.1, latencyMs: Math.round(2_000 * scale) },
      faultMs: undefined,
      evidence: 'delayed',
    },
    {
      name: 'oauth-down',
      description: 'OAuth endpoint down 10 s while tokens expire',
      target: 'token',
      fault: { mode: 'refuse' },
      faultMs: 10_000,
      evidence: 'refusedWindows',
    },
    {
      name: 'lost-activations',
      description: '30 % of activation responses lost in transit (jobs activated, worker never heard)',
      target: 'api',
      fault: { lostActivationRatio: 0.3 },
      faultMs: undefined,
      evidence: 'lostActivations',
    },
  ];
}
