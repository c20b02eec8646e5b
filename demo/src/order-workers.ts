import type { CamundaClient } from '@camunda-ts/client';
import {
  createJobWorker,
  type ExecutionStrategyName,
  JobError,
  type JobWorker,
  type JobWorkerStats,
} from '@camunda-ts/worker';
import { DECLINED_CARD, type Order } from './orders.js';

/** The job types of `order-fulfilment.bpmn`, in the order an instance meets them. */
export const JOB_TYPES = ['payment', 'review', 'shipping', 'invoicing', 'cancel-order'] as const;

/** A job type of the demo process. */
export type JobType = (typeof JOB_TYPES)[number];

/** One worker's figures for the summary. */
export interface JobTypeReport {
  readonly type: JobType;
  readonly strategy: ExecutionStrategyName;
  readonly stats: JobWorkerStats;
}

/** One running worker per job type. */
export interface OrderWorkers {
  readonly workers: ReadonlyMap<JobType, JobWorker>;
  /** Each worker's strategy and counters, in {@link JOB_TYPES} order. */
  report(): JobTypeReport[];
  /** Messages the payment handler published. */
  messagesPublished(): number;
  /** Stops every worker, letting running handlers finish. */
  stop(graceMs?: number): Promise<void>;
}

/** Where the compiled `thread` handler lives (see scripts/build-packages.mjs). */
export const INVOICE_HANDLER = new URL('../dist/handlers/invoice-handler.js', import.meta.url);

/**
 * Starts the demo's workers. Each handler is deterministic: the declined card raises `PAYMENT_DECLINED`, and
 * every 25th order's first shipping attempt fails (a carrier timeout) so that retries show up in the summary.
 */
export function startOrderWorkers(
  client: CamundaClient,
  options: { readonly invoiceHandler?: URL } = {},
): OrderWorkers {
  let published = 0;
  const common = { maxConcurrentJobs: 32, pollTimeoutMs: 10_000, workerName: 'camunda-ts-demo' } as const;

  const payment = createJobWorker(client, {
    ...common,
    jobType: 'payment',
    fetchVariables: ['orderId', 'amount', 'card'],
    handler: async (job) => {
      const order = job.variables as unknown as Order;
      if (order.card.last4 === DECLINED_CARD) {
        throw new JobError({
          errorCode: 'PAYMENT_DECLINED',
          errorMessage: `Card ending ${order.card.last4} was declined`,
          variables: { declineReason: 'insufficient funds' },
        });
      }
      const paymentId = `pay-${order.orderId}`;
      // The provider confirms asynchronously. The message's time to live buffers it until the instance waits for
      // it, which it does once this job completes.
      await job.client.publishMessage({
        name: 'payment-confirmed',
        correlationKey: order.orderId,
        timeToLive: 60_000,
        variables: { paymentConfirmed: true },
      });
      published++;
      return { paymentId };
    },
  });

  const review = createJobWorker(client, {
    ...common,
    jobType: 'review',
    fetchVariables: ['amount'],
    handler: () => ({ reviewedBy: 'risk-desk', approved: true }),
  });

  const shipping = createJobWorker(client, {
    ...common,
    jobType: 'shipping',
    fetchVariables: ['orderId'],
    handler: (job) => {
      const orderId = job.variables.orderId as string;
      const sequence = Number(orderId.slice(orderId.lastIndexOf('-') + 1));
      if (sequence % 25 === 0 && job.retries === 3) {
        // An explicit failure: retries − 1, and the engine hands the job out again at once.
        return job.fail({ errorMessage: 'Carrier API timed out', retryBackOffMs: 0 });
      }
      return { orderStatus: 'shipped', trackingId: `TRK-${orderId}` };
    },
  });

  const invoicing = createJobWorker(client, {
    ...common,
    jobType: 'invoicing',
    executionStrategy: 'thread',
    // One thread per core is plenty for CPU work; the pool grows on demand up to this.
    maxConcurrentJobs: 4,
    fetchVariables: ['orderId', 'customer', 'amount'],
    handler: { module: options.invoiceHandler ?? INVOICE_HANDLER },
  });

  const cancel = createJobWorker(client, {
    ...common,
    jobType: 'cancel-order',
    fetchVariables: ['orderId'],
    handler: () => ({ orderStatus: 'cancelled' }),
  });

  const workers = new Map<JobType, JobWorker>([
    ['payment', payment],
    ['review', review],
    ['shipping', shipping],
    ['invoicing', invoicing],
    ['cancel-order', cancel],
  ]);
  return {
    workers,
    report: () =>
      JOB_TYPES.map((type) => {
        const worker = workers.get(type) as JobWorker;
        return { type, strategy: worker.options.executionStrategy, stats: worker.stats() };
      }),
    messagesPublished: () => published,
    stop: async (graceMs) => {
      await Promise.all([...workers.values()].map((w) => w.stop(graceMs === undefined ? {} : { graceMs })));
    },
  };
}
