import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import { compileExpression } from '../feel/expression.js';
import { elementParsers } from './element-parsers.js';
import { executionListenerPlacementError } from './execution-listener-placement.js';
import { extension, extensions, list, str } from './moddle-access.js';
import { createParseContext, type ParseContext, rejected } from './parse-context.js';
import type { FlowNodeModel, MultiInstanceModel, ProcessModel } from './process-model.js';

const moddle = new BpmnModdle({ zeebe });

/** The processes of one BPMN resource, compiled for execution. */
export interface ParsedBpmn {
  readonly processes: readonly ProcessModel[];
}

/**
 * Flow elements Zeebe 8.10 itself rejects at deployment ("Elements of type … are currently not supported"); the
 * README's "Rejected" list is generated from it.
 */
export const REJECTED_ELEMENTS: readonly string[] = [
  'bpmn:ComplexGateway',
  'bpmn:Transaction',
  'bpmn:CallChoreography',
  'bpmn:ChoreographyTask',
  'bpmn:SubChoreography',
];

/** Flow elements that do not execute (data objects and stores); accepted and ignored, as in Zeebe. */
export const IGNORED_FLOW_ELEMENTS: readonly string[] = [
  'bpmn:DataObject',
  'bpmn:DataObjectReference',
  'bpmn:DataStoreReference',
];

// Extensions that change nothing about execution here, or that element parsers read themselves.
const KNOWN_EXTENSIONS = new Set([
  'zeebe:Properties',
  'zeebe:LinkedResources',
  'zeebe:UserTaskForm',
  'zeebe:VersionTag',
  'zeebe:TaskHeaders',
  'zeebe:IoMapping',
  'zeebe:TaskDefinition',
  'zeebe:Subscription',
  'zeebe:UserTask',
  'zeebe:AssignmentDefinition',
  'zeebe:PriorityDefinition',
  'zeebe:TaskSchedule',
  'zeebe:FormDefinition',
  'zeebe:Script',
  'zeebe:JobPriorityDefinition',
  'zeebe:CalledElement',
  'zeebe:CalledDecision',
  'zeebe:TaskListeners',
  'zeebe:ExecutionListeners',
  'zeebe:AdHoc',
]);

/**
 * Parses BPMN XML with bpmn-moddle and the Zeebe extensions and compiles every executable process. What Zeebe
 * rejects is rejected with an error naming the element id and type.
 */
export async function parseBpmn(xml: string, resourceName: string): Promise<ParsedBpmn> {
  let root: ModdleElement;
  try {
    const result = await moddle.fromXML(xml);
    root = result.rootElement;
    // Zeebe ignores diagram interchange: a diagram shape pointing at a missing element is no model error.
    const fatal = result.warnings.find(
      (w) => /unparsable|unresolved reference/i.test(w.message) && !isDiagramWarning(w),
    );
    if (fatal !== undefined) throw new Error(fatal.message);
  } catch (error) {
    throw rejected(`Resource '${resourceName}' is not valid BPMN: ${(error as Error).message}`);
  }
  if (root.$type !== 'bpmn:Definitions') {
    throw rejected(`Resource '${resourceName}' is not a BPMN definitions document`);
  }
  const processes = list(root.rootElements).filter(
    (el) => el.$type === 'bpmn:Process' && el.isExecutable === true,
  );
  if (processes.length === 0) {
    throw rejected(`Resource '${resourceName}' contains no executable process (isExecutable="true")`);
  }
  return { processes: processes.map((p) => compileProcess(p, resourceName)) };
}

const MULTI_INSTANCE_TYPES = new Set([
  'bpmn:ServiceTask',
  'bpmn:SendTask',
  'bpmn:BusinessRuleTask',
  'bpmn:ScriptTask',
  'bpmn:UserTask',
  'bpmn:ReceiveTask',
  'bpmn:Task',
  'bpmn:ManualTask',
  'bpmn:SubProcess',
  'bpmn:CallActivity',
  'bpmn:AdHocSubProcess',
]);

