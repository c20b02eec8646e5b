import { type CamundaClient, createCamundaClient } from '@camunda-ts/client';
import { startTestEngine } from '@camunda-ts/testing';
import { ProcessTestError } from './process-test-error.js';
import type { ProcessTestOptions, ProcessTestRuntime } from './process-test-options.js';

/** A connected runtime: the client, and how to move its clock. */
export interface RuntimeConnection {
  readonly runtime: ProcessTestRuntime;
  readonly client: CamundaClient;
  /** Moves the engine clock forward by `ms`. */
  increaseTime(ms: number): Promise<void>;
  /** Sets the engine clock to `epochMs`. */
  setTime(epochMs: number): Promise<void>;
  /** Closes the client, and stops the engine (in-memory) or gives the cluster its clock back (remote). */
  close(): Promise<void>;
}

/** Starts the in-memory engine, or connects to the configured cluster. */
export async function connectRuntime(options: ProcessTestOptions): Promise<RuntimeConnection> {
  const runtime = options.runtime ?? 'in-memory';
  if (runtime === 'in-memory') return startInMemory(options);
  if (runtime === 'remote') return connectRemote(options);
  throw new ProcessTestError(`runtime must be 'in-memory' or 'remote', got ${JSON.stringify(runtime)}`, {
    code: 'INVALID_OPTIONS',
  });
}

async function startInMemory(options: ProcessTestOptions): Promise<RuntimeConnection> {
  const engine = await startTestEngine({
    clock: 'manual',
    ...(options.startTime === undefined ? {} : { startTime: options.startTime }),
  });
  const client = createCamundaClient({
    env: {},
    config: { CAMUNDA_REST_ADDRESS: engine.restAddress, CAMUNDA_SDK_LOG_LEVEL: 'error' },
  });
  return {
    runtime: 'in-memory',
    client,
    increaseTime: async (ms) => engine.clock.advance(ms),
    setTime: async (epochMs) => engine.clock.set(epochMs),
    close: async () => {
      await client.close();
      await engine.stop();
    },
  };
}

async function connectRemote(options: ProcessTestOptions): Promise<RuntimeConnection> {
  const client = createCamundaClient({
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.config === undefined ? {} : { config: options.config }),
  });
  // The cluster's clock cannot be read; the first move starts from the local time.
  let pinnedAt: number | undefined;
  const pin = async (epochMs: number) => {
    await client.pinClock({ timestamp: epochMs });
    pinnedAt = epochMs;
  };
  return {
    runtime: 'remote',
    client,
    increaseTime: (ms) => pin((pinnedAt ?? Date.now()) + ms),
    setTime: pin,
    close: async () => {
      try {
        if (pinnedAt !== undefined) await client.resetClock();
      } finally {
        await client.close();
      }
    },
  };
}
