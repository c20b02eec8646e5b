import { ElementId, ProcessDefinitionId, type ProcessInstanceKey } from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import { errorBoundaryProcess, serviceTaskProcess } from '../support/official-sdk-models.js';
import { resourceFile, useOfficialSdk } from '../support/use-official-sdk.js';

// Generous: the engine answers in milliseconds, but the machine may be loaded.
const eventually = { waitUpToMs: 20_000, pollIntervalMs: 20 } as const;

describe('official SDK: the job worker end to end', () => {
  const t = useOfficialSdk();

  async function deployAndStart(
    name: string,
    xml: string,
    variables: ReadonlyArray<Record<string, unknown>>,
  ) {
    await t.client.createDeployment({ resources: [resourceFile(`${name}.bpmn`, xml)] });
    const keys: ProcessInstanceKey[] = [];
    for (const v of variables) {
      const created = await t.client.createProcessInstance({
        processDefinitionId: ProcessDefinitionId.assumeExists(name),
        variables: v,
      });
      keys.push(created.processInstanceKey);
    }
    return keys;
  }

  async function startOne(name: string, xml: string): Promise<ProcessInstanceKey> {
    const [key] = await deployAndStart(name, xml, [{}]);
    if (key === undefined) throw new Error('not started');
    return key;
  }

  it('completes every job with its variables; searchProcessInstances waits until all are COMPLETED', async () => {
    const keys = await deployAndStart(
      'pay',
      serviceTaskProcess('pay', 'pay'),
      [1, 2, 3, 4, 5].map((n) => ({ n, secret: 'not fetched' })),
    );
    const seen: unknown[] = [];
    t.client.createJobWorker({
      jobType: 'pay',
      jobTimeoutMs: 30_000,
      maxParallelJobs: 2,
      pollIntervalMs: 10,
      fetchVariables: ['n'],
      workerName: 'official-worker',
      jobHandler: (job) => {
        seen.push(job.variables);
        return job.complete({ doubled: Number(job.variables.n) * 2 });
      },
    });
    const done = await t.client.searchProcessInstances(
      { filter: { processDefinitionId: 'pay', state: 'COMPLETED' } },
      { consistency: { ...eventually, predicate: (r) => r.page.totalItems === 5 } },
    );
    expect(done.items.map((i) => i.processInstanceKey).sort()).toEqual([...keys].sort());
    expect(seen).toHaveLength(5);
    for (const variables of seen) expect(Object.keys(variables as object)).toEqual(['n']);
    const doubled = await t.client.searchVariables(
      { filter: { name: 'doubled' }, sort: [{ field: 'value' }] },
      { consistency: { waitUpToMs: 0 } },
    );
    expect(doubled.items.map((v) => Number(v.value)).sort((a, b) => a - b)).toEqual([2, 4, 6, 8, 10]);
    const jobs = await t.client.searchJobs({ filter: { type: 'pay' } }, { consistency: { waitUpToMs: 0 } });
    expect(new Set(jobs.items.map((j) => `${j.state}/${j.worker}`))).toEqual(
      new Set(['COMPLETED/official-worker']),
    );
  });

  it('job.fail without retries raises an incident; job.error reaches the boundary event', async () => {
    const failing = await startOne('pay', serviceTaskProcess('pay', 'pay'));
    const declined = await startOne('card', errorBoundaryProcess('card'));
    t.client.createJobWorker({
      jobType: 'pay',
      jobTimeoutMs: 30_000,
      maxParallelJobs: 1,
      pollIntervalMs: 10,
      jobHandler: (job) => job.fail({ errorMessage: 'no funds', retries: 0 }),
    });
    t.client.createJobWorker({
      jobType: 'charge',
      jobTimeoutMs: 30_000,
      maxParallelJobs: 1,
      pollIntervalMs: 10,
      jobHandler: (job) => job.error({ errorCode: 'DECLINED', errorMessage: 'declined by issuer' }),
    });
    const incidents = await t.client.searchIncidents(
      { filter: { processInstanceKey: failing } },
      { consistency: eventually },
    );
    expect(incidents.items.map((i) => [i.errorType, i.errorMessage])).toEqual([
      ['JOB_NO_RETRIES', 'no funds'],
    ]);
    const completed = await t.client.searchProcessInstances(
      { filter: { processInstanceKey: declined, state: 'COMPLETED' } },
      { consistency: eventually },
    );
    expect(completed.items).toHaveLength(1);
    const end = await t.client.searchElementInstances(
      { filter: { processInstanceKey: declined, elementId: ElementId.assumeExists('declined') } },
      { consistency: { waitUpToMs: 0 } },
    );
    expect(end.items.map((e) => e.state)).toEqual(['COMPLETED']);
  });

  it('job.cancelWorkflow cancels the process instance', async () => {
    const key = await startOne('pay', serviceTaskProcess('pay', 'pay'));
    t.client.createJobWorker({
      jobType: 'pay',
      jobTimeoutMs: 30_000,
      maxParallelJobs: 1,
      pollIntervalMs: 10,
      jobHandler: (job) => job.cancelWorkflow(),
    });
    const terminated = await t.client.searchProcessInstances(
      { filter: { processInstanceKey: key, state: 'TERMINATED' } },
      { consistency: eventually },
    );
    expect(terminated.items).toHaveLength(1);
  });
});
