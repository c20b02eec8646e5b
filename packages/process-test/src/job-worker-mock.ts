import type { CamundaClient } from '@camunda-ts/client';
import {
  BpmnError,
  type ConnectedJobContext,
  createJobWorker,
  JobFailure,
  type JobWorker,
} from '@camunda-ts/worker';

/** The job a {@link JobWorkerMock} handler receives: the worker's job context. */
export type MockedJob = ConnectedJobContext<
  Record<string, unknown>,
  Record<string, unknown>,
  Record<string, string>,
  CamundaClient
>;

/** Stands in for the job worker of one job type; choose what it does with one of the `then…` methods. */
export interface JobWorkerMock {
  /** Completes every job with these variables. */
  thenComplete(variables?: Readonly<Record<string, unknown>>): JobWorkerMock;
  /** Throws the BPMN error `code` (with `variables`) for every job. */
  thenThrowBpmnError(code: string, variables?: Readonly<Record<string, unknown>>): JobWorkerMock;
  /** Fails every job with `message`, leaving `retries` (default 0: an incident at once). */
  thenFail(message: string, retries?: number): JobWorkerMock;
  /** Runs `handler` for every job: its return value completes the job, as in a worker. */
  withHandler(handler: (job: MockedJob) => unknown): JobWorkerMock;
  /** Jobs this mock has handled so far. */
  readonly invocations: number;
  /** Stops the mock's worker (a later `then…` starts a new one). */
  stop(): Promise<void>;
}

/** Creates a {@link JobWorkerMock} for `jobType`, served by a real job worker on `client`. */
export function createJobWorkerMock(client: CamundaClient, jobType: string): JobWorkerMock {
  let worker: JobWorker | undefined;
  let behaviour: ((job: MockedJob) => unknown) | undefined;
  let invocations = 0;
  // One worker per job type for the mock's life: changing what the mock does swaps the behaviour rather than
  // the worker, so no job is ever handed to a worker on its way out.
  const use = (handler: (job: MockedJob) => unknown): JobWorkerMock => {
    behaviour = handler;
    worker ??= createJobWorker(client, {
      jobType,
      workerName: `process-test-mock-${jobType}`,
      maxConcurrentJobs: 8,
      handler: async (job: MockedJob) => {
        invocations += 1;
        return (await behaviour?.(job)) as Record<string, unknown> | undefined;
      },
    });
    return mock;
  };
  const mock: JobWorkerMock = {
    thenComplete: (variables = {}) => use(() => ({ ...variables })),
    thenThrowBpmnError: (code, variables) =>
      use(() => {
        throw new BpmnError({
          errorCode: code,
          ...(variables === undefined ? {} : { variables: { ...variables } }),
        });
      }),
    thenFail: (message, retries = 0) =>
      use(() => {
        throw new JobFailure({ message, retries });
      }),
    withHandler: (handler) => use(handler),
    get invocations() {
      return invocations;
    },
    stop: async () => {
      const running = worker;
      worker = undefined;
      await running?.stop({ graceMs: 0 });
    },
  };
  return mock;
}
