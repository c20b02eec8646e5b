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
  /** A form version by key. */
  form(key: string): FormRecord | undefined;
  /** Deletes a process version (resource deletion): gone from lookups and searches; running instances keep it. */
  deleteProcess(key: string): boolean;
  /** Deletes a form version; the previous version becomes the latest again. */
  deleteForm(key: string): boolean;
  isLatest(definition: ProcessDefinitionRecord): boolean;
  all(): Iterable<ProcessDefinitionRecord>;
  /** Latest definitions with a message start event of this name. */
  messageStarts(tenantId: string, messageName: string): readonly ProcessDefinitionRecord[];
  /** Latest definitions with a signal start event of this name. */
  signalStarts(tenantId: string, signalName: string): readonly ProcessDefinitionRecord[];
  clear(): void;
  /** Captures the deployed processes and forms; the returned function puts exactly them back (backups). */
  snapshot(): () => void;
}

const id2 = (a: string, b: string) => `${a}\u0000${b}`;

/** Creates the registry. */
export function createDefinitionRegistry(keys: KeyGenerator): DefinitionRegistry {
  const byKey = new Map<string, ProcessDefinitionRecord>();
  const versions = new Map<string, ProcessDefinitionRecord[]>();
  const forms = new Map<string, FormRecord[]>();
  const formsByKey = new Map<string, FormRecord>();
  // Versions are never reused, not even after the latest version was deleted.
  const highest = new Map<string, number>();
  const nextVersion = (k: string) => {
    const v = (highest.get(k) ?? 0) + 1;
    highest.set(k, v);
    return v;
  };
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
        version: nextVersion(`process\u0000${k}`),
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
        version: nextVersion(`form\u0000${k}`),
        resourceName,
        tenantId,
        content,
      };
      list.push(record);
      forms.set(k, list);
      formsByKey.set(record.key, record);
      return record;
    },
    get: (key) => byKey.get(key),
    latest(processDefinitionId, tenantId) {
      const list = versions.get(id2(tenantId, processDefinitionId));
      return list?.[list.length - 1];
    },
    version: (processDefinitionId, version, tenantId) =>
      versions.get(id2(tenantId, processDefinitionId))?.find((d) => d.version === version),
    latestForm(formId, tenantId) {
      const list = forms.get(id2(tenantId, formId));
      return list?.[list.length - 1];
    },
    form: (key) => formsByKey.get(key),
    deleteProcess(key) {
      const record = byKey.get(key);
      if (record === undefined) return false;
      byKey.delete(key);
      const k = id2(record.tenantId, record.processDefinitionId);
      const remaining = (versions.get(k) ?? []).filter((d) => d !== record);
      if (remaining.length === 0) versions.delete(k);
      else versions.set(k, remaining);
      reindex();
      return true;
    },
    deleteForm(key) {
      const record = formsByKey.get(key);
      if (record === undefined) return false;
      formsByKey.delete(key);
      const k = id2(record.tenantId, record.formId);
      const remaining = (forms.get(k) ?? []).filter((f) => f !== record);
      if (remaining.length === 0) forms.delete(k);
      else forms.set(k, remaining);
      return true;
    },
    isLatest(definition) {
      const list = versions.get(id2(definition.tenantId, definition.processDefinitionId));
      return list?.[list.length - 1] === definition;
    },
    all: () => byKey.values(),
    messageStarts: (tenantId, name) => messageIndex.get(id2(tenantId, name)) ?? [],
    signalStarts: (tenantId, name) => signalIndex.get(id2(tenantId, name)) ?? [],
    snapshot() {
      const saved = {
        byKey: [...byKey],
        versions: [...versions].map(([k, list]) => [k, [...list]] as const),
        forms: [...forms].map(([k, list]) => [k, [...list]] as const),
        formsByKey: [...formsByKey],
        highest: [...highest],
      };
      return () => {
        byKey.clear();
        versions.clear();
        forms.clear();
        formsByKey.clear();
        highest.clear();
        for (const [k, v] of saved.byKey) byKey.set(k, v);
        for (const [k, v] of saved.versions) versions.set(k, [...v]);
        for (const [k, v] of saved.forms) forms.set(k, [...v]);
        for (const [k, v] of saved.formsByKey) formsByKey.set(k, v);
        for (const [k, v] of saved.highest) highest.set(k, v);
        reindex();
      };
    },
    clear() {
      byKey.clear();
      versions.clear();
      forms.clear();
      formsByKey.clear();
      highest.clear();
      messageIndex = new Map();
      signalIndex = new Map();
    },
  };
}
