import type { ProcessModel } from '../bpmn/process-model.js';
import type { KeyGenerator } from '../key-generator.js';
import type { FormRecord, ProcessDefinitionRecord } from './records.js';

/** Deployed process definitions and forms, with the lookups instance creation and messages need. */
export interface DefinitionRegistry {
  /** Registers a process version; a resource identical to the latest version is not versioned again. */
  deployProcess(input: {
    readonly model: ProcessModel;
    readonly xml: string;
    readonly resourceName: string;
    readonly tenantId: string;
    readonly deploymentKey: string;
  }): ProcessDefinitionRecord;
  /** Calls `listener` after each new process version, with the version it replaces as the latest. */
  onProcessDeployed(
    listener: (definition: ProcessDefinitionRecord, replaced: ProcessDefinitionRecord | undefined) => void,
  ): void;
  /** Registers a form version (same duplicate rule). */
  deployForm(input: {
    readonly formId: string;
    readonly content: string;
    readonly resourceName: string;
    readonly tenantId: string;
  }): FormRecord;
  get(key: string): ProcessDefinitionRecord | undefined;
  latest(processDefinitionId: string, tenantId: string): ProcessDefinitionRecord | undefined;
  version(
    processDefinitionId: string,
    version: number,
    tenantId: string,
  ): ProcessDefinitionRecord | undefined;
  latestForm(formId: string, tenantId: string): FormRecord | undefined;
  isLatest(definition: ProcessDefinitionRecord): boolean;
  all(): Iterable<ProcessDefinitionRecord>;
  /** Latest definitions with a message start event of this name. */
  messageStarts(tenantId: string, messageName: string): readonly ProcessDefinitionRecord[];
  /** Latest definitions with a signal start event of this name. */
  signalStarts(tenantId: string, signalName: string): readonly ProcessDefinitionRecord[];
  clear(): void;
}

const id2 = (a: string, b: string) => `${a}\u0000${b}`;

/** Creates the registry. */
export function createDefinitionRegistry(keys: KeyGenerator): DefinitionRegistry {
  const byKey = new Map<string, ProcessDefinitionRecord>();
  const versions = new Map<string, ProcessDefinitionRecord[]>();
  const forms = new Map<string, FormRecord[]>();
  let messageIndex = new Map<string, ProcessDefinitionRecord[]>();
  let signalIndex = new Map<string, ProcessDefinitionRecord[]>();
  const deployedListeners: Array<
    (definition: ProcessDefinitionRecord, replaced: ProcessDefinitionRecord | undefined) => void
  > = [];

  // Start-event indexes cover only the latest version of each process, as in Zeebe.
  const reindex = () => {
    messageIndex = new Map();
    signalIndex = new Map();
    for (const list of versions.values()) {
      const latest = list[list.length - 1];
      if (latest === undefined) continue;
      for (const name of latest.model.messageStarts.keys()) {
        const k = id2(latest.tenantId, name);
        messageIndex.set(k, [...(messageIndex.get(k) ?? []), latest]);
      }
      for (const name of latest.model.signalStarts.keys()) {
        const k = id2(latest.tenantId, name);
        signalIndex.set(k, [...(signalIndex.get(k) ?? []), latest]);
      }
    }
  };

  return {
    deployProcess({ model, xml, resourceName, tenantId, deploymentKey }) {
      const k = id2(tenantId, model.processDefinitionId);
      const list = versions.get(k) ?? [];
      const latest = list[list.length - 1];
      if (latest !== undefined && latest.xml === xml) return latest;
      const record: ProcessDefinitionRecord = {
        key: keys.next(),
        processDefinitionId: model.processDefinitionId,
        version: list.length + 1,
        versionTag: model.versionTag ?? null,
        name: model.name ?? null,
        resourceName,
        tenantId,
        xml,
        model,
        deploymentKey,
      };
      list.push(record);
      versions.set(k, list);
      byKey.set(record.key, record);
      reindex();
      for (const listener of deployedListeners) listener(record, latest);
      return record;
    },
    onProcessDeployed(listener) {
      deployedListeners.push(listener);
    },
    deployForm({ formId, content, resourceName, tenantId }) {
      const k = id2(tenantId, formId);
      const list = forms.get(k) ?? [];
      const latest = list[list.length - 1];
      if (latest !== undefined && latest.content === content) return latest;
      const record: FormRecord = {
        key: keys.next(),
        formId,
        version: list.length + 1,
        resourceName,
        tenantId,
        content,
      };
      list.push(record);
      forms.set(k, list);
      return record;
    },
    get: (key) => byKey.get(key),
    latest(processDefinitionId, tenantId) {
      const list = versions.get(id2(tenantId, processDefinitionId));
      return list?.[list.length - 1];
    },
    version: (processDefinitionId, version, tenantId) =>
      versions.get(id2(tenantId, processDefinitionId))?.[version - 1],
    latestForm(formId, tenantId) {
      const list = forms.get(id2(tenantId, formId));
      return list?.[list.length - 1];
    },
    isLatest(definition) {
      const list = versions.get(id2(definition.tenantId, definition.processDefinitionId));
      return list?.[list.length - 1] === definition;
    },
    all: () => byKey.values(),
    messageStarts: (tenantId, name) => messageIndex.get(id2(tenantId, name)) ?? [],
    signalStarts: (tenantId, name) => signalIndex.get(id2(tenantId, name)) ?? [],
    clear() {
      byKey.clear();
      versions.clear();
      forms.clear();
      messageIndex = new Map();
      signalIndex = new Map();
    },
  };
}
