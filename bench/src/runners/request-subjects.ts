import { Agent, request } from 'undici';
import { PROCESS_ID } from '../stub/stub-bodies.js';
import { type Loaded, loadPackage } from './load-package.js';

/** Who sends the requests of the request suite. */
export type RequestContenderId = 'undici' | 'fetch' | 'official' | 'camunda-ts' | 'camunda-ts-otel';

/** The two calls measured, as each contender makes them. */
export interface RequestSubject {
  getTopology(): Promise<unknown>;
  createProcessInstance(variables: Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
}

/** The part of `@camunda-ts/client` the bench drives. */
export interface CamundaTsClientModule {
  createCamundaClient(options: { readonly config: Readonly<Record<string, string>> }): CamundaTsClient;
}

/** The calls of a camunda-ts client the bench makes. */
export interface CamundaTsClient {
  getTopology(): Promise<unknown>;
  createProcessInstance(input: {
    processDefinitionId: string;
    variables: Record<string, unknown>;
  }): Promise<unknown>;
  close?(): Promise<void> | void;
}

/** The part of `@camunda8/orchestration-cluster-api` the bench drives. */
export interface OfficialModule {
  createCamundaClient(options: { readonly config: Readonly<Record<string, string>> }): OfficialClient;
}

/** The calls of an official client the bench makes (workers: see worker-subjects). */
export interface OfficialClient {
  getTopology(): Promise<unknown>;
  createProcessInstance(input: {
    processDefinitionId: string;
    variables: Record<string, unknown>;
  }): Promise<unknown>;
}

/** camunda-ts client settings for the bench: the stub needs no auth; everything else stays at its default. */
export function camundaTsConfig(baseUrl: string): Record<string, string> {
  return { CAMUNDA_REST_ADDRESS: baseUrl, CAMUNDA_AUTH_STRATEGY: 'NONE' };
}

/** Official client settings: the same, and its default profile and validation. */
export function officialConfig(baseUrl: string): Record<string, string> {
  return { CAMUNDA_REST_ADDRESS: baseUrl, CAMUNDA_AUTH_STRATEGY: 'NONE' };
}

function expectOk(status: number, what: string): void {
  if (status !== 200) throw new Error(`${what} answered ${status}`);
}

function createUndiciSubject(baseUrl: string): RequestSubject {
  // The floor: one keep-alive Agent (undici's defaults) and a JSON decode per answer, nothing else.
  const dispatcher = new Agent({ keepAliveTimeout: 60_000 });
  const topologyUrl = `${baseUrl}/v2/topology`;
  const createUrl = `${baseUrl}/v2/process-instances`;
  const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json' };
  return {
    async getTopology() {
      const res = await request(topologyUrl, { dispatcher, headers: { accept: 'application/json' } });
      expectOk(res.statusCode, 'topology');
      return res.body.json();
    },
    async createProcessInstance(variables) {
      const res = await request(createUrl, {
        dispatcher,
        method: 'POST',
        headers: jsonHeaders,
        body: JSON.stringify({ processDefinitionId: PROCESS_ID, variables }),
      });
      expectOk(res.statusCode, 'create');
      return res.body.json();
    },
    close: () => dispatcher.close(),
  };
}

function createFetchSubject(baseUrl: string): RequestSubject {
  const topologyUrl = `${baseUrl}/v2/topology`;
  const createUrl = `${baseUrl}/v2/process-instances`;
  return {
    async getTopology() {
      const res = await fetch(topologyUrl, { headers: { accept: 'application/json' } });
      expectOk(res.status, 'topology');
      return res.json();
    },
    async createProcessInstance(variables) {
      const res = await fetch(createUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ processDefinitionId: PROCESS_ID, variables }),
      });
      expectOk(res.status, 'create');
      return res.json();
    },
    close: async () => {},
  };
}

