import type { MeterProvider, TextMapPropagator, TracerProvider } from '@opentelemetry/api';

/** Options of `instrumentClient` and `instrumentWorker`; all optional. */
export interface InstrumentationOptions {
  /** Where spans go. Default: the global tracer provider (`trace.getTracerProvider()`), which may be registered later. */
  readonly tracerProvider?: TracerProvider;
  /**
   * Where metrics go. Default: the global meter provider (`metrics.getMeterProvider()`), read when instrumenting:
   * register the SDK first.
   */
  readonly meterProvider?: MeterProvider;
  /**
   * Writes the trace context into each request's headers. Default: the global propagator when one is registered
   * (the OpenTelemetry Node SDK registers W3C trace context and baggage), else W3C trace context (`traceparent`,
   * `tracestate`), so requests always carry it.
   */
  readonly propagator?: TextMapPropagator;
}
