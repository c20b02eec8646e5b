import type { ModdleElement } from 'bpmn-moddle';
import { compileExpression } from '../feel/expression.js';
import { extension, list, str } from './moddle-access.js';
import type { ParseContext } from './parse-context.js';
import type { CalledElementModel, ElementInstanceType, FlowNodeModel } from './process-model.js';
import { resolveTimer } from './timer-definition.js';

/** Compiles one BPMN flow element into a node of its scope. */
export type ElementParser = (
  el: ModdleElement,
  scope: FlowNodeModel | undefined,
  pc: ParseContext,
) => FlowNodeModel;

/** A supported BPMN element: how it is compiled, and what of it runs (for the README). */
export interface ElementParserEntry {
  readonly parse: ElementParser;
  readonly supports: string;
}

const TASK_TYPES: Readonly<Record<string, ElementInstanceType>> = {
  'bpmn:ServiceTask': 'SERVICE_TASK',
  'bpmn:SendTask': 'SEND_TASK',
  'bpmn:BusinessRuleTask': 'BUSINESS_RULE_TASK',
  'bpmn:ScriptTask': 'SCRIPT_TASK',
  'bpmn:UserTask': 'USER_TASK',
  'bpmn:ReceiveTask': 'RECEIVE_TASK',
  'bpmn:Task': 'TASK',
  'bpmn:ManualTask': 'MANUAL_TASK',
};

/**
 * What Zeebe 8.10 deploys but this engine does not execute yet: such a model is rejected with a message saying
 * so, never run half-right. The README lists these next to what is supported (none today).
 */
export const NOT_YET_EXECUTED: readonly string[] = [];

/** Zeebe's validator message for an event sub-process whose start event is of a kind it does not run. */
const EVENT_SUB_PROCESS_START_KINDS =
  'Start events in event subprocesses must be one of: message, timer, error, signal, escalation or conditional';

/**
 * Zeebe 8.10 rejects every compensation event sub-process (a start event with a compensation event definition):
 * its validator does not list compensation among the start events of event sub-processes, and names the
 * process level separately. The violations, as Zeebe reports them for the event sub-process.
 */
function compensationEventSubProcessViolations(esp: ModdleElement, scope: FlowNodeModel | undefined) {
  const start = list(esp.flowElements).find((e) => e.$type === 'bpmn:StartEvent');
  const compensation = list(start?.eventDefinitions).some(
    (d) => d.$type === 'bpmn:CompensateEventDefinition',
  );
  if (!compensation) return undefined;
  return scope === undefined
    ? `A compensation event subprocess is not allowed on the process level; ${EVENT_SUB_PROCESS_START_KINDS}`
    : EVENT_SUB_PROCESS_START_KINDS;
}

