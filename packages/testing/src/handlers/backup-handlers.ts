import { isoDate } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { TestEngineError } from '../test-engine-error.js';
import { badRequest, bodyObject } from './handler-support.js';

/** Captures one part of the engine's state; the returned function puts it back. */
export type Snapshotter = () => () => void;

interface RuntimeBackup {
  readonly backupId: number;
  readonly createdAt: number;
  readonly position: number;
  readonly restoreState: () => void;
}

interface HistoryBackup {
  readonly backupId: number;
  readonly createdAt: number;
}

const BACKUP_ID = /^[1-9][0-9]{0,18}$/;

function backupIdOf(value: unknown, field: string): number {
  const text = String(value ?? '');
  if (!BACKUP_ID.test(text)) throw badRequest(`'${field}' must be a positive backup id, got '${text}'`);
  return Number(text);
}

function conflict(message: string): TestEngineError {
  return new TestEngineError(message, { code: 'CONFLICT', status: 409, title: 'CONFLICT' });
}

/**
 * Backups and restore on one node. A runtime backup is a snapshot of the in-memory state — deployments,
 * decisions and their evaluations, forms, resources, documents, cluster variables, global listeners — and
 * `restore` puts the latest chosen backup back. Running process instances are not part of a snapshot: a restore
 * leaves none running (their jobs, messages and incidents go with them). History backups record that the
 * (same, in-memory) secondary storage was captured.
 */
