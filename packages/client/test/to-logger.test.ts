import { describe, expect, it, vi } from 'vitest';
import { toLogger } from '../src/to-logger.js';

describe('toLogger', () => {
  it('uses a pino-style logger (one with trace) unchanged', () => {
    const logger = { trace: vi.fn(), debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    expect(toLogger(logger)).toBe(logger);
  });

  it('calls a logger without trace message-first and maps trace to silly (winston)', () => {
    const winstonLike = { silly: vi.fn(), debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const logger = toLogger(winstonLike);
    logger.info({ operationId: 'getTopology' }, 'done');
    logger.trace({ a: 1 }, 'fine');
    expect(winstonLike.info).toHaveBeenCalledWith('done', { operationId: 'getTopology' });
    expect(winstonLike.silly).toHaveBeenCalledWith('fine', { a: 1 });
  });

  it('drops trace when the logger has no trace-like level', () => {
    const minimal = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const logger = toLogger(minimal);
    logger.trace({ a: 1 }, 'x');
    logger.error({ b: 2 });
    expect(minimal.debug).not.toHaveBeenCalled();
    expect(minimal.error).toHaveBeenCalledWith('', { b: 2 });
  });

  it('sends console trace to debug (console.trace would print a stack) and merges child bindings', () => {
    const fakeConsole = {
      log: vi.fn(),
      table: vi.fn(),
      trace: vi.fn(),
      debug: vi.fn(),
      info: vi.fn(),
      warn: vi.fn(),
      error: vi.fn(),
    };
    const logger = toLogger(fakeConsole);
    logger.trace({ a: 1 }, 't');
    expect(fakeConsole.trace).not.toHaveBeenCalled();
    expect(fakeConsole.debug).toHaveBeenCalledWith('t', { a: 1 });
    const child = logger.child?.({ worker: 'w1' });
    child?.warn({ jobKey: '1' }, 'w');
    expect(fakeConsole.warn).toHaveBeenCalledWith('w', { worker: 'w1', jobKey: '1' });
  });

  it("uses a message-first logger's own child", () => {
    const childTarget = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const parent = {
      debug: vi.fn(),
      info: vi.fn(),
      warn: vi.fn(),
      error: vi.fn(),
      child: vi.fn(() => childTarget),
    };
    toLogger(parent).child?.({ worker: 'w' }).info({ x: 1 }, 'hi');
    expect(parent.child).toHaveBeenCalledWith({ worker: 'w' });
    expect(childTarget.info).toHaveBeenCalledWith('hi', { x: 1 });
  });
});
