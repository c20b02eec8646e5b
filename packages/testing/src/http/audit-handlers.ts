import type {
  AuditEntityType,
  AuditEntryInput,
  AuditLogStore,
  AuditOperationType,
} from '../engine/audit-log-store.js';
import type { EngineContext } from '../engine/engine-context.js';
import { type ProcessInstanceRecord, rootInstanceOf } from '../engine/records.js';
import { TestEngineError } from '../test-engine-error.js';
import type { EngineHandler, EngineRequest, EngineResponse, HandlerTable } from './engine-handler.js';

type Actor = Pick<AuditEntryInput, 'actorType' | 'actorId'>;
/** What an audited operation says about itself; the hook adds result and actor. */
type Described = Omit<AuditEntryInput, 'result' | 'actorType' | 'actorId'>;
/** Describes one request; `response` is absent when the command was rejected. */
type Describe = (req: EngineRequest, response: EngineResponse | undefined) => Described | undefined;

const text = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
const field = (body: unknown, name: string): string | null =>
  typeof body === 'object' && body !== null ? text((body as Record<string, unknown>)[name]) : null;

/** The process-instance context of an entry: definition, instance, root and tenant. */
function instanceContext(pi: ProcessInstanceRecord | undefined) {
  if (pi === undefined) return { tenantId: null };
  return {
    tenantId: pi.tenantId,
    processDefinitionId: pi.definition.processDefinitionId,
    processDefinitionKey: pi.definition.key,
    processInstanceKey: pi.key,
    rootProcessInstanceKey: rootInstanceOf(pi).key,
  };
}

/** The audited commands: what each one did to which entity. */
function describers(ctx: EngineContext): Record<string, Describe> {
  const ex = ctx.executor;
  const onInstance =
    (operationType: AuditOperationType): Describe =>
    (req) => {
      const key = req.params.processInstanceKey ?? '';
      return {
        operationType,
        entityType: 'PROCESS_INSTANCE',
        entityKey: key,
        category: 'DEPLOYED_RESOURCES',
        ...instanceContext(ex.processInstances.get(key)),
      };
    };
  const onJob =
    (operationType: AuditOperationType): Describe =>
    (req) => {
      const key = req.params.jobKey ?? '';
      const job = ctx.jobs.get(key);
      return {
        operationType,
        entityType: 'JOB',
        entityKey: key,
        category: 'DEPLOYED_RESOURCES',
        jobKey: key,
        ...instanceContext(job?.elementInstance.processInstance),
        elementInstanceKey: job?.elementInstance.key ?? null,
      };
    };
  const onUserTask =
    (operationType: AuditOperationType): Describe =>
    (req) => {
      const key = req.params.userTaskKey ?? '';
      const task = ex.userTasks.get(key);
      return {
        operationType,
        entityType: 'USER_TASK',
        entityKey: key,
        category: 'USER_TASKS',
        userTaskKey: key,
        ...instanceContext(task?.elementInstance.processInstance),
        elementInstanceKey: task?.elementInstance.key ?? null,
      };
    };
  return {
    createProcessInstance: (_req, res) => {
      const key = field(res?.body, 'processInstanceKey');
      if (key === null) return undefined;
      return {
        operationType: 'CREATE',
        entityType: 'PROCESS_INSTANCE',
        entityKey: key,
        category: 'DEPLOYED_RESOURCES',
        ...instanceContext(ex.processInstances.get(key)),
      };
    },
    cancelProcessInstance: onInstance('CANCEL'),
    deleteProcessInstance: onInstance('DELETE'),
    modifyProcessInstance: onInstance('MODIFY'),
    migrateProcessInstance: onInstance('MIGRATE'),
    completeJob: onJob('COMPLETE'),
    failJob: onJob('UPDATE'),
    throwJobError: onJob('UPDATE'),
    updateJob: onJob('UPDATE'),
    assignUserTask: onUserTask('ASSIGN'),
    unassignUserTask: onUserTask('UNASSIGN'),
    updateUserTask: onUserTask('UPDATE'),
    completeUserTask: onUserTask('COMPLETE'),
    resolveIncident: (req) => {
      const key = req.params.incidentKey ?? '';
      const incident = ex.incidents.get(key);
      return {
        operationType: 'RESOLVE',
        entityType: 'INCIDENT',
        entityKey: key,
        category: 'DEPLOYED_RESOURCES',
        ...instanceContext(incident?.elementInstance.processInstance),
        elementInstanceKey: incident?.elementInstance.key ?? null,
        jobKey: incident?.job?.key ?? null,
      };
    },
    createElementInstanceVariables: (req) => {
      const key = req.params.elementInstanceKey ?? '';
      const ei = ex.elementInstances.get(key);
      const variables = (req.body as { variables?: unknown } | undefined)?.variables;
      const names = typeof variables === 'object' && variables !== null ? Object.keys(variables) : [];
      return {
        operationType: 'UPDATE',
        entityType: 'VARIABLE',
        entityKey: key,
        category: 'DEPLOYED_RESOURCES',
        ...instanceContext(ei?.processInstance),
        elementInstanceKey: key,
        entityDescription: names.join(','),
      };
    },
    createDeployment: (_req, res) => {
      const key = field(res?.body, 'deploymentKey');
      if (key === null) return undefined;
      return {
        operationType: 'CREATE',
        entityType: 'RESOURCE',
        entityKey: key,
        category: 'DEPLOYED_RESOURCES',
        tenantId: field(res?.body, 'tenantId'),
        deploymentKey: key,
      };
    },
    deleteResource: (req) => {
      const key = req.params.resourceKey ?? '';
      return {
        operationType: 'DELETE',
        entityType: 'RESOURCE',
        entityKey: key,
        category: 'DEPLOYED_RESOURCES',
        tenantId: null,
        resourceKey: key,
      };
    },
    evaluateDecision: (_req, res) => {
      const key = field(res?.body, 'decisionEvaluationKey');
      if (key === null) return undefined;
      const b = res?.body;
      return {
        operationType: 'EVALUATE',
        entityType: 'DECISION',
        entityKey: key,
        category: 'DEPLOYED_RESOURCES',
        tenantId: field(b, 'tenantId'),
        decisionEvaluationKey: key,
        decisionDefinitionId: field(b, 'decisionDefinitionId'),
        decisionDefinitionKey: field(b, 'decisionDefinitionKey'),
        decisionRequirementsId: field(b, 'decisionRequirementsId'),
        decisionRequirementsKey: field(b, 'decisionRequirementsKey'),
      };
    },
  };
}

