import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { adHocSubProcessResult } from '../src/ad-hoc-sub-process-result.js';
import type { ConnectedJobContext } from '../src/job-context.js';
import { createJobWorker, type JobWorker } from '../src/job-worker.js';
import type { JobWorkerBaseOptions } from '../src/job-worker-options.js';
import { userTaskResult } from '../src/user-task-result.js';
import type { JobOutcome } from '../src/worker-events.js';
import { createFakeJobClient, type FakeJobClient } from './support/fake-job-client.js';
import { createManualClock } from './support/manual-clock.js';
import { until } from './support/until.js';

const workers: JobWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop({ graceMs: 0 })));
});

type Ctx = ConnectedJobContext<
  Record<string, unknown>,
  Record<string, unknown>,
  Record<string, unknown>,
  FakeJobClient
>;

async function oneJob(
  handler: (job: Ctx) => unknown,
  extra: Partial<JobWorkerBaseOptions<unknown, unknown, unknown>> = {},
): Promise<{ client: FakeJobClient; outcomes: JobOutcome[] }> {
  const clock = createManualClock();
  const client = createFakeJobClient({ clock });
  const worker = createJobWorker(client, {
    jobType: 'test-job',
    handler: handler as never,
    clock,
    ...(extra as object),
  });
  workers.push(worker);
  const outcomes: JobOutcome[] = [];
  worker.on('jobSettled', (e) => outcomes.push(e.outcome));
  client.addJobs(1);
  await until(() => outcomes.length === 1, 'the job');
  return { client, outcomes };
}

describe('result helpers', () => {
  it('userTaskResult approves by default, denies with a reason, or corrects', () => {
    expect(userTaskResult()).toEqual({ type: 'userTask', denied: false });
    expect(userTaskResult({ denied: true, deniedReason: 'over budget' })).toEqual({
      type: 'userTask',
      denied: true,
      deniedReason: 'over budget',
    });
    const groups = ['finance'];
    const corrected = userTaskResult({
      corrections: { assignee: 'anna', candidateGroups: groups, priority: 80, dueDate: '' },
    });
    expect(corrected).toEqual({
      type: 'userTask',
      denied: false,
      corrections: { assignee: 'anna', candidateGroups: ['finance'], priority: 80, dueDate: '' },
    });
    // The result owns its lists: changing the input afterwards does not change what is sent.
    groups.push('sales');
    expect(corrected.corrections?.candidateGroups).toEqual(['finance']);
  });

  it('adHocSubProcessResult fills the flags and copies the elements', () => {
    expect(adHocSubProcessResult()).toEqual({
      type: 'adHocSubProcess',
      activateElements: [],
      isCompletionConditionFulfilled: false,
      isCancelRemainingInstances: false,
    });
    expect(
      adHocSubProcessResult({
        activateElements: [{ elementId: 'research', variables: { topic: 'ai' } }, { elementId: 'review' }],
        isCompletionConditionFulfilled: true,
      }),
    ).toEqual({
      type: 'adHocSubProcess',
      activateElements: [{ elementId: 'research', variables: { topic: 'ai' } }, { elementId: 'review' }],
      isCompletionConditionFulfilled: true,
      isCancelRemainingInstances: false,
    });
  });
});

describe('completing with a job result', () => {
  it('a handler returning { variables, result } completes with both', async () => {
    const { client, outcomes } = await oneJob(() => ({
      variables: { reviewed: true },
      result: userTaskResult({ denied: true, deniedReason: 'missing receipt' }),
    }));
    expect(client.actions).toEqual([
      {
        method: 'completeJob',
        input: {
          jobKey: expect.any(String),
          variables: { reviewed: true },
          result: { type: 'userTask', denied: true, deniedReason: 'missing receipt' },
        },
      },
    ]);
    expect(outcomes).toEqual(['completed']);
  });

  it('a handler returning only { result } completes without variables', async () => {
    const { client } = await oneJob(() => ({
      result: adHocSubProcessResult({ isCancelRemainingInstances: true }),
    }));
    expect(client.actions[0]?.input).not.toHaveProperty('variables');
    expect(client.actions[0]?.input.result).toMatchObject({
      type: 'adHocSubProcess',
      isCancelRemainingInstances: true,
    });
  });

  it('an object that merely has a `result` variable is still the variables', async () => {
    const { client } = await oneJob(() => ({ result: 42, variables: ['a'] }));
    expect(client.actions[0]?.input).toEqual({
      jobKey: expect.any(String),
      variables: { result: 42, variables: ['a'] },
    });
    const untyped = await oneJob(() => ({ result: { denied: true } }));
    expect(untyped.client.actions[0]?.input.variables).toEqual({ result: { denied: true } });
  });

  it('job.complete(variables, { result }) sends the result', async () => {
    const { client } = await oneJob(async (job) => {
      await job.complete(
        { a: 1 },
        { result: adHocSubProcessResult({ activateElements: [{ elementId: 'x' }] }) },
      );
    });
    expect(client.actions[0]?.input).toMatchObject({
      variables: { a: 1 },
      result: { type: 'adHocSubProcess', activateElements: [{ elementId: 'x' }] },
    });
  });

  it('outputSchema validates the variables of a { variables, result } return', async () => {
    const { client, outcomes } = await oneJob(
      () => ({ variables: { total: 'not a number' }, result: userTaskResult() }),
      { outputSchema: z.object({ total: z.number() }) },
    );
    expect(client.actions.map((a) => a.method)).toEqual(['failJob']);
    expect(client.actions[0]?.input.errorMessage).toContain('total');
    expect(outcomes).toEqual(['failed']);
  });
});
