import { deploymentRejected } from '../handlers/handler-support.js';
import type { KeyGenerator } from '../key-generator.js';
import type { DecisionDefinitionRecord, DecisionRequirementsRecord } from './decision-records.js';
import type { DecisionRequirementsModel } from './dmn-model.js';

/** What deploying one DMN resource registered (or found unchanged). */
export interface DeployedDecisions {
  readonly requirements: DecisionRequirementsRecord;
  readonly decisions: readonly DecisionDefinitionRecord[];
}

/** Deployed decision requirements graphs and their decisions, versioned per tenant. */
export interface DecisionRegistry {
  /** Throws a 400 when a decision id already belongs to another DRG of the tenant (Camunda's rule). */
  check(model: DecisionRequirementsModel, tenantId: string, resourceName: string): void;
  /** Registers a DRG version; a resource identical to the latest version is not versioned again. */
  deploy(input: {
    readonly model: DecisionRequirementsModel;
    readonly xml: string;
    readonly resourceName: string;
    readonly tenantId: string;
    readonly deploymentKey: string;
  }): DeployedDecisions;
  decision(key: string): DecisionDefinitionRecord | undefined;
  latestDecision(decisionDefinitionId: string, tenantId: string): DecisionDefinitionRecord | undefined;
  /** The decision of this id within one DRG version (how required decisions resolve). */
  decisionIn(
    requirements: DecisionRequirementsRecord,
    decisionDefinitionId: string,
  ): DecisionDefinitionRecord | undefined;
  isLatestDecision(decision: DecisionDefinitionRecord): boolean;
  decisions(): Iterable<DecisionDefinitionRecord>;
  requirements(key: string): DecisionRequirementsRecord | undefined;
  allRequirements(): Iterable<DecisionRequirementsRecord>;
  /** Deletes a DRG version and its decisions; the previous version becomes the latest again. */
  deleteRequirements(key: string): void;
  clear(): void;
  /** Captures every DRG and decision; the returned function puts exactly them back (backups). */
  snapshot(): () => void;
}

const id2 = (a: string, b: string) => `${a}\u0000${b}`;

/** Creates the registry. */
export function createDecisionRegistry(keys: KeyGenerator): DecisionRegistry {
  const requirementsByKey = new Map<string, DecisionRequirementsRecord>();
  const requirementsVersions = new Map<string, DecisionRequirementsRecord[]>();
  const decisionsByKey = new Map<string, DecisionDefinitionRecord>();
  const decisionVersions = new Map<string, DecisionDefinitionRecord[]>();
  const byRequirements = new Map<string, DecisionDefinitionRecord[]>();
  // Versions are never reused, not even after the latest version was deleted.
  const highest = new Map<string, number>();
  const nextVersion = (k: string) => {
    const v = (highest.get(k) ?? 0) + 1;
    highest.set(k, v);
    return v;
  };

  return {
    check(model, tenantId, resourceName) {
      for (const decision of model.decisions) {
        const latest = decisionVersions.get(id2(tenantId, decision.id))?.at(-1);
        if (latest !== undefined && latest.requirements.decisionRequirementsId !== model.id) {
          throw deploymentRejected(
            `Resource '${resourceName}': expected the decision id '${decision.id}' to be unique, but it is already part of the decision requirements '${latest.requirements.decisionRequirementsId}'`,
          );
        }
      }
    },
    deploy({ model, xml, resourceName, tenantId, deploymentKey }) {
      const k = id2(tenantId, model.id);
      const list = requirementsVersions.get(k) ?? [];
      const latest = list[list.length - 1];
      if (latest !== undefined && latest.xml === xml) {
        return { requirements: latest, decisions: byRequirements.get(latest.key) ?? [] };
      }
      const requirements: DecisionRequirementsRecord = {
        key: keys.next(),
        decisionRequirementsId: model.id,
        name: model.name,
        version: nextVersion(`drg\u0000${k}`),
        resourceName,
        tenantId,
        xml,
        model,
        deploymentKey,
      };
      list.push(requirements);
      requirementsVersions.set(k, list);
      requirementsByKey.set(requirements.key, requirements);
      const decisions = model.decisions.map((d) => {
        const dk = id2(tenantId, d.id);
        const versions = decisionVersions.get(dk) ?? [];
        const record: DecisionDefinitionRecord = {
          key: keys.next(),
          decisionDefinitionId: d.id,
          name: d.name,
          version: nextVersion(`decision\u0000${dk}`),
          versionTag: d.versionTag ?? null,
          tenantId,
          requirements,
          model: d,
        };
        versions.push(record);
        decisionVersions.set(dk, versions);
        decisionsByKey.set(record.key, record);
        return record;
      });
      byRequirements.set(requirements.key, decisions);
      return { requirements, decisions };
    },
    decision: (key) => decisionsByKey.get(key),
    latestDecision: (id, tenantId) => decisionVersions.get(id2(tenantId, id))?.at(-1),
    decisionIn: (requirements, id) =>
      byRequirements.get(requirements.key)?.find((d) => d.decisionDefinitionId === id),
    isLatestDecision: (d) => decisionVersions.get(id2(d.tenantId, d.decisionDefinitionId))?.at(-1) === d,
    decisions: () => decisionsByKey.values(),
    requirements: (key) => requirementsByKey.get(key),
    allRequirements: () => requirementsByKey.values(),
    deleteRequirements(key) {
      const requirements = requirementsByKey.get(key);
      if (requirements === undefined) return;
      requirementsByKey.delete(key);
      const k = id2(requirements.tenantId, requirements.decisionRequirementsId);
      const remaining = (requirementsVersions.get(k) ?? []).filter((r) => r !== requirements);
      if (remaining.length === 0) requirementsVersions.delete(k);
      else requirementsVersions.set(k, remaining);
      for (const d of byRequirements.get(key) ?? []) {
        decisionsByKey.delete(d.key);
        const dk = id2(d.tenantId, d.decisionDefinitionId);
        const versions = (decisionVersions.get(dk) ?? []).filter((v) => v !== d);
        if (versions.length === 0) decisionVersions.delete(dk);
        else decisionVersions.set(dk, versions);
      }
      byRequirements.delete(key);
    },
    snapshot() {
      const maps = [
        requirementsByKey,
        requirementsVersions,
        decisionsByKey,
        decisionVersions,
        byRequirements,
        highest,
      ] as const;
      const saved = maps.map((m) =>
        [...(m as Map<string, unknown>)].map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]),
      );
      return () => {
        maps.forEach((m, i) => {
          const map = m as Map<string, unknown>;
          map.clear();
          for (const [k, v] of saved[i] ?? []) map.set(k as string, Array.isArray(v) ? [...v] : v);
        });
      };
    },
    clear() {
      requirementsByKey.clear();
      requirementsVersions.clear();
      decisionsByKey.clear();
      decisionVersions.clear();
      byRequirements.clear();
      highest.clear();
    },
  };
}
