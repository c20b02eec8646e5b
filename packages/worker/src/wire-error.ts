import { isJobError, JobError } from './job-error.js';
import type { WireError } from './pool-protocol.js';

const BRAND = Symbol.for('camunda-ts.error');

/** Flattens anything thrown into a {@link WireError}. */
export function toWireError(error: unknown): WireError {
  if (isJobError(error)) {
    return {
      name: error.name,
      message: error.message,
      ...(error.stack !== undefined && { stack: error.stack }),
      branded: true,
      jobError: {
        errorCode: error.errorCode,
        ...(error.errorMessage !== undefined && { errorMessage: error.errorMessage }),
        ...(error.variables !== undefined && { variables: error.variables }),
      },
    };
  }
  if (typeof error === 'object' && error !== null) {
    const e = error as {
      name?: unknown;
      message?: unknown;
      stack?: unknown;
      code?: unknown;
      status?: unknown;
    };
    return {
      name: typeof e.name === 'string' ? e.name : 'Error',
      message: typeof e.message === 'string' ? e.message : String(error),
      ...(typeof e.stack === 'string' && { stack: e.stack }),
      ...(typeof e.code === 'string' && { code: e.code }),
      ...(typeof e.status === 'number' && { status: e.status }),
      ...((error as Record<symbol, unknown>)[BRAND] === true && { branded: true }),
    };
  }
  return { name: 'Error', message: String(error) };
}

/**
 * Rebuilds an error from a {@link WireError}: a real `JobError` for BPMN errors, otherwise an `Error` with the
 * same name, message, stack, code and status (and the brand, when the original had it).
 */
export function fromWireError(wire: WireError): Error {
  if (wire.jobError !== undefined) {
    const error = new JobError(wire.jobError);
    if (wire.stack !== undefined) error.stack = wire.stack;
    return error;
  }
  const error = new Error(wire.message) as Error & { code?: string; status?: number };
  Object.defineProperty(error, 'name', { value: wire.name, configurable: true, writable: true });
  if (wire.stack !== undefined) error.stack = wire.stack;
  if (wire.code !== undefined) error.code = wire.code;
  if (wire.status !== undefined) error.status = wire.status;
  if (wire.branded) Object.defineProperty(error, BRAND, { value: true });
  return error;
}
