import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { type AdHocSubProcessJobResult, adHocSubProcessResult } from '../src/ad-hoc-sub-process-result.js';
import type { JobClient } from '../src/job-client.js';
import { processJobHandler } from '../src/job-handler.js';
import type { JobResult } from '../src/job-types.js';
import { createJobWorker } from '../src/job-worker.js';
import { type UserTaskJobResult, userTaskResult } from '../src/user-task-result.js';

declare const client: JobClient;

describe('result helpers', () => {
  it('build tagged results the engine accepts', () => {
    expectTypeOf(userTaskResult()).toEqualTypeOf<UserTaskJobResult>();
    expectTypeOf(userTaskResult({ denied: true })).toExtend<JobResult>();
    expectTypeOf(adHocSubProcessResult()).toEqualTypeOf<AdHocSubProcessJobResult>();
    expectTypeOf(adHocSubProcessResult()).toExtend<JobResult>();
    expectTypeOf(userTaskResult().type).toEqualTypeOf<'userTask'>();
  });

  it('reject malformed user-task results', () => {
    // @ts-expect-error — a denial cannot carry corrections (the engine would revert them)
    userTaskResult({ denied: true, corrections: { assignee: 'anna' } });
    // @ts-expect-error — a reason only goes with a denial
    userTaskResult({ deniedReason: 'why' });
    // @ts-expect-error — denied is a boolean
    userTaskResult({ denied: 'yes' });
    // @ts-expect-error — priority is a number
    userTaskResult({ corrections: { priority: '80' } });
    // @ts-expect-error — only the correctable properties exist
    userTaskResult({ corrections: { owner: 'anna' } });
    // @ts-expect-error — candidate groups are a list
    userTaskResult({ corrections: { candidateGroups: 'finance' } });
    userTaskResult({ corrections: { assignee: '', candidateUsers: [], priority: 10 } });
  });

  it('reject malformed ad-hoc sub-process results', () => {
    // @ts-expect-error — an element is named by elementId
    adHocSubProcessResult({ activateElements: [{ id: 'research' }] });
    // @ts-expect-error — the flags are booleans
    adHocSubProcessResult({ isCompletionConditionFulfilled: 'yes' });
    adHocSubProcessResult({ activateElements: [{ elementId: 'research', variables: { topic: 'x' } }] });
  });
});

describe('completing with a result', () => {
  it('job.complete takes the spec result union and rejects malformed ones', () => {
    processJobHandler(async (job) => {
      await job.complete({}, { result: userTaskResult({ denied: true, deniedReason: 'no' }) });
      await job.complete(undefined, { result: { type: 'adHocSubProcess', activateElements: [] } });
      // @ts-expect-error — denied is a boolean
      await job.complete({}, { result: { type: 'userTask', denied: 'no' } });
      // @ts-expect-error — not a result type
      await job.complete({}, { result: { type: 'approval' } });
      expectTypeOf(job.extendTimeout(60_000)).resolves.toBeVoid();
    });
  });

  it('a handler may return { variables, result }, its variables typed by the output schema', () => {
    const output = z.object({ approved: z.boolean() });
    createJobWorker(client, {
      jobType: 'x',
      outputSchema: output,
      handler: () => ({ variables: { approved: true }, result: userTaskResult() }),
    });
    createJobWorker(client, {
      jobType: 'x',
      outputSchema: output,
      handler: () => ({ result: adHocSubProcessResult({ isCompletionConditionFulfilled: true }) }),
    });
    // @ts-expect-error — the variables must match the output schema
    createJobWorker(client, {
      jobType: 'x',
      outputSchema: output,
      handler: () => ({ variables: { approved: 'yes' }, result: userTaskResult() }),
    });
    // @ts-expect-error — a returned result must name its type (build it with a helper)
    createJobWorker(client, {
      jobType: 'x',
      outputSchema: output,
      handler: () => ({ variables: { approved: true }, result: { denied: true } }),
    });
  });
});

describe('worker options', () => {
  it('tenantFilter is PROVIDED or ASSIGNED; leases and autoExtendTimeout are booleans', () => {
    createJobWorker(client, {
      jobType: 'x',
      tenantFilter: 'ASSIGNED',
      leases: true,
      autoExtendTimeout: true,
      handler: () => undefined,
    });
    // @ts-expect-error — not a tenant filter
    createJobWorker(client, { jobType: 'x', tenantFilter: 'MINE', handler: () => undefined });
    // @ts-expect-error — leases is a boolean
    createJobWorker(client, { jobType: 'x', leases: 'on', handler: () => undefined });
  });
});
