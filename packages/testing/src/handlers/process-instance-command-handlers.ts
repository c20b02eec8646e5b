import type { EngineContext } from '../engine/engine-context.js';
import type { ActivateInstruction, TerminateInstruction } from '../engine/instance-commands.js';
import { type ProcessInstanceRecord, rootInstanceOf } from '../engine/records.js';
import type { EngineRequest, HandlerTable } from '../http/engine-handler.js';
import { actorOf, mappingInstructions } from './batch-operation-handlers.js';
import {
  badRequest,
  bodyObject,
  keyParam,
  missingField,
  notFound,
  rejection,
  stringField,
} from './handler-support.js';

function variableInstructions(value: unknown): ActivateInstruction['variableInstructions'] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw badRequest("Property 'variableInstructions' must be an array");
  return value.map((entry) => {
    const v = bodyObject(entry);
    const variables = bodyObject(v.variables);
    const scopeId = typeof v.scopeId === 'string' && v.scopeId !== '' ? v.scopeId : undefined;
    return scopeId === undefined
      ? { variables: variables as never }
      : { variables: variables as never, scopeId };
  });
}

/**
 * Commands on one process instance: delete, suspend, resume, business id, incident resolution, sequence flows,
 * modification and migration.
 */
export function processInstanceCommandHandlers(ctx: EngineContext): HandlerTable {
  const { executor } = ctx;
  const get = (req: EngineRequest): ProcessInstanceRecord => {
    const key = keyParam(req.params, 'processInstanceKey');
    const pi = executor.processInstances.get(key);
    if (pi === undefined) throw notFound('Process Instance', key);
    return pi;
  };
  return {
    deleteProcessInstance(req) {
      const pi = get(req);
      if (pi.state === 'ACTIVE') {
        throw rejection(
          'DELETE',
          'INVALID_STATE',
          `Expected to delete history for process instance with key '${pi.key}', but it is still active.`,
        );
      }
      executor.deleteInstance(pi);
      return { status: 204 };
    },

    suspendProcessInstance(req) {
      const key = keyParam(req.params, 'processInstanceKey');
      const pi = executor.processInstances.get(key);
      if (pi === undefined || pi.state !== 'ACTIVE') {
        throw rejection(
          'SUSPEND',
          'NOT_FOUND',
          `Expected to suspend a process instance with key '${key}', but no such process was found`,
        );
      }
      if (pi.suspendedDate !== undefined) {
        throw rejection(
          'SUSPEND',
          'INVALID_STATE',
          `Expected to suspend a process instance with key '${key}', but it is already suspended`,
        );
      }
      executor.suspendInstance(pi);
      return { status: 204 };
    },

    resumeProcessInstance(req) {
      const key = keyParam(req.params, 'processInstanceKey');
      const pi = executor.processInstances.get(key);
      if (pi === undefined || pi.state !== 'ACTIVE') {
        throw rejection(
          'RESUME',
          'NOT_FOUND',
          `Expected to resume a process instance with key '${key}', but no such process was found`,
        );
      }
      if (pi.suspendedDate === undefined) {
        throw rejection(
          'RESUME',
          'INVALID_STATE',
          `Expected to resume a process instance with key '${key}', but it is not currently suspended`,
        );
      }
      executor.resumeInstance(pi);
      return { status: 204 };
    },

    assignProcessInstanceBusinessId(req) {
      const key = keyParam(req.params, 'processInstanceKey');
      const businessId = stringField(bodyObject(req.body), 'businessId');
      if (businessId === undefined || businessId === '') throw missingField('businessId');
      const pi = executor.processInstances.get(key);
      const refuse = (type: 'NOT_FOUND' | 'INVALID_STATE', but: string) =>
        rejection(
          'ASSIGN',
          type,
          `Expected to assign a business id to process instance with key '${key}', but ${but}`,
        );
      if (pi === undefined) throw refuse('NOT_FOUND', 'no such process instance was found');
      if (pi.parentElementInstance !== undefined) {
        throw refuse(
          'INVALID_STATE',
          'it is a child process instance; a business id can only be assigned to root process instances',
        );
      }
      if (pi.state !== 'ACTIVE') {
        throw refuse(
          'INVALID_STATE',
          'it is not active; a business id can only be assigned to active process instances',
        );
      }
      if (pi.businessId === businessId) return { status: 204 };
      if (pi.businessId !== null) throw refuse('INVALID_STATE', 'it already has a business id assigned');
      pi.businessId = businessId;
      return { status: 204 };
    },

    resolveProcessInstanceIncidents(req) {
      const pi = get(req);
      const incidents = executor.incidentsOf(pi.key).filter((i) => i.state === 'ACTIVE');
      const batch = ctx.batchOperations.start(
        'RESOLVE_INCIDENT',
        incidents.map((incident) => ({
          itemKey: incident.key,
          processInstanceKey: incident.elementInstance.processInstance.key,
          rootProcessInstanceKey: rootInstanceOf(pi).key,
          apply() {
            if (incident.state !== 'ACTIVE')
              throw new Error(`Incident '${incident.key}' is already resolved`);
            if (incident.job !== undefined && incident.job.retries < 1)
              ctx.jobs.updateRetries(incident.job, 1);
            executor.resolveIncident(incident);
          },
        })),
        actorOf(req),
      );
      return { status: 200, body: { batchOperationKey: batch.key, batchOperationType: batch.type } };
    },

    getProcessInstanceSequenceFlows(req) {
      // A search in Camunda: a key that names no instance has no sequence flows (the spec lists no 404 here).
      const pi = ctx.executor.processInstances.get(keyParam(req.params, 'processInstanceKey'));
      if (pi === undefined) return { status: 200, body: { items: [] } };
      const items = executor.sequenceFlowsOf(pi.key).map((flow) => ({
        sequenceFlowId: flow.id,
        processInstanceKey: pi.key,
        rootProcessInstanceKey: rootInstanceOf(pi).key,
        processDefinitionKey: pi.definition.key,
        processDefinitionId: pi.definition.processDefinitionId,
        elementId: flow.id,
        tenantId: pi.tenantId,
      }));
      return { status: 200, body: { items } };
    },

    modifyProcessInstance(req) {
      const key = keyParam(req.params, 'processInstanceKey');
      const pi = executor.processInstances.get(key);
      const body = bodyObject(req.body);
      if (pi === undefined || pi.state !== 'ACTIVE') {
        throw rejection(
          'MODIFY',
          'NOT_FOUND',
          `Expected to modify process instance but no process instance found with key '${key}'`,
        );
      }
      const activations: ActivateInstruction[] = [];
      const terminations: TerminateInstruction[] = [];
      for (const entry of (body.activateInstructions as unknown[] | undefined) ?? []) {
        const a = bodyObject(entry);
        if (typeof a.elementId !== 'string') throw missingField('elementId');
        const ancestor =
          typeof a.ancestorElementInstanceKey === 'string' ? a.ancestorElementInstanceKey : undefined;
        activations.push({
          elementId: a.elementId,
          variableInstructions: variableInstructions(a.variableInstructions),
          ...(ancestor === undefined ? {} : { ancestorElementInstanceKey: ancestor }),
        });
      }
      for (const entry of (body.moveInstructions as unknown[] | undefined) ?? []) {
        const m = bodyObject(entry);
        const source = bodyObject(m.sourceElementInstruction);
        if (typeof m.targetElementId !== 'string' || m.targetElementId.trim() === '')
          throw missingField('targetElementId');
        const sources =
          typeof source.sourceElementInstanceKey === 'string'
            ? [executor.elementInstances.get(source.sourceElementInstanceKey)].filter(
                (ei) => ei !== undefined && ei.processInstance === pi && ei.state === 'ACTIVE',
              )
            : executor
                .elementInstancesOf(pi.key)
                .filter(
                  (ei) => ei.state === 'ACTIVE' && ei !== pi.root && ei.elementId === source.sourceElementId,
                );
        const scope = bodyObject(m.ancestorScopeInstruction);
        const variables = variableInstructions(m.variableInstructions);
        for (const ei of sources) {
          if (ei === undefined) continue;
          const ancestor =
            scope.ancestorScopeType === 'sourceParent'
              ? ei.parent?.key
              : scope.ancestorScopeType === 'direct' && typeof scope.ancestorElementInstanceKey === 'string'
                ? scope.ancestorElementInstanceKey
                : undefined;
          activations.push({
            elementId: m.targetElementId,
            variableInstructions: variables,
            ...(ancestor === undefined ? {} : { ancestorElementInstanceKey: ancestor }),
          });
          terminations.push({ elementInstanceKey: ei.key });
        }
      }
      for (const entry of (body.terminateInstructions as unknown[] | undefined) ?? []) {
        const t = bodyObject(entry);
        if (typeof t.elementInstanceKey === 'string')
          terminations.push({ elementInstanceKey: t.elementInstanceKey });
        else if (typeof t.elementId === 'string') terminations.push({ elementId: t.elementId });
        else throw missingField('elementId');
      }
      executor.modifyInstance(pi, activations, terminations);
      return { status: 204 };
    },

    migrateProcessInstance(req) {
      const key = keyParam(req.params, 'processInstanceKey');
      const body = bodyObject(req.body);
      const targetKey = stringField(body, 'targetProcessDefinitionKey');
      if (targetKey === undefined) throw missingField('targetProcessDefinitionKey');
      if (!Array.isArray(body.mappingInstructions) || body.mappingInstructions.length === 0)
        throw missingField('mappingInstructions');
      const pi = executor.processInstances.get(key);
      if (pi === undefined || pi.state !== 'ACTIVE') {
        throw rejection(
          'MIGRATE',
          'NOT_FOUND',
          `Expected to migrate process instance but no process instance found with key '${key}'`,
        );
      }
      const target = ctx.definitions.get(targetKey);
      if (target === undefined) {
        throw rejection(
          'MIGRATE',
          'NOT_FOUND',
          `Expected to migrate process instance to process definition but no process definition found with key '${targetKey}'`,
        );
      }
      executor.migrateInstance(pi, target, mappingInstructions(body.mappingInstructions));
      return { status: 204 };
    },
  };
}
