import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import { compileExpression, type Expression, ExpressionError } from '../feel/expression.js';
import { TestEngineError } from '../test-engine-error.js';
import type {
  ElementInstanceType,
  FlowNodeModel,
  JobDefinition,
  MessageTrigger,
  NodeBehavior,
  ProcessModel,
  SequenceFlowModel,
  UserTaskDefinition,
  VariableMapping,
} from './process-model.js';
import type { TimerDefinition } from './timer-definition.js';

/** Raised for a BPMN file the engine cannot execute faithfully; the deployment answers 400 with its message. */
function rejected(message: string): TestEngineError {
  return new TestEngineError(message, { code: 'INVALID_ARGUMENT', status: 400, title: 'INVALID_ARGUMENT' });
}

function unsupported(el: ModdleElement, what: string, resourceName: string): TestEngineError {
  return rejected(
    `Resource '${resourceName}': element '${el.id ?? '?'}' of type '${el.$type}' uses ${what}, which the test engine does not support`,
  );
}

const moddle = new BpmnModdle({ zeebe });

/** The processes of one BPMN resource, compiled for execution. */
export interface ParsedBpmn {
  readonly processes: readonly ProcessModel[];
}

/**
 * Parses BPMN XML with bpmn-moddle and the Zeebe extensions and compiles every executable process. Anything the
 * engine cannot execute faithfully is rejected with an error naming the element id and type.
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

function list(value: unknown): ModdleElement[] {
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function extensions(el: ModdleElement): ModdleElement[] {
  const ext = el.extensionElements as ModdleElement | undefined;
  return ext === undefined ? [] : list(ext.values);
}

function extension(el: ModdleElement, type: string): ModdleElement | undefined {
  return extensions(el).find((e) => e.$type === type);
}

// Extensions that change nothing about execution here (modelling aids, linked resources) are accepted as-is.
const IGNORED_EXTENSIONS = new Set([
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
]);

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

const ATTACHABLE = new Set<ElementInstanceType>([
  'SERVICE_TASK',
  'SEND_TASK',
  'BUSINESS_RULE_TASK',
  'SCRIPT_TASK',
  'USER_TASK',
  'RECEIVE_TASK',
  'TASK',
  'MANUAL_TASK',
  'SUB_PROCESS',
]);

const IGNORED_FLOW_ELEMENTS = new Set([
  'bpmn:DataObject',
  'bpmn:DataObjectReference',
  'bpmn:DataStoreReference',
]);

/** A node under construction: the model plus the raw element it came from. */
interface PendingNode {
  readonly model: FlowNodeModel;
  readonly el: ModdleElement;
}

