import type { EngineContext } from '../engine/engine-context.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { bodyObject, integerField, invalidValue, missingField } from './handler-support.js';

/** Topology, status, license and the engine clock (`pinClock` / `resetClock`). */
export function clusterHandlers(ctx: EngineContext): HandlerTable {
  return {
    getTopology: () => ({
      status: 200,
      body: {
        brokers: [
          {
            nodeId: 0,
            brokerId: '0',
            host: '127.0.0.1',
            port: ctx.port(),
            partitions: [{ partitionId: 1, role: 'leader', health: 'healthy', state: 'active' }],
            version: ctx.version,
          },
        ],
        clusterId: null,
        clusterSize: 1,
        partitionsCount: 1,
        replicationFactor: 1,
        gatewayVersion: ctx.version,
        lastCompletedChangeId: '-1',
      },
    }),
    getStatus: () => ({ status: 204 }),
    getLicense: () => ({
      status: 200,
      body: { validLicense: true, licenseType: 'unlimited', isCommercial: false, expiresAt: null },
    }),
    pinClock: (req) => {
      const timestamp = integerField(bodyObject(req.body), 'timestamp');
      if (timestamp === undefined) throw missingField('timestamp');
      if (timestamp < 0) throw invalidValue('timestamp', timestamp, 'not negative');
      ctx.clock.pin(timestamp);
      return { status: 204 };
    },
    resetClock: () => {
      ctx.clock.reset();
      return { status: 204 };
    },
  };
}
