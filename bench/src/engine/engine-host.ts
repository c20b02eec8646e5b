/**
 * Child process: the `@camunda-ts/testing` in-memory engine on 127.0.0.1, in its own process so that it never
 * shares an event loop with the clients under test.
 */
import { serveParent } from '../child/serve-parent.js';
import { loadPackage } from '../runners/load-package.js';

/** The part of `@camunda-ts/testing` the bench drives. */
interface TestingModule {
  startTestEngine(options?: Record<string, unknown>): Promise<TestEngine>;
}

/** Counters the engine keeps (see `EngineStats` in @camunda-ts/testing). */
export interface EngineCounters {
  readonly requests: number;
  readonly byOperation: Readonly<Record<string, number>>;
  readonly faults: { readonly resets: number; readonly refused: number; readonly delayed: number };
}

interface TestEngine {
  readonly restAddress: string;
  stop(): Promise<void>;
  reset(): void;
  stats(): EngineCounters;
  setFaults(faults: Record<string, unknown> | undefined): void;
  deploy(resources: Readonly<Record<string, string>>): Promise<unknown>;
}

/** Result of `start`. */
export type EngineStartResult =
  | { readonly ready: true; readonly restAddress: string }
  | { readonly ready: false; readonly reason: string };

let engine: TestEngine | undefined;

const current = (): TestEngine => {
  if (engine === undefined) throw new Error('the engine is not started');
  return engine;
};

const api = {
  async start(p: { options: Record<string, unknown> }): Promise<EngineStartResult> {
    const loaded = await loadPackage<TestingModule>('@camunda-ts/testing', ['startTestEngine']);
    if (!loaded.ok) return { ready: false, reason: loaded.reason };
    try {
      engine = await loaded.module.startTestEngine({ host: '127.0.0.1', port: 0, ...p.options });
    } catch (error) {
      return {
        ready: false,
        reason: `startTestEngine failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    return { ready: true, restAddress: engine.restAddress };
  },
  /** Forgets everything, then deploys the given resources (name → content). */
  async prepare(p: { resources: Record<string, string> }): Promise<null> {
    const e = current();
    e.reset();
    await e.deploy(p.resources);
    return null;
  },
  setFaults(p: { faults: Record<string, unknown> | null }): null {
    current().setFaults(p.faults ?? undefined);
    return null;
  },
  stats(_p?: Record<string, never>): EngineCounters {
    const s = current().stats();
    return { requests: s.requests, byOperation: { ...s.byOperation }, faults: { ...s.faults } };
  },
};

/** The methods this child serves. */
export type EngineHostApi = typeof api;

serveParent(api, async () => {
  await engine?.stop();
});