const startEvent: ElementParser = (el, scope, pc) => {
  const def = pc.single(el);
  const inEventSubProcess = scope?.triggeredByEvent === true;
  const interrupting = el.isInterrupting !== false;
  if (inEventSubProcess) {
    if (scope?.startEvent !== undefined)
      throw pc.invalid(el, 'is a second start event of an event sub-process');
    const extra: Partial<FlowNodeModel> = { cancelActivity: interrupting };
    let node: FlowNodeModel;
    switch (def?.$type) {
      case 'bpmn:MessageEventDefinition':
        node = pc.makeNode(el, scope, 'START_EVENT', 'passThrough', {
          ...extra,
          eventKind: 'message',
          message: pc.messageTrigger(el, def.messageRef as ModdleElement | undefined, false),
        });
        break;
      case 'bpmn:TimerEventDefinition':
        node = pc.makeNode(el, scope, 'START_EVENT', 'passThrough', {
          ...extra,
          eventKind: 'timer',
          timer: pc.timerDefinition(el, def),
        });
        break;
      case 'bpmn:SignalEventDefinition':
        node = pc.makeNode(el, scope, 'START_EVENT', 'passThrough', {
          ...extra,
          eventKind: 'signal',
          signalName: pc.signalName(el, def, false),
        });
        break;
      case 'bpmn:ErrorEventDefinition':
        if (!interrupting) throw pc.invalid(el, 'is a non-interrupting error start event');
        node = pc.makeNode(el, scope, 'START_EVENT', 'passThrough', {
          ...extra,
          eventKind: 'error',
          errorCode: pc.errorCode(el, def),
        });
        break;
      case 'bpmn:EscalationEventDefinition':
        node = pc.makeNode(el, scope, 'START_EVENT', 'passThrough', {
          ...extra,
          eventKind: 'escalation',
          escalationCode: pc.escalationCode(el, def),
        });
        break;
      case 'bpmn:ConditionalEventDefinition':
        node = pc.makeNode(el, scope, 'START_EVENT', 'passThrough', { ...extra, ...pc.conditional(el, def) });
        break;
      case 'bpmn:CompensateEventDefinition':
        throw pc.invalid(el, `is invalid: ${EVENT_SUB_PROCESS_START_KINDS}`);
      default:
        throw pc.invalid(el, 'must have an event definition (an event sub-process has no none start event)');
    }
    (scope as FlowNodeModel).startEvent = node;
    return node;
  }
  if (def === undefined) {
    const node = pc.makeNode(el, scope, 'START_EVENT', 'passThrough');
    if (scope === undefined) {
      if (pc.starts.none !== undefined) throw pc.invalid(el, 'is a second none start event');
      pc.starts.none = node;
    } else {
      if (scope.startEvent !== undefined) throw pc.invalid(el, 'is a second start event in a sub-process');
      scope.startEvent = node;
    }
    return node;
  }
  if (scope !== undefined) throw pc.invalid(el, 'must be a none start event (it is inside a sub-process)');
  switch (def.$type) {
    case 'bpmn:MessageEventDefinition': {
      const message = pc.messageTrigger(el, def.messageRef as ModdleElement | undefined, true);
      if (message.name.isFeel) throw pc.invalid(el, 'must reference a message with a static name');
      const node = pc.makeNode(el, scope, 'START_EVENT', 'passThrough', { eventKind: 'message', message });
      pc.starts.message.set(message.name.text, node);
      return node;
    }
    case 'bpmn:SignalEventDefinition': {
      const signalName = pc.signalName(el, def, true);
      const node = pc.makeNode(el, scope, 'START_EVENT', 'passThrough', { eventKind: 'signal', signalName });
      pc.starts.signal.set(signalName.text, node);
      return node;
    }
    case 'bpmn:TimerEventDefinition': {
      const timer = pc.timerDefinition(el, def);
      try {
        // A timer start event is scheduled at deployment, with no variables: it must be readable now.
        resolveTimer(timer, { get: () => undefined, all: () => ({}) }, Date.now());
      } catch (error) {
        throw pc.invalid(el, `has an invalid timer: ${(error as Error).message}`);
      }
      const node = pc.makeNode(el, scope, 'START_EVENT', 'passThrough', { eventKind: 'timer', timer });
      pc.starts.timer.push(node);
      return node;
    }
    case 'bpmn:ConditionalEventDefinition': {
      const node = pc.makeNode(el, scope, 'START_EVENT', 'passThrough', pc.conditional(el, def));
      pc.starts.conditional.push(node);
      return node;
    }
    default:
      throw pc.invalid(el, `is a ${def.$type} start event, which is supported only in event sub-processes`);
  }
};

/** The event definitions end events and intermediate throw events share: message, signal, escalation, compensation. */
function throwingNode(
  el: Parameters<ElementParser>[0],
  scope: Parameters<ElementParser>[1],
  pc: Parameters<ElementParser>[2],
  type: 'END_EVENT' | 'INTERMEDIATE_THROW_EVENT',
  def: ModdleElement | undefined,
): ReturnType<ElementParser> | undefined {
  switch (def?.$type) {
    case 'bpmn:MessageEventDefinition':
      return pc.makeNode(el, scope, type, 'job', { eventKind: 'message', job: pc.jobDefinition(el, true) });
    case 'bpmn:SignalEventDefinition':
      return pc.makeNode(el, scope, type, 'signalThrow', {
        eventKind: 'signal',
        signalName: pc.signalName(el, def, false),
      });
    case 'bpmn:EscalationEventDefinition': {
      const escalationCode = pc.escalationCode(el, def);
      if (escalationCode === undefined) throw pc.invalid(el, 'must reference an escalation with a code');
      return pc.makeNode(el, scope, type, 'escalationThrow', { eventKind: 'escalation', escalationCode });
    }
    case 'bpmn:CompensateEventDefinition':
      // Zeebe always waits for the handlers.
      if (def.waitForCompletion === false)
        throw pc.invalid(
          el,
          `is invalid: A compensation ${type === 'END_EVENT' ? 'end event' : 'intermediate throwing event'} waitForCompletion attribute must be true or not present`,
        );
      return pc.makeNode(el, scope, type, 'compensationThrow', {
        eventKind: 'compensation',
        compensateActivityId: str((def.activityRef as ModdleElement | undefined)?.id),
      });
    default:
      return undefined;
  }
}

