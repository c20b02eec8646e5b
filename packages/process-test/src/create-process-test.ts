import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CamundaClient,
  type ExtendedDeploymentResult,
  type OperationInput,
  type OperationOutput,
  ProcessDefinitionId,
} from '@camunda-ts/client';
import { type ProcessModel, parseProcessModels } from './bpmn-model.js';
import { type CoverageReport, type CoverageReportOptions, writeCoverageReport } from './coverage-report.js';
import { createDecisionAssert, type DecisionAssert, type DecisionSelector } from './decision-assert.js';
import { readElementInstances } from './instance-snapshot.js';
import { createJobWorkerMock, type JobWorkerMock } from './job-worker-mock.js';
import { childProcessBpmn, decisionDmn, isXmlId } from './mock-resources.js';
import { buildCoverage, type ProcessCoverage, takenFlowsOfInstance } from './process-coverage.js';
import {
  createProcessInstanceAssert,
  type ProcessInstanceAssert,
  type ProcessInstanceRef,
} from './process-instance-assert.js';
import { ProcessTestError } from './process-test-error.js';
import type { ProcessTestOptions, ProcessTestRuntime } from './process-test-options.js';
import { connectRuntime } from './runtime-connection.js';
import { createUserTaskAssert, type UserTaskAssert, userTaskFilter } from './user-task-assert.js';
import type { UserTaskSelector } from './user-task-selector.js';
import { DEFAULT_WAIT, resolveWait, type WaitOptions } from './wait-options.js';

/** A process test: a runtime, a client on it, mocks, assertions that wait, time control and coverage. */
export interface ProcessTest {
  /** Where the test runs. */
  readonly runtime: ProcessTestRuntime;
  /** A client connected to the runtime. */
  readonly client: CamundaClient;
  /** Deploys `.bpmn`, `.dmn` and `.form` files; their processes count towards {@link ProcessTest.coverage}. */
  deploy(paths: readonly string[]): Promise<ExtendedDeploymentResult>;
  /** Answers every job of `jobType` as the returned mock says; the same mock each time for one type. */
  mockJobWorker(jobType: string): JobWorkerMock;
  /** Deploys a stand-in for the process a call activity calls: it sets `variables` and completes. */
  mockChildProcess(processId: string, variables?: Readonly<Record<string, unknown>>): Promise<void>;
  /** Deploys a stand-in for decision `decisionId` that always answers `output`. */
  mockDecision(decisionId: string, output: unknown): Promise<void>;
  /** Assertions on a process instance (what `createProcessInstance` returned, or its key). */
  assertThat(instance: ProcessInstanceRef): ProcessInstanceAssert;
  /** Assertions on the user tasks `selector` picks. */
  assertThatUserTask(selector: UserTaskSelector): UserTaskAssert;
  /** Assertions on the decision evaluations `selector` picks. */
  assertThatDecision(selector: DecisionSelector): DecisionAssert;
  /** Waits for a job of `jobType` and completes it with `variables`. */
  completeJob(
    jobType: string,
    variables?: Readonly<Record<string, unknown>>,
    wait?: WaitOptions,
  ): Promise<void>;
  /** Waits for a job of `jobType` and throws the BPMN error `errorCode` for it. */
  throwBpmnError(
    jobType: string,
    errorCode: string,
    variables?: Readonly<Record<string, unknown>>,
    wait?: WaitOptions,
  ): Promise<void>;
  /** Waits for an open user task `selector` picks and completes it with `variables`. */
  completeUserTask(
    selector: UserTaskSelector,
    variables?: Readonly<Record<string, unknown>>,
    wait?: WaitOptions,
  ): Promise<void>;
  /** Publishes a message (the client's `publishMessage`). */
  publishMessage(input: OperationInput<'publishMessage'>): Promise<OperationOutput<'publishMessage'>>;
  /** Moves the engine clock forward by `ms`, firing the timers that fall due. */
  increaseTime(ms: number): Promise<void>;
  /** Sets the engine clock to a moment (epoch ms or a `Date`). */
  setTime(time: number | Date): Promise<void>;
  /** Per deployed process: the elements and sequence flows taken so far, and those never taken. */
  coverage(): Promise<ProcessCoverage[]>;
  /**
   * Writes the coverage report (`coverage/processes/coverage.json` and one HTML page per process), united with
   * the report already there unless `merge: false`.
   */
  writeCoverageReport(options?: CoverageReportOptions): Promise<CoverageReport>;
  /** Stops the mocks, closes the client and stops the in-memory engine (remote: gives back the clock). */
  stop(): Promise<void>;
}

