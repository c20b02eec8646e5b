import { bpmnFixtures, startTestEngine } from '@camunda-ts/testing';
import { nullLogger } from '@camunda-ts/types';
import { it, expect } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { createCamundaClient } from '../src/index.js';
it('smoke', async () => {
  const engine = await startTestEngine({ validateResponses: true });
  const client = createCamundaClient({ env: { CAMUNDA_REST_ADDRESS: engine.restAddress, CAMUNDA_SDK_VALIDATION: 'strict' }, logger: nullLogger });
  try {
    await writeFile('/tmp/smoke/order-process.bpmn', bpmnFixtures.orderProcess.xml);
    await writeFile('/tmp/smoke/user-task-process.bpmn', bpmnFixtures.userTaskProcess?.xml ?? '');
    const dep = await client.deployResourcesFromFiles(['/tmp/smoke/order-process.bpmn']);
    console.log(JSON.stringify(dep));
    const pi = await client.createProcessInstance({ processDefinitionId: 'order-process' as never, variables: { order: { items: 2, total: 10 } } });
    console.log(JSON.stringify(pi));
    const jobs = await client.activateJobs({ type: 'check-stock', maxJobsToActivate: 5, timeout: 10000, requestTimeout: 1000 });
    console.log(JSON.stringify(jobs));
    const s = await client.searchProcessInstances({}, { consistency: { waitUpToMs: 2000 } });
    console.log(JSON.stringify(s).slice(0, 300));
    const t = await client.getTopology();
    console.log(JSON.stringify(t));
    const all = [];
    for await (const x of client.paginate.searchProcessInstances({}, { pageSize: 1 })) all.push(x);
    console.log(all.length, engine.violations());
  } finally {
    await client.close();
    await engine.stop();
  }
});
