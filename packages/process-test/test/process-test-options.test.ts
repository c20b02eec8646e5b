import { describe, expect, it } from 'vitest';
import { createProcessTest, DEFAULT_WAIT, isProcessTestError } from '../src/index.js';
import { resolveWait } from '../src/wait-options.js';

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('process test options', () => {
  it('merges per-call waits over the defaults', () => {
    expect(resolveWait(DEFAULT_WAIT, { timeoutMs: 500 })).toEqual({ timeoutMs: 500, pollIntervalMs: 100 });
    expect(resolveWait({ timeoutMs: 1, pollIntervalMs: 7 }, undefined)).toEqual({
      timeoutMs: 1,
      pollIntervalMs: 7,
    });
  });

  it('rejects a bad duration with an error naming the key', () => {
    for (const [key, wait] of [
      ['timeoutMs', { timeoutMs: -1 }],
      ['pollIntervalMs', { pollIntervalMs: Number.NaN }],
    ] as const) {
      let caught: unknown;
      try {
        resolveWait(DEFAULT_WAIT, wait);
      } catch (error) {
        caught = error;
      }
      expect(isProcessTestError(caught)).toBe(true);
      expect((caught as { code: string }).code).toBe('INVALID_OPTIONS');
      expect((caught as Error).message).toContain(key);
    }
  });

  it('rejects an unknown runtime and a bad global timeout before starting anything', async () => {
    const runtime = await rejection(createProcessTest({ runtime: 'cloud' as never }));
    expect(isProcessTestError(runtime)).toBe(true);
    expect((runtime as Error).message).toContain("'in-memory' or 'remote'");
    const timeout = await rejection(createProcessTest({ timeoutMs: -5 }));
    expect((timeout as Error).message).toContain('timeoutMs');
  });

  it('rejects a mock id that is no valid BPMN id, and a negative clock move', async () => {
    const pt = await createProcessTest();
    try {
      const badId = await rejection(pt.mockChildProcess('credit check', {}));
      expect(isProcessTestError(badId)).toBe(true);
      expect((badId as Error).message).toContain('processId');
      const badMove = await rejection(pt.increaseTime(-1));
      expect((badMove as { code: string }).code).toBe('INVALID_OPTIONS');
    } finally {
      await pt.stop();
    }
  });
});
