import {
  type Context,
  isSpanContextValid,
  type TextMapGetter,
  type TextMapPropagator,
  type TextMapSetter,
  trace,
} from '@opentelemetry/api';

const TRACEPARENT = 'traceparent';
const TRACESTATE = 'tracestate';
const TRACEPARENT_PATTERN = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * W3C Trace Context (`traceparent`, `tracestate`) without the SDK: what requests carry when no global propagator
 * is registered. Baggage and other formats need the SDK's propagators (pass one as `propagator`).
 */
export const w3cTraceContextPropagator: TextMapPropagator = Object.freeze({
  inject(context: Context, carrier: unknown, setter: TextMapSetter): void {
    const spanContext = trace.getSpanContext(context);
    if (spanContext === undefined || !isSpanContextValid(spanContext)) return;
    const flags = (spanContext.traceFlags & 0xff).toString(16).padStart(2, '0');
    setter.set(carrier, TRACEPARENT, `00-${spanContext.traceId}-${spanContext.spanId}-${flags}`);
    const state = spanContext.traceState?.serialize();
    if (state) setter.set(carrier, TRACESTATE, state);
  },
  extract(context: Context, carrier: unknown, getter: TextMapGetter): Context {
    const header = getter.get(carrier, TRACEPARENT);
    const value = Array.isArray(header) ? header[0] : header;
    const match = value === undefined ? null : TRACEPARENT_PATTERN.exec(value.trim());
    if (match === null) return context;
    const [, traceId = '', spanId = '', flags = '00'] = match;
    const spanContext = { traceId, spanId, traceFlags: Number.parseInt(flags, 16), isRemote: true };
    return isSpanContextValid(spanContext) ? trace.setSpanContext(context, spanContext) : context;
  },
  fields: () => [TRACEPARENT, TRACESTATE],
});
