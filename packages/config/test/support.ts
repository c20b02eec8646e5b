import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type ConfigError, type ConfigIssueCode, isConfigError } from '../src/config-error.js';
import { type ResolveConfigOptions, resolveConfig } from '../src/resolve-config.js';
import { Secret } from '../src/secret.js';

/** A fresh temporary directory and a function that removes it. */
export function tempDir(): { readonly path: string; readonly remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'camunda-config-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Reads a dotted path out of a resolved config. */
export function at(root: unknown, path: string): unknown {
  let node = root;
  for (const part of path.split('.')) node = (node as Record<string, unknown>)[part];
  return node;
}

/** Secrets compared by content: `{ secret: 'raw' }`. */
export function unwrap(value: unknown): unknown {
  return value instanceof Secret ? { secret: value.reveal() } : value;
}

/** Runs `resolveConfig` expecting it to throw, and returns the `ConfigError`. */
export function configError(options: ResolveConfigOptions): ConfigError {
  try {
    resolveConfig(options);
  } catch (error) {
    expect(isConfigError(error)).toBe(true);
    return error as ConfigError;
  }
  throw new Error('resolveConfig did not throw');
}

/** The codes of a `ConfigError`'s issues, keyed by key. */
export function issueCodes(error: ConfigError): Array<[string, ConfigIssueCode]> {
  return error.issues.map((issue) => [issue.key, issue.code]);
}
