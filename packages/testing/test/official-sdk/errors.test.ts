import {
  isSdkError,
  ProcessDefinitionId,
  ProcessInstanceKey,
  UserTaskKey,
} from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import { serviceTaskProcess } from '../support/official-sdk-models.js';
import { resourceFile, useOfficialSdk } from '../support/use-official-sdk.js';

const now = { consistency: { waitUpToMs: 0 } } as const;

describe('official SDK: error responses become its typed HttpSdkError with the problem details', () => {
  const t = useOfficialSdk();

  /** The rejection of `promise`, checked to be an HttpSdkError; the SDK's error log of it is expected. */
  async function httpError(promise: Promise<unknown>) {
    const error = await promise.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (e: unknown) => e,
    );
    t.logged.length = 0;
    if (!isSdkError(error) || error.name !== 'HttpSdkError') throw error;
    return error;
  }

  it('404: an unknown process instance, user task or job', async () => {
    const missing = await httpError(
      t.client.getProcessInstance(
        { processInstanceKey: ProcessInstanceKey.assumeExists('2251799813699999') },
        now,
      ),
    );
    expect(missing).toMatchObject({
      status: 404,
      title: 'NOT_FOUND',
      operationId: 'getProcessInstance',
      instance: '/v2/process-instances/2251799813699999',
    });
    expect(missing.detail).toMatch(/2251799813699999/);
    expect(missing.type).toEqual(expect.any(String));

    const task = await httpError(
      t.client.assignUserTask({ userTaskKey: UserTaskKey.assumeExists('2251799813699998'), assignee: 'a' }),
    );
    expect(task).toMatchObject({ status: 404, title: 'NOT_FOUND' });

    const job = await httpError(t.client.completeJob({ jobKey: '2251799813699997' as never }));
    expect(job).toMatchObject({ status: 404, title: 'NOT_FOUND' });
    expect(job.detail).toMatch(/2251799813699997/);
  });

  it('400 for a model that does not parse and a malformed request body, 404 for an unknown process id', async () => {
    const deployment = await httpError(
      t.client.createDeployment({ resources: [resourceFile('broken.bpmn', '<definitions')] }),
    );
    expect(deployment).toMatchObject({ status: 400, title: 'INVALID_ARGUMENT' });
    expect(deployment.detail).toMatch(/broken\.bpmn/);

    const unknown = await httpError(
      t.client.createProcessInstance({
        processDefinitionId: ProcessDefinitionId.assumeExists('nothing-here'),
      }),
    );
    expect(unknown.status).toBe(404);
    expect(unknown.detail).toMatch(/nothing-here/);

    const malformed = await httpError(
      t.client.activateJobs({ type: 'x', timeout: 1000, maxJobsToActivate: -5 } as never),
    );
    expect(malformed).toMatchObject({ status: 400, title: 'INVALID_ARGUMENT' });
    expect(malformed.detail).toMatch(/maxJobsToActivate/);
  });

  it('409: completing a job that failed without retries (INVALID_STATE)', async () => {
    await t.client.createDeployment({
      resources: [resourceFile('pay.bpmn', serviceTaskProcess('pay', 'pay'))],
    });
    await t.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('pay') });
    const [job] = (
      await t.client.activateJobs({ type: 'pay', timeout: 60_000, maxJobsToActivate: 1, requestTimeout: -1 })
    ).jobs;
    if (job === undefined) throw new Error('no job');
    await t.client.failJob({ jobKey: job.jobKey, retries: 0, errorMessage: 'down' });

    const conflict = await httpError(t.client.completeJob({ jobKey: job.jobKey }));
    expect(conflict).toMatchObject({ status: 409, title: 'INVALID_STATE', operationId: 'completeJob' });
    expect(conflict.detail).toMatch(/FAILED/);
  });
});
