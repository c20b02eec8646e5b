import { CamundaError, errorGuard } from '@camunda-ts/types';
import type { ConfigWarning } from './config-schema.js';

/** Machine-readable reason of one configuration problem. */
export type ConfigIssueCode =
  /** A key that the chosen settings need is unset. */
  | 'MISSING_REQUIRED'
  /** A value is not one of the allowed words. */
  | 'INVALID_ENUM'
  /** A value is not a decimal integer. */
  | 'INVALID_INTEGER'
  /** A value is not a finite decimal number. */
  | 'INVALID_NUMBER'
  /** A value is not a boolean word. */
  | 'INVALID_BOOLEAN'
  /** A value is not an absolute http(s) URL. */
  | 'INVALID_URL'
  /** A number is outside its allowed range. */
  | 'OUT_OF_RANGE'
  /** Two settings contradict each other (key and alias, two sources of one value, both kinds of credentials). */
  | 'CONFLICT'
  /** A file named by a key cannot be read. */
  | 'UNREADABLE_FILE'
  /** An override names no known key. */
  | 'UNKNOWN_KEY'
  /** A value is of a kind the key cannot take (an object, a `Secret` for a key that is not secret). */
  | 'INVALID_TYPE'
  /** A setting this runtime cannot honour: a file in a browser build, TLS material for a `fetch` transport. */
  | 'UNSUPPORTED_RUNTIME';

/** One configuration problem. Messages name the key and the bad value, secrets masked. */
export interface ConfigIssue {
  /** What kind of problem it is. */
  readonly code: ConfigIssueCode;
  /** Canonical key name (the alias is named in the message when it supplied the value). */
  readonly key: string;
  /** What is wrong, naming the key (never its secret value). */
  readonly message: string;
}

/** Thrown by `resolveConfig` with every problem found, not just the first. */
export class ConfigError extends CamundaError {
  /** Stable error name, checked by {@link isConfigError}. */
  override readonly name = 'ConfigError' as const;
  /** Every problem, in schema order. */
  readonly issues: readonly ConfigIssue[];
  /**
   * The warnings the configuration would have carried; an unknown name among them often explains an issue (a
   * misspelt key leaves the real one unset), so those are repeated in the message.
   */
  readonly warnings: readonly ConfigWarning[];

  constructor(issues: readonly ConfigIssue[], warnings: readonly ConfigWarning[] = []) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    const lines = issues.map((issue) => `  - ${issue.message}`).join('\n');
    const unknown = warnings.filter((warning) => warning.code === 'UNKNOWN_KEY');
    const notes = unknown.length === 0 ? '' : `\nAlso:\n${unknown.map((w) => `  - ${w.message}`).join('\n')}`;
    super(`Invalid Camunda configuration (${count}):\n${lines}${notes}`, { code: 'INVALID_CONFIG' });
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
    this.warnings = Object.freeze(warnings.map((warning) => Object.freeze({ ...warning })));
  }
}

/** True for a `ConfigError` from any installed copy of this package. */
export const isConfigError: (value: unknown) => value is ConfigError = errorGuard<ConfigError>('ConfigError');
