import type { ModdleElement } from 'bpmn-moddle';
import type { NodeBehavior } from '../engine/element-behaviors.js';
import { compileExpression, type Expression, ExpressionError } from '../feel/expression.js';
import { deploymentRejected } from '../handlers/handler-support.js';
import type { TestEngineError } from '../test-engine-error.js';
import { extension, list, str } from './moddle-access.js';
import type {
  ElementInstanceType,
  EventKind,
  FlowNodeModel,
  JobDefinition,
  ListenerModel,
  MessageTrigger,
  UserTaskDefinition,
  VariableMapping,
} from './process-model.js';
import type { TimerDefinition } from './timer-definition.js';

/** Raised for a BPMN file that cannot be deployed; the deployment answers 400 with its message. */
export function rejected(message: string): TestEngineError {
  return deploymentRejected(message);
}

/** A node under construction: the model plus the raw element it came from. */
export interface PendingNode {
  readonly model: FlowNodeModel;
  readonly el: ModdleElement;
}

/** What element parsers work with while one process is compiled. */
export interface ParseContext {
  readonly resourceName: string;
  readonly nodes: Map<string, FlowNodeModel>;
  readonly pending: PendingNode[];
  readonly starts: {
    none: FlowNodeModel | undefined;
    readonly message: Map<string, FlowNodeModel>;
    readonly signal: Map<string, FlowNodeModel>;
    readonly timer: FlowNodeModel[];
    readonly conditional: FlowNodeModel[];
  };
  /** Event sub-processes of the process level. */
  readonly eventSubProcesses: FlowNodeModel[];
  /** An error naming the element, its type and what about it cannot be deployed. */
  invalid(el: ModdleElement, what: string): TestEngineError;
  expr(el: ModdleElement, text: string | undefined, what: string): Expression | undefined;
  requiredExpr(el: ModdleElement, text: string | undefined, what: string): Expression;
  makeNode(
    el: ModdleElement,
    scope: FlowNodeModel | undefined,
    type: ElementInstanceType,
    behavior: NodeBehavior,
    extra?: Partial<FlowNodeModel>,
  ): FlowNodeModel;
  /** The single event definition of an event, if any. */
  single(el: ModdleElement): ModdleElement | undefined;
  jobDefinition(el: ModdleElement, required: boolean): JobDefinition | undefined;
  messageTrigger(el: ModdleElement, message: ModdleElement | undefined, start: boolean): MessageTrigger;
  timerDefinition(el: ModdleElement, def: ModdleElement): TimerDefinition;
  userTaskDefinition(el: ModdleElement): UserTaskDefinition;
  signalName(el: ModdleElement, def: ModdleElement, staticOnly: boolean): Expression;
  /** Error code of an error event definition (undefined when it references no error or no code). */
  errorCode(el: ModdleElement, def: ModdleElement): Expression | undefined;
  escalationCode(el: ModdleElement, def: ModdleElement): Expression | undefined;
  /** The condition and variable filter of a conditional event definition, as node fields. */
  conditional(el: ModdleElement, def: ModdleElement): Partial<FlowNodeModel>;
  headers(el: ModdleElement): Record<string, string>;
  /** Compiles the flow elements and sequence flows of a process or sub-process. */
  compileScope(container: ModdleElement, scope: FlowNodeModel | undefined): void;
}

const listenerModels = (
  el: ModdleElement,
  kind: 'zeebe:ExecutionListeners' | 'zeebe:TaskListeners',
  pc: Pick<ParseContext, 'requiredExpr' | 'invalid' | 'headers'>,
): ListenerModel[] =>
  list(extension(el, kind)?.listeners).map((l) => {
    const type = str(l.type);
    if (type === undefined) throw pc.invalid(el, 'a listener without a job type');
    return {
      eventType: str(l.eventType) ?? 'start',
      type: pc.requiredExpr(el, type, 'listener type'),
      retries: pc.requiredExpr(el, str(l.retries) ?? '3', 'listener retries'),
      headers: {},
    };
  });

