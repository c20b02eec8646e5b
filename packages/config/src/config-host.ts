import { resolve } from 'node:path';

/**
 * What `resolveConfig` takes from the runtime it runs in. This is the Node build's (also Deno's and Bun's):
 * `process.env`, the working directory and files. The `browser` and `worker` builds replace this module with
 * one that reads nothing: there, configuration is explicit.
 */
export interface ConfigHost {
  /** Variables read when the caller passes no `env`. */
  defaultEnv(): Readonly<Record<string, string | undefined>>;
  /** Directory `.env` and relative file paths are resolved against when the caller passes no `cwd`. */
  defaultCwd(): string;
  /** The user's home directory, for a leading `~` in a path. */
  homeDir(): string;
  /** `path` made absolute against `cwd`. */
  resolvePath(cwd: string, path: string): string;
  /** A UTF-8 file's text; throws the runtime's error (with its `code`) when the file cannot be read. */
  readTextFile(path: string): string;
  /** The variables of an env file's text; throws on malformed text. */
  parseEnvText(text: string): Record<string, string>;
  /** Why files cannot be read in this build; `undefined` where they can. */
  readonly filesUnsupported: string | undefined;
}

/**
 * The Node host. `node:fs`, `node:os` and `node:util` are fetched when a file, the home directory or an env file
 * is needed, not imported: an ESM import of a built-in evaluates every export of it (`fs` brings streams and
 * `fs/promises`, `util` its argument parser and MIME types), which a client resolving its settings never needs.
 */
export const configHost: ConfigHost = Object.freeze({
  defaultEnv: () => process.env,
  defaultCwd: () => process.cwd(),
  homeDir: () => process.getBuiltinModule('node:os').homedir(),
  resolvePath: (cwd: string, path: string) => resolve(cwd, path),
  readTextFile: (path: string) => process.getBuiltinModule('node:fs').readFileSync(path, 'utf8'),
  parseEnvText: (text: string) =>
    process.getBuiltinModule('node:util').parseEnv(text) as Record<string, string>,
  filesUnsupported: undefined,
});