function fail(error: Error): never {
  throw error;
}

const endEvent: ElementParser = (el, scope, pc) => {
  const def = pc.single(el);
  switch (def?.$type) {
    case undefined:
      return pc.makeNode(el, scope, 'END_EVENT', 'noneEnd');
    case 'bpmn:ErrorEventDefinition': {
      const errorCode = pc.errorCode(el, def);
      if (errorCode === undefined) throw pc.invalid(el, 'must reference an error with an error code');
      return pc.makeNode(el, scope, 'END_EVENT', 'errorEnd', { eventKind: 'error', errorCode });
    }
    case 'bpmn:TerminateEventDefinition':
      return pc.makeNode(el, scope, 'END_EVENT', 'terminateEnd', { eventKind: 'terminate' });
    default:
      return (
        throwingNode(el, scope, pc, 'END_EVENT', def) ??
        fail(pc.invalid(el, `is a ${def?.$type} end event, which is not supported`))
      );
  }
};

const intermediateCatchEvent: ElementParser = (el, scope, pc) => {
  const def = pc.single(el);
  switch (def?.$type) {
    case 'bpmn:MessageEventDefinition':
      return pc.makeNode(el, scope, 'INTERMEDIATE_CATCH_EVENT', 'message', {
        eventKind: 'message',
        message: pc.messageTrigger(el, def.messageRef as ModdleElement | undefined, false),
      });
    case 'bpmn:TimerEventDefinition': {
      const timer = pc.timerDefinition(el, def);
      if (timer.kind === 'cycle') throw pc.invalid(el, 'must have a timer duration or date, not a cycle');
      return pc.makeNode(el, scope, 'INTERMEDIATE_CATCH_EVENT', 'timer', { eventKind: 'timer', timer });
    }
    case 'bpmn:SignalEventDefinition':
      return pc.makeNode(el, scope, 'INTERMEDIATE_CATCH_EVENT', 'signal', {
        eventKind: 'signal',
        signalName: pc.signalName(el, def, false),
      });
    case 'bpmn:LinkEventDefinition': {
      const linkName = str(def.name);
      if (linkName === undefined) throw pc.invalid(el, 'must have a link name');
      return pc.makeNode(el, scope, 'INTERMEDIATE_CATCH_EVENT', 'passThrough', {
        eventKind: 'link',
        linkName,
      });
    }
    case 'bpmn:ConditionalEventDefinition':
      return pc.makeNode(el, scope, 'INTERMEDIATE_CATCH_EVENT', 'conditionalCatch', pc.conditional(el, def));
    default:
      throw pc.invalid(el, `must have a message, timer, signal, link or conditional event definition`);
  }
};

const intermediateThrowEvent: ElementParser = (el, scope, pc) => {
  const def = pc.single(el);
  switch (def?.$type) {
    case undefined:
      return pc.makeNode(el, scope, 'INTERMEDIATE_THROW_EVENT', 'passThrough');
    case 'bpmn:LinkEventDefinition': {
      const linkName = str(def.name);
      if (linkName === undefined) throw pc.invalid(el, 'must have a link name');
      return pc.makeNode(el, scope, 'INTERMEDIATE_THROW_EVENT', 'linkThrow', { eventKind: 'link', linkName });
    }
    default:
      return (
        throwingNode(el, scope, pc, 'INTERMEDIATE_THROW_EVENT', def) ??
        fail(pc.invalid(el, `is a ${def?.$type} throw event, which is not supported`))
      );
  }
};