/** Wraps an activity with multi-instance characteristics into a multi-instance body holding it. */
function wrapMultiInstance(el: ModdleElement, inner: FlowNodeModel, pc: ParseContext): void {
  const loop = el.loopCharacteristics as ModdleElement;
  if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics' || !MULTI_INSTANCE_TYPES.has(el.$type)) {
    throw pc.invalid(el, 'has loop characteristics; only multi-instance activities are supported');
  }
  const zeebeLoop = extension(loop, 'zeebe:LoopCharacteristics');
  const inputCollection = str(zeebeLoop?.inputCollection);
  if (zeebeLoop === undefined || inputCollection === undefined) {
    throw pc.invalid(el, "must have a 'zeebe:loopCharacteristics' extension element with an inputCollection");
  }
  const outputCollection = str(zeebeLoop.outputCollection);
  const outputElement = str(zeebeLoop.outputElement);
  if ((outputCollection === undefined) !== (outputElement === undefined)) {
    throw pc.invalid(el, 'must define both outputCollection and outputElement, or neither');
  }
  const completion = str((loop.completionCondition as ModdleElement | undefined)?.body)?.trim();
  const multiInstance: MultiInstanceModel = {
    isSequential: loop.isSequential === true,
    inputCollection: pc.requiredExpr(el, inputCollection, 'input collection'),
    inputElement: str(zeebeLoop.inputElement),
    outputCollection,
    outputElement: pc.expr(el, outputElement, 'output element'),
    completionCondition: pc.expr(el, completion, 'completion condition'),
    inner,
  };
  // The body takes the activity's place in its scope; mappings and listeners stay with the inner activity.
  pc.nodes.delete(inner.id);
  const body = pc.makeNode(el, inner.scope, 'MULTI_INSTANCE_BODY', 'multiInstanceBody', {
    inputs: [],
    outputs: [],
    multiInstance,
    executionListeners: [],
    taskListeners: [],
  });
  (inner as { scope: FlowNodeModel | undefined }).scope = body;
}

function compileNode(el: ModdleElement, scope: FlowNodeModel | undefined, pc: ParseContext): void {
  const t = el.$type;
  if (IGNORED_FLOW_ELEMENTS.includes(t) || t === 'bpmn:SequenceFlow') return;
  const entry = elementParsers[t];
  if (entry === undefined) {
    const simpleName = t.replace(/^bpmn:/, '').replace(/^./, (c) => c.toLowerCase());
    throw pc.invalid(
      el,
      `is not supported: elements of type '${simpleName}' are currently not supported${REJECTED_ELEMENTS.includes(t) ? ' by Zeebe' : ''}`,
    );
  }
  for (const ext of extensions(el)) {
    if (ext.$type.startsWith('zeebe:') && !KNOWN_EXTENSIONS.has(ext.$type)) {
      throw pc.invalid(el, `uses the extension '${ext.$type}', which the test engine does not execute yet`);
    }
  }
  const node = entry.parse(el, scope, pc);
  for (const { eventType } of node.executionListeners) {
    if (eventType !== 'start' && eventType !== 'end')
      throw pc.invalid(el, `has an execution listener of unknown type '${eventType}'`);
  }
  const placementError = executionListenerPlacementError(node);
  if (placementError !== undefined) throw pc.invalid(el, `is invalid: ${placementError}`);
  if (el.loopCharacteristics !== undefined && el.loopCharacteristics !== null)
    wrapMultiInstance(el, node, pc);
}

const ATTACHABLE = new Set([
  'SERVICE_TASK',
  'SEND_TASK',
  'BUSINESS_RULE_TASK',
  'SCRIPT_TASK',
  'USER_TASK',
  'RECEIVE_TASK',
  'TASK',
  'MANUAL_TASK',
  'SUB_PROCESS',
  'CALL_ACTIVITY',
  'MULTI_INSTANCE_BODY',
  'AD_HOC_SUB_PROCESS',
]);

const EVENT_GATEWAY_TARGETS = new Set(['message', 'timer', 'signal']);

