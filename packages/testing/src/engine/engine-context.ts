import type { DecisionInstanceStore } from '../dmn/decision-instance-store.js';
import type { DecisionRegistry } from '../dmn/decision-registry.js';
import type { SchedulingClock } from '../engine-clock.js';
import type { RequestTimers } from '../http/request-timers.js';
import type { KeyGenerator } from '../key-generator.js';
import type { BatchOperationStore } from './batch-operation-store.js';
import type { DefinitionRegistry } from './definition-registry.js';
import type { JobStore } from './job-store.js';
import type { MessageStore } from './message-store.js';
import type { ProcessExecutor } from './process-executor.js';
import type { ResourceStore } from './resource-store.js';
import type { VariableStore } from './variable-store.js';

/** The engine's state and services, as the request handlers use them. */
export interface EngineContext {
  readonly clock: SchedulingClock;
  readonly keys: KeyGenerator;
  readonly definitions: DefinitionRegistry;
  readonly variables: VariableStore;
  readonly jobs: JobStore;
  readonly messages: MessageStore;
  readonly executor: ProcessExecutor;
  /** Deployed DRGs and decisions (`evaluateDecision` in `src/dmn/` evaluates them). */
  readonly decisions: DecisionRegistry;
  /** Recorded decision evaluations. */
  readonly decisionInstances: DecisionInstanceStore;
  /** Deployed generic resources (RPA scripts). */
  readonly resources: ResourceStore;
  /** Batch operations and their items. */
  readonly batchOperations: BatchOperationStore;
  /** Wall-time limits of gateway-side waits (long polls, `awaitCompletion`); the engine clock does not move them. */
  readonly requestTimers: RequestTimers;
  /** The broker's maximum message size: the bytes of jobs one activation may hold. */
  readonly maxMessageSizeBytes: number;
  /** Long-poll timeout (wall time) when `activateJobs` sends `requestTimeout: 0` or none. */
  readonly defaultLongPollMs: number;
  /** Wait limit (wall time) of `awaitCompletion` when `requestTimeout` is 0 or absent. */
  readonly defaultRequestTimeoutMs: number;
  /** Version reported by the topology. */
  readonly version: string;
  /** The port the server listens on (known once it is up). */
  readonly port: () => number;
}
