import type { Logger } from '@camunda-ts/client';
import type { WorkerClock } from '../../src/clock.js';
import type { JobCallOptions, JobClient } from '../../src/job-client.js';
import type { ActivatedJob, ActivateJobsInput, JobActivationResult } from '../../src/job-types.js';
import { makeJob } from './make-job.js';

/** One recorded job action. */
export interface ActionCall {
  readonly method: 'completeJob' | 'failJob' | 'throwJobError' | 'updateJob';
  readonly input: Record<string, unknown> & { jobKey: string };
}

/** An error shaped like the client's `HttpError`: what the worker reads is `status`. */
export class FakeHttpError extends Error {
  override readonly name = 'HttpError';
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/** An error shaped like the client's `NetworkError` (no status). */
export class FakeNetworkError extends Error {
  override readonly name = 'NetworkError';
}

interface Waiter {
  readonly input: ActivateJobsInput;
  readonly resolve: (result: JobActivationResult) => void;
  readonly reject: (error: unknown) => void;
  timer?: unknown;
  cleanup: () => void;
}

/**
 * An in-memory job source behaving like the engine's REST API: activations long-poll until jobs exist (or, given a
 * clock, until `requestTimeout`), and every call is recorded. Failures are scripted per call.
 */
export interface FakeJobClient extends JobClient {
  /** Every activation request, in order. */
  readonly activations: ActivateJobsInput[];
  /** Every completion/failure/error/update call, in order (including failed attempts). */
  readonly actions: ActionCall[];
  /** Queues jobs; waiting long polls are answered at once. */
  addJobs(count: number, overrides?: Partial<ActivatedJob>): ActivatedJob[];
  /** Activations waiting for jobs. */
  waitingPolls(): number;
  /** When set, each activation first consults it: an error is thrown, `undefined` proceeds normally. */
  activationFailure: ((input: ActivateJobsInput) => unknown) | undefined;
  /** When set, each action first consults it: an error is thrown, `undefined` succeeds. */
  actionFailure: ((call: ActionCall, attempt: number) => unknown) | undefined;
  /** When set, activations return this many extra jobs beyond `maxJobsToActivate` (a misbehaving server). */
  overDeliver: number;
  /** Actions by method that succeeded. */
  accepted(method: ActionCall['method']): ActionCall[];
}

export function createFakeJobClient(options: { clock?: WorkerClock; logger?: Logger } = {}): FakeJobClient {
  const queue: ActivatedJob[] = [];
  const waiters: Waiter[] = [];
  const activations: ActivateJobsInput[] = [];
  const actions: ActionCall[] = [];
  const acceptedCalls: ActionCall[] = [];
  const attempts = new Map<string, number>();

  const take = (input: ActivateJobsInput): JobActivationResult => {
    const count = Math.min(queue.length, input.maxJobsToActivate + client.overDeliver);
    return { jobs: queue.splice(0, count) };
  };

  const serveWaiters = (): void => {
    while (queue.length > 0 && waiters.length > 0) {
      const waiter = waiters.shift() as Waiter;
      waiter.cleanup();
      waiter.resolve(take(waiter.input));
    }
  };

  const action =
    (method: ActionCall['method']) =>
    async (input: { jobKey: string }): Promise<unknown> => {
      const call: ActionCall = { method, input: { ...input } };
      actions.push(call);
      const key = `${method}:${input.jobKey}`;
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      await Promise.resolve();
      const failure = client.actionFailure?.(call, attempt);
      if (failure !== undefined) throw failure;
      acceptedCalls.push(call);
      return undefined;
    };

  const client: FakeJobClient = {
    activations,
    actions,
    activationFailure: undefined,
    actionFailure: undefined,
    overDeliver: 0,
    ...(options.logger !== undefined && { logger: options.logger }),
    addJobs(count, overrides) {
      const jobs = Array.from({ length: count }, () =>
        makeJob({ deadline: (options.clock?.now() ?? Date.now()) + 60_000, ...overrides }),
      );
      queue.push(...jobs);
      serveWaiters();
      return jobs;
    },
    waitingPolls: () => waiters.length,
    accepted: (method) => acceptedCalls.filter((c) => c.method === method),
    activateJobs(input: ActivateJobsInput, callOptions?: JobCallOptions): Promise<JobActivationResult> {
      activations.push(input);
      const failure = client.activationFailure?.(input);
      if (failure !== undefined) return Promise.reject(failure);
      if (queue.length > 0) return Promise.resolve(take(input));
      return new Promise<JobActivationResult>((resolve, reject) => {
        const signal = callOptions?.signal;
        const onAbort = (): void => {
          const at = waiters.indexOf(waiter);
          if (at >= 0) waiters.splice(at, 1);
          waiter.cleanup();
          reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
        };
        const waiter: Waiter = {
          input,
          resolve,
          reject,
          cleanup: () => {
            signal?.removeEventListener('abort', onAbort);
            if (waiter.timer !== undefined) options.clock?.clearTimeout(waiter.timer);
          },
        };
        if (options.clock !== undefined && input.requestTimeout !== undefined) {
          waiter.timer = options.clock.setTimeout(() => {
            const at = waiters.indexOf(waiter);
            if (at >= 0) waiters.splice(at, 1);
            waiter.timer = undefined;
            waiter.cleanup();
            resolve({ jobs: [] });
          }, input.requestTimeout);
        }
        signal?.addEventListener('abort', onAbort, { once: true });
        waiters.push(waiter);
      });
    },
    completeJob: action('completeJob'),
    failJob: action('failJob'),
    throwJobError: action('throwJobError'),
    updateJob: action('updateJob'),
  };
  return client;
}
