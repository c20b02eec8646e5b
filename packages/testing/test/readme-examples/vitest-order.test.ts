// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { bpmnFixtures, startTestEngine } from '../../src/index.js';
import { afterAll, expect, it } from 'vitest';

const engine = await startTestEngine({ validateResponses: true });
afterAll(() => engine.stop());

const post = async <T>(path: string, body: unknown): Promise<T> => {
  const res = await fetch(`${engine.restAddress}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (res.status === 204 ? undefined : await res.json()) as T;
};
type Activated = { jobs: { jobKey: string }[] };

it('ships an order that is in stock', async () => {
  const order = bpmnFixtures.orderProcess;
  await engine.deploy({ [order.resourceName]: order.xml });
  const { processInstanceKey } = await post<{ processInstanceKey: string }>('/process-instances', {
    processDefinitionId: order.processDefinitionId,
    variables: { order: { items: ['book'], total: 42 } },
  });

  // A long poll: answers as soon as the job exists.
  const check = await post<Activated>('/jobs/activation', {
    type: 'check-stock',
    maxJobsToActivate: 1,
    timeout: 30_000,
  });
  await post(`/jobs/${check.jobs[0]?.jobKey}/completion`, { variables: { available: true } });
  const ship = await post<Activated>('/jobs/activation', {
    type: 'ship-order',
    maxJobsToActivate: 1,
    timeout: 30_000,
  });
  await post(`/jobs/${ship.jobs[0]?.jobKey}/completion`, {});

  const instance = await fetch(`${engine.restAddress}/process-instances/${processInstanceKey}`);
  expect(((await instance.json()) as { state: string }).state).toBe('COMPLETED');
  expect(engine.violations()).toEqual([]);
});
