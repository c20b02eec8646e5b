/**
 * A handler given by location, for the `thread` and `process` strategies (and, optionally, `async`): the module
 * is imported inside the thread or process, so the handler needs no shared memory with the worker.
 */
export interface HandlerModule {
  /** An absolute path, a path relative to the current working directory, or a `file:` URL. */
  readonly module: string | URL;
  /** The export holding the handler function; default `default`. */
  readonly export?: string;
}

/** True when `value` looks like a {@link HandlerModule} rather than a function. */
export function isHandlerModule(value: unknown): value is HandlerModule {
  if (typeof value !== 'object' || value === null) return false;
  const module = (value as { module?: unknown }).module;
  return typeof module === 'string' || module instanceof URL;
}