export function backupHandlers(
  ctx: EngineContext,
  parts: readonly Snapshotter[],
  dropRuntime: () => void,
): HandlerTable {
  const runtime = new Map<number, RuntimeBackup>();
  const history = new Map<number, HistoryBackup>();
  let position = 0;
  let lastRestore: { changeId: string; startedAt: number; backupIds: number[] } | undefined;

  const info = (b: RuntimeBackup) => ({
    backupId: b.backupId,
    state: 'COMPLETED',
    failureReason: null,
    details: [
      {
        partitionId: 1,
        state: 'COMPLETED',
        failureReason: null,
        createdAt: isoDate(b.createdAt),
        lastUpdatedAt: isoDate(b.createdAt),
        snapshotId: `${b.position}-1-${b.backupId}`,
        firstLogPosition: 1,
        checkpointPosition: b.position,
        brokerId: 0,
        brokerVersion: ctx.version,
      },
    ],
  });
  const historyInfo = (b: HistoryBackup) => ({
    backupId: b.backupId,
    state: 'COMPLETED',
    failureReason: null,
    details: [
      {
        snapshotName: `camunda_history_${b.backupId}`,
        state: 'SUCCESS',
        startTime: isoDate(b.createdAt),
        failures: [],
      },
    ],
  });
  const withPrefix = <T extends { backupId: number }>(list: Iterable<T>, prefix: string | null) =>
    [...list].filter((b) => prefix === null || String(b.backupId).startsWith(prefix.replace(/\*$/, '')));
  const notFound = (id: number) =>
    new TestEngineError(`Backup ${id} does not exist`, {
      code: 'NOT_FOUND',
      status: 404,
      title: 'NOT_FOUND',
    });
  const state = () => {
    const list = [...runtime.values()].sort((a, b) => a.backupId - b.backupId);
    const toState = (b: RuntimeBackup) => ({
      checkpointId: b.backupId,
      checkpointType: 'MANUAL_BACKUP',
      partitionId: 1,
      checkpointPosition: b.position,
      firstLogPosition: 1,
      checkpointTimestamp: isoDate(b.createdAt),
    });
    const last = list[list.length - 1];
    const first = list[0];
    return {
      status: 200,
      body: {
        checkpointStates:
          last === undefined
            ? []
            : [
                {
                  checkpointId: last.backupId,
                  checkpointType: 'MANUAL_BACKUP',
                  partitionId: 1,
                  checkpointPosition: last.position,
                  checkpointTimestamp: isoDate(last.createdAt),
                },
              ],
        backupStates: last === undefined ? [] : [toState(last)],
        ranges:
          first === undefined || last === undefined
            ? []
            : [{ partitionId: 1, start: toState(first), end: toState(last) }],
      },
    };
  };

  const takeRuntime = (body: unknown) => {
    const raw = bodyObject(body).backupId;
    if (raw === undefined || raw === null) {
      throw badRequest("'backupId' is required: the test engine schedules no backups of its own");
    }
    const backupId = backupIdOf(raw, 'backupId');
    const highest = Math.max(0, ...runtime.keys());
    if (backupId <= highest) {
      throw conflict(`Expected a backup id higher than ${highest}, the latest backup, but got ${backupId}`);
    }
    const restores = parts.map((take) => take());
    position += 1;
    runtime.set(backupId, {
      backupId,
      createdAt: ctx.clock.now(),
      position,
      restoreState: () => {
        for (const restorePart of restores) restorePart();
      },
    });
    return { status: 202, body: { backupId } };
  };
  const deleteRuntime = (id: string | undefined) => {
    runtime.delete(backupIdOf(id, 'backupId'));
    return { status: 204 };
  };
  const takeHistory = (body: unknown) => {
    const backupId = backupIdOf(bodyObject(body).backupId, 'backupId');
    if (history.has(backupId)) throw conflict(`A history backup with id ${backupId} already exists`);
    history.set(backupId, { backupId, createdAt: ctx.clock.now() });
    return { status: 202, body: { backupId, scheduledSnapshots: [`camunda_history_${backupId}`] } };
  };
  const deleteHistory = (id: string | undefined) => {
    const backupId = backupIdOf(id, 'backupId');
    if (!history.delete(backupId)) throw notFound(backupId);
    return { status: 204 };
  };
  const restore = (query: URLSearchParams, raw: unknown) => {
    const body = bodyObject(raw);
    const ids = body.backupIds;
    let candidates: RuntimeBackup[];
    if (Array.isArray(ids) && ids.length > 0) {
      candidates = ids.map((id) => {
        const b = runtime.get(backupIdOf(id, 'backupIds'));
        if (b === undefined) throw badRequest(`Backup ${String(id)} does not exist`);
        return b;
      });
    } else {
      const from = typeof body.from === 'string' ? Date.parse(body.from) : Number.NEGATIVE_INFINITY;
      const to = typeof body.to === 'string' ? Date.parse(body.to) : Number.POSITIVE_INFINITY;
      candidates = [...runtime.values()].filter((b) => b.createdAt >= from && b.createdAt <= to);
    }
    const chosen = candidates.sort((a, b) => a.backupId - b.backupId)[candidates.length - 1];
    if (chosen === undefined) throw badRequest('No backup matches the restore request');
    const changeId = ctx.keys.next();
    if (query.get('dryRun') !== 'true') {
      dropRuntime();
      chosen.restoreState();
      lastRestore = { changeId, startedAt: ctx.clock.now(), backupIds: [chosen.backupId] };
    }
    return { status: 202, body: { changeId, plannedChanges: [] } };
  };

  // The cluster-admin variants answer per physical tenant; this node has one, `default`.
  const tenants = (query: URLSearchParams) => {
    const id = query.get('physicalTenantId');
    if (id !== null && id !== 'default') {
      throw new TestEngineError(`Physical tenant '${id}' does not exist; the test engine has 'default'`, {
        code: 'NOT_FOUND',
        status: 404,
        title: 'NOT_FOUND',
      });
    }
  };
  const clusterInfo = (b: RuntimeBackup) => {
    const { details, ...rest } = info(b);
    return {
      ...rest,
      physicalTenants: [{ physicalTenantId: 'default', state: rest.state, failureReason: null, details }],
    };
  };
  const clusterHistoryInfo = (b: HistoryBackup) => {
    const { backupId, ...rest } = historyInfo(b);
    return { backupId, physicalTenants: [{ physicalTenantId: 'default', ...rest }] };
  };
  const clusterState = () => ({
    status: 200,
    body: { physicalTenants: [{ physicalTenantId: 'default', state: state().body }] },
  });
  const runtimeById = (id: string | undefined) => {
    const backupId = backupIdOf(id, 'backupId');
    const b = runtime.get(backupId);
    if (b === undefined) throw notFound(backupId);
    return b;
  };
  const historyById = (id: string | undefined) => {
    const backupId = backupIdOf(id, 'backupId');
    const b = history.get(backupId);
    if (b === undefined) throw notFound(backupId);
    return b;
  };

  return {
    takeRuntimeBackup: (req) => takeRuntime(req.body),
    takeRuntimeBackupAsClusterAdmin(req) {
      tenants(req.query);
      let taken: ReturnType<typeof takeRuntime>;
      try {
        taken = takeRuntime(req.body);
      } catch (error) {
        // The one physical tenant refused the id during the fan-out: Camunda answers the status with the cluster
        // result (that tenant FAILED, running nothing), not a problem detail.
        if (!(error instanceof TestEngineError) || error.status !== 409) throw error;
        return {
          status: 409,
          body: {
            physicalTenants: [
              { physicalTenantId: 'default', backupId: null, outcome: 'FAILED', reason: error.message },
            ],
          },
        };
      }
      const { body } = taken;
      return {
        status: 202,
        body: {
          physicalTenants: [
            { physicalTenantId: 'default', backupId: body.backupId, outcome: 'TRIGGERED', reason: null },
          ],
        },
      };
    },
    getRuntimeBackup: (req) => ({ status: 200, body: info(runtimeById(req.params.backupId)) }),
    getRuntimeBackupAsClusterAdmin(req) {
      tenants(req.query);
      return { status: 200, body: clusterInfo(runtimeById(req.params.backupId)) };
    },
    listRuntimeBackups: (req) => ({
      status: 200,
      body: withPrefix(runtime.values(), req.query.get('prefix')).map(info),
    }),
    listRuntimeBackupsAsClusterAdmin(req) {
      tenants(req.query);
      return { status: 200, body: withPrefix(runtime.values(), req.query.get('prefix')).map(clusterInfo) };
    },
    deleteRuntimeBackup: (req) => deleteRuntime(req.params.backupId),
    deleteRuntimeBackupAsClusterAdmin(req) {
      tenants(req.query);
      return deleteRuntime(req.params.backupId);
    },
    getRuntimeBackupState: state,
    syncRuntimeBackupState: state,
    getRuntimeBackupStateAsClusterAdmin(req) {
      tenants(req.query);
      return clusterState();
    },
    syncRuntimeBackupStateAsClusterAdmin(req) {
      tenants(req.query);
      return clusterState();
    },
    deleteRuntimeBackupState() {
      runtime.clear();
      return { status: 204 };
    },
    deleteRuntimeBackupStateAsClusterAdmin(req) {
      tenants(req.query);
      runtime.clear();
      return { status: 204 };
    },
    takeHistoryBackup: (req) => takeHistory(req.body),
    takeHistoryBackupAsClusterAdmin(req) {
      tenants(req.query);
      const { body } = takeHistory(req.body);
      return {
        status: 202,
        body: {
          backupId: body.backupId,
          physicalTenants: [{ physicalTenantId: 'default', scheduledSnapshots: body.scheduledSnapshots }],
        },
      };
    },
    getHistoryBackup: (req) => ({ status: 200, body: historyInfo(historyById(req.params.backupId)) }),
    getHistoryBackupAsClusterAdmin(req) {
      tenants(req.query);
      return { status: 200, body: clusterHistoryInfo(historyById(req.params.backupId)) };
    },
    listHistoryBackups: (req) => ({
      status: 200,
      body: withPrefix(history.values(), req.query.get('prefix')).map(historyInfo),
    }),
    listHistoryBackupsAsClusterAdmin(req) {
      tenants(req.query);
      return {
        status: 200,
        body: withPrefix(history.values(), req.query.get('prefix')).map(clusterHistoryInfo),
      };
    },
    deleteHistoryBackup: (req) => deleteHistory(req.params.backupId),
    deleteHistoryBackupAsClusterAdmin(req) {
      tenants(req.query);
      return deleteHistory(req.params.backupId);
    },
    restore: (req) => restore(req.query, req.body),
    restoreAsClusterAdmin(req) {
      tenants(req.query);
      return restore(req.query, req.body);
    },
    getRestoreStatus() {
      if (lastRestore === undefined) {
        throw new TestEngineError('No restore has been started', {
          code: 'NOT_FOUND',
          status: 404,
          title: 'NOT_FOUND',
        });
      }
      return {
        status: 200,
        body: {
          status: 'COMPLETED',
          changeId: lastRestore.changeId,
          startedAt: isoDate(lastRestore.startedAt),
          brokers: [
            {
              brokerId: '0',
              partitionsRestored: 1,
              partitionsToRestore: 1,
              partitions: [
                {
                  partitionId: 1,
                  state: 'RESTORED',
                  backupIds: lastRestore.backupIds,
                  completedAt: isoDate(lastRestore.startedAt),
                },
              ],
            },
          ],
        },
      };
    },
  };
}
