import type { CamundaClient } from '@camunda-ts/client';
import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { JobClient } from '../src/job-client.js';
import type {
  ConnectedJobContext,
  JobActionReceipt,
  JobContext,
  JobCustomHeaders,
  JobVariables,
} from '../src/job-context.js';
import { processJobHandler, type RemoteClient, threadJobHandler } from '../src/job-handler.js';
import { createJobWorker } from '../src/job-worker.js';

interface MyClient extends JobClient {
  getTopology(input: Record<string, never>): Promise<{ brokers: number }>;
  readonly version: string;
}
declare const client: MyClient;

describe('the client contract', () => {
  it('the real client satisfies JobClient, and handlers see it as itself', () => {
    expectTypeOf<CamundaClient>().toExtend<JobClient>();
    const real = {} as CamundaClient;
    createJobWorker(real, {
      jobType: 'x',
      handler: async (job) => {
        expectTypeOf(job.client).toEqualTypeOf<CamundaClient>();
        // Keys from the job flow into client calls without conversion.
        await job.client.updateJob({ jobKey: job.jobKey, changeset: { retries: 1 } });
      },
    });
  });
});

describe('ConnectedJobContext vs JobContext', () => {
  it('an async handler receives a ConnectedJobContext carrying the exact client type', () => {
    createJobWorker(client, {
      jobType: 'x',
      handler: async (job) => {
        expectTypeOf(job).toEqualTypeOf<
          ConnectedJobContext<JobVariables, JobVariables, JobCustomHeaders, MyClient>
        >();
        expectTypeOf(job.client).toEqualTypeOf<MyClient>();
        expectTypeOf(job.client.getTopology({})).resolves.toEqualTypeOf<{ brokers: number }>();
        expectTypeOf(job.signal).toEqualTypeOf<AbortSignal>();
        expectTypeOf(job.jobKey).toBeString();
        expectTypeOf(job.retries).toBeNumber();
      },
    });
  });

  it('a process handler has no client', () => {
    processJobHandler((job) => {
      expectTypeOf(job).toEqualTypeOf<JobContext>();
      // @ts-expect-error — isolated handlers get no client
      job.client;
    });
  });

  it('a thread handler gets the forwarding client: async methods only, with remote call options', () => {
    threadJobHandler<JobVariables, JobVariables, JobCustomHeaders, MyClient>(async (job) => {
      expectTypeOf(job.client).toEqualTypeOf<RemoteClient<MyClient>>();
      expectTypeOf(job.client.getTopology({}, { timeoutMs: 1000 })).resolves.toEqualTypeOf<{
        brokers: number;
      }>();
      // @ts-expect-error — plain properties do not cross the thread boundary
      job.client.version;
      // @ts-expect-error — a signal is forwarded, other client options are not
      job.client.getTopology({}, { retry: false });
    });
  });

  it('a connected context is a job context, not the other way round', () => {
    expectTypeOf<ConnectedJobContext>().toExtend<JobContext>();
    expectTypeOf<JobContext>().not.toExtend<ConnectedJobContext>();
  });

  it('process and thread strategies take a module, never a function', () => {
    // @ts-expect-error — a function cannot be sent to a child process
    createJobWorker(client, { jobType: 'x', executionStrategy: 'process', handler: async () => undefined });
    // @ts-expect-error — nor to a thread
    createJobWorker(client, { jobType: 'x', executionStrategy: 'thread', handler: () => undefined });
    createJobWorker(client, { jobType: 'x', executionStrategy: 'process', handler: { module: './h.mjs' } });
    createJobWorker(client, { jobType: 'x', handler: { module: new URL('file:///h.mjs'), export: 'run' } });
  });
});

describe('typed variables', () => {
  const input = z.object({ amount: z.number(), currency: z.enum(['EUR', 'USD']) });
  const output = z.object({ receipt: z.string(), fee: z.number().default(0) });

  it('inputSchema types job.variables', () => {
    createJobWorker(client, {
      jobType: 'x',
      inputSchema: input,
      handler: (job) => {
        expectTypeOf(job.variables).toEqualTypeOf<{ amount: number; currency: 'EUR' | 'USD' }>();
        // @ts-expect-error — not in the schema
        job.variables.customer;
      },
    });
  });

  it('outputSchema types what the handler returns and completes with', () => {
    createJobWorker(client, {
      jobType: 'x',
      outputSchema: output,
      // The schema's input type: `fee` has a default, so it may be left out.
      handler: () => ({ receipt: 'r-1' }),
    });
    // @ts-expect-error — receipt must be a string
    createJobWorker(client, {
      jobType: 'x',
      outputSchema: output,
      handler: () => ({ receipt: 42 }),
    });
    createJobWorker(client, {
      jobType: 'x',
      outputSchema: output,
      handler: async (job) => {
        // @ts-expect-error — complete() is typed by the output schema too
        await job.complete({ receipt: false });
        return job.complete({ receipt: 'ok', fee: 1 });
      },
    });
  });

  it('customHeadersSchema types job.customHeaders', () => {
    createJobWorker(client, {
      jobType: 'x',
      customHeadersSchema: z.object({ region: z.string() }),
      handler: (job) => {
        expectTypeOf(job.customHeaders).toEqualTypeOf<{ region: string }>();
      },
    });
  });

  it('without schemas, variables are a record and the handler may return any object', () => {
    createJobWorker(client, {
      jobType: 'x',
      handler: (job) => {
        expectTypeOf(job.variables).toEqualTypeOf<Record<string, unknown>>();
        return { anything: [1, 2, 3] };
      },
    });
    // @ts-expect-error — a handler completes with an object of variables, not a number
    createJobWorker(client, { jobType: 'x', handler: () => 42 });
  });

  it('variables can be typed by annotating the handler instead of a schema', () => {
    createJobWorker(client, {
      jobType: 'x',
      handler: (job: ConnectedJobContext<{ orderId: string }>) => {
        expectTypeOf(job.variables.orderId).toBeString();
      },
    });
  });

  it('actions resolve to receipts a handler may return', () => {
    createJobWorker(client, {
      jobType: 'x',
      handler: (job) => {
        expectTypeOf(job.ignore()).resolves.toEqualTypeOf<JobActionReceipt>();
        return job.fail({ errorMessage: 'no', retries: 1, retryBackOffMs: 100 });
      },
    });
    createJobWorker(client, {
      jobType: 'x',
      handler: (job) =>
        // @ts-expect-error — errorCode is required
        job.throwError({ errorMessage: 'missing code' }),
    });
  });

  it('typed module handlers keep their variable types', () => {
    const handler = threadJobHandler<{ n: number }, { doubled: number }>((job) => ({
      doubled: job.variables.n * 2,
    }));
    expectTypeOf(handler).parameter(0).toHaveProperty('variables').toEqualTypeOf<{ n: number }>();
    // @ts-expect-error — wrong output type
    processJobHandler<{ n: number }, { doubled: number }>((job) => ({ doubled: String(job.variables.n) }));
  });
});
