import type { WireError } from './pool-protocol.js';

// This file runs inside handler threads and processes too: it must not import the error classes (and through
// them the client), so it recognises a JobError or JobFailure by the brand protocol instead of by class.
const BRAND = Symbol.for('camunda-ts.error');

interface JobErrorShape {
  readonly errorCode: string;
  readonly errorMessage?: string | undefined;
  readonly variables?: Record<string, unknown> | undefined;
}

function isBranded(value: object): boolean {
  return (value as Record<symbol, unknown>)[BRAND] === true;
}

/** Flattens anything thrown into a {@link WireError}. */
export function toWireError(error: unknown): WireError {
  if (typeof error !== 'object' || error === null) return { name: 'Error', message: String(error) };
  const e = error as { name?: unknown; message?: unknown; stack?: unknown; code?: unknown; status?: unknown };
  const wire: WireError = {
    name: typeof e.name === 'string' ? e.name : 'Error',
    message: typeof e.message === 'string' ? e.message : String(error),
    ...(typeof e.stack === 'string' && { stack: e.stack }),
    ...(typeof e.code === 'string' && { code: e.code }),
    ...(typeof e.status === 'number' && { status: e.status }),
    ...(isBranded(error) && { branded: true }),
  };
  if (wire.branded && wire.name === 'JobError') {
    const j = error as JobErrorShape;
    return {
      ...wire,
      jobError: {
        errorCode: j.errorCode,
        ...(j.errorMessage !== undefined && { errorMessage: j.errorMessage }),
        ...(j.variables !== undefined && { variables: j.variables }),
      },
    };
  }
  if (wire.branded && wire.name === 'JobFailure') {
    const f = error as { retries?: unknown; retryBackOffMs?: unknown; variables?: unknown };
    return {
      ...wire,
      jobFailure: {
        ...(typeof f.retries === 'number' && { retries: f.retries }),
        ...(typeof f.retryBackOffMs === 'number' && { retryBackOffMs: f.retryBackOffMs }),
        ...(typeof f.variables === 'object' &&
          f.variables !== null && { variables: f.variables as Record<string, unknown> }),
      },
    };
  }
  return wire;
}

/**
 * Rebuilds an error from a {@link WireError}: an `Error` with the same name, message, stack, code and status, and
 * the camunda-ts brand when the original had it, so guards such as `isHttpError` keep working across the boundary.
 */
export function fromWireError(wire: WireError): Error {
  const error = new Error(wire.message) as Error & { code?: string; status?: number };
  Object.defineProperty(error, 'name', { value: wire.name, configurable: true, writable: true });
  if (wire.stack !== undefined) error.stack = wire.stack;
  if (wire.code !== undefined) error.code = wire.code;
  if (wire.status !== undefined) error.status = wire.status;
  if (wire.branded) Object.defineProperty(error, BRAND, { value: true });
  return error;
}
