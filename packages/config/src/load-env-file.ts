import { configHost } from './config-host.js';

/** Outcome of reading an env file: its variables, or why it could not be read. A missing file is no error. */
export type EnvFileResult =
  | { readonly ok: true; readonly values: Readonly<Record<string, string | undefined>> }
  | { readonly ok: false; readonly reason: string };

const MISSING = new Set(['ENOENT', 'ENOTDIR']);

/** Reads and parses an env file with the runtime's parser (Node's `util.parseEnv`); never touches `process.env`. */
export function loadEnvFile(path: string): EnvFileResult {
  let text: string;
  try {
    text = configHost.readTextFile(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && MISSING.has(code)) return { ok: true, values: {} };
    return { ok: false, reason: typeof code === 'string' ? code : 'unreadable' };
  }
  try {
    return { ok: true, values: configHost.parseEnvText(text) };
  } catch {
    return { ok: false, reason: 'not a valid env file' };
  }
}
