import type { CalledElementModel } from '../../bpmn/process-model.js';
import type { JsonObject } from '../../feel/json-value.js';
import type { ElementBehavior } from '../element-behavior.js';
import type { ExecutionContext } from '../execution-context.js';
import type { ElementInstanceRecord, ProcessDefinitionRecord, ProcessInstanceRecord } from '../records.js';
import { StepFailure } from '../step-failure.js';

const calledElementError = (message: string) => new StepFailure('CALLED_ELEMENT_ERROR', message);

/** The process version the call activity calls, by its binding type (Zeebe's messages when there is none). */
function calledProcess(
  ctx: ExecutionContext,
  ei: ElementInstanceRecord,
  called: CalledElementModel,
  processId: string,
): ProcessDefinitionRecord {
  const caller = ei.processInstance.definition;
  const tenantId = caller.tenantId;
  if (called.bindingType === 'deployment') {
    const found = [...ctx.definitions.all()].find(
      (d) =>
        d.processDefinitionId === processId &&
        d.deploymentKey === caller.deploymentKey &&
        d.tenantId === tenantId,
    );
    if (found === undefined) {
      throw calledElementError(
        `Expected to call process with BPMN process id '${processId}' with binding type 'deployment', but no such process found in the deployment with key ${caller.deploymentKey} which contained the current process. To resolve this incident, migrate the process instance to a process definition that is deployed together with the intended process definition to call.`,
      );
    }
    return found;
  }
  if (called.bindingType === 'versionTag') {
    const tagged = [...ctx.definitions.all()]
      .filter(
        (d) =>
          d.processDefinitionId === processId &&
          d.versionTag === called.versionTag &&
          d.tenantId === tenantId,
      )
      .sort((a, b) => b.version - a.version)[0];
    if (tagged === undefined) {
      throw calledElementError(
        `Expected to call process with BPMN process id '${processId}' and version tag '${called.versionTag}', but no such process found. To resolve this incident, deploy a process with the given process id and version tag.`,
      );
    }
    return tagged;
  }
  const latest = ctx.definitions.latest(processId, tenantId);
  if (latest === undefined) {
    throw calledElementError(
      `Expected process with BPMN process id '${processId}' to be deployed, but not found.`,
    );
  }
  return latest;
}

const localVariables = (ctx: ExecutionContext, key: string): JsonObject => {
  const out: JsonObject = {};
  for (const [name, v] of ctx.variables.local(key) ?? []) out[name] = v.value;
  return out;
};

/**
 * A call activity creates an instance of the called process (at its none start event) as a child of this
 * element, passes variables in (all visible ones, or only the input mappings without
 * `propagateAllParentVariables`), and completes when the child completes, taking the child's variables
 * (all of them into the scope, or only what the output mappings pick). Terminating it terminates the child.
 */
export const callActivityBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const called = ei.node?.calledElement as CalledElementModel;
    const processId = ctx.evaluateString(called.processId, ei, 'called process id');
    const definition = calledProcess(ctx, ei, called, processId);
    if (definition.model.noneStart === undefined) {
      throw calledElementError(
        `Expected process with BPMN process id '${processId}' to have a none start event, but not found.`,
      );
    }
    const variables = called.propagateAllParentVariables
      ? ctx.variables.visible(ei)
      : ei.node !== undefined && ei.node.inputs.length > 0
        ? localVariables(ctx, ei.key)
        : {};
    const child: ProcessInstanceRecord = ctx.startInstance(
      definition,
      { variables, tags: [], businessId: ei.processInstance.businessId },
      definition.model.noneStart,
      undefined,
      ei,
    );
    ei.calledInstance = child;
    child.endListeners.push((finished) => {
      if (finished.state !== 'COMPLETED' || ei.state !== 'ACTIVE') return;
      const childVariables = localVariables(ctx, finished.root.key);
      // The copy of a multi-instance output collection the child received must not overwrite the collected one.
      const collected = ei.parent?.node?.multiInstance?.outputCollection;
      if (collected !== undefined) delete childVariables[collected];
      const node = ei.node;
      if (node !== undefined && (node.outputs.length > 0 || !called.propagateAllChildVariables)) {
        // The output mappings read the child's variables from the call activity's own scope.
        for (const [name, value] of Object.entries(childVariables)) ctx.variables.setLocal(ei, name, value);
        ctx.complete(ei);
      } else ctx.complete(ei, childVariables);
    });
  },

  onTerminate(ctx, ei) {
    const child = ei.calledInstance;
    if (child === undefined || child.state !== 'ACTIVE') return;
    // The called instance may take its time to terminate (canceling task listeners); the call activity waits.
    ctx.terminate(child.root, () => {
      ctx.finishInstance(child, 'TERMINATED');
      ctx.resumeTermination(ei);
    });
    return 'pending';
  },
};
