import type { EngineContext } from '../engine/engine-context.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { badRequest, stringField } from './handler-support.js';

/** Exporting as one node reports it: exporting, paused, or soft-paused. */
export type ExportingState = 'EXPORTING' | 'PAUSED' | 'SOFT_PAUSED';

/** The node's mutable system state: exporting and the last cluster change. */
export interface SystemState {
  exporting: ExportingState;
  lastChangeId: number;
}

/** Usage metrics, system configuration, cluster status/topology/mode and exporting, for one node. */
export function systemHandlers(ctx: EngineContext, state: SystemState, maxRequestSize: number): HandlerTable {
  const topology = () => ({
    brokers: [{ brokerId: '0', host: '127.0.0.1', port: ctx.port(), version: ctx.version }],
    clusterId: null,
    clusterSize: 1,
    gatewayVersion: ctx.version,
    physicalTenants: [
      {
        physicalTenantId: 'default',
        partitionsCount: 1,
        replicationFactor: 1,
        lastCompletedChangeId: String(state.lastChangeId),
        brokers: [
          {
            brokerId: '0',
            partitions: [{ partitionId: 1, role: 'leader', health: 'healthy', state: 'active' }],
          },
        ],
      },
    ],
  });
  const changeMode = (query: URLSearchParams) => {
    const mode = query.get('mode') ?? 'PROCESSING';
    if (mode !== 'PROCESSING' && mode !== 'RECOVERING') {
      throw badRequest(`Query parameter 'mode' must be PROCESSING or RECOVERING, got '${mode}'`);
    }
    const dryRun = query.get('dryRun') === 'true';
    const changeId = dryRun ? state.lastChangeId + 1 : ++state.lastChangeId;
    return {
      status: 200,
      body: {
        changeId: String(changeId),
        plannedChanges: [{ physicalTenantId: 'default', operations: [{ operation: 'CHANGE_MODE', mode }] }],
      },
    };
  };
  const pause = (query: URLSearchParams) => {
    state.exporting = query.get('soft') === 'true' ? 'SOFT_PAUSED' : 'PAUSED';
    return { status: 204 };
  };
  const resume = () => {
    state.exporting = 'EXPORTING';
    return { status: 204 };
  };
  const exporting = () => ({ status: 200, body: { status: state.exporting } });

  return {
    getUsageMetrics(req) {
      const window = (name: string) => {
        const raw = req.query.get(name);
        if (raw === null) return undefined;
        const ms = Date.parse(raw);
        if (Number.isNaN(ms)) throw badRequest(`Query parameter '${name}' must be a date-time, got '${raw}'`);
        return ms;
      };
      const start = window('startTime') ?? Number.NEGATIVE_INFINITY;
      const end = window('endTime') ?? Number.POSITIVE_INFINITY;
      const onlyTenant = stringField({ tenantId: req.query.get('tenantId') ?? undefined }, 'tenantId');
      const within = (ms: number, tenantId: string) =>
        ms >= start && ms <= end && (onlyTenant === undefined || tenantId === onlyTenant);
      const perTenant = new Map<
        string,
        { processInstances: number; decisionInstances: number; assignees: Set<string> }
      >();
      const bucket = (tenantId: string) => {
        let b = perTenant.get(tenantId);
        if (b === undefined) {
          b = { processInstances: 0, decisionInstances: 0, assignees: new Set() };
          perTenant.set(tenantId, b);
        }
        return b;
      };
      for (const pi of ctx.executor.processInstances.values()) {
        if (within(pi.startDate, pi.tenantId)) bucket(pi.tenantId).processInstances += 1;
      }
      for (const di of ctx.decisionInstances.instances()) {
        if (within(di.evaluation.date, di.evaluation.tenantId))
          bucket(di.evaluation.tenantId).decisionInstances += 1;
      }
      for (const task of ctx.executor.userTasks.values()) {
        const tenantId = task.elementInstance.processInstance.tenantId;
        if (task.assignee !== null && within(task.creationDate, tenantId))
          bucket(tenantId).assignees.add(task.assignee);
      }
      const all = new Set<string>();
      let processInstances = 0;
      let decisionInstances = 0;
      const tenants: Record<
        string,
        { processInstances: number; decisionInstances: number; assignees: number }
      > = {};
      for (const [tenantId, b] of perTenant) {
        processInstances += b.processInstances;
        decisionInstances += b.decisionInstances;
        for (const a of b.assignees) all.add(a);
        tenants[tenantId] = {
          processInstances: b.processInstances,
          decisionInstances: b.decisionInstances,
          assignees: b.assignees.size,
        };
      }
      return {
        status: 200,
        body: {
          processInstances,
          decisionInstances,
          assignees: all.size,
          activeTenants: perTenant.size,
          tenants: req.query.get('withTenants') === 'true' ? tenants : {},
        },
      };
    },
    getSystemConfiguration: () => ({
      status: 200,
      body: {
        jobMetrics: {
          enabled: false,
          exportInterval: 'PT5M',
          maxWorkerNameLength: 100,
          maxJobTypeLength: 100,
          maxTenantIdLength: 30,
          maxUniqueKeys: 9500,
        },
        components: { active: [] },
        deployment: { isMultiTenancyEnabled: false, maxRequestSize: maxRequestSize },
        authentication: { canLogout: false, isLoginDelegated: false },
        cloud: { stage: null },
      },
    }),
    getClusterStatus: () => ({ status: 200, body: { status: 'HEALTHY' } }),
    getClusterTopology: () => ({ status: 200, body: topology() }),
    changeClusterMode: (req) => changeMode(req.query),
    changeClusterModeAsClusterAdmin: (req) => changeMode(req.query),
    getExportingStatus: exporting,
    getClusterExportingStatus: exporting,
    pauseExporting: (req) => pause(req.query),
    pauseClusterExporting: (req) => pause(req.query),
    resumeExporting: resume,
    resumeClusterExporting: resume,
  };
}
