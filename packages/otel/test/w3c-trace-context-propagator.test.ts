import {
  createTraceState,
  defaultTextMapGetter,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  TraceFlags,
  trace,
} from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { w3cTraceContextPropagator } from '../src/index.js';

const traceId = '0af7651916cd43dd8448eb211c80319c';
const spanId = 'b7ad6b7169203331';

describe('w3cTraceContextPropagator', () => {
  it('writes traceparent with the sampled flag, and tracestate when there is one', () => {
    const sampled = trace.setSpanContext(ROOT_CONTEXT, {
      traceId,
      spanId,
      traceFlags: TraceFlags.SAMPLED,
      traceState: createTraceState('vendor=a,other=b'),
    });
    const headers: Record<string, string> = {};
    w3cTraceContextPropagator.inject(sampled, headers, defaultTextMapSetter);
    expect(headers).toEqual({ traceparent: `00-${traceId}-${spanId}-01`, tracestate: 'vendor=a,other=b' });

    const unsampled = trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId, traceFlags: TraceFlags.NONE });
    const plain: Record<string, string> = {};
    w3cTraceContextPropagator.inject(unsampled, plain, defaultTextMapSetter);
    expect(plain).toEqual({ traceparent: `00-${traceId}-${spanId}-00` });
  });

  it('writes nothing without a valid span context', () => {
    const headers: Record<string, string> = {};
    w3cTraceContextPropagator.inject(ROOT_CONTEXT, headers, defaultTextMapSetter);
    const invalid = trace.setSpanContext(ROOT_CONTEXT, {
      traceId: '0'.repeat(32),
      spanId,
      traceFlags: TraceFlags.SAMPLED,
    });
    w3cTraceContextPropagator.inject(invalid, headers, defaultTextMapSetter);
    expect(headers).toEqual({});
  });

  it('reads back what it writes, and ignores a malformed or all-zero traceparent', () => {
    const extracted = w3cTraceContextPropagator.extract(
      ROOT_CONTEXT,
      { traceparent: `00-${traceId}-${spanId}-01` },
      defaultTextMapGetter,
    );
    expect(trace.getSpanContext(extracted)).toMatchObject({
      traceId,
      spanId,
      traceFlags: 1,
      isRemote: true,
    });
    for (const traceparent of [
      'garbage',
      `01-${traceId}-${spanId}-01`,
      `00-${'0'.repeat(32)}-${spanId}-01`,
    ]) {
      const context = w3cTraceContextPropagator.extract(ROOT_CONTEXT, { traceparent }, defaultTextMapGetter);
      expect(trace.getSpanContext(context)).toBeUndefined();
    }
    expect(w3cTraceContextPropagator.fields()).toEqual(['traceparent', 'tracestate']);
  });
});