const boundaryEvent: ElementParser = (el, scope, pc) => {
  const def = pc.single(el);
  const cancelActivity = el.cancelActivity !== false;
  const extra: Partial<FlowNodeModel> = { cancelActivity };
  switch (def?.$type) {
    case 'bpmn:ErrorEventDefinition':
      if (!cancelActivity) throw pc.invalid(el, 'is a non-interrupting error boundary event');
      return pc.makeNode(el, scope, 'BOUNDARY_EVENT', 'boundary', {
        ...extra,
        eventKind: 'error',
        errorCode: pc.errorCode(el, def),
      });
    case 'bpmn:TimerEventDefinition':
      return pc.makeNode(el, scope, 'BOUNDARY_EVENT', 'boundary', {
        ...extra,
        eventKind: 'timer',
        timer: pc.timerDefinition(el, def),
      });
    case 'bpmn:MessageEventDefinition':
      return pc.makeNode(el, scope, 'BOUNDARY_EVENT', 'boundary', {
        ...extra,
        eventKind: 'message',
        message: pc.messageTrigger(el, def.messageRef as ModdleElement | undefined, false),
      });
    case 'bpmn:SignalEventDefinition':
      return pc.makeNode(el, scope, 'BOUNDARY_EVENT', 'boundary', {
        ...extra,
        eventKind: 'signal',
        signalName: pc.signalName(el, def, false),
      });
    case 'bpmn:EscalationEventDefinition':
      return pc.makeNode(el, scope, 'BOUNDARY_EVENT', 'boundary', {
        ...extra,
        eventKind: 'escalation',
        escalationCode: pc.escalationCode(el, def),
      });
    case 'bpmn:CompensateEventDefinition':
      return pc.makeNode(el, scope, 'BOUNDARY_EVENT', 'boundary', { ...extra, eventKind: 'compensation' });
    case 'bpmn:ConditionalEventDefinition':
      return pc.makeNode(el, scope, 'BOUNDARY_EVENT', 'boundary', { ...extra, ...pc.conditional(el, def) });
    default:
      throw pc.invalid(
        el,
        `must have an error, timer, message, signal, escalation, compensation or conditional event definition`,
      );
  }
};

const jobTask: ElementParser = (el, scope, pc) =>
  pc.makeNode(el, scope, TASK_TYPES[el.$type] as ElementInstanceType, 'job', {
    job: pc.jobDefinition(el, true),
  });

const businessRuleTask: ElementParser = (el, scope, pc) => {
  const called = extension(el, 'zeebe:CalledDecision');
  if (called === undefined)
    return pc.makeNode(el, scope, 'BUSINESS_RULE_TASK', 'job', { job: pc.jobDefinition(el, true) });
  const decisionId = str(called.decisionId);
  const resultVariable = str(called.resultVariable);
  if (decisionId === undefined || resultVariable === undefined) {
    throw pc.invalid(el, 'must have a zeebe:calledDecision with a decisionId and a resultVariable');
  }
  const bindingType = str(called.bindingType) ?? 'latest';
  if (bindingType !== 'latest' && bindingType !== 'deployment' && bindingType !== 'versionTag') {
    throw pc.invalid(el, `has an unknown binding type '${bindingType}'`);
  }
  const versionTag = str(called.versionTag);
  if (bindingType === 'versionTag' && versionTag === undefined) {
    throw pc.invalid(el, "must have a versionTag when the binding type is 'versionTag'");
  }
  return pc.makeNode(el, scope, 'BUSINESS_RULE_TASK', 'calledDecision', {
    calledDecision: {
      decisionId: pc.requiredExpr(el, decisionId, 'decision id'),
      resultVariable,
      bindingType,
      versionTag,
    },
  });
};

const scriptTask: ElementParser = (el, scope, pc) => {
  const script = extension(el, 'zeebe:Script');
  if (script === undefined)
    return pc.makeNode(el, scope, 'SCRIPT_TASK', 'job', { job: pc.jobDefinition(el, true) });
  const expression = str(script.expression);
  const resultVariable = str(script.resultVariable);
  if (expression === undefined || resultVariable === undefined) {
    throw pc.invalid(el, 'has a zeebe:script without expression or resultVariable');
  }
  return pc.makeNode(el, scope, 'SCRIPT_TASK', 'script', {
    script: { expression: pc.requiredExpr(el, expression, 'script expression'), resultVariable },
  });
};

const userTask: ElementParser = (el, scope, pc) => {
  if (extension(el, 'zeebe:UserTask') !== undefined) {
    return pc.makeNode(el, scope, 'USER_TASK', 'userTask', { userTask: pc.userTaskDefinition(el) });
  }
  // Without zeebe:userTask, Zeebe runs a user task as a job of this reserved type.
  return pc.makeNode(el, scope, 'USER_TASK', 'job', {
    job: {
      type: compileExpression('io.camunda.zeebe:userTask'),
      retries: compileExpression('3'),
      headers: pc.headers(el),
      priority: undefined,
    },
  });
};

