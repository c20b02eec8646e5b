import { describe, expect, it } from 'vitest';
import { BackpressureQueueFullError, isBackpressureQueueFullError } from '../src/index.js';

describe('BackpressureQueueFullError', () => {
  it('carries a stable name, code and the camunda-ts brand', () => {
    const error = new BackpressureQueueFullError('createProcessInstance', 1000);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('BackpressureQueueFullError');
    expect(error.code).toBe('BACKPRESSURE_QUEUE_FULL');
    expect((error as unknown as Record<symbol, unknown>)[Symbol.for('camunda-ts.error')]).toBe(true);
    expect(error.message).toContain('createProcessInstance');
    expect(error.message).toContain('1000');
  });

  it('is recognised by brand and name, so a copy from another install passes the guard', () => {
    const fromOtherCopy = Object.assign(new Error('queue full'), {
      name: 'BackpressureQueueFullError',
      [Symbol.for('camunda-ts.error')]: true,
    });
    expect(isBackpressureQueueFullError(new BackpressureQueueFullError('x', 1))).toBe(true);
    expect(isBackpressureQueueFullError(fromOtherCopy)).toBe(true);
  });

  it('rejects look-alikes without the brand, other camunda-ts errors and non-objects', () => {
    const unbranded = Object.assign(new Error('queue full'), { name: 'BackpressureQueueFullError' });
    const otherBranded = Object.assign(new Error('x'), {
      name: 'HttpError',
      [Symbol.for('camunda-ts.error')]: true,
    });
    for (const value of [unbranded, otherBranded, null, undefined, 'BackpressureQueueFullError', 42]) {
      expect(isBackpressureQueueFullError(value)).toBe(false);
    }
  });
});