function compileProcess(proc: ModdleElement, resourceName: string): ProcessModel {
  const processId = proc.id ?? '';
  if (!/^[\p{L}_][\p{L}\p{N}_\-.]*$/u.test(processId)) {
    throw rejected(`Resource '${resourceName}': process id '${processId}' is not a valid BPMN process id`);
  }
  const nodes = new Map<string, FlowNodeModel>();
  const pending: PendingNode[] = [];
  const expr = (el: ModdleElement, text: string | undefined, what: string): Expression | undefined => {
    if (text === undefined) return undefined;
    try {
      return compileExpression(text);
    } catch (error) {
      if (error instanceof ExpressionError) {
        throw rejected(
          `Resource '${resourceName}': element '${el.id}' of type '${el.$type}' has an invalid ${what}: ${error.message}`,
        );
      }
      throw error;
    }
  };

  const mappings = (el: ModdleElement, kind: 'inputParameters' | 'outputParameters'): VariableMapping[] => {
    const io = extension(el, 'zeebe:IoMapping');
    if (io === undefined) return [];
    return list(io[kind]).map((p) => {
      const target = str(p.target);
      const source = str(p.source) ?? '=null';
      if (target === undefined) throw unsupported(el, 'a variable mapping without a target', resourceName);
      return {
        source: expr(el, source, `mapping source '${source}'`) as Expression,
        target: target.split('.'),
      };
    });
  };

  const headers = (el: ModdleElement): Record<string, string> => {
    const out: Record<string, string> = {};
    const h = extension(el, 'zeebe:TaskHeaders');
    for (const header of h === undefined ? [] : list(h.values)) {
      const key = str(header.key);
      if (key !== undefined) out[key] = typeof header.value === 'string' ? header.value : '';
    }
    return out;
  };

  const checkExtensions = (el: ModdleElement) => {
    for (const ext of extensions(el)) {
      if (IGNORED_EXTENSIONS.has(ext.$type)) continue;
      if (ext.$type === 'zeebe:ExecutionListeners' && list(ext.listeners).length === 0) continue;
      if (!ext.$type.startsWith('zeebe:')) continue;
      throw unsupported(el, `the extension '${ext.$type}'`, resourceName);
    }
    if (el.loopCharacteristics !== undefined && el.loopCharacteristics !== null) {
      throw unsupported(el, 'multi-instance or loop characteristics', resourceName);
    }
  };

  const jobDefinition = (el: ModdleElement, required: boolean): JobDefinition | undefined => {
    const def = extension(el, 'zeebe:TaskDefinition');
    if (def === undefined) {
      if (required) throw unsupported(el, 'no zeebe:taskDefinition (a job type is required)', resourceName);
      return undefined;
    }
    const type = str(def.type);
    if (type === undefined) throw unsupported(el, 'a zeebe:taskDefinition without a type', resourceName);
    const priority = extension(el, 'zeebe:JobPriorityDefinition');
    return {
      type: expr(el, type, 'job type') as Expression,
      retries: expr(el, str(def.retries) ?? '3', 'job retries') as Expression,
      headers: headers(el),
      priority: expr(el, str(priority?.priority), 'job priority'),
    };
  };

  const messageTrigger = (
    el: ModdleElement,
    message: ModdleElement | undefined,
    start: boolean,
  ): MessageTrigger => {
    const name = str(message?.name);
    if (message === undefined || name === undefined)
      throw unsupported(el, 'a message without a name', resourceName);
    const sub = extension(message, 'zeebe:Subscription');
    const correlationKey = str(sub?.correlationKey);
    if (!start && correlationKey === undefined) {
      throw unsupported(el, `message '${name}' without a zeebe:subscription correlationKey`, resourceName);
    }
    if (start && name.startsWith('='))
      throw unsupported(el, 'a message start event with an expression name', resourceName);
    return {
      name: expr(el, name, 'message name') as Expression,
      correlationKey: expr(el, correlationKey, 'correlation key'),
    };
  };

  const timerDefinition = (el: ModdleElement, def: ModdleElement): TimerDefinition => {
    for (const kind of ['timeDuration', 'timeDate', 'timeCycle'] as const) {
      const formal = def[kind] as ModdleElement | undefined;
      const body = str(formal?.body)?.trim();
      if (body !== undefined) {
        const compiled = expr(el, body, kind) as Expression;
        const mapped = kind === 'timeDuration' ? 'duration' : kind === 'timeDate' ? 'date' : 'cycle';
        return { kind: mapped, expression: compiled };
      }
    }
    throw unsupported(el, 'a timer without timeDuration, timeDate or timeCycle', resourceName);
  };

  const userTaskDefinition = (el: ModdleElement): UserTaskDefinition => {
    const assignment = extension(el, 'zeebe:AssignmentDefinition');
    const schedule = extension(el, 'zeebe:TaskSchedule');
    const priority = extension(el, 'zeebe:PriorityDefinition');
    const form = extension(el, 'zeebe:FormDefinition');
    return {
      assignee: expr(el, str(assignment?.assignee), 'assignee'),
      candidateGroups: expr(el, str(assignment?.candidateGroups), 'candidate groups'),
      candidateUsers: expr(el, str(assignment?.candidateUsers), 'candidate users'),
      dueDate: expr(el, str(schedule?.dueDate), 'due date'),
      followUpDate: expr(el, str(schedule?.followUpDate), 'follow-up date'),
      priority: expr(el, str(priority?.priority), 'priority'),
      externalFormReference: str(form?.externalReference),
      formId: str(form?.formId),
      headers: headers(el),
    };
  };

  const makeNode = (
    el: ModdleElement,
    scope: FlowNodeModel | undefined,
    type: ElementInstanceType,
    behavior: NodeBehavior,
    extra: Partial<FlowNodeModel> = {},
  ): FlowNodeModel => {
    const id = el.id ?? '';
    if (nodes.has(id)) throw rejected(`Resource '${resourceName}': element id '${id}' is used twice`);
    const model: FlowNodeModel = {
      id,
      name: str(el.name),
      type,
      behavior,
      scope,
      incoming: [],
      outgoing: [],
      defaultFlow: undefined,
      inputs: mappings(el, 'inputParameters'),
      outputs: mappings(el, 'outputParameters'),
      job: undefined,
      userTask: undefined,
      script: undefined,
      message: undefined,
      timer: undefined,
      signalName: undefined,
      errorCode: undefined,
      attachedTo: undefined,
      cancelActivity: true,
      boundaries: [],
      startEvent: undefined,
      ...extra,
    };
    nodes.set(id, model);
    pending.push({ model, el });
    return model;
  };

  const single = (el: ModdleElement): ModdleElement | undefined => {
    const defs = list(el.eventDefinitions);
    if (defs.length > 1) throw unsupported(el, 'more than one event definition', resourceName);
    return defs[0];
  };

  const messageStarts = new Map<string, FlowNodeModel>();
  const signalStarts = new Map<string, FlowNodeModel>();
  let noneStart: FlowNodeModel | undefined;

  const compileNode = (el: ModdleElement, scope: FlowNodeModel | undefined): FlowNodeModel | undefined => {
    const t = el.$type;
    if (IGNORED_FLOW_ELEMENTS.has(t) || t === 'bpmn:SequenceFlow') return undefined;
    checkExtensions(el);
    switch (t) {
      case 'bpmn:StartEvent': {
        const def = single(el);
        if (def === undefined) {
          const node = makeNode(el, scope, 'START_EVENT', 'passThrough');
          if (scope === undefined) {
            if (noneStart !== undefined) throw unsupported(el, 'a second none start event', resourceName);
            noneStart = node;
          } else {
            if (scope.startEvent !== undefined)
              throw unsupported(el, 'a second start event in a sub-process', resourceName);
            scope.startEvent = node;
          }
          return node;
        }
        if (scope !== undefined)
          throw unsupported(el, `a ${def.$type} start event inside a sub-process`, resourceName);
        if (def.$type === 'bpmn:MessageEventDefinition') {
          const message = messageTrigger(el, def.messageRef as ModdleElement | undefined, true);
          const node = makeNode(el, scope, 'START_EVENT', 'passThrough', { message });
          messageStarts.set(message.name.text, node);
          return node;
        }
        if (def.$type === 'bpmn:SignalEventDefinition') {
          const name = str((def.signalRef as ModdleElement | undefined)?.name);
          if (name === undefined || name.startsWith('='))
            throw unsupported(el, 'a signal without a static name', resourceName);
          const node = makeNode(el, scope, 'START_EVENT', 'passThrough', {
            signalName: compileExpression(name),
          });
          signalStarts.set(name, node);
          return node;
        }
        throw unsupported(el, `a ${def.$type} start event`, resourceName);
      }
      case 'bpmn:EndEvent': {
        const def = single(el);
        if (def === undefined) return makeNode(el, scope, 'END_EVENT', 'noneEnd');
        if (def.$type === 'bpmn:ErrorEventDefinition') {
          const code = str((def.errorRef as ModdleElement | undefined)?.errorCode);
          if (code === undefined)
            throw unsupported(el, 'an error end event without an error code', resourceName);
          return makeNode(el, scope, 'END_EVENT', 'errorEnd', { errorCode: expr(el, code, 'error code') });
        }
        if (def.$type === 'bpmn:TerminateEventDefinition')
          return makeNode(el, scope, 'END_EVENT', 'terminateEnd');
        if (def.$type === 'bpmn:MessageEventDefinition') {
          return makeNode(el, scope, 'END_EVENT', 'job', { job: jobDefinition(el, true) });
        }
        throw unsupported(el, `a ${def.$type} end event`, resourceName);
      }
      case 'bpmn:IntermediateCatchEvent': {
        const def = single(el);
        if (def?.$type === 'bpmn:MessageEventDefinition') {
          return makeNode(el, scope, 'INTERMEDIATE_CATCH_EVENT', 'message', {
            message: messageTrigger(el, def.messageRef as ModdleElement | undefined, false),
          });
        }
        if (def?.$type === 'bpmn:TimerEventDefinition') {
          const timer = timerDefinition(el, def);
          if (timer.kind === 'cycle')
            throw unsupported(el, 'a timer cycle on an intermediate catch event', resourceName);
          return makeNode(el, scope, 'INTERMEDIATE_CATCH_EVENT', 'timer', { timer });
        }
        if (def?.$type === 'bpmn:SignalEventDefinition') {
          const name = str((def.signalRef as ModdleElement | undefined)?.name);
          if (name === undefined) throw unsupported(el, 'a signal without a name', resourceName);
          return makeNode(el, scope, 'INTERMEDIATE_CATCH_EVENT', 'signal', {
            signalName: expr(el, name, 'signal name'),
          });
        }
        throw unsupported(el, `a ${def?.$type ?? 'missing'} event definition`, resourceName);
      }
      case 'bpmn:IntermediateThrowEvent': {
        const def = single(el);
        if (def === undefined) return makeNode(el, scope, 'INTERMEDIATE_THROW_EVENT', 'passThrough');
        if (def.$type === 'bpmn:MessageEventDefinition') {
          return makeNode(el, scope, 'INTERMEDIATE_THROW_EVENT', 'job', { job: jobDefinition(el, true) });
        }
        throw unsupported(el, `a ${def.$type} throw event`, resourceName);
      }
      case 'bpmn:BoundaryEvent': {
        const def = single(el);
        const cancelActivity = el.cancelActivity !== false;
        const extra: Partial<FlowNodeModel> = { cancelActivity };
        switch (def?.$type) {
          case 'bpmn:ErrorEventDefinition': {
            if (!cancelActivity)
              throw unsupported(el, 'a non-interrupting error boundary event', resourceName);
            const code = str((def.errorRef as ModdleElement | undefined)?.errorCode);
            return makeNode(el, scope, 'BOUNDARY_EVENT', 'boundary', {
              ...extra,
              errorCode: expr(el, code, 'error code'),
            });
          }
          case 'bpmn:TimerEventDefinition':
            return makeNode(el, scope, 'BOUNDARY_EVENT', 'boundary', {
              ...extra,
              timer: timerDefinition(el, def),
            });
          case 'bpmn:MessageEventDefinition':
            return makeNode(el, scope, 'BOUNDARY_EVENT', 'boundary', {
              ...extra,
              message: messageTrigger(el, def.messageRef as ModdleElement | undefined, false),
            });
          case 'bpmn:SignalEventDefinition': {
            const name = str((def.signalRef as ModdleElement | undefined)?.name);
            if (name === undefined) throw unsupported(el, 'a signal without a name', resourceName);
            return makeNode(el, scope, 'BOUNDARY_EVENT', 'boundary', {
              ...extra,
              signalName: expr(el, name, 'signal name'),
            });
          }
          default:
            throw unsupported(el, `a ${def?.$type ?? 'missing'} boundary event definition`, resourceName);
        }
      }
      case 'bpmn:ServiceTask':
      case 'bpmn:SendTask':
        return makeNode(el, scope, TASK_TYPES[t] as ElementInstanceType, 'job', {
          job: jobDefinition(el, true),
        });
      case 'bpmn:BusinessRuleTask':
        if (extension(el, 'zeebe:CalledDecision') !== undefined) {
          throw unsupported(el, 'a called decision (DMN is not supported)', resourceName);
        }
        return makeNode(el, scope, 'BUSINESS_RULE_TASK', 'job', { job: jobDefinition(el, true) });
      case 'bpmn:ScriptTask': {
        const script = extension(el, 'zeebe:Script');
        if (script !== undefined) {
          const expression = str(script.expression);
          const resultVariable = str(script.resultVariable);
          if (expression === undefined || resultVariable === undefined) {
            throw unsupported(el, 'a zeebe:script without expression or resultVariable', resourceName);
          }
          return makeNode(el, scope, 'SCRIPT_TASK', 'script', {
            script: { expression: expr(el, expression, 'script expression') as Expression, resultVariable },
          });
        }
        return makeNode(el, scope, 'SCRIPT_TASK', 'job', { job: jobDefinition(el, true) });
      }
      case 'bpmn:UserTask':
        if (extension(el, 'zeebe:UserTask') !== undefined) {
          return makeNode(el, scope, 'USER_TASK', 'userTask', { userTask: userTaskDefinition(el) });
        }
        // Without zeebe:userTask, Zeebe runs a user task as a job of this reserved type.
        return makeNode(el, scope, 'USER_TASK', 'job', {
          job: {
            type: compileExpression('io.camunda.zeebe:userTask'),
            retries: compileExpression('3'),
            headers: headers(el),
            priority: undefined,
          },
        });
      case 'bpmn:ReceiveTask':
        return makeNode(el, scope, 'RECEIVE_TASK', 'message', {
          message: messageTrigger(el, el.messageRef as ModdleElement | undefined, false),
        });
      case 'bpmn:Task':
      case 'bpmn:ManualTask':
        return makeNode(el, scope, TASK_TYPES[t] as ElementInstanceType, 'passThrough');
      case 'bpmn:ExclusiveGateway':
        return makeNode(el, scope, 'EXCLUSIVE_GATEWAY', 'exclusiveGateway');
      case 'bpmn:ParallelGateway':
        return makeNode(el, scope, 'PARALLEL_GATEWAY', 'parallelGateway');
      case 'bpmn:SubProcess': {
        if (el.triggeredByEvent === true) throw unsupported(el, 'an event sub-process', resourceName);
        const node = makeNode(el, scope, 'SUB_PROCESS', 'subProcess');
        compileScope(el, node);
        if (node.startEvent === undefined)
          throw unsupported(el, 'a sub-process without a none start event', resourceName);
        return node;
      }
      default:
        throw unsupported(el, 'an element type', resourceName);
    }
  };

  const compileScope = (container: ModdleElement, scope: FlowNodeModel | undefined) => {
    const elements = list(container.flowElements);
    for (const el of elements) compileNode(el, scope);
    for (const el of elements) {
      if (el.$type !== 'bpmn:SequenceFlow') continue;
      const source = nodes.get((el.sourceRef as ModdleElement | undefined)?.id ?? '');
      const target = nodes.get((el.targetRef as ModdleElement | undefined)?.id ?? '');
      if (source === undefined || target === undefined) {
        throw rejected(
          `Resource '${resourceName}': sequence flow '${el.id}' does not connect two supported elements`,
        );
      }
      const conditionText = str((el.conditionExpression as ModdleElement | undefined)?.body)?.trim();
      const condition = conditionText === undefined ? undefined : expr(el, conditionText, 'condition');
      if (condition !== undefined && source.behavior !== 'exclusiveGateway') {
        throw unsupported(
          el,
          `a condition on a flow leaving '${source.id}' (only exclusive gateways take conditions)`,
          resourceName,
        );
      }
      const flow: SequenceFlowModel = { id: el.id ?? '', source, target, condition };
      source.outgoing.push(flow);
      target.incoming.push(flow);
    }
  };

  compileScope(proc, undefined);

  for (const { model, el } of pending) {
    if (model.behavior === 'boundary') {
      const attached = nodes.get((el.attachedToRef as ModdleElement | undefined)?.id ?? '');
      if (attached === undefined || attached.scope !== model.scope || !ATTACHABLE.has(attached.type)) {
        throw unsupported(el, 'a boundary event not attached to an activity of its scope', resourceName);
      }
      if (model.timer?.kind === 'cycle' && model.cancelActivity) {
        throw unsupported(el, 'a timer cycle on an interrupting boundary event', resourceName);
      }
      (model as { attachedTo: FlowNodeModel }).attachedTo = attached;
      attached.boundaries.push(model);
    }
    if (model.behavior === 'exclusiveGateway') {
      const defaultId = (el.default as ModdleElement | undefined)?.id;
      if (defaultId !== undefined) {
        model.defaultFlow = model.outgoing.find((f) => f.id === defaultId);
        if (model.defaultFlow === undefined)
          throw unsupported(el, `a default flow '${defaultId}' that does not leave it`, resourceName);
      }
      if (model.outgoing.length > 1) {
        const missing = model.outgoing.find((f) => f !== model.defaultFlow && f.condition === undefined);
        if (missing !== undefined) {
          throw unsupported(
            el,
            `an outgoing flow '${missing.id}' with neither a condition nor the default marker`,
            resourceName,
          );
        }
      }
    }
  }
  for (const node of nodes.values()) {
    if (node.behavior === 'boundary' && node.attachedTo === undefined) {
      throw rejected(
        `Resource '${resourceName}': boundary event '${node.id}' is not attached to an activity`,
      );
    }
  }
  if (noneStart === undefined && messageStarts.size === 0 && signalStarts.size === 0) {
    throw rejected(`Resource '${resourceName}': process '${processId}' has no start event`);
  }

  const versionTag = str(extension(proc, 'zeebe:VersionTag')?.value);
  return {
    processDefinitionId: processId,
    name: str(proc.name),
    versionTag,
    nodes,
    noneStart,
    messageStarts,
    signalStarts,
  };
}

/** True for a warning about a diagram (BPMN DI) element, such as a shape whose `bpmnElement` does not exist. */
function isDiagramWarning(warning: { readonly element?: { readonly $type?: string } }): boolean {
  const type = warning.element?.$type ?? '';
  return type.startsWith('bpmndi:') || type.startsWith('di:') || type.startsWith('dc:');
}
