import type { ResolvedHandlerModule } from './compile-worker-options.js';
import type { JobActionKind, JobActionReceipt } from './job-context.js';
import type { ActivatedJob } from './job-types.js';

/**
 * Messages between the worker (main side) and a handler thread or process (child side). Everything is plain,
 * structured-cloneable data; `id` is the job's number within that child, `seq` numbers a request inside a job.
 */

/** An error as it crosses the boundary. */
export interface WireError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  readonly code?: string;
  readonly status?: number;
  /** Set when the original carried the camunda-ts error brand, so guards keep working on the other side. */
  readonly branded?: boolean;
  /** Present when a handler threw a `JobError`. */
  readonly jobError?: {
    readonly errorCode: string;
    readonly errorMessage?: string;
    readonly variables?: Record<string, unknown>;
  };
  /** Set when the handler threw a `JobFailure`: its retries, backoff and variables. */
  readonly jobFailure?: {
    readonly retries?: number;
    readonly retryBackOffMs?: number;
    readonly variables?: Record<string, unknown>;
  };
}

/** Main → child. */
export type MainToChild =
  | { readonly t: 'init'; readonly target: ResolvedHandlerModule }
  | { readonly t: 'job'; readonly id: number; readonly job: ActivatedJob; readonly connected: boolean }
  | { readonly t: 'abort'; readonly id: number; readonly reason: WireError }
  | {
      readonly t: 'actionDone';
      readonly id: number;
      readonly seq: number;
      readonly receipt?: JobActionReceipt;
      readonly error?: WireError;
    }
  | {
      readonly t: 'callDone';
      readonly id: number;
      readonly seq: number;
      readonly value?: unknown;
      readonly error?: WireError;
    };

/** Child → main. */
export type ChildToMain =
  | { readonly t: 'ready' }
  | { readonly t: 'initError'; readonly error: WireError }
  | {
      readonly t: 'action';
      readonly id: number;
      readonly seq: number;
      readonly kind: JobActionKind;
      readonly args: readonly unknown[];
    }
  | {
      readonly t: 'log';
      readonly id: number;
      readonly level: 'trace' | 'debug' | 'info' | 'warn' | 'error';
      readonly fields: Record<string, unknown>;
      readonly message?: string;
    }
  | {
      readonly t: 'call';
      readonly id: number;
      readonly seq: number;
      readonly method: string;
      readonly input: unknown;
      readonly timeoutMs?: number;
    }
  | { readonly t: 'callAbort'; readonly id: number; readonly seq: number }
  /** `job.extendTimeout(timeoutMs)`; answered with `callDone`. */
  | { readonly t: 'extend'; readonly id: number; readonly seq: number; readonly timeoutMs: number }
  | { readonly t: 'done'; readonly id: number; readonly value: unknown }
  | { readonly t: 'threw'; readonly id: number; readonly error: WireError };
