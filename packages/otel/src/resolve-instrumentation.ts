import {
  type Meter,
  metrics,
  propagation,
  type TextMapPropagator,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import type { InstrumentationOptions } from './instrumentation-options.js';
import { INSTRUMENTATION_SCOPE } from './instrumentation-scope.js';
import { w3cTraceContextPropagator } from './w3c-trace-context-propagator.js';

/** The tracer, meter and propagator one instrumentation uses, picked once. */
export interface ResolvedInstrumentation {
  readonly tracer: Tracer;
  readonly meter: Meter;
  readonly propagator: TextMapPropagator;
}

/** Applies the defaults of {@link InstrumentationOptions}. */
export function resolveInstrumentation(options: InstrumentationOptions): ResolvedInstrumentation {
  const { name, version } = INSTRUMENTATION_SCOPE;
  return {
    tracer: (options.tracerProvider ?? trace.getTracerProvider()).getTracer(name, version),
    meter: (options.meterProvider ?? metrics.getMeterProvider()).getMeter(name, version),
    // The no-op global propagator has no fields: then requests still get W3C trace context.
    propagator:
      options.propagator ?? (propagation.fields().length > 0 ? propagation : w3cTraceContextPropagator),
  };
}