/** Starts a process test on the in-memory engine (default) or the configured cluster (`runtime: 'remote'`). */
export async function createProcessTest(options: ProcessTestOptions = {}): Promise<ProcessTest> {
  const defaults = resolveWait(DEFAULT_WAIT, options);
  const connection = await connectRuntime(options);
  const { client } = connection;
  const mocks = new Map<string, JobWorkerMock>();
  const models = new Map<string, ProcessModel>();
  let scratchDir: string | undefined;

  const deployXml = async (fileName: string, xml: string) => {
    scratchDir ??= await mkdtemp(join(tmpdir(), 'camunda-ts-process-test-'));
    const path = join(scratchDir, fileName);
    await writeFile(path, xml);
    await client.deployResourcesFromFiles([path]);
  };

  const takeJob = async (jobType: string, wait: WaitOptions | undefined) => {
    const { timeoutMs } = resolveWait(defaults, wait);
    const { jobs } = await client.activateJobs(
      {
        type: jobType,
        maxJobsToActivate: 1,
        timeout: 60_000,
        requestTimeout: timeoutMs,
        worker: 'process-test',
      },
      { signal: AbortSignal.timeout(timeoutMs + 1_000) },
    );
    const job = jobs[0];
    if (job === undefined) {
      throw new ProcessTestError(`No job of type '${jobType}' could be activated within ${timeoutMs} ms`, {
        code: 'TIMEOUT',
      });
    }
    return job;
  };

  const requireId = (key: string, id: string) => {
    if (!isXmlId(id)) {
      throw new ProcessTestError(`${key} must be a valid BPMN/DMN id, got ${JSON.stringify(id)}`, {
        code: 'INVALID_OPTIONS',
      });
    }
  };

  const processTest: ProcessTest = {
    runtime: connection.runtime,
    client,
    async deploy(paths) {
      const result = await client.deployResourcesFromFiles(paths);
      for (const path of paths.filter((p) => p.endsWith('.bpmn'))) {
        for (const model of await parseProcessModels(await readFile(path, 'utf8'))) {
          models.set(model.processDefinitionId, model);
        }
      }
      return result;
    },
    mockJobWorker(jobType) {
      // One mock per type: mocking a type again gives the same mock, whose next `then…` says what it does now.
      const existing = mocks.get(jobType);
      if (existing !== undefined) return existing;
      const mock = createJobWorkerMock(client, jobType);
      mocks.set(jobType, mock);
      return mock;
    },
    async mockChildProcess(processId, variables = {}) {
      requireId('processId', processId);
      await deployXml(`mock-${processId}.bpmn`, childProcessBpmn(processId, variables));
    },
    async mockDecision(decisionId, output) {
      requireId('decisionId', decisionId);
      await deployXml(`mock-${decisionId}.dmn`, decisionDmn(decisionId, output));
    },
    assertThat: (instance) => createProcessInstanceAssert(client, instance, defaults),
    assertThatUserTask: (selector) => createUserTaskAssert(client, selector, defaults),
    assertThatDecision: (selector) => createDecisionAssert(client, selector, defaults),
    async completeJob(jobType, variables = {}, wait) {
      const job = await takeJob(jobType, wait);
      await client.completeJob({ jobKey: job.jobKey, variables: { ...variables } });
    },
    async throwBpmnError(jobType, errorCode, variables, wait) {
      const job = await takeJob(jobType, wait);
      await client.throwJobError({
        jobKey: job.jobKey,
        errorCode,
        ...(variables === undefined ? {} : { variables: { ...variables } }),
      });
    },
    async completeUserTask(selector, variables = {}, wait) {
      const resolved = resolveWait(defaults, wait);
      const { items } = await client.searchUserTasks(
        { filter: { ...userTaskFilter(selector), state: 'CREATED' }, page: { limit: 1 } },
        {
          consistency: {
            waitUpToMs: resolved.timeoutMs,
            pollIntervalMs: resolved.pollIntervalMs,
            predicate: (r) => r.items.length > 0,
          },
        },
      );
      const task = items[0];
      if (task === undefined) {
        throw new ProcessTestError(`No open user task matches ${JSON.stringify(selector)}`, {
          code: 'NOT_FOUND',
        });
      }
      await client.completeUserTask({ userTaskKey: task.userTaskKey, variables: { ...variables } });
    },
    publishMessage: (input) => client.publishMessage(input),
    async increaseTime(ms) {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new ProcessTestError(`increaseTime(ms) needs a finite ms >= 0, got ${ms}`, {
          code: 'INVALID_OPTIONS',
        });
      }
      await connection.increaseTime(ms);
    },
    async setTime(time) {
      const epochMs = typeof time === 'number' ? time : time.getTime();
      if (!Number.isFinite(epochMs)) {
        throw new ProcessTestError(`setTime(time) needs a valid time, got ${String(time)}`, {
          code: 'INVALID_OPTIONS',
        });
      }
      await connection.setTime(epochMs);
    },
    async coverage() {
      const result: ProcessCoverage[] = [];
      for (const model of models.values()) {
        const elements = new Set<string>();
        const flows = new Set<string>();
        const processDefinitionId = ProcessDefinitionId.of(model.processDefinitionId);
        for await (const instance of client.paginate.searchProcessInstances({
          filter: { processDefinitionId },
        })) {
          const instances = await readElementInstances(client, instance.processInstanceKey);
          for (const e of instances) elements.add(e.elementId);
          for (const id of takenFlowsOfInstance(model, instances)) flows.add(id);
        }
        result.push(buildCoverage(model, elements, flows));
      }
      return result;
    },
    async writeCoverageReport(reportOptions) {
      return writeCoverageReport([...models.values()], await processTest.coverage(), reportOptions);
    },
    async stop() {
      try {
        await Promise.all([...mocks.values()].map((m) => m.stop()));
      } finally {
        await connection.close();
        if (scratchDir !== undefined) await rm(scratchDir, { recursive: true, force: true });
      }
    },
  };
  return processTest;
}
