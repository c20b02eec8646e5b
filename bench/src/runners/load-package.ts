/** A package that loaded, or why it did not. */
export type Loaded<T> =
  | { readonly ok: true; readonly module: T }
  | { readonly ok: false; readonly reason: string };

const NOT_FOUND = new Set(['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND', 'ERR_PACKAGE_PATH_NOT_EXPORTED']);

/**
 * Explains a failed import in one short line. A workspace package whose `dist` is absent (the one imported, or
 * one it depends on) is "not built yet", with the command that builds it.
 */
export function explainImportFailure(specifier: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  if (typeof code === 'string' && NOT_FOUND.has(code)) {
    const unbuilt = /(?:@camunda-ts|packages)[\\/]([a-z-]+)[\\/]dist[\\/]/.exec(message)?.[1];
    if (unbuilt !== undefined) {
      return `@camunda-ts/${unbuilt} is not built yet (run \`pnpm build\` in packages/${unbuilt})`;
    }
    const pkg = /Cannot find package '([^']+)'/.exec(message)?.[1];
    if (pkg !== undefined) return `${pkg} is not installed`;
    return `${specifier} cannot be loaded: ${message.slice(0, 160)}`;
  }
  return `${specifier} fails on import: ${message.slice(0, 160)}`;
}

/**
 * Imports a package and checks that it exports what the bench drives. Never throws: a package that is not built,
 * not installed, broken, or without the expected exports comes back as a reason for the results table.
 */
export async function loadPackage<T>(
  specifier: string,
  requiredExports: readonly string[],
): Promise<Loaded<T>> {
  let module: Record<string, unknown>;
  try {
    module = (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, reason: explainImportFailure(specifier, error) };
  }
  const absent = requiredExports.filter((name) => typeof module[name] !== 'function');
  if (absent.length > 0)
    return { ok: false, reason: `${specifier} does not export ${absent.join(', ')} yet` };
  return { ok: true, module: module as T };
}
