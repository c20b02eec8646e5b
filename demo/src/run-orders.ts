import { setMaxListeners } from 'node:events';
import { type CamundaClient, isAbortError, ProcessDefinitionId } from '@camunda-ts/client';
import type { Order } from './orders.js';

/** The BPMN process id of `bpmn/order-fulfilment.bpmn`. */
export const PROCESS_ID = ProcessDefinitionId.of('order-fulfilment');

/** How the instances went, so far or in the end. */
export interface OrderRunState {
  readonly started: number;
  readonly completed: number;
  readonly fulfilled: number;
  readonly cancelled: number;
  /** Instances whose creation or completion wait failed (timeouts included, aborts not). */
  readonly failed: number;
  /** End-to-end latencies (create → completed) of the completed instances, in completion order. */
  readonly latenciesMs: readonly number[];
  /** The first failure, for the summary. */
  readonly firstError: unknown;
}

/** Options of {@link runOrders}. */
export interface RunOrdersOptions {
  readonly client: CamundaClient;
  readonly orders: readonly Order[];
  /** Instances in flight at once. */
  readonly concurrency: number;
  /** When the whole run must be over (on the `performance.now()` clock). */
  readonly deadline: number;
  /** Aborted: start no new instance. */
  readonly stopStarting: AbortSignal;
  /** Aborted: stop waiting for the instances in flight. */
  readonly abandon: AbortSignal;
}

/**
 * Creates one instance per order with `awaitCompletion`, keeping `concurrency` in flight, and records each
 * instance's end-to-end latency. The returned state object is updated live; the promise resolves when every lane
 * has finished.
 */
export function runOrders(options: RunOrdersOptions): { state: OrderRunState; done: Promise<void> } {
  const { client, orders, concurrency, deadline, stopStarting, abandon } = options;
  const latencies: number[] = [];
  const state = {
    started: 0,
    completed: 0,
    fulfilled: 0,
    cancelled: 0,
    failed: 0,
    latenciesMs: latencies,
    firstError: undefined as unknown,
  };
  let next = 0;
  // Every call in flight listens on the same signal.
  setMaxListeners(concurrency + 16, abandon);

  const lane = async (): Promise<void> => {
    while (next < orders.length && !stopStarting.aborted && !abandon.aborted) {
      const order = orders[next++] as Order;
      const remainingMs = Math.floor(deadline - performance.now());
      if (remainingMs <= 0) break;
      const startedAt = performance.now();
      state.started++;
      try {
        const result = await client.createProcessInstance(
          {
            processDefinitionId: PROCESS_ID,
            variables: { ...order },
            awaitCompletion: true,
            // The engine answers when the instance completes, or with 504 when this runs out.
            requestTimeout: remainingMs,
            fetchVariables: ['orderStatus'],
          },
          { signal: abandon, timeoutMs: remainingMs + 5_000 },
        );
        latencies.push(performance.now() - startedAt);
        state.completed++;
        if ((result.variables as { orderStatus?: unknown }).orderStatus === 'cancelled') state.cancelled++;
        else state.fulfilled++;
      } catch (error) {
        if (abandon.aborted && isAbortError(error)) return;
        state.failed++;
        state.firstError ??= error;
      }
    }
  };

  const done = Promise.all(Array.from({ length: Math.min(concurrency, orders.length) }, lane)).then(() => {});
  return { state, done };
}
