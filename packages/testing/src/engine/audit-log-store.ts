import type { SchedulingClock } from '../engine-clock.js';
import type { KeyGenerator } from '../key-generator.js';

/** The spec's `AuditLogOperationTypeEnum`. */
export type AuditOperationType =
  | 'ASSIGN'
  | 'CANCEL'
  | 'COMPLETE'
  | 'CREATE'
  | 'DELETE'
  | 'EVALUATE'
  | 'MIGRATE'
  | 'MODIFY'
  | 'RESOLVE'
  | 'RESUME'
  | 'SUSPEND'
  | 'UNASSIGN'
  | 'UNKNOWN'
  | 'UPDATE';

/** The spec's `AuditLogEntityTypeEnum`. */
export type AuditEntityType =
  | 'AUTHORIZATION'
  | 'BATCH'
  | 'DECISION'
  | 'GROUP'
  | 'INCIDENT'
  | 'JOB'
  | 'MAPPING_RULE'
  | 'PROCESS_INSTANCE'
  | 'RESOURCE'
  | 'ROLE'
  | 'TENANT'
  | 'USER'
  | 'USER_TASK'
  | 'VARIABLE'
  | 'CLIENT';

/** What a command's audit entry says, before the log adds its key and timestamp. */
export interface AuditEntryInput {
  readonly operationType: AuditOperationType;
  readonly entityType: AuditEntityType;
  readonly entityKey: string;
  readonly category: 'ADMIN' | 'DEPLOYED_RESOURCES' | 'USER_TASKS';
  readonly result: 'SUCCESS' | 'FAIL';
  readonly actorType: 'ANONYMOUS' | 'CLIENT' | 'USER';
  readonly actorId: string | null;
  readonly tenantId: string | null;
  readonly processDefinitionId?: string | null;
  readonly processDefinitionKey?: string | null;
  readonly processInstanceKey?: string | null;
  readonly rootProcessInstanceKey?: string | null;
  readonly elementInstanceKey?: string | null;
  readonly jobKey?: string | null;
  readonly userTaskKey?: string | null;
  readonly decisionDefinitionId?: string | null;
  readonly decisionDefinitionKey?: string | null;
  readonly decisionEvaluationKey?: string | null;
  readonly decisionRequirementsId?: string | null;
  readonly decisionRequirementsKey?: string | null;
  readonly deploymentKey?: string | null;
  readonly resourceKey?: string | null;
  readonly relatedEntityKey?: string | null;
  readonly relatedEntityType?: AuditEntityType | null;
  readonly entityDescription?: string | null;
}

/** One audit log entry. */
export interface AuditLogEntry extends AuditEntryInput {
  readonly auditLogKey: string;
  /** Engine time (epoch ms). */
  readonly timestamp: number;
}

/** The audit log: one entry per command the engine accepted or rejected. */
export interface AuditLogStore {
  record(input: AuditEntryInput): AuditLogEntry;
  get(key: string): AuditLogEntry | undefined;
  /** Every entry, in key order. */
  all(): Iterable<AuditLogEntry>;
  clear(): void;
}

/** Creates the audit log. */
export function createAuditLogStore(clock: SchedulingClock, keys: KeyGenerator): AuditLogStore {
  const entries = new Map<string, AuditLogEntry>();
  return {
    record(input) {
      const entry: AuditLogEntry = { ...input, auditLogKey: keys.next(), timestamp: clock.now() };
      entries.set(entry.auditLogKey, entry);
      return entry;
    },
    get: (key) => entries.get(key),
    all: () => entries.values(),
    clear: () => entries.clear(),
  };
}
