import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCamundaClient, isSdkError } from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import { officialSdkConfig, useOfficialSdk } from '../support/use-official-sdk.js';

describe('official SDK: topology and status', () => {
  const t = useOfficialSdk();

  it('getTopology: one broker, leader of every partition, the gateway version', async () => {
    const topology = await t.client.getTopology();
    expect(topology.clusterSize).toBe(1);
    expect(topology.partitionsCount).toBe(1);
    expect(topology.replicationFactor).toBe(1);
    expect(topology.brokers).toHaveLength(1);
    const broker = topology.brokers[0];
    expect(broker?.partitions).toMatchObject([{ partitionId: 1, role: 'leader', health: 'healthy' }]);
    expect(topology.gatewayVersion).toMatch(/^8\.10\./);
  });

  it('getStatus resolves (204: the cluster has a healthy partition)', async () => {
    await expect(t.client.getStatus()).resolves.toBeUndefined();
  });
});

describe('official SDK: the suite checks responses with the SDK schemas', () => {
  const t = useOfficialSdk();

  it('a field the SDK schema does not know fails the call (fanatical mode is on)', async () => {
    // The engine's own topology answer plus one field: proof that the configuration this suite runs the SDK with
    // refuses what the engine must never send.
    const server = createServer((_req, res) => {
      void fetch(`${t.engine.restAddress}/topology`)
        .then((r) => r.json())
        .then((topology: unknown) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ ...(topology as object), unexpected: true }));
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = createCamundaClient({
        config: officialSdkConfig(`http://127.0.0.1:${port}`) as never,
        log: { level: 'silent' },
      });
      const error = await client.getTopology().then(
        () => undefined,
        (e: unknown) => e,
      );
      // The SDK wraps the refusal of an unknown field in a NetworkSdkError whose message names the field.
      expect(isSdkError(error)).toBe(true);
      expect((error as Error).message).toBe('Unknown properties in response: /: unexpected');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