function link(pc: ParseContext): void {
  for (const { model, el } of pc.pending) {
    if (pc.nodes.get(model.id) !== model) continue;
    if (model.behavior === 'boundary') {
      const attached = pc.nodes.get((el.attachedToRef as ModdleElement | undefined)?.id ?? '');
      if (attached === undefined || attached.scope !== model.scope || !ATTACHABLE.has(attached.type)) {
        throw pc.invalid(el, 'must be attached to an activity of its scope');
      }
      if (model.timer?.kind === 'cycle' && model.cancelActivity) {
        throw pc.invalid(el, 'is an interrupting boundary event with a timer cycle');
      }
      (model as { attachedTo: FlowNodeModel }).attachedTo = attached;
      attached.boundaries.push(model);
    }
    if (model.behavior === 'exclusiveGateway' || model.behavior === 'inclusiveGateway') {
      const defaultId = (el.default as ModdleElement | undefined)?.id;
      if (defaultId !== undefined) {
        model.defaultFlow = model.outgoing.find((f) => f.id === defaultId);
        if (model.defaultFlow === undefined)
          throw pc.invalid(el, `has a default flow '${defaultId}' that does not leave it`);
      }
      if (model.outgoing.length > 1 || model.behavior === 'inclusiveGateway') {
        const missing = model.outgoing.find((f) => f !== model.defaultFlow && f.condition === undefined);
        if (missing !== undefined && (model.outgoing.length > 1 || model.behavior === 'exclusiveGateway')) {
          throw pc.invalid(
            el,
            `has an outgoing flow '${missing.id}' with neither a condition nor the default marker`,
          );
        }
      }
    } else {
      const conditional = model.outgoing.find((f) => f.condition !== undefined);
      if (conditional !== undefined) {
        throw pc.invalid(
          el,
          `has a conditional outgoing flow '${conditional.id}'; conditional sequence flows are only supported at exclusive and inclusive gateways`,
        );
      }
    }
    if (model.behavior === 'eventBasedGateway') {
      if (model.outgoing.length < 2) throw pc.invalid(el, 'must have at least two outgoing sequence flows');
      for (const flow of model.outgoing) {
        const target = flow.target;
        const ok =
          (target.type === 'INTERMEDIATE_CATCH_EVENT' && EVENT_GATEWAY_TARGETS.has(target.eventKind)) ||
          target.type === 'RECEIVE_TASK';
        if (!ok || target.incoming.length > 1) {
          throw pc.invalid(
            el,
            `leads to '${target.id}'; an event-based gateway must lead only to message, timer or signal catch events (or receive tasks) without other incoming flows`,
          );
        }
      }
    }
    if (model.behavior === 'linkThrow') {
      const targets = [...pc.nodes.values()].filter(
        (n) =>
          n.type === 'INTERMEDIATE_CATCH_EVENT' &&
          n.eventKind === 'link' &&
          n.linkName === model.linkName &&
          n.scope === model.scope,
      );
      if (targets.length !== 1) {
        throw pc.invalid(
          el,
          `throws link '${model.linkName}', but its scope has ${targets.length === 0 ? 'no' : 'more than one'} link catch event of that name`,
        );
      }
      model.linkTarget = targets[0];
    }
  }
}

/** The task types Zeebe allows as compensation handlers (sub-processes and call activities are allowed too). */
const COMPENSATION_TASKS = new Set([
  'SERVICE_TASK',
  'USER_TASK',
  'SEND_TASK',
  'SCRIPT_TASK',
  'MANUAL_TASK',
  'TASK',
]);
const TASKS = new Set([...COMPENSATION_TASKS, 'BUSINESS_RULE_TASK', 'RECEIVE_TASK']);

