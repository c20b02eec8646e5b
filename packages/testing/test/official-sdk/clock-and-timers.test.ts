import { readFile } from 'node:fs/promises';
import { ElementId, ProcessDefinitionId } from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import { resourceFile, useOfficialSdk } from '../support/use-official-sdk.js';

const now = { consistency: { waitUpToMs: 0 } } as const;

describe('official SDK: the clock (pinClock, resetClock) and timers', () => {
  const t = useOfficialSdk();

  it('pinning the clock past a timer fires it; a boundary timer interrupts the task; resetClock goes back', async () => {
    const xml = await readFile(new URL('../fixtures/timer-process.bpmn', import.meta.url), 'utf8');
    await t.client.createDeployment({ resources: [resourceFile('timer-process.bpmn', xml)] });
    const start = Date.now();
    await t.client.pinClock({ timestamp: start });
    const { processInstanceKey: pi } = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('timer-process'),
      variables: { reviewDeadline: 'PT1H' },
    });
    const state = async (elementId: string) =>
      (
        await t.client.searchElementInstances(
          { filter: { processInstanceKey: pi, elementId: ElementId.assumeExists(elementId) } },
          now,
        )
      ).items.map((e) => e.state);
    expect(await state('cool-down')).toEqual(['ACTIVE']);

    await t.client.pinClock({ timestamp: start + 10 * 60_000 });
    expect(await state('cool-down')).toEqual(['COMPLETED']);
    expect(await state('review')).toEqual(['ACTIVE']);
    const [job] = (
      await t.client.activateJobs({
        type: 'review',
        timeout: 60_000,
        maxJobsToActivate: 1,
        requestTimeout: -1,
      })
    ).jobs;
    expect(job?.deadline).toBe(start + 10 * 60_000 + 60_000);

    await t.client.pinClock({ timestamp: start + 71 * 60_000 });
    expect(await state('review')).toEqual(['TERMINATED']);
    expect(await state('escalated')).toEqual(['COMPLETED']);
    expect((await t.client.getProcessInstance({ processInstanceKey: pi }, now)).state).toBe('COMPLETED');

    await t.client.resetClock();
    const topologyTime = Date.now();
    expect(Math.abs(t.engine.clock.now() - topologyTime)).toBeLessThan(60_000);
  });
});
