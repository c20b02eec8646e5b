import type { CamundaClient } from '@camunda-ts/client';
import { oneTaskProcess, type TestEngine } from '@camunda-ts/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { adHocSubProcessResult } from '../src/ad-hoc-sub-process-result.js';
import type { JobClient } from '../src/job-client.js';
import { createJobWorker, type JobWorker } from '../src/job-worker.js';
import { userTaskResult } from '../src/user-task-result.js';
import { type Cleanups, connectClient, startCheckedEngine } from './support/checked-engine.js';
import { createLinkedClock } from './support/linked-clock.js';
import { flush } from './support/manual-clock.js';
import { createRecordingLogger } from './support/recording-logger.js';
import { startRecordingProxy } from './support/recording-proxy.js';
import { deferred, untilReal } from './support/until.js';

// Integration: the worker with the real client against the in-memory engine of @camunda-ts/testing.
const cleanups: Cleanups = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const processXml = (jobType: string) => oneTaskProcess(`${jobType}-process`, jobType, { retries: 1 });

async function startEngine(jobType: string): Promise<TestEngine> {
  const engine = await startCheckedEngine(cleanups, { clock: 'manual' });
  await engine.deploy({ [`${jobType}.bpmn`]: processXml(jobType) });
  return engine;
}

function connect(restAddress: string): CamundaClient {
  return connectClient(cleanups, restAddress);
}

function keep(worker: JobWorker): JobWorker {
  cleanups.push(() => worker.stop({ graceMs: 0 }));
  return worker;
}

async function startInstance(
  client: CamundaClient,
  jobType: string,
  variables: Record<string, unknown> = {},
) {
  const created = await client.createProcessInstance({
    processDefinitionId: `${jobType}-process` as never,
    variables,
  });
  return created.processInstanceKey;
}

