import type { FlowNodeModel, SequenceFlowModel } from '../bpmn/process-model.js';
import type { JsonObject } from '../feel/json-value.js';
import { rejection } from '../handlers/handler-support.js';
import type { ExecutionContext } from './execution-context.js';
import type { ElementInstanceRecord, ProcessDefinitionRecord, ProcessInstanceRecord } from './records.js';

/** An activation of a modification: the element, the scope instance to create it in, variables per scope. */
export interface ActivateInstruction {
  readonly elementId: string;
  readonly ancestorElementInstanceKey?: string;
  readonly variableInstructions: ReadonlyArray<{ readonly variables: JsonObject; readonly scopeId?: string }>;
}

/** A termination of a modification: every active instance of an element, or one element instance. */
export type TerminateInstruction = { readonly elementId: string } | { readonly elementInstanceKey: string };

/** One `sourceElementId → targetElementId` mapping of a migration plan. */
export interface MappingInstruction {
  readonly sourceElementId: string;
  readonly targetElementId: string;
}

/** Commands that change a running (or ended) instance from outside its flow. */
export interface InstanceCommands {
  /** The sequence flows an instance has taken, each once, in the order first taken. */
  sequenceFlowsOf(processInstanceKey: string): readonly SequenceFlowModel[];
  /** Removes an ended instance and everything it created from the engine's state. */
  deleteInstance(pi: ProcessInstanceRecord): void;
  suspendInstance(pi: ProcessInstanceRecord): void;
  resumeInstance(pi: ProcessInstanceRecord): void;
  /** Activations first, then terminations, in one command; an instance left with nothing active terminates. */
  modifyInstance(
    pi: ProcessInstanceRecord,
    activate: readonly ActivateInstruction[],
    terminate: readonly TerminateInstruction[],
  ): void;
  /** Moves an active instance to another version of its process; throws with Camunda's message when it cannot. */
  migrateInstance(
    pi: ProcessInstanceRecord,
    target: ProcessDefinitionRecord,
    mappings: readonly MappingInstruction[],
  ): void;
}

const rejected = (reason: string) => rejection('MODIFY', 'INVALID_ARGUMENT', reason);
const migrationRejected = (reason: string) => rejection('MIGRATE', 'INVALID_STATE', reason);