/** Creates the parse context of one process; `compileNode` compiles one flow element. */
export function createParseContext(
  resourceName: string,
  compileNode: (el: ModdleElement, scope: FlowNodeModel | undefined, pc: ParseContext) => void,
): ParseContext {
  const nodes = new Map<string, FlowNodeModel>();
  const pending: PendingNode[] = [];

  const invalid = (el: ModdleElement, what: string) =>
    rejected(`Resource '${resourceName}': element '${el.id ?? '?'}' of type '${el.$type}' ${what}`);

  const expr = (el: ModdleElement, text: string | undefined, what: string): Expression | undefined => {
    if (text === undefined) return undefined;
    try {
      return compileExpression(text);
    } catch (error) {
      if (error instanceof ExpressionError) throw invalid(el, `has an invalid ${what}: ${error.message}`);
      throw error;
    }
  };

  const requiredExpr = (el: ModdleElement, text: string | undefined, what: string): Expression => {
    const e = expr(el, text, what);
    if (e === undefined) throw invalid(el, `has no ${what}`);
    return e;
  };

  const mappings = (el: ModdleElement, kind: 'inputParameters' | 'outputParameters'): VariableMapping[] => {
    const io = extension(el, 'zeebe:IoMapping');
    if (io === undefined) return [];
    return list(io[kind]).map((p) => {
      const target = str(p.target);
      const source = str(p.source) ?? '=null';
      if (target === undefined) throw invalid(el, 'has a variable mapping without a target');
      return { source: requiredExpr(el, source, `mapping source '${source}'`), target: target.split('.') };
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

  const pc: ParseContext = {
    resourceName,
    nodes,
    pending,
    starts: { none: undefined, message: new Map(), signal: new Map(), timer: [], conditional: [] },
    eventSubProcesses: [],
    invalid,
    expr,
    requiredExpr,
    headers,

    makeNode(el, scope, type, behavior, extra = {}) {
      const id = el.id ?? '';
      if (nodes.has(id)) throw rejected(`Resource '${resourceName}': element id '${id}' is used twice`);
      const eventKind: EventKind = 'none';
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
        multiInstance: undefined,
        eventKind,
        calledElement: undefined,
        calledDecision: undefined,
        escalationCode: undefined,
        linkName: undefined,
        linkTarget: undefined,
        conditionExpression: undefined,
        conditionVariables: undefined,
        conditionEvents: undefined,
        eventSubProcesses: [],
        triggeredByEvent: false,
        executionListeners: listenerModels(el, 'zeebe:ExecutionListeners', {
          requiredExpr,
          invalid,
          headers,
        }),
        taskListeners: listenerModels(el, 'zeebe:TaskListeners', { requiredExpr, invalid, headers }),
        adHoc: undefined,
        compensationHandler: undefined,
        compensateActivityId: undefined,
        isForCompensation: el.isForCompensation === true,
        ...extra,
      };
      nodes.set(id, model);
      pending.push({ model, el });
      return model;
    },

    single(el) {
      const defs = list(el.eventDefinitions);
      if (defs.length > 1) throw invalid(el, "can't have more than one event definition");
      return defs[0];
    },

    jobDefinition(el, required) {
      const def = extension(el, 'zeebe:TaskDefinition');
      if (def === undefined) {
        if (required) throw invalid(el, 'must have a zeebe:taskDefinition with a job type');
        return undefined;
      }
      const type = str(def.type);
      if (type === undefined) throw invalid(el, 'has a zeebe:taskDefinition without a type');
      const priority = extension(el, 'zeebe:JobPriorityDefinition');
      return {
        type: requiredExpr(el, type, 'job type'),
        retries: requiredExpr(el, str(def.retries) ?? '3', 'job retries'),
        headers: headers(el),
        priority: expr(el, str(priority?.priority), 'job priority'),
      };
    },

    messageTrigger(el, message, start) {
      const name = str(message?.name);
      if (message === undefined || name === undefined)
        throw invalid(el, 'must reference a message with a name');
      const sub = extension(message, 'zeebe:Subscription');
      const correlationKey = str(sub?.correlationKey);
      if (!start && correlationKey === undefined) {
        throw invalid(el, `references message '${name}' without a zeebe:subscription correlationKey`);
      }
      return {
        name: requiredExpr(el, name, 'message name'),
        correlationKey: expr(el, correlationKey, 'correlation key'),
      };
    },

    timerDefinition(el, def) {
      for (const kind of ['timeDuration', 'timeDate', 'timeCycle'] as const) {
        const formal = def[kind] as ModdleElement | undefined;
        const body = str(formal?.body)?.trim();
        if (body !== undefined) {
          const compiled = requiredExpr(el, body, kind);
          const mapped = kind === 'timeDuration' ? 'duration' : kind === 'timeDate' ? 'date' : 'cycle';
          return { kind: mapped, expression: compiled };
        }
      }
      throw invalid(el, 'must have a timer with a timeDuration, timeDate or timeCycle');
    },

    userTaskDefinition(el) {
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
    },

    signalName(el, def, staticOnly) {
      const name = str((def.signalRef as ModdleElement | undefined)?.name);
      if (name === undefined) throw invalid(el, 'must reference a signal with a name');
      if (staticOnly && name.startsWith('=')) throw invalid(el, 'must reference a signal with a static name');
      return requiredExpr(el, name, 'signal name');
    },

    errorCode(el, def) {
      return expr(el, str((def.errorRef as ModdleElement | undefined)?.errorCode), 'error code');
    },

    escalationCode(el, def) {
      return expr(
        el,
        str((def.escalationRef as ModdleElement | undefined)?.escalationCode),
        'escalation code',
      );
    },

    conditional(el, def) {
      const condition = str((def.condition as ModdleElement | undefined)?.body)?.trim();
      const filter = extension(def, 'zeebe:ConditionalFilter');
      const split = (text: string | undefined) =>
        text === undefined
          ? undefined
          : text
              .split(',')
              .map((t) => t.trim())
              .filter((t) => t !== '');
      return {
        eventKind: 'conditional',
        conditionExpression: requiredExpr(el, condition, 'condition'),
        conditionVariables: split(str(filter?.variableNames)),
        conditionEvents: split(str(filter?.variableEvents)),
      };
    },

    compileScope(container, scope) {
      const elements = list(container.flowElements);
      for (const el of elements) compileNode(el, scope, pc);
      // Compensation boundary events name their handler through an association.
      for (const artifact of list(container.artifacts)) {
        if (artifact.$type !== 'bpmn:Association') continue;
        const source = nodes.get((artifact.sourceRef as ModdleElement | undefined)?.id ?? '');
        const target = nodes.get((artifact.targetRef as ModdleElement | undefined)?.id ?? '');
        if (source?.eventKind === 'compensation' && target !== undefined) source.compensationHandler = target;
      }
      for (const el of elements) {
        if (el.$type !== 'bpmn:SequenceFlow') continue;
        const source = nodes.get((el.sourceRef as ModdleElement | undefined)?.id ?? '');
        const target = nodes.get((el.targetRef as ModdleElement | undefined)?.id ?? '');
        if (source === undefined || target === undefined) {
          throw rejected(
            `Resource '${resourceName}': sequence flow '${el.id}' does not connect two elements`,
          );
        }
        const conditionText = str((el.conditionExpression as ModdleElement | undefined)?.body)?.trim();
        const condition = expr(el, conditionText, 'condition');
        const flow = { id: el.id ?? '', source, target, condition };
        source.outgoing.push(flow);
        target.incoming.push(flow);
      }
    },
  };
  return pc;
}
