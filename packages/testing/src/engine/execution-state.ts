import type { SequenceFlowModel } from '../bpmn/process-model.js';
import type {
  ElementInstanceRecord,
  IncidentRecord,
  ProcessInstanceRecord,
  UserTaskRecord,
} from './records.js';

/** Everything the executor has created, indexed the way the API reads it. */
export interface ExecutionState {
  readonly processInstances: Map<string, ProcessInstanceRecord>;
  readonly elementInstances: Map<string, ElementInstanceRecord>;
  readonly elementsByInstance: Map<string, ElementInstanceRecord[]>;
  readonly incidents: Map<string, IncidentRecord>;
  readonly incidentsByInstance: Map<string, IncidentRecord[]>;
  readonly userTasks: Map<string, UserTaskRecord>;
  readonly userTasksByInstance: Map<string, UserTaskRecord[]>;
  /** Instances started by a message start event with a correlation key, still active: Zeebe starts no second one. */
  readonly messageStarted: Map<string, string>;
  /** Sequence flows taken, per process instance, in the order they were taken. */
  readonly takenFlows: Map<string, SequenceFlowModel[]>;
  clear(): void;
}

/** Appends `value` to the list under `key`. */
export function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Creates empty execution state. */
export function createExecutionState(): ExecutionState {
  const state = {
    processInstances: new Map<string, ProcessInstanceRecord>(),
    elementInstances: new Map<string, ElementInstanceRecord>(),
    elementsByInstance: new Map<string, ElementInstanceRecord[]>(),
    incidents: new Map<string, IncidentRecord>(),
    incidentsByInstance: new Map<string, IncidentRecord[]>(),
    userTasks: new Map<string, UserTaskRecord>(),
    userTasksByInstance: new Map<string, UserTaskRecord[]>(),
    messageStarted: new Map<string, string>(),
    takenFlows: new Map<string, SequenceFlowModel[]>(),
    clear() {
      for (const value of Object.values(state)) if (value instanceof Map) value.clear();
    },
  };
  return state;
}