const IDENTITY: Record<string, { readonly type: AuditEntityType; readonly id: string }> = {
  User: { type: 'USER', id: 'username' },
  Group: { type: 'GROUP', id: 'groupId' },
  Role: { type: 'ROLE', id: 'roleId' },
  Tenant: { type: 'TENANT', id: 'tenantId' },
  MappingRule: { type: 'MAPPING_RULE', id: 'mappingRuleId' },
  Authorization: { type: 'AUTHORIZATION', id: 'authorizationKey' },
  Client: { type: 'CLIENT', id: 'clientId' },
};
const IDENTITY_COMMAND = /^(create|update|delete)(User|Group|Role|Tenant|MappingRule|Authorization)$/;
const MEMBERSHIP_COMMAND =
  /^(assign|unassign)(User|Client|Group|MappingRule|Role)(?:To|From)(Group|Role|Tenant)$/;

/** Identity commands: the entity changed, and for memberships the member as the related entity. */
function describeIdentity(operationId: string): Describe | undefined {
  const command = IDENTITY_COMMAND.exec(operationId);
  if (command !== null) {
    const entity = IDENTITY[command[2] as string] as (typeof IDENTITY)[string];
    const operationType = (command[1] as string).toUpperCase() as AuditOperationType;
    return (req, res) => {
      const key = req.params[entity.id] ?? field(res?.body, entity.id) ?? field(req.body, entity.id);
      if (key === null) return undefined;
      return { operationType, entityType: entity.type, entityKey: key, category: 'ADMIN', tenantId: null };
    };
  }
  const membership = MEMBERSHIP_COMMAND.exec(operationId);
  if (membership === null) return undefined;
  const member = IDENTITY[membership[2] as string] as (typeof IDENTITY)[string];
  const target = IDENTITY[membership[3] as string] as (typeof IDENTITY)[string];
  const operationType = membership[1] === 'assign' ? 'ASSIGN' : 'UNASSIGN';
  return (req) => ({
    operationType,
    entityType: target.type,
    entityKey: req.params[target.id] ?? '',
    category: 'ADMIN',
    tenantId: target.type === 'TENANT' ? (req.params[target.id] ?? null) : null,
    relatedEntityType: member.type,
    relatedEntityKey: req.params[member.id] ?? null,
  });
}

const actorOf = (req: EngineRequest): Actor =>
  req.principal === undefined
    ? { actorType: 'ANONYMOUS', actorId: null }
    : { actorType: req.principal.type, actorId: req.principal.id };

// Rejections worth an entry: the command reached the engine and was refused for what it asked.
const REJECTED = new Set([400, 404, 409]);

/**
 * Records an audit log entry for every audited command the handlers answer: `SUCCESS` when it was accepted, `FAIL`
 * when it was rejected as invalid, unknown or in the wrong state. Other operations pass through untouched.
 */
export function auditHandlers(table: HandlerTable, ctx: EngineContext, log: AuditLogStore): HandlerTable {
  const known = describers(ctx);
  const wrapped: Record<string, EngineHandler> = { ...table };
  for (const [operationId, handler] of Object.entries(table)) {
    const describe = known[operationId] ?? describeIdentity(operationId);
    if (describe === undefined) continue;
    wrapped[operationId] = async (req) => {
      // Described before the command runs as well, so a rejected command still names its entity.
      const before = describe(req, undefined);
      try {
        const response = await handler(req);
        // The state before the command names the entity best (a deleted instance is gone afterwards).
        const described = before ?? describe(req, response);
        if (described !== undefined) log.record({ ...described, ...actorOf(req), result: 'SUCCESS' });
        return response;
      } catch (error) {
        if (error instanceof TestEngineError && REJECTED.has(error.status) && before !== undefined) {
          log.record({ ...before, ...actorOf(req), result: 'FAIL' });
        }
        throw error;
      }
    };
  }
  return wrapped;
}