const receiveTask: ElementParser = (el, scope, pc) =>
  pc.makeNode(el, scope, 'RECEIVE_TASK', 'message', {
    eventKind: 'message',
    message: pc.messageTrigger(el, el.messageRef as ModdleElement | undefined, false),
  });

const plainTask: ElementParser = (el, scope, pc) =>
  pc.makeNode(el, scope, TASK_TYPES[el.$type] as ElementInstanceType, 'passThrough');

const subProcess: ElementParser = (el, scope, pc) => {
  if (el.triggeredByEvent === true) {
    const violations = compensationEventSubProcessViolations(el, scope);
    if (violations !== undefined) throw pc.invalid(el, `is invalid: ${violations}`);
    const node = pc.makeNode(el, scope, 'EVENT_SUB_PROCESS', 'subProcess', { triggeredByEvent: true });
    pc.compileScope(el, node);
    if (node.startEvent === undefined) throw pc.invalid(el, 'must have exactly one start event');
    if (scope === undefined) pc.eventSubProcesses.push(node);
    else scope.eventSubProcesses.push(node);
    return node;
  }
  const node = pc.makeNode(el, scope, 'SUB_PROCESS', 'subProcess');
  pc.compileScope(el, node);
  if (node.startEvent === undefined) throw pc.invalid(el, 'must have exactly one none start event');
  return node;
};

const callActivity: ElementParser = (el, scope, pc) => {
  const called = extension(el, 'zeebe:CalledElement');
  const processId = str(called?.processId);
  if (called === undefined || processId === undefined) {
    throw pc.invalid(el, 'must have a zeebe:calledElement with a processId');
  }
  const bindingType = str(called.bindingType) ?? 'latest';
  if (bindingType !== 'latest' && bindingType !== 'deployment' && bindingType !== 'versionTag') {
    throw pc.invalid(el, `has an unknown binding type '${bindingType}'`);
  }
  const versionTag = str(called.versionTag);
  if (bindingType === 'versionTag' && versionTag === undefined) {
    throw pc.invalid(el, "must have a versionTag when the binding type is 'versionTag'");
  }
  const calledElement: CalledElementModel = {
    processId: pc.requiredExpr(el, processId, 'called process id'),
    bindingType,
    versionTag,
    propagateAllChildVariables: called.propagateAllChildVariables !== false,
    propagateAllParentVariables: called.propagateAllParentVariables !== false,
  };
  return pc.makeNode(el, scope, 'CALL_ACTIVITY', 'callActivity', { calledElement });
};

const exclusiveGateway: ElementParser = (el, scope, pc) =>
  pc.makeNode(el, scope, 'EXCLUSIVE_GATEWAY', 'exclusiveGateway');
const parallelGateway: ElementParser = (el, scope, pc) =>
  pc.makeNode(el, scope, 'PARALLEL_GATEWAY', 'parallelGateway');
const inclusiveGateway: ElementParser = (el, scope, pc) =>
  pc.makeNode(el, scope, 'INCLUSIVE_GATEWAY', 'inclusiveGateway');
const eventBasedGateway: ElementParser = (el, scope, pc) =>
  pc.makeNode(el, scope, 'EVENT_BASED_GATEWAY', 'eventBasedGateway');

/** Zeebe names the inner instances of an ad-hoc sub-process `<ad-hoc sub-process id>#innerInstance`. */
const AD_HOC_INNER_INSTANCE_SUFFIX = '#innerInstance';

