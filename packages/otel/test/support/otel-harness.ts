import { type Attributes, context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  AggregationTemporality,
  DataPointType,
  InMemoryMetricExporter,
  MeterProvider,
  type MetricData,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';

/** The SDK pieces one test uses: in-memory span and metric exporters behind fresh providers. */
export interface OtelHarness {
  readonly tracerProvider: BasicTracerProvider;
  readonly meterProvider: MeterProvider;
  /** Finished spans so far. */
  spans(): ReadableSpan[];
  /** Finished spans with this name. */
  spansNamed(name: string): ReadableSpan[];
  /** Collects and exports the metrics now; returns the metric with this name (undefined when none). */
  metric(name: string): Promise<MetricData | undefined>;
  /** Sum of a counter's points whose attributes include `match`. */
  sum(name: string, match?: Attributes): Promise<number>;
  /** Count of a histogram's recordings whose attributes include `match`. */
  histogramCount(name: string, match?: Attributes): Promise<number>;
  /** Last value of a gauge's point whose attributes include `match`; undefined when not observed. */
  gauge(name: string, match?: Attributes): Promise<number | undefined>;
  shutdown(): Promise<void>;
}

/** Sets the global context manager (AsyncLocalStorage) for the file's tests; returns its teardown. */
export function useAsyncContext(): () => void {
  const manager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(manager);
  return () => context.disable();
}

const includes = (attributes: Attributes, match: Attributes | undefined) =>
  match === undefined || Object.entries(match).every(([key, value]) => attributes[key] === value);

export function otelHarness(): OtelHarness {
  const spanExporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spanExporter)] });
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  // Exported on demand (forceFlush); the interval never fires within a test.
  const reader = new PeriodicExportingMetricReader({
    exporter: metricExporter,
    exportIntervalMillis: 3_600_000,
  });
  const meterProvider = new MeterProvider({ readers: [reader] });

  const metric = async (name: string) => {
    metricExporter.reset();
    await reader.forceFlush();
    const exported = metricExporter.getMetrics();
    for (const resource of exported) {
      for (const scope of resource.scopeMetrics) {
        const found = scope.metrics.find((m) => m.descriptor.name === name);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };

  return {
    tracerProvider,
    meterProvider,
    spans: () => spanExporter.getFinishedSpans(),
    spansNamed: (name) => spanExporter.getFinishedSpans().filter((s) => s.name === name),
    metric,
    async sum(name, match) {
      const data = await metric(name);
      if (data === undefined || data.dataPointType !== DataPointType.SUM) return 0;
      return data.dataPoints
        .filter((p) => includes(p.attributes, match))
        .reduce((total, p) => total + p.value, 0);
    },
    async histogramCount(name, match) {
      const data = await metric(name);
      if (data === undefined || data.dataPointType !== DataPointType.HISTOGRAM) return 0;
      return data.dataPoints
        .filter((p) => includes(p.attributes, match))
        .reduce((total, p) => total + p.value.count, 0);
    },
    async gauge(name, match) {
      const data = await metric(name);
      if (data === undefined || data.dataPointType !== DataPointType.GAUGE) return undefined;
      return data.dataPoints.find((p) => includes(p.attributes, match))?.value;
    },
    async shutdown() {
      await tracerProvider.shutdown();
      await meterProvider.shutdown();
    },
  };
}