async function instanceVariables(engine: TestEngine, processInstanceKey: string) {
  const res = await fetch(`${engine.restAddress}/variables/search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ filter: { processInstanceKey } }),
  });
  const { items } = (await res.json()) as { items: Array<{ name: string; value: string }> };
  return Object.fromEntries(items.map((v) => [v.name, JSON.parse(v.value) as unknown]));
}

async function instanceState(client: CamundaClient, processInstanceKey: string) {
  return (await client.getProcessInstance({ processInstanceKey: processInstanceKey as never })).state;
}

describe('worker against the test engine', () => {
  it('with leases, a worker whose job timed out and went to another worker cannot complete it', async () => {
    const engine = await startEngine('leased');
    const client = connect(engine.restAddress);
    const firstGate = deferred();
    const secondGate = deferred();
    const runs = { first: 0, second: 0 };
    const firstLog = createRecordingLogger();
    const first = keep(
      createJobWorker(client, {
        jobType: 'leased',
        workerName: 'first',
        leases: true,
        jobTimeoutMs: 1_000,
        maxConcurrentJobs: 1,
        logger: firstLog,
        handler: async () => {
          runs.first++;
          await firstGate.promise;
          return { completedBy: 'first' };
        },
      }),
    );
    const pi = await startInstance(client, 'leased');
    await untilReal(() => runs.first === 1, 'the first worker to run the job');

    // The job times out on the engine while the first handler is still busy.
    engine.clock.advance(1_000);
    const second = keep(
      createJobWorker(client, {
        jobType: 'leased',
        workerName: 'second',
        leases: true,
        jobTimeoutMs: 60_000,
        maxConcurrentJobs: 1,
        handler: async () => {
          runs.second++;
          await secondGate.promise;
          return { completedBy: 'second' };
        },
      }),
    );
    await untilReal(() => runs.second === 1, 'the second worker to run the job');

    // The first handler finishes late: its completion carries a superseded lease.
    firstGate.resolve();
    await untilReal(() => first.stats().dropped === 1, 'the first worker to drop the job');
    expect(first.stats()).toMatchObject({ superseded: 1, completed: 0, failed: 0 });
    expect(firstLog.lines.some((l) => l.level === 'warn' && /superseded/.test(l.message ?? ''))).toBe(true);
    expect(await instanceState(client, pi)).toBe('ACTIVE');

    secondGate.resolve();
    await untilReal(() => second.stats().completed === 1, 'the second worker to complete');
    expect(await instanceState(client, pi)).toBe('COMPLETED');
    expect(await instanceVariables(engine, pi)).toEqual({ completedBy: 'second' });
    // Two completions reached the engine, one was accepted; no failure was sent.
    expect(engine.stats().byOperation).toMatchObject({ completeJob: 2 });
    expect(engine.stats().byOperation).not.toHaveProperty('failJob');
    expect(runs).toEqual({ first: 1, second: 1 });
  });

  it('autoExtendTimeout keeps a 3-second handler’s job with a 1-second timeout', async () => {
    const engine = await startEngine('slow');
    const client = connect(engine.restAddress);
    const clock = createLinkedClock(engine.clock);
    // Counts the worker's job commands in flight, so each clock step waits for their answers.
    let pending = 0;
    const track =
      <I, R>(call: (input: I) => Promise<R>) =>
      async (input: I): Promise<R> => {
        pending++;
        try {
          return await call(input);
        } finally {
          pending--;
        }
      };
    const tracked: JobClient = {
      activateJobs: (input, options) => client.activateJobs(input, options),
      completeJob: track((input) => client.completeJob(input)),
      failJob: track((input) => client.failJob(input)),
      throwJobError: track((input) => client.throwJobError(input)),
      updateJob: track((input) => client.updateJob(input)),
    };
    const settle = async () => {
      await flush(5);
      await untilReal(() => pending === 0, 'the worker’s requests to be answered');
    };
    let runs = 0;
    const worker = keep(
      createJobWorker(tracked, {
        jobType: 'slow',
        jobTimeoutMs: 1_000,
        maxConcurrentJobs: 1,
        autoExtendTimeout: true,
        clock,
        handler: async () => {
          runs++;
          await new Promise<void>((resolve) => clock.setTimeout(resolve, 3_000));
          return { slow: 'done' };
        },
      }),
    );
    const pi = await startInstance(client, 'slow');
    await untilReal(() => runs === 1, 'the handler to start');

    await clock.advance(1_900, settle);
    // Past the original deadline, the job is still this worker's: nobody else can activate it.
    const probe = await client.activateJobs({
      type: 'slow',
      maxJobsToActivate: 1,
      timeout: 1_000,
      requestTimeout: -1,
    });
    expect(probe.jobs).toEqual([]);

    await clock.advance(1_200, settle);
    await untilReal(() => worker.stats().completed === 1, 'the completion');
    expect(runs).toBe(1);
    expect(worker.stats()).toMatchObject({ activated: 1, completed: 1, dropped: 0, failed: 0 });
    expect(worker.stats().timeoutExtensions).toBeGreaterThanOrEqual(3);
    expect(await instanceState(client, pi)).toBe('COMPLETED');
    expect(await instanceVariables(engine, pi)).toEqual({ slow: 'done' });
  });

  it('typed job results reach the engine in the completion body, and the engine acts on them', async () => {
    // A user task whose completing listener and an ad-hoc sub-process whose job both have the worker's type.
    const engine = await startEngine('results');
    await engine.deploy({
      'results-listeners.bpmn': `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                  id="results-listeners" targetNamespace="http://camunda-ts.test">
  <bpmn:process id="review-process" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:userTask id="review">
      <bpmn:extensionElements>
        <zeebe:userTask />
        <zeebe:taskListeners><zeebe:taskListener eventType="completing" type="results" /></zeebe:taskListeners>
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:endEvent id="end" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
  </bpmn:process>
  <bpmn:process id="ad-hoc-process" isExecutable="true">
    <bpmn:startEvent id="ad-hoc-start" />
    <bpmn:adHocSubProcess id="tools">
      <bpmn:extensionElements><zeebe:taskDefinition type="results" /></bpmn:extensionElements>
      <bpmn:serviceTask id="research">
        <bpmn:extensionElements><zeebe:taskDefinition type="research" /></bpmn:extensionElements>
      </bpmn:serviceTask>
    </bpmn:adHocSubProcess>
    <bpmn:endEvent id="ad-hoc-end" />
    <bpmn:sequenceFlow id="a1" sourceRef="ad-hoc-start" targetRef="tools" />
    <bpmn:sequenceFlow id="a2" sourceRef="tools" targetRef="ad-hoc-end" />
  </bpmn:process>
</bpmn:definitions>`,
    });
    const proxy = await startRecordingProxy(engine.restAddress);
    cleanups.push(() => proxy.stop());
    const client = connect(proxy.restAddress);
    keep(
      createJobWorker(client, {
        jobType: 'results',
        handler: async (job) => {
          switch (job.variables.mode) {
            case 'approve':
              return { variables: {}, result: userTaskResult({ corrections: { priority: 80 } }) };
            case 'deny':
              return job.complete(
                {},
                { result: userTaskResult({ denied: true, deniedReason: 'missing receipt' }) },
              );
            default:
              // Zeebe refuses elements to activate together with a fulfilled completion condition: first the
              // research, then (the job comes back once it is done) the completion.
              return {
                result:
                  job.variables.researched === true
                    ? adHocSubProcessResult({ isCompletionConditionFulfilled: true })
                    : adHocSubProcessResult({
                        activateElements: [{ elementId: 'research', variables: { topic: 'leases' } }],
                      }),
              };
          }
        },
      }),
    );
    const start = async (processId: string, mode: string) =>
      (await client.createProcessInstance({ processDefinitionId: processId as never, variables: { mode } }))
        .processInstanceKey;
    const approved = await start('review-process', 'approve');
    const denied = await start('review-process', 'deny');
    const adHoc = await start('ad-hoc-process', 'adHoc');
    const taskOf = async (processInstanceKey: string) =>
      (await client.searchUserTasks({ filter: { processInstanceKey: processInstanceKey as never } }))
        .items[0];
    // Each completion is held until the worker has answered its listener job: the worker works the jobs while
    // the requests wait; the approved one succeeds, the denied one is refused with Zeebe's reason.
    const answers = await Promise.allSettled(
      [approved, denied].map(async (pi) =>
        client.completeUserTask({ userTaskKey: (await taskOf(pi))?.userTaskKey as never }),
      ),
    );
    expect(answers[0]).toMatchObject({ status: 'fulfilled' });
    expect(answers[1]).toMatchObject({
      status: 'rejected',
      reason: {
        status: 409,
        problem: {
          detail: expect.stringContaining("was denied by Task Listener. Reason to deny: 'missing receipt'"),
        },
      },
    });
    const completions = () =>
      proxy.requests.filter((r) => r.path.endsWith('/completion') && r.path.includes('/jobs/'));
    await untilReal(() => completions().length === 3, 'three completions');

    expect(completions().map((r) => r.body)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          result: { type: 'userTask', denied: false, corrections: { priority: 80 } },
        }),
        expect.objectContaining({
          result: { type: 'userTask', denied: true, deniedReason: 'missing receipt' },
        }),
        expect.objectContaining({
          result: {
            type: 'adHocSubProcess',
            activateElements: [{ elementId: 'research', variables: { topic: 'leases' } }],
            isCompletionConditionFulfilled: false,
            isCancelRemainingInstances: false,
          },
        }),
      ]),
    );
    // Every result was accepted and acted on.
    expect(completions().map((r) => r.status)).toEqual([204, 204, 204]);
    expect(await instanceState(client, approved)).toBe('COMPLETED');
    expect((await taskOf(approved))?.priority).toBe(80);
    expect(await instanceState(client, denied)).toBe('ACTIVE');
    expect((await taskOf(denied))?.state).toBe('CREATED');
    const research = await client.activateJobs({
      type: 'research',
      maxJobsToActivate: 1,
      timeout: 1_000,
      requestTimeout: -1,
    });
    expect(research.jobs.map((j) => j.variables.topic)).toEqual(['leases']);
    await client.completeJob({ jobKey: research.jobs[0]?.jobKey as never, variables: { researched: true } });
    // The job comes back after the element; its result fulfils the completion condition and the sub-process ends.
    // (The research job's own completion went through the proxy too: the worker's is the fifth.)
    await untilReal(() => completions().length === 5, 'the ad-hoc job completed again');
    expect(completions()[4]).toMatchObject({
      status: 204,
      body: {
        result: { type: 'adHocSubProcess', activateElements: [], isCompletionConditionFulfilled: true },
      },
    });
    expect(await instanceState(client, adHoc)).toBe('COMPLETED');
  });
});
