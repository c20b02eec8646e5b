/** A package that loaded, or why it did not. */
export type Loaded<T> = { readonly ok: true; readonly module: T } | { readonly ok: false; readonly reason: string };

const NOT_FOUND = new Set(['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND', 'ERR_PACKAGE_PATH_NOT_EXPORTED']);

/** The folder of a workspace package, for build hints (`@camunda-ts/client` → `packages/client`). */
function workspaceFolder(specifier: string): string | null {
  const match = /^@camunda-ts\/([^/]+)/.exec(specifier);
  return match ? `packages/${match[1]}` : null;
}

/**
 * Imports a package and checks that it exports what the bench drives. Never throws: a package that is not built,
 * not installed, broken, or without the expected exports comes back as a reason for the results table.
 */
export async function loadPackage<T>(specifier: string, requiredExports: readonly string[]): Promise<Loaded<T>> {
  let module: Record<string, unknown>;
  try {
    module = (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const folder = workspaceFolder(specifier);
    if (typeof code === 'string' && NOT_FOUND.has(code)) {
      const missingDist = /[\\/]dist[\\/]/.test(message) || code === 'ERR_PACKAGE_PATH_NOT_EXPORTED';
      const mentions = /@camunda-ts\/([a-z-]+)/.exec(message)?.[0] ?? specifier;
      if (folder !== null && missingDist) {
        return { ok: false, reason: `${specifier} is not built (${message.slice(0, 160)}); run \`pnpm build\` in ${folder}` };
      }
      return { ok: false, reason: `${mentions} cannot be loaded: ${message.slice(0, 200)}` };
    }
    return { ok: false, reason: `${specifier} fails on import: ${message.slice(0, 200)}` };
  }
  const absent = requiredExports.filter((name) => typeof module[name] !== 'function');
  if (absent.length > 0) {
    return { ok: false, reason: `${specifier} does not export ${absent.join(', ')} yet` };
  }
  return { ok: true, module: module as T };
}
