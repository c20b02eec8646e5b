import * as types from '@camunda-ts/types';
import { describe, expect, it } from 'vitest';
import * as client from '../src/index.js';

const exported = client as unknown as Record<string, unknown>;

describe('@camunda-ts/client entry', () => {
  it('re-exports every semantic key companion of @camunda-ts/types', () => {
    const companions = Object.entries(types).filter(
      ([, value]) =>
        typeof value === 'object' &&
        value !== null &&
        'typeName' in value &&
        typeof (value as { of?: unknown }).of === 'function',
    );
    expect(companions).toHaveLength(42);
    for (const [name, companion] of companions) expect(exported[name], name).toBe(companion);
  });

  it('exports the errors and guards of every layer', () => {
    for (const name of [
      'isCamundaError',
      'isHttpError',
      'isNetworkError',
      'isTimeoutError',
      'isAbortError',
      'isAuthError',
      'isConfigError',
      'isBackpressureQueueFullError',
      'isInvalidKeyError',
      'isValidationError',
      'isConsistencyTimeoutError',
      'isResourceFileError',
      'isPaginationError',
      'isOperationError',
    ]) {
      expect(typeof exported[name], name).toBe('function');
    }
    for (const name of [
      'CamundaError',
      'HttpError',
      'NetworkError',
      'TimeoutError',
      'AbortError',
      'AuthError',
      'ConfigError',
      'BackpressureQueueFullError',
      'InvalidKeyError',
      'ValidationError',
      'ConsistencyTimeoutError',
      'ResourceFileError',
      'PaginationError',
    ]) {
      expect(typeof exported[name], name).toBe('function');
    }
  });

  it('exports the client factories, auth provider factories and logging helpers', () => {
    for (const name of [
      'createCamundaClient',
      'createCamundaResultClient',
      'CamundaClient',
      'createAuthProvider',
      'createOAuthProvider',
      'createBasicAuth',
      'createBearerAuth',
      'createNoAuth',
      'createDefaultLogger',
      'toLogger',
      'childLogger',
      'resolveConfig',
      'describeConfig',
    ]) {
      expect(typeof exported[name], name).toBe('function');
    }
    expect(client.nullLogger).toBe(types.nullLogger);
    expect(client.SPEC_HASH).toBe(types.SPEC_HASH);
  });

  it('guards recognise errors raised by the client', () => {
    const error = new client.ValidationError('getTopology', 'request', [{ path: ['x'], message: 'bad' }]);
    expect(client.isValidationError(error)).toBe(true);
    expect(client.isCamundaError(error)).toBe(true);
    expect(client.isHttpError(error)).toBe(false);
    expect(error.message).toBe('getTopology: invalid request: x: bad');
  });
});
