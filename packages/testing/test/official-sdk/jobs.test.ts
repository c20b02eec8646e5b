import { ElementId, ProcessDefinitionId, type ProcessInstanceKey } from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import { errorBoundaryProcess, serviceTaskProcess } from '../support/official-sdk-models.js';
import { resourceFile, useOfficialSdk } from '../support/use-official-sdk.js';

const now = { consistency: { waitUpToMs: 0 } } as const;

describe('official SDK: jobs through activateJobs and the job commands', () => {
  const t = useOfficialSdk({ clock: 'manual' });

  async function start(name: string, xml: string, variables: Record<string, unknown> = {}) {
    await t.client.createDeployment({ resources: [resourceFile(`${name}.bpmn`, xml)] });
    const created = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists(name),
      variables,
    });
    return created.processInstanceKey;
  }

  // requestTimeout -1: no long poll, the engine answers at once (an empty answer does not wait out a poll).
  const activate = (type: string, maxJobsToActivate = 10) =>
    t.client.activateJobs({
      type,
      timeout: 60_000,
      maxJobsToActivate,
      requestTimeout: -1,
      worker: 'sdk-test',
    });

  const state = async (processInstanceKey: ProcessInstanceKey) =>
    (await t.client.getProcessInstance({ processInstanceKey }, now)).state;

  it('activateJobs answers the job with its variables, headers and retries; completeJob moves the instance on', async () => {
    const pi = await start('pay', serviceTaskProcess('pay', 'pay'), { orderId: 'o-1', amount: 10 });
    const { jobs } = await activate('pay');
    expect(jobs).toHaveLength(1);
    const job = jobs[0];
    if (job === undefined) throw new Error('no job');
    expect(job).toMatchObject({
      type: 'pay',
      processInstanceKey: pi,
      processDefinitionId: 'pay',
      processDefinitionVersion: 1,
      elementId: 'task',
      retries: 3,
      worker: 'sdk-test',
      customHeaders: { region: 'eu' },
      variables: { orderId: 'o-1', amount: 10 },
      tenantId: '<default>',
      kind: 'BPMN_ELEMENT',
    });
    // Activated once: not activatable again while it is leased.
    expect((await activate('pay')).jobs).toEqual([]);

    await t.client.completeJob({ jobKey: job.jobKey, variables: { paid: true } });
    expect(await state(pi)).toBe('COMPLETED');
    const variables = await t.client.searchVariables(
      { filter: { processInstanceKey: pi, name: 'paid' } },
      now,
    );
    expect(variables.items.map((v) => v.value)).toEqual(['true']);
    const searched = await t.client.searchJobs({ filter: { processInstanceKey: pi } }, now);
    expect(searched.items.map((j) => [j.state, j.worker])).toEqual([['COMPLETED', 'sdk-test']]);
  });

  it('failJob with retries and a backoff: the job comes back after the backoff, with the retries left', async () => {
    await start('pay', serviceTaskProcess('pay', 'pay'));
    const [job] = (await activate('pay')).jobs;
    if (job === undefined) throw new Error('no job');
    await t.client.failJob({
      jobKey: job.jobKey,
      retries: 2,
      errorMessage: 'try later',
      retryBackOff: 30_000,
    });
    expect((await activate('pay')).jobs).toEqual([]);
    const failed = await t.client.searchJobs({ filter: { jobKey: job.jobKey } }, now);
    expect(failed.items[0]).toMatchObject({
      state: 'FAILED',
      retries: 2,
      errorMessage: 'try later',
      hasFailedWithRetriesLeft: true,
    });

    t.engine.clock.advance(30_000);
    const [again] = (await activate('pay')).jobs;
    expect(again?.jobKey).toBe(job.jobKey);
    expect(again?.retries).toBe(2);
  });

  it('failJob with no retries left raises an incident; updateJob gives retries back, resolveIncident retries it', async () => {
    const pi = await start('pay', serviceTaskProcess('pay', 'pay'));
    const [job] = (await activate('pay')).jobs;
    if (job === undefined) throw new Error('no job');
    await t.client.failJob({ jobKey: job.jobKey, retries: 0, errorMessage: 'card gateway down' });

    const incidents = await t.client.searchIncidents({ filter: { processInstanceKey: pi } }, now);
    expect(incidents.items).toEqual([
      expect.objectContaining({
        errorType: 'JOB_NO_RETRIES',
        errorMessage: 'card gateway down',
        state: 'ACTIVE',
        elementId: 'task',
        jobKey: job.jobKey,
        processInstanceKey: pi,
      }),
    ]);
    expect((await t.client.getProcessInstance({ processInstanceKey: pi }, now)).hasIncident).toBe(true);
    const incident = incidents.items[0];
    if (incident === undefined) throw new Error('no incident');
    expect(await t.client.getIncident({ incidentKey: incident.incidentKey }, now)).toMatchObject({
      errorType: 'JOB_NO_RETRIES',
      state: 'ACTIVE',
    });

    await t.client.updateJob({ jobKey: job.jobKey, changeset: { retries: 2 } });
    await t.client.resolveIncident({ incidentKey: incident.incidentKey });
    expect((await t.client.getIncident({ incidentKey: incident.incidentKey }, now)).state).toBe('RESOLVED');
    const [retried] = (await activate('pay')).jobs;
    expect(retried?.retries).toBe(2);
    await t.client.completeJob({ jobKey: job.jobKey });
    expect(await state(pi)).toBe('COMPLETED');
  });

  it('throwJobError is caught by the error boundary event with the variables of the error', async () => {
    const pi = await start('card', errorBoundaryProcess('card'));
    const [job] = (await activate('charge')).jobs;
    if (job === undefined) throw new Error('no job');
    await t.client.throwJobError({
      jobKey: job.jobKey,
      errorCode: 'DECLINED',
      errorMessage: 'card declined',
      variables: { reason: 'insufficient funds' },
    });
    expect(await state(pi)).toBe('COMPLETED');
    const elements = await t.client.searchElementInstances(
      { filter: { processInstanceKey: pi, state: 'COMPLETED' }, sort: [{ field: 'elementInstanceKey' }] },
      now,
    );
    expect(elements.items.map((e) => e.elementId)).toEqual(['card', 'start', 'on-declined', 'declined']);
    const charge = await t.client.searchElementInstances(
      { filter: { processInstanceKey: pi, elementId: ElementId.assumeExists('charge') } },
      now,
    );
    // The error boundary event interrupts the task.
    expect(charge.items.map((e) => e.state)).toEqual(['TERMINATED']);
    const reason = await t.client.searchVariables(
      { filter: { processInstanceKey: pi, name: 'reason' } },
      now,
    );
    expect(reason.items.map((v) => v.value)).toEqual(['"insufficient funds"']);
    const searched = await t.client.searchJobs({ filter: { jobKey: job.jobKey } }, now);
    expect(searched.items[0]).toMatchObject({ state: 'ERROR_THROWN', errorCode: 'DECLINED' });
  });

  it('an unknown error code raises an UNHANDLED_ERROR_EVENT incident', async () => {
    const pi = await start('card', errorBoundaryProcess('card'));
    const [job] = (await activate('charge')).jobs;
    if (job === undefined) throw new Error('no job');
    await t.client.throwJobError({ jobKey: job.jobKey, errorCode: 'NOBODY_CATCHES_THIS' });
    const incidents = await t.client.searchIncidents({ filter: { processInstanceKey: pi } }, now);
    expect(incidents.items.map((i) => i.errorType)).toEqual(['UNHANDLED_ERROR_EVENT']);
  });

  it('updateJob changes the timeout of an activated job; it times out on the engine clock', async () => {
    await start('pay', serviceTaskProcess('pay', 'pay'));
    const [job] = (await activate('pay')).jobs;
    if (job === undefined) throw new Error('no job');
    await t.client.updateJob({ jobKey: job.jobKey, changeset: { timeout: 5_000 } });
    // (Not read back with searchJobs: its state is now TIMEOUT_UPDATED, a member 8.10 added to the job state
    // enum that SDK 9.x, typed for 8.9, refuses.)
    t.engine.clock.advance(4_999);
    expect((await activate('pay')).jobs).toEqual([]);
    t.engine.clock.advance(2);
    const [again] = (await activate('pay')).jobs;
    expect(again?.jobKey).toBe(job.jobKey);
  });

  it('the enriched job of activateJobs completes through its own complete()', async () => {
    const pi = await start('pay', serviceTaskProcess('pay', 'pay'));
    const [job] = (await activate('pay')).jobs;
    if (job === undefined) throw new Error('no job');
    await job.complete({ done: 1 });
    expect(await state(pi)).toBe('COMPLETED');
  });

  it('resolving a job incident while the job has no retries is refused (INVALID_STATE); the incident stays', async () => {
    await start('pay', serviceTaskProcess('pay', 'pay'));
    const [job] = (await activate('pay')).jobs;
    if (job === undefined) throw new Error('no job');
    await t.client.failJob({ jobKey: job.jobKey, retries: 0, errorMessage: 'down' });
    const [incident] = (await t.client.searchIncidents({ filter: { jobKey: job.jobKey } }, now)).items;
    if (incident === undefined) throw new Error('no incident');

    const refused = await t.client.resolveIncident({ incidentKey: incident.incidentKey }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({
      name: 'HttpSdkError',
      status: 409,
      title: 'INVALID_STATE',
      detail: `Command 'RESOLVE' rejected with code 'INVALID_STATE': Expected to resolve incident with key '${incident.incidentKey}', but job with key '${job.jobKey}' has no retries left. Please update the job retries and retry resolving the incident`,
    });
    t.logged.length = 0;
    expect((await t.client.getIncident({ incidentKey: incident.incidentKey }, now)).state).toBe('ACTIVE');
    expect((await activate('pay')).jobs).toEqual([]);
  });
});