/** The flow scopes of a node, outermost first (the process level is not one of them). */
function scopeChain(node: FlowNodeModel): FlowNodeModel[] {
  const chain: FlowNodeModel[] = [];
  for (let s = node.scope; s !== undefined; s = s.scope) chain.unshift(s);
  return chain;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Creates the instance commands over the execution core; `run` runs one command to quiescence. */
export function createInstanceCommands(
  ctx: ExecutionContext,
  run: <T>(command: () => T) => T,
): InstanceCommands {
  const { state, clock } = ctx;

  const activeInstancesOf = (pi: ProcessInstanceRecord, elementId: string) =>
    (state.elementsByInstance.get(pi.key) ?? []).filter(
      (ei) => ei.state === 'ACTIVE' && ei !== pi.root && ei.elementId === elementId,
    );

  /** The scope instance to create `node` in: the given ancestor, then existing or new scope instances below it. */
  const scopeFor = (pi: ProcessInstanceRecord, node: FlowNodeModel, ancestorKey: string | undefined) => {
    const chain = scopeChain(node);
    let current = pi.root;
    let rest = chain;
    if (ancestorKey !== undefined && ancestorKey !== '-1') {
      const ancestor = state.elementInstances.get(ancestorKey);
      if (ancestor === undefined || ancestor.processInstance !== pi || ancestor.state !== 'ACTIVE') {
        throw rejected(
          `Expected to modify instance of process '${pi.definition.processDefinitionId}' but it contains one or more activate instructions with an ancestor scope key that does not exist, or is not in an active state: '${ancestorKey}'`,
        );
      }
      const at = ancestor === pi.root ? -1 : chain.findIndex((s) => s.id === ancestor.elementId);
      if (ancestor !== pi.root && at < 0) {
        throw rejected(
          `Expected to modify instance of process '${pi.definition.processDefinitionId}' but it contains one or more activate instructions with an ancestor scope key that is not an ancestor of the element to activate: '${ancestorKey}'`,
        );
      }
      current = ancestor;
      rest = chain.slice(at + 1);
    }
    for (const scopeNode of rest) {
      const existing = [...current.children].filter(
        (c) => c.elementId === scopeNode.id && c.state === 'ACTIVE',
      );
      if (existing.length > 1) {
        throw rejected(
          `Expected to modify instance of process '${pi.definition.processDefinitionId}' but it contains one or more activate instructions for an element that has a flow scope with more than one active instance: '${scopeNode.id}'. Can't decide in which instance of the flow scope the element should be activated. Please specify an ancestor element instance key for this activate instruction.`,
        );
      }
      // A scope created by a modification holds its elements; it does not run its own start event.
      current = existing[0] ?? ctx.newElementInstance(scopeNode, current);
    }
    return current;
  };

  const nodeOf = (pi: ProcessInstanceRecord, elementId: string, what: string) => {
    const node = pi.definition.model.nodes.get(elementId);
    if (node === undefined) {
      throw rejected(
        `Expected to modify instance of process '${pi.definition.processDefinitionId}' but it contains one or more ${what} instructions with an element that could not be found: '${elementId}'`,
      );
    }
    return node;
  };

  /** Ends a scope a modification left empty, and so on up to the process: an empty process instance terminates. */
  const settleEmptyScope = (pi: ProcessInstanceRecord, scope: ElementInstanceRecord) => {
    if (scope.state !== 'ACTIVE' || scope.children.size > 0) return;
    if (scope === pi.root) {
      if (pi.state === 'ACTIVE') ctx.terminate(pi.root, () => ctx.finishInstance(pi, 'TERMINATED'));
      return;
    }
    const parent = scope.parent as ElementInstanceRecord;
    ctx.terminate(scope, () => settleEmptyScope(pi, parent));
  };

  const heldTimers = new Map<string, Array<() => void>>();

  return {
    sequenceFlowsOf: (key) => [...new Set(state.takenFlows.get(key) ?? [])],
    deleteInstance(pi) {
      state.takenFlows.delete(pi.key);
      for (const ei of state.elementsByInstance.get(pi.key) ?? []) state.elementInstances.delete(ei.key);
      state.elementsByInstance.delete(pi.key);
      for (const incident of state.incidentsByInstance.get(pi.key) ?? [])
        state.incidents.delete(incident.key);
      state.incidentsByInstance.delete(pi.key);
      for (const task of state.userTasksByInstance.get(pi.key) ?? []) state.userTasks.delete(task.key);
      state.userTasksByInstance.delete(pi.key);
      state.processInstances.delete(pi.key);
      heldTimers.delete(pi.key);
    },

    suspendInstance(pi) {
      pi.suspendedDate = clock.now();
      pi.holdTimer = (fire) => {
        const held = heldTimers.get(pi.key) ?? [];
        held.push(fire);
        heldTimers.set(pi.key, held);
      };
    },

    resumeInstance(pi) {
      pi.suspendedDate = undefined;
      pi.holdTimer = undefined;
      const held = heldTimers.get(pi.key) ?? [];
      heldTimers.delete(pi.key);
      for (const fire of held) fire();
      ctx.jobs.wake(pi.key);
    },

    modifyInstance(pi, activations, terminations) {
      const plans = activations.map((a) => {
        const node = nodeOf(pi, a.elementId, 'activate');
        for (const v of a.variableInstructions) {
          if (v.scopeId !== undefined && v.scopeId !== pi.definition.processDefinitionId)
            nodeOf(pi, v.scopeId, 'variable');
        }
        return { node, instruction: a };
      });
      const ends = terminations.map((t) => {
        if ('elementInstanceKey' in t) {
          const ei = state.elementInstances.get(t.elementInstanceKey);
          if (ei === undefined || ei.processInstance !== pi || ei.state !== 'ACTIVE' || ei === pi.root) {
            throw rejected(
              `Expected to modify instance of process '${pi.definition.processDefinitionId}' but it contains one or more terminate instructions with an element instance that could not be found: '${t.elementInstanceKey}'`,
            );
          }
          return [ei];
        }
        nodeOf(pi, t.elementId, 'terminate');
        return activeInstancesOf(pi, t.elementId);
      });
      run(() => {
        for (const { node, instruction } of plans) {
          const scope = scopeFor(pi, node, instruction.ancestorElementInstanceKey);
          for (const v of instruction.variableInstructions) {
            let target = scope;
            if (v.scopeId !== undefined && v.scopeId !== pi.definition.processDefinitionId) {
              for (let s: ElementInstanceRecord | undefined = scope; s !== undefined; s = s.parent) {
                if (s.elementId === v.scopeId) target = s;
              }
            } else target = pi.root;
            for (const [name, value] of Object.entries(v.variables))
              ctx.variables.setLocal(target, name, value);
          }
          ctx.activate(node, scope);
        }
        for (const list of ends) {
          for (const ei of list) {
            if (ei.state !== 'ACTIVE') continue;
            const parent = ei.parent as ElementInstanceRecord;
            // Its scope is settled once it is terminated (canceling task listeners may hold that open).
            ctx.terminate(ei, () => settleEmptyScope(pi, parent));
          }
        }
      });
    },

    migrateInstance(pi, target, mappings) {
      const id = pi.key;
      if (target.key === pi.definition.key) return;
      const bySource = new Map<string, string>();
      for (const m of mappings) {
        if (bySource.has(m.sourceElementId)) {
          throw migrationRejected(
            `Expected to migrate process instance '${id}' but the mapping instructions contain a non-unique source element id '${m.sourceElementId}'. Multiple mapping instructions with the same source element id are not allowed.`,
          );
        }
        bySource.set(m.sourceElementId, m.targetElementId);
        if (!pi.definition.model.nodes.has(m.sourceElementId)) {
          throw migrationRejected(
            `Expected to migrate process instance '${id}' but mapping instructions contain a non-existing source element id '${m.sourceElementId}'. Elements provided in mapping instructions must exist in the source process definition.`,
          );
        }
        if (!target.model.nodes.has(m.targetElementId)) {
          throw migrationRejected(
            `Expected to migrate process instance '${id}' but mapping instructions contain a non-existing target element id '${m.targetElementId}'. Elements provided in mapping instructions must exist in the target process definition.`,
          );
        }
      }
      const active = (state.elementsByInstance.get(pi.key) ?? []).filter(
        (ei) => ei.state === 'ACTIVE' && ei !== pi.root,
      );
      const moves = active.map((ei) => {
        const targetId = bySource.get(ei.elementId);
        if (targetId === undefined) {
          throw migrationRejected(
            `Expected to migrate process instance '${id}' but no mapping instruction defined for active element with id '${ei.elementId}'. Elements cannot be migrated without a mapping.`,
          );
        }
        const node = target.model.nodes.get(targetId) as FlowNodeModel;
        if (node.type !== ei.type) {
          throw migrationRejected(
            `Expected to migrate process instance '${id}' but active element with id '${ei.elementId}' and type '${ei.type}' is mapped to an element with id '${targetId}' and different type '${node.type}'. Elements must be mapped to elements of the same type.`,
          );
        }
        const sourceScope = ei.parent === pi.root ? undefined : ei.parent?.elementId;
        const targetScope = node.scope?.id;
        const mappedScope = sourceScope === undefined ? undefined : bySource.get(sourceScope);
        if (mappedScope !== targetScope) {
          throw migrationRejected(
            `Expected to migrate process instance '${id}' but the flow scope of active element with id '${ei.elementId}' is changed. The flow scope of the active element is expected to be '${mappedScope ?? target.processDefinitionId}' but was '${targetScope ?? target.processDefinitionId}'. The flow scope of an element cannot be changed during migration yet.`,
          );
        }
        const sourceEvents = ei.node?.boundaries.map((b) => b.eventKind).sort() ?? [];
        const targetEvents = node.boundaries.map((b) => b.eventKind).sort();
        if (sourceEvents.join() !== targetEvents.join()) {
          throw migrationRejected(
            `Expected to migrate process instance '${id}' but active element with id '${ei.elementId}' has a boundary event that is not mapped to an event of the same kind in the target element '${targetId}'. Catch events must be mapped to catch events of the same type.`,
          );
        }
        return { ei, node };
      });
      run(() => {
        (pi as Mutable<ProcessInstanceRecord>).definition = target;
        const root = pi.root as Mutable<ElementInstanceRecord>;
        root.elementId = target.processDefinitionId;
        root.elementName = target.name ?? target.processDefinitionId;
        for (const { ei, node } of moves) {
          const moved = ei as Mutable<ElementInstanceRecord>;
          moved.node = node;
          moved.elementId = node.id;
          moved.elementName = node.name ?? node.id;
          // Boundary events re-open on the target element, so their ids and definitions are the target's.
          const holdsOnlyBoundaries = ei.job !== undefined || ei.userTask !== undefined;
          if (holdsOnlyBoundaries && (node.boundaries.length > 0 || ei.waits.length > 0)) {
            ctx.disposeWaits(ei);
            ctx.openBoundaries(ei, node);
          }
        }
      });
    },
  };
}
