import { afterEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../src/index.js';
import { restClient } from './support/rest-client.js';

describe('smoke', () => {
  let engine: TestEngine | undefined;
  afterEach(async () => {
    await engine?.stop();
  });
  it('runs the order process', async () => {
    engine = await startTestEngine({ validateResponses: true });
    const api = restClient(engine);
    const topo = await api.get('/topology');
    expect(topo.status).toBe(200);
    const dep = await api.deployFixtures('order-process.bpmn');
    console.log(JSON.stringify(dep));
    const pi = await api.start('order-process', { order: { items: ['a'], total: 10 } });
    const job = await api.activateOne('check-stock');
    console.log(job);
    await api.complete(job.jobKey, { available: true });
    const ship = await api.activateOne('ship-order');
    await api.complete(ship.jobKey);
    console.log(await api.instance(pi), await api.variables(pi));
    console.log(engine.violations());
  });
});
