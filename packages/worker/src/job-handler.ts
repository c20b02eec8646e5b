import type { JobClient } from './job-client.js';
import type { JobCompletion } from './job-completion.js';
import type {
  ConnectedJobContext,
  JobActionReceipt,
  JobContext,
  JobCustomHeaders,
  JobVariables,
} from './job-context.js';

/**
 * What a handler may return: the variables to complete with, `{ variables?, result }` to complete with a job
 * result, nothing (complete without variables), or the receipt of an explicit action it already took.
 */
// `NoInfer` again inside `JobCompletion`: without it the completion's variables become an inference site for `O`.
// biome-ignore lint/suspicious/noConfusingVoidType: `void` lets a handler with a statement body (no return) type-check.
export type JobHandlerResult<O> = O | JobActionReceipt | JobCompletion<NoInfer<O>> | undefined | void;

/** A job handler for context type `Ctx`, completing with `O`. */
export type JobHandler<Ctx, O = JobVariables> = (
  job: Ctx,
) => JobHandlerResult<O> | Promise<JobHandlerResult<O>>;

/** Call options a `thread` handler may pass to the forwarding client (the signal is forwarded as an abort). */
export interface RemoteCallOptions {
  /** Aborts the forwarded call. */
  readonly signal?: AbortSignal;
  /** Budget of the forwarded call. */
  readonly timeoutMs?: number;
}

/**
 * The client as a `thread` handler sees it: every async method of `C`, forwarded to the main thread's client.
 * Only structured-cloneable inputs and results cross the thread boundary.
 */
export type RemoteClient<C = JobClient> = {
  readonly [K in keyof C as C[K] extends (...args: never[]) => Promise<unknown> ? K : never]: C[K] extends (
    input: infer I,
    ...rest: never[]
  ) => Promise<infer R>
    ? (input: I, options?: RemoteCallOptions) => Promise<R>
    : never;
};

/** A handler for the `thread` strategy: connected, with the forwarding client. */
export type ThreadJobHandler<
  V = JobVariables,
  O = JobVariables,
  H = JobCustomHeaders,
  C = JobClient,
> = JobHandler<ConnectedJobContext<V, O, H, RemoteClient<C>>, O>;

/** A handler for the `process` strategy: isolated, without a client. */
export type ProcessJobHandler<V = JobVariables, O = JobVariables, H = JobCustomHeaders> = JobHandler<
  JobContext<V, O, H>,
  O
>;

/**
 * Types a handler module's export for the `thread` strategy: `export default threadJobHandler<In, Out>(async (job)
 * => …)`. Returns the function unchanged.
 */
export function threadJobHandler<V = JobVariables, O = JobVariables, H = JobCustomHeaders, C = JobClient>(
  handler: ThreadJobHandler<V, O, H, C>,
): ThreadJobHandler<V, O, H, C> {
  return handler;
}

/**
 * Types a handler module's export for the `process` strategy, whose context has no client. Returns the function
 * unchanged.
 */
export function processJobHandler<V = JobVariables, O = JobVariables, H = JobCustomHeaders>(
  handler: ProcessJobHandler<V, O, H>,
): ProcessJobHandler<V, O, H> {
  return handler;
}
