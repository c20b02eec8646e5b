import { afterEach, describe, expect, it } from 'vitest';
import { bpmnFixtures, startTestEngine, type TestEngine } from '../src/index.js';
import { waitFor } from './support/wait-for.js';

describe('fault injection', () => {
  let engine: TestEngine | undefined;
  afterEach(async () => {
    await engine?.stop();
    engine = undefined;
  });

  const outcomes = async (e: TestEngine, n: number) => {
    const results: string[] = [];
    for (let i = 0; i < n; i++) {
      try {
        const res = await fetch(`${e.restAddress}/topology`);
        await res.arrayBuffer();
        results.push(String(res.status));
      } catch {
        results.push('reset');
      }
    }
    return results;
  };

  it('resets connections with a seeded, reproducible probability', async () => {
    engine = await startTestEngine({ faults: { seed: 42, resetProbability: 0.5 } });
    const first = await outcomes(engine, 12);
    expect(first).toContain('reset');
    expect(first).toContain('200');
    engine.setFaults({ seed: 42, resetProbability: 0.5 });
    expect(await outcomes(engine, 12)).toEqual(first);
    expect(engine.stats().faults.resets).toBe(2 * first.filter((r) => r === 'reset').length);
  });

  it('refuses requests beyond the capacity with RESOURCE_EXHAUSTED', async () => {
    engine = await startTestEngine({ clock: 'manual', faults: { maxInFlight: 1, capacityStatus: 503 } });
    const e = engine;
    await e.deploy({ [bpmnFixtures.userTaskProcess.resourceName]: bpmnFixtures.userTaskProcess.xml });
    // An awaited instance holds its request open (a user task never completes by itself) until the client
    // gives up.
    const client = new AbortController();
    const held = fetch(`${e.restAddress}/process-instances`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        processDefinitionId: 'user-task-process',
        awaitCompletion: true,
        requestTimeout: 600_000,
      }),
      signal: client.signal,
    }).then(
      (res) => res.status,
      () => 'aborted',
    );
    await waitFor(() => e.stats().inFlight === 1, 'the awaited request to be in flight');
    const refused = await fetch(`${e.restAddress}/topology`);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { title: string }).title).toBe('RESOURCE_EXHAUSTED');
    client.abort();
    expect(await held).toBe('aborted');
    await waitFor(() => e.stats().inFlight === 0, 'the aborted request to end');

    e.setFaults({ maxInFlight: 0, capacityStatus: 429, operations: ['getStatus'] });
    expect((await fetch(`${e.restAddress}/status`)).status).toBe(429);
    expect((await fetch(`${e.restAddress}/topology`)).status).toBe(200);
    expect(e.stats().faults.refused).toBe(2);
  });

  it('adds latency before handling a request', async () => {
    engine = await startTestEngine({ faults: { latencyMs: { min: 1, max: 3 } } });
    expect((await fetch(`${engine.restAddress}/topology`)).status).toBe(200);
    expect((await fetch(`${engine.restAddress}/topology`)).status).toBe(200);
    expect(engine.stats().faults.delayed).toBe(2);
  });

  it('applies faults only to the listed operations', async () => {
    engine = await startTestEngine({ faults: { resetProbability: 1, operations: ['activateJobs'] } });
    expect((await fetch(`${engine.restAddress}/topology`)).status).toBe(200);
    await expect(
      fetch(`${engine.restAddress}/jobs/activation`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'a', maxJobsToActivate: 1, timeout: 1 }),
      }),
    ).rejects.toThrow();
  });

  it('stop() ends held long polls and closes every socket', async () => {
    engine = await startTestEngine();
    const e = engine;
    const poll = fetch(`${e.restAddress}/jobs/activation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'none', maxJobsToActivate: 1, timeout: 1_000, requestTimeout: 600_000 }),
    }).then(
      (res) => res.status,
      () => 'closed',
    );
    await waitFor(() => e.stats().inFlight === 1, 'the poll to be held');
    await e.stop();
    expect(await poll).toBe('closed');
    expect(e.stats().inFlight).toBe(0);
  });
});