async function createOfficialSubject(baseUrl: string): Promise<Loaded<RequestSubject>> {
  const loaded = await loadPackage<OfficialModule>('@camunda8/orchestration-cluster-api', [
    'createCamundaClient',
  ]);
  if (!loaded.ok) return loaded;
  const client = loaded.module.createCamundaClient({ config: officialConfig(baseUrl) });
  return {
    ok: true,
    module: {
      getTopology: () => client.getTopology(),
      createProcessInstance: (variables) =>
        client.createProcessInstance({ processDefinitionId: PROCESS_ID, variables }),
      close: async () => {},
    },
  };
}

async function createCamundaTsSubject(baseUrl: string): Promise<Loaded<RequestSubject>> {
  const loaded = await loadPackage<CamundaTsClientModule>('@camunda-ts/client', ['createCamundaClient']);
  if (!loaded.ok) return loaded;
  const client = loaded.module.createCamundaClient({ config: camundaTsConfig(baseUrl) });
  return { ok: true, module: wrapCamundaTsClient(client) };
}

function wrapCamundaTsClient(client: CamundaTsClient): RequestSubject {
  return {
    getTopology: () => client.getTopology(),
    createProcessInstance: (variables) =>
      client.createProcessInstance({ processDefinitionId: PROCESS_ID, variables }),
    close: async () => {
      await client.close?.();
    },
  };
}

/** The part of `@camunda-ts/otel` the bench drives. */
interface OtelModule {
  instrumentClient(
    client: CamundaTsClient,
    options: { tracerProvider: unknown; meterProvider: unknown },
  ): {
    disable(): void;
  };
}

/**
 * The camunda-ts client instrumented by `@camunda-ts/otel` (issue 13), to report what tracing and metrics cost.
 * Set up as in production (AsyncLocalStorage context, batched spans, a periodic metric reader), with exporters
 * that drop everything: the cost measured is the instrumentation's and the SDK's, not an exporter's. The
 * OpenTelemetry packages are imported only here, so the plain client's runner never loads them.
 */
async function createCamundaTsOtelSubject(baseUrl: string): Promise<Loaded<RequestSubject>> {
  const otel = await loadPackage<OtelModule>('@camunda-ts/otel', ['instrumentClient']);
  if (!otel.ok) return otel;
  const client = await loadPackage<CamundaTsClientModule>('@camunda-ts/client', ['createCamundaClient']);
  if (!client.ok) return client;
  const [api, contextHooks, traceSdk, metricsSdk] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/sdk-metrics'),
  ]);
  api.context.setGlobalContextManager(new contextHooks.AsyncLocalStorageContextManager().enable());
  const success = { code: 0 as const };
  const tracerProvider = new traceSdk.BasicTracerProvider({
    spanProcessors: [
      new traceSdk.BatchSpanProcessor({
        export: (_spans, done) => done(success),
        shutdown: async () => {},
      }),
    ],
  });
  const meterProvider = new metricsSdk.MeterProvider({
    readers: [
      new metricsSdk.PeriodicExportingMetricReader({
        exporter: {
          export: (_metrics, done) => done(success),
          forceFlush: async () => {},
          shutdown: async () => {},
        },
        exportIntervalMillis: 10_000,
      }),
    ],
  });
  const camunda = client.module.createCamundaClient({ config: camundaTsConfig(baseUrl) });
  const instrumentation = otel.module.instrumentClient(camunda, { tracerProvider, meterProvider });
  const plain = wrapCamundaTsClient(camunda);
  return {
    ok: true,
    module: {
      ...plain,
      close: async () => {
        instrumentation.disable();
        await Promise.all([tracerProvider.shutdown(), meterProvider.shutdown()]);
        await plain.close();
      },
    },
  };
}

/** Builds one contender's client against the stub; a contender whose package is unavailable says why. */
export async function createRequestSubject(
  id: RequestContenderId,
  baseUrl: string,
): Promise<Loaded<RequestSubject>> {
  switch (id) {
    case 'undici':
      return { ok: true, module: createUndiciSubject(baseUrl) };
    case 'fetch':
      return { ok: true, module: createFetchSubject(baseUrl) };
    case 'official':
      return createOfficialSubject(baseUrl);
    case 'camunda-ts':
      return createCamundaTsSubject(baseUrl);
    case 'camunda-ts-otel':
      return createCamundaTsOtelSubject(baseUrl);
  }
}