const adHocSubProcess: ElementParser = (el, scope, pc) => {
  const adHocExt = extension(el, 'zeebe:AdHoc');
  const outputCollection = str(adHocExt?.outputCollection);
  const outputElement = str(adHocExt?.outputElement);
  const node = pc.makeNode(el, scope, 'AD_HOC_SUB_PROCESS', 'adHocSubProcess', {
    job: pc.jobDefinition(el, false),
  });
  pc.compileScope(el, node);
  const activatable = [...pc.nodes.values()].filter(
    (n) =>
      n.scope === node &&
      n.incoming.length === 0 &&
      n.type !== 'BOUNDARY_EVENT' &&
      !n.triggeredByEvent &&
      !n.isForCompensation,
  );
  for (const n of activatable) {
    if (n.type === 'START_EVENT') throw pc.invalid(el, 'must not contain a start event');
  }
  const completion = str((el.completionCondition as ModdleElement | undefined)?.body)?.trim();
  // Not registered as a node of the process: it is no BPMN element, only the scope of one activation.
  const innerInstance: FlowNodeModel = {
    ...node,
    id: `${node.id}${AD_HOC_INNER_INSTANCE_SUFFIX}`,
    name: undefined,
    type: 'AD_HOC_SUB_PROCESS_INNER_INSTANCE',
    behavior: 'adHocInnerInstance',
    scope: node,
    incoming: [],
    outgoing: [],
    inputs: [],
    outputs: [],
    job: undefined,
    boundaries: [],
    eventSubProcesses: [],
    executionListeners: [],
    taskListeners: [],
    adHoc: undefined,
  };
  (node as { adHoc: FlowNodeModel['adHoc'] }).adHoc = {
    activeElementsCollection: pc.expr(
      el,
      str(adHocExt?.activeElementsCollection),
      'active elements collection',
    ),
    completionCondition: pc.expr(el, completion, 'completion condition'),
    cancelRemainingInstances: el.cancelRemainingInstances !== false,
    outputCollection,
    outputElement: pc.expr(el, outputElement, 'output element'),
    activatable,
    innerInstance,
  };
  return node;
};

/**
 * The BPMN elements this engine deploys, by moddle type. Adding an element is one parser here and one behaviour
 * in `element-behaviors.ts`. The README's "Supported" list is generated from this registry.
 */
export const elementParsers: Readonly<Record<string, ElementParserEntry>> = {
  'bpmn:StartEvent': {
    parse: startEvent,
    supports:
      'none, message, signal and timer (date, duration, cycle); in event sub-processes also error and escalation',
  },
  'bpmn:EndEvent': {
    parse: endEvent,
    supports: 'none, error, terminate, message (job), signal, escalation, compensation',
  },
  'bpmn:IntermediateCatchEvent': {
    parse: intermediateCatchEvent,
    supports: 'message, timer, signal, link, conditional (re-evaluated when variables change)',
  },
  'bpmn:IntermediateThrowEvent': {
    parse: intermediateThrowEvent,
    supports: 'none, message (job), signal, escalation, link, compensation',
  },
  'bpmn:BoundaryEvent': {
    parse: boundaryEvent,
    supports:
      'error, timer (incl. non-interrupting cycles), message, signal, escalation, conditional; interrupting or not; compensation (the associated handler runs when compensation is thrown)',
  },
  'bpmn:ServiceTask': { parse: jobTask, supports: 'job worker' },
  'bpmn:SendTask': { parse: jobTask, supports: 'job worker' },
  'bpmn:BusinessRuleTask': {
    parse: businessRuleTask,
    supports:
      'called decision (deployed DMN; latest, deployment or versionTag binding on the decision zeebe:versionTag) or job worker',
  },
  'bpmn:ScriptTask': { parse: scriptTask, supports: 'FEEL script (zeebe:script) or job worker' },
  'bpmn:UserTask': {
    parse: userTask,
    supports: 'Camunda user task (zeebe:userTask) or job-worker user task',
  },
  'bpmn:ReceiveTask': { parse: receiveTask, supports: 'message with correlation key' },
  'bpmn:Task': { parse: plainTask, supports: 'pass-through' },
  'bpmn:ManualTask': { parse: plainTask, supports: 'pass-through' },
  'bpmn:ExclusiveGateway': { parse: exclusiveGateway, supports: 'conditions and default flow' },
  'bpmn:ParallelGateway': { parse: parallelGateway, supports: 'fork and join' },
  'bpmn:InclusiveGateway': {
    parse: inclusiveGateway,
    supports: 'fork on every true condition, default flow, join',
  },
  'bpmn:EventBasedGateway': { parse: eventBasedGateway, supports: 'message, timer and signal catch events' },
  'bpmn:SubProcess': {
    parse: subProcess,
    supports:
      'embedded sub-process; event sub-process (message, timer, signal, error, escalation; interrupting or not)',
  },
  'bpmn:CallActivity': {
    parse: callActivity,
    supports: 'static or FEEL process id, binding types, variable propagation, mappings',
  },
  'bpmn:AdHocSubProcess': {
    parse: adHocSubProcess,
    supports:
      'one inner instance per activation (AD_HOC_SUB_PROCESS_INNER_INSTANCE), active elements collection, completion condition, cancel remaining, output collection (one output element per inner instance), activation through the API, job worker implementation (ad-hoc job results)',
  },
};
