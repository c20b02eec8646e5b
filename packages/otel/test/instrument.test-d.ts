import type { CamundaClient } from '@camunda-ts/client';
import type { JobWorker } from '@camunda-ts/worker';
import type { MeterProvider, TracerProvider } from '@opentelemetry/api';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type InstrumentableClient,
  type InstrumentableWorker,
  type Instrumentation,
  instrumentClient,
  instrumentWorker,
} from '../src/index.js';

declare const client: CamundaClient;
declare const worker: JobWorker;
declare const tracerProvider: TracerProvider;
declare const meterProvider: MeterProvider;

describe('instrumentation types', () => {
  it('accepts the SDK client and worker as they are', () => {
    expectTypeOf(client).toExtend<InstrumentableClient>();
    expectTypeOf(worker).toExtend<InstrumentableWorker>();
    expectTypeOf(
      instrumentClient(client, { tracerProvider, meterProvider }),
    ).toEqualTypeOf<Instrumentation>();
    expectTypeOf(instrumentWorker(worker)).toEqualTypeOf<Instrumentation>();
  });

  it('rejects objects without the hooks it builds on, and unknown options', () => {
    // @ts-expect-error a plain object has no addHooks
    instrumentClient({ config: { restAddress: 'http://localhost:8080/v2' } });
    // @ts-expect-error a client is not a worker
    instrumentWorker(client);
    // @ts-expect-error no such option
    instrumentClient(client, { tracer: tracerProvider });
  });
});
