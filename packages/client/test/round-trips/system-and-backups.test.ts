import { describe, expect, it } from 'vitest';
import { DecisionDefinitionId } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

const DMN = `<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="drg" name="DRG" namespace="t">
  <decision id="answer" name="Answer"><literalExpression id="l"><text>42</text></literalExpression></decision>
</definitions>`;

describe('system, cluster, exporting and backups through the client', () => {
  const t = useEngineClient();

  it('reports one healthy node: status, topology, configuration, cluster mode', async () => {
    expect(await t.client.getClusterStatus({})).toEqual({ status: 'HEALTHY' });
    const topology = await t.client.getClusterTopology({});
    expect(topology.clusterSize).toBe(1);
    expect(topology.physicalTenants[0]?.brokers[0]?.partitions).toEqual([
      { partitionId: 1, role: 'leader', health: 'healthy', state: 'active' },
    ]);
    const config = await t.client.getSystemConfiguration({});
    expect(config.deployment.isMultiTenancyEnabled).toBe(false);
    const change = await t.client.changeClusterMode({ mode: 'RECOVERING' });
    const admin = await t.client.changeClusterModeAsClusterAdmin({ mode: 'PROCESSING', dryRun: true });
    expect(Number(admin.changeId)).toBe(Number(change.changeId) + 1);
  });

  it('counts usage: process instances and decision evaluations', async () => {
    await t.client.createDeployment({ resources: [resource('drg.dmn', DMN)] });
    await t.client.evaluateDecision({
      decisionDefinitionId: DecisionDefinitionId.of('answer'),
      variables: {},
    });
    const metrics = await t.client.getUsageMetrics({
      startTime: new Date(0).toISOString(),
      endTime: new Date(Date.now() + 60_000).toISOString(),
      withTenants: true,
    });
    expect(metrics).toMatchObject({ decisionInstances: 1, processInstances: 0, activeTenants: 1 });
    expect(metrics.tenants['<default>']).toMatchObject({ decisionInstances: 1 });
  });

  it('pauses and resumes exporting, softly or not', async () => {
    expect(await t.client.getExportingStatus({})).toEqual({ status: 'EXPORTING' });
    await t.client.pauseExporting({ soft: true });
    expect(await t.client.getClusterExportingStatus({})).toEqual({ status: 'SOFT_PAUSED' });
    await t.client.resumeExporting({});
    await t.client.pauseClusterExporting({});
    expect((await t.client.getExportingStatus({})).status).toBe('PAUSED');
    await t.client.resumeClusterExporting({});
    expect((await t.client.getClusterExportingStatus({})).status).toBe('EXPORTING');
  });

  it('takes a runtime backup of the state and restores it', async () => {
    await t.client.createDeployment({ resources: [resource('drg.dmn', DMN)] });
    expect((await t.client.takeRuntimeBackup({ backupId: 1 })).backupId).toBe(1);
    await expect(t.client.takeRuntimeBackup({ backupId: 1 })).rejects.toMatchObject({ status: 409 });

    // Changes after the backup: a second decision version and a cluster variable.
    await t.client.createDeployment({ resources: [resource('drg.dmn', DMN.replace('42', '43'))] });
    expect((await t.client.searchDecisionDefinitions({})).items).toHaveLength(2);

    const backup = await t.client.getRuntimeBackup({ backupId: 1 });
    expect(backup).toMatchObject({ backupId: 1, state: 'COMPLETED' });
    expect(await t.client.listRuntimeBackups({})).toHaveLength(1);
    expect((await t.client.getRuntimeBackupState({})).backupStates[0]?.checkpointId).toBe(1);
    expect((await t.client.syncRuntimeBackupState({})).ranges).toHaveLength(1);

    const restore = await t.client.restore({ backupIds: [1] });
    expect(restore.plannedChanges).toEqual([]);
    expect((await t.client.searchDecisionDefinitions({})).items.map((d) => d.version)).toEqual([1]);
    const status = await t.client.getRestoreStatus({});
    expect(status).toMatchObject({ status: 'COMPLETED', changeId: restore.changeId });

    await t.client.deleteRuntimeBackup({ backupId: 1 });
    await expect(t.client.getRuntimeBackup({ backupId: 1 })).rejects.toMatchObject({ status: 404 });
    await t.client.deleteRuntimeBackupState({});
  });

  it('records history backups', async () => {
    const taken = await t.client.takeHistoryBackup({ backupId: 7 });
    expect(taken).toEqual({ backupId: 7, scheduledSnapshots: ['camunda_history_7'] });
    expect(await t.client.getHistoryBackup({ backupId: 7 })).toMatchObject({ state: 'COMPLETED' });
    expect((await t.client.listHistoryBackups({})).map((b) => b.backupId)).toEqual([7]);
    await t.client.deleteHistoryBackup({ backupId: 7 });
    await expect(t.client.getHistoryBackup({ backupId: 7 })).rejects.toMatchObject({ status: 404 });
  });

  it('serves the cluster-admin variants of backups and restore', async () => {
    await t.client.takeRuntimeBackupAsClusterAdmin({ backupId: 2 });
    expect((await t.client.getRuntimeBackupAsClusterAdmin({ backupId: 2 })).physicalTenants[0]?.state).toBe(
      'COMPLETED',
    );
    expect(await t.client.listRuntimeBackupsAsClusterAdmin({})).toHaveLength(1);
    expect(
      (await t.client.getRuntimeBackupStateAsClusterAdmin({})).physicalTenants[0]?.state.backupStates,
    ).toHaveLength(1);
    expect((await t.client.syncRuntimeBackupStateAsClusterAdmin({})).physicalTenants).toHaveLength(1);
    await t.client.restoreAsClusterAdmin({ backupIds: [2] });
    await t.client.deleteRuntimeBackupAsClusterAdmin({ backupId: 2 });
    await t.client.deleteRuntimeBackupStateAsClusterAdmin({});
    await t.client.takeHistoryBackupAsClusterAdmin({ backupId: 3 });
    expect((await t.client.getHistoryBackupAsClusterAdmin({ backupId: 3 })).backupId).toBe(3);
    expect(await t.client.listHistoryBackupsAsClusterAdmin({})).toHaveLength(1);
    await t.client.deleteHistoryBackupAsClusterAdmin({ backupId: 3 });
  });
});
