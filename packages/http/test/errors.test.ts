import { isCamundaError } from '@camunda-ts/types';
import { describe, expect, it, vi } from 'vitest';
import * as http from '../src/index.js';

const problem = { type: 'about:blank', title: 'NOT_FOUND', status: 404 };

function samples(mod: typeof http) {
  return {
    HttpError: new mod.HttpError({ operationId: 'getJob', status: 404, problem }),
    NetworkError: new mod.NetworkError({ operationId: 'getJob', code: 'ECONNRESET' }),
    TimeoutError: new mod.TimeoutError({ operationId: 'getJob', timeoutMs: 10 }),
    AbortError: new mod.AbortError({ operationId: 'getJob' }),
  };
}

function guards(mod: typeof http) {
  return {
    HttpError: mod.isHttpError,
    NetworkError: mod.isNetworkError,
    TimeoutError: mod.isTimeoutError,
    AbortError: mod.isAbortError,
  };
}

describe('errors', () => {
  it('have stable names and codes, the shared brand, and messages that name the operation', () => {
    const errors = samples(http);
    for (const [name, error] of Object.entries(errors)) {
      expect(error.name).toBe(name);
      expect(isCamundaError(error)).toBe(true);
      expect(error[Symbol.for('camunda-ts.error') as never]).toBe(true);
      expect(error.message).toContain('getJob');
      expect(error).toBeInstanceOf(Error);
    }
    expect(errors.HttpError.code).toBe('HTTP_404');
    expect(errors.NetworkError.code).toBe('ECONNRESET');
    expect(errors.TimeoutError.code).toBe('TIMEOUT');
    expect(errors.AbortError.code).toBe('ABORTED');
  });

  it('each guard accepts only its own class', () => {
    const errors = samples(http);
    for (const [guardName, guard] of Object.entries(guards(http))) {
      for (const [errorName, error] of Object.entries(errors)) {
        expect(guard(error)).toBe(guardName === errorName);
      }
      expect(guard(new Error('plain'))).toBe(false);
      expect(guard(Object.assign(new Error('lookalike'), { name: guardName }))).toBe(false);
      expect(guard(undefined)).toBe(false);
    }
  });

  it('guards work across two copies of the module, where instanceof does not', async () => {
    vi.resetModules();
    const copy = (await import('../src/index.js')) as typeof http;
    expect(copy.HttpError).not.toBe(http.HttpError);
    const foreign = samples(copy);
    expect(foreign.HttpError instanceof http.HttpError).toBe(false);
    for (const [name, guard] of Object.entries(guards(http))) {
      expect(guard(foreign[name as keyof typeof foreign])).toBe(true);
    }
    for (const [name, guard] of Object.entries(guards(copy))) {
      expect(guard(samples(http)[name as keyof typeof foreign])).toBe(true);
    }
  });

  it('keep the cause', () => {
    const cause = new Error('socket hang up');
    expect(new http.NetworkError({ operationId: 'x', code: 'ECONNRESET', cause }).cause).toBe(cause);
    expect(new http.AbortError({ operationId: 'x', cause: 'stop' }).cause).toBe('stop');
  });
});
