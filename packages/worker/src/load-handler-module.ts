import type { ResolvedHandlerModule } from './compile-worker-options.js';

/** A handler as loaded from its module. */
export type LoadedHandler = (job: never) => unknown;

/**
 * Imports a handler module and returns its handler export. A CommonJS module's `module.exports.name` is found
 * whether Node exposes it as a named export or only under `default`.
 */
export async function loadHandlerModule(target: ResolvedHandlerModule): Promise<LoadedHandler> {
  const namespace = (await import(target.module)) as Record<string, unknown>;
  let handler = namespace[target.export];
  if (typeof handler !== 'function' && target.export !== 'default') {
    const fallback = namespace.default as Record<string, unknown> | undefined;
    if (typeof fallback === 'object' && fallback !== null) handler = fallback[target.export];
  }
  if (typeof handler !== 'function') {
    throw new TypeError(`Handler module ${target.module} has no function export '${target.export}'`);
  }
  return handler as LoadedHandler;
}