/** Zeebe's validator messages for a compensation boundary event, handler or throw event, in its order. */
function compensationViolations(node: FlowNodeModel, nodes: ReadonlyMap<string, FlowNodeModel>): string[] {
  const violations: string[] = [];
  if (node.behavior === 'boundary' && node.eventKind === 'compensation') {
    if (node.compensationHandler === undefined || node.outgoing.length > 0)
      violations.push(
        'Compensation boundary events must have a compensation association and no outgoing sequence flows',
      );
  }
  // A multi-instance handler: the body carries the flows and boundary events, the inner activity the type.
  const activity = node.multiInstance?.inner ?? node;
  if (activity.isForCompensation && TASKS.has(activity.type)) {
    if (!COMPENSATION_TASKS.has(activity.type))
      violations.push(
        'Compensation task must be one of: service task, user task, send task, script task, manual task, or undefined task.',
      );
    if (node.incoming.length > 0)
      violations.push('A compensation handler should have no incoming sequence flows');
    if (node.outgoing.length > 0)
      violations.push('A compensation handler should have no outgoing sequence flows');
    if (node.boundaries.length > 0) violations.push('A compensation handler should have no boundary events');
  }
  const id = node.compensateActivityId;
  const referenced = id === undefined ? undefined : nodes.get(id);
  if (node.behavior === 'compensationThrow' && referenced !== undefined) {
    const compensable =
      referenced.boundaries.some((b) => b.eventKind === 'compensation') ||
      (referenced.multiInstance?.inner ?? referenced).type === 'SUB_PROCESS';
    if (!compensable)
      violations.push(
        `The referenced compensation activity '${id}' must have either a compensation boundary event or be a subprocess`,
      );
    if (referenced.scope !== node.scope)
      violations.push(
        `The referenced compensation activity '${id}' must be in the same scope as the compensation throw event`,
      );
  }
  return violations;
}

/** Rejects what Zeebe's validator rejects about compensation boundary events, handlers and throw events. */
function checkCompensation(pc: ParseContext): void {
  for (const { model, el } of pc.pending) {
    if (pc.nodes.get(model.id) !== model) continue;
    const violations = compensationViolations(model, pc.nodes);
    if (violations.length > 0) throw pc.invalid(el, `is invalid: ${violations.join('; ')}`);
  }
}

function compileProcess(proc: ModdleElement, resourceName: string): ProcessModel {
  const processId = proc.id ?? '';
  if (!/^[\p{L}_][\p{L}\p{N}_\-.]*$/u.test(processId)) {
    throw rejected(`Resource '${resourceName}': process id '${processId}' is not a valid BPMN process id`);
  }
  const pc = createParseContext(resourceName, compileNode);
  pc.compileScope(proc, undefined);
  link(pc);
  checkCompensation(pc);
  for (const node of pc.nodes.values()) {
    if (node.behavior === 'boundary' && node.attachedTo === undefined) {
      throw rejected(
        `Resource '${resourceName}': boundary event '${node.id}' is not attached to an activity`,
      );
    }
  }
  const { starts } = pc;
  if (
    starts.none === undefined &&
    starts.message.size === 0 &&
    starts.signal.size === 0 &&
    starts.timer.length === 0 &&
    starts.conditional.length === 0
  ) {
    throw rejected(`Resource '${resourceName}': process '${processId}' has no start event`);
  }
  const executionListeners = list(extension(proc, 'zeebe:ExecutionListeners')?.listeners).map((l) => {
    const type = str(l.type);
    if (type === undefined)
      throw rejected(
        `Resource '${resourceName}': process '${processId}' has an execution listener without a job type`,
      );
    return {
      eventType: str(l.eventType) ?? 'start',
      type: compileExpression(type),
      retries: compileExpression(str(l.retries) ?? '3'),
      headers: {},
    };
  });
  return {
    processDefinitionId: processId,
    name: str(proc.name),
    versionTag: str(extension(proc, 'zeebe:VersionTag')?.value),
    nodes: pc.nodes,
    noneStart: starts.none,
    messageStarts: starts.message,
    signalStarts: starts.signal,
    timerStarts: starts.timer,
    conditionalStarts: starts.conditional,
    eventSubProcesses: pc.eventSubProcesses,
    executionListeners,
  };
}

/** True for a warning about a diagram (BPMN DI) element, such as a shape whose `bpmnElement` does not exist. */
function isDiagramWarning(warning: { readonly element?: { readonly $type?: string } }): boolean {
  const type = warning.element?.$type ?? '';
  return type.startsWith('bpmndi:') || type.startsWith('di:') || type.startsWith('dc:');
}
