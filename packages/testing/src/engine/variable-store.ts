import type { VariableLookup } from '../feel/expression.js';
import type { JsonObject, JsonValue } from '../feel/json-value.js';
import type { KeyGenerator } from '../key-generator.js';
import type { ElementInstanceRecord, VariableRecord } from './records.js';

/** Variables by scope, with the lookups execution and search need. */
export interface VariableStore {
  /** Sets a variable in exactly this scope. */
  setLocal(scope: ElementInstanceRecord, name: string, value: JsonValue): void;
  /** Sets each variable where it already exists (from `from` up), else in the process-instance scope. */
  propagate(from: ElementInstanceRecord, variables: JsonObject): void;
  /** What an expression evaluated at `scope` sees. */
  lookup(scope: ElementInstanceRecord): VariableLookup;
  /** Every variable visible at `scope` (innermost wins), optionally only the named ones. */
  visible(scope: ElementInstanceRecord, names?: readonly string[]): JsonObject;
  /** Variables defined directly in a scope. */
  local(scopeKey: string): ReadonlyMap<string, VariableRecord> | undefined;
  get(key: string): VariableRecord | undefined;
  all(): Iterable<VariableRecord>;
  byProcessInstance(processInstanceKey: string): readonly VariableRecord[];
  /** Calls `listener` after every variable set in a scope (`created` for a new variable). */
  onChange(listener: (scope: ElementInstanceRecord, name: string, created: boolean) => void): void;
  clear(): void;
}

/** Creates the variable store. */
export function createVariableStore(keys: KeyGenerator): VariableStore {
  const scopes = new Map<string, Map<string, VariableRecord>>();
  const byKey = new Map<string, VariableRecord>();
  const byInstance = new Map<string, VariableRecord[]>();
  const listeners: Array<(scope: ElementInstanceRecord, name: string, created: boolean) => void> = [];

  const setLocal = (scope: ElementInstanceRecord, name: string, value: JsonValue) => {
    let vars = scopes.get(scope.key);
    if (vars === undefined) {
      vars = new Map();
      scopes.set(scope.key, vars);
    }
    const existing = vars.get(name);
    if (existing !== undefined) {
      existing.value = value;
      for (const listener of listeners) listener(scope, name, false);
      return;
    }
    const pi = scope.processInstance;
    const record: VariableRecord = {
      key: keys.next(),
      name,
      value,
      scopeKey: scope.key,
      processInstanceKey: pi.key,
      tenantId: pi.tenantId,
    };
    vars.set(name, record);
    byKey.set(record.key, record);
    let list = byInstance.get(pi.key);
    if (list === undefined) {
      list = [];
      byInstance.set(pi.key, list);
    }
    list.push(record);
    for (const listener of listeners) listener(scope, name, true);
  };

  const find = (scope: ElementInstanceRecord, name: string): VariableRecord | undefined => {
    for (let s: ElementInstanceRecord | undefined = scope; s !== undefined; s = s.parent) {
      const v = scopes.get(s.key)?.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  };

  const visible = (scope: ElementInstanceRecord, names?: readonly string[]): JsonObject => {
    const out: JsonObject = {};
    if (names !== undefined && names.length > 0) {
      for (const name of names) {
        const v = find(scope, name);
        if (v !== undefined) out[name] = v.value;
      }
      return out;
    }
    const chain: ElementInstanceRecord[] = [];
    for (let s: ElementInstanceRecord | undefined = scope; s !== undefined; s = s.parent) chain.push(s);
    for (let i = chain.length - 1; i >= 0; i--) {
      const vars = scopes.get((chain[i] as ElementInstanceRecord).key);
      if (vars !== undefined) for (const [name, v] of vars) out[name] = v.value;
    }
    return out;
  };

  return {
    setLocal,
    propagate(from, variables) {
      const root = from.processInstance.root;
      for (const [name, value] of Object.entries(variables)) {
        let target: ElementInstanceRecord = root;
        for (let s: ElementInstanceRecord | undefined = from; s !== undefined; s = s.parent) {
          if (scopes.get(s.key)?.has(name) === true) {
            target = s;
            break;
          }
        }
        setLocal(target, name, value);
      }
    },
    lookup(scope) {
      return {
        get: (name) => find(scope, name)?.value,
        all: () => visible(scope),
      };
    },
    visible,
    local: (scopeKey) => scopes.get(scopeKey),
    get: (key) => byKey.get(key),
    all: () => byKey.values(),
    byProcessInstance: (key) => byInstance.get(key) ?? [],
    onChange(listener) {
      listeners.push(listener);
    },
    clear() {
      scopes.clear();
      byKey.clear();
      byInstance.clear();
    },
  };
}
