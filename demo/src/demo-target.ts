import { type CamundaClient, createCamundaClient, type LoggerLike } from '@camunda-ts/client';
import { startTestEngine, TEST_ENGINE_VERSION } from '@camunda-ts/testing';

/** Where the demo runs: a client connected to it, how to describe it, and how to let go of it. */
export interface DemoTarget {
  readonly client: CamundaClient;
  /** e.g. `the in-memory engine (@camunda-ts/testing, API 8.10.0)`. */
  readonly description: string;
  /** Closes the client, then stops the in-memory engine if the demo started one. */
  close(): Promise<void>;
}

/** SDK settings the demo passes through to its client even on the in-memory engine. */
const SDK_SETTINGS = ['CAMUNDA_SDK_LOG_LEVEL', 'CAMUNDA_SDK_BACKPRESSURE_PROFILE', 'CAMUNDA_SDK_VALIDATION'];

/**
 * Connects to the cluster at `CAMUNDA_REST_ADDRESS` (configured entirely from the environment, credentials
 * included) or, when it is unset, starts the in-memory engine of `@camunda-ts/testing` in this process.
 */
export async function openDemoTarget(
  env: Record<string, string | undefined>,
  logger: LoggerLike,
): Promise<DemoTarget> {
  if (env.CAMUNDA_REST_ADDRESS) {
    const client = createCamundaClient({ env, logger });
    try {
      const topology = await client.getTopology({}, { timeoutMs: 10_000 });
      return {
        client,
        description: `Camunda ${topology.gatewayVersion} at ${client.config.restAddress}`,
        close: () => client.close(),
      };
    } catch (error) {
      await client.close();
      throw error;
    }
  }
  const engine = await startTestEngine();
  // Only SDK tuning comes from the environment: auth settings meant for a real cluster must not leak in.
  const sdkEnv = Object.fromEntries(SDK_SETTINGS.map((name) => [name, env[name]]));
  const client = createCamundaClient({
    env: sdkEnv,
    config: { CAMUNDA_REST_ADDRESS: engine.restAddress },
    logger,
  });
  return {
    client,
    description: `the in-memory engine (@camunda-ts/testing, API ${TEST_ENGINE_VERSION})`,
    close: async () => {
      await client.close();
      await engine.stop();
    },
  };
}
