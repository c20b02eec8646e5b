import type { ModelFlow, ProcessModel } from './bpmn-model.js';
import { compareKeys, type ElementInstanceView } from './instance-snapshot.js';

/** Which parts of one process model the run took. */
export interface ProcessCoverage {
  /** The process id. */
  readonly processDefinitionId: string;
  /** The process name, if it has one. */
  readonly name: string | undefined;
  /** Element ids entered at least once, in model order. */
  readonly takenElements: readonly string[];
  /** Element ids never entered. */
  readonly notTakenElements: readonly string[];
  /** Sequence flow ids taken at least once. */
  readonly takenFlows: readonly string[];
  /** Sequence flow ids never taken. */
  readonly notTakenFlows: readonly string[];
  /** Taken elements over all elements, 0–100 (one decimal). */
  readonly elementCoverage: number;
  /** Taken flows over all flows, 0–100 (one decimal). */
  readonly flowCoverage: number;
  /** Taken elements and flows over all of them, 0–100 (one decimal). */
  readonly coverage: number;
}

/**
 * The sequence flows one process instance took, derived from its element instances: a flow was taken into an
 * element instance from the incoming flow whose source completed last before it (keys increase with time);
 * a parallel join takes every incoming flow whose source completed.
 */
export function takenFlowsOfInstance(
  model: ProcessModel,
  instances: readonly ElementInstanceView[],
): Set<string> {
  const taken = new Set<string>();
  const types = new Map(model.elements.map((e) => [e.id, e.type]));
  const incoming = new Map<string, ModelFlow[]>();
  for (const flow of model.flows) incoming.set(flow.targetId, [...(incoming.get(flow.targetId) ?? []), flow]);
  for (const target of instances) {
    const candidates = (incoming.get(target.elementId) ?? [])
      .map((flow) => {
        const sources = instances.filter(
          (s) =>
            s.elementId === flow.sourceId &&
            s.state === 'COMPLETED' &&
            compareKeys(s.elementInstanceKey, target.elementInstanceKey) < 0,
        );
        const latest = sources.at(-1);
        return latest === undefined ? undefined : { flow, key: latest.elementInstanceKey };
      })
      .filter((c) => c !== undefined);
    if (candidates.length === 0) continue;
    if (types.get(target.elementId) === 'ParallelGateway') {
      for (const c of candidates) taken.add(c.flow.id);
    } else {
      const latest = candidates.reduce((a, b) => (compareKeys(a.key, b.key) >= 0 ? a : b));
      taken.add(latest.flow.id);
    }
  }
  return taken;
}

/** Builds the coverage of a model from the element ids and flow ids the run took. */
export function buildCoverage(
  model: ProcessModel,
  takenElementIds: ReadonlySet<string>,
  takenFlowIds: ReadonlySet<string>,
): ProcessCoverage {
  const elementIds = model.elements.map((e) => e.id);
  const flowIds = model.flows.map((f) => f.id);
  const takenElements = elementIds.filter((id) => takenElementIds.has(id));
  const takenFlows = flowIds.filter((id) => takenFlowIds.has(id));
  return {
    processDefinitionId: model.processDefinitionId,
    name: model.name,
    takenElements,
    notTakenElements: elementIds.filter((id) => !takenElementIds.has(id)),
    takenFlows,
    notTakenFlows: flowIds.filter((id) => !takenFlowIds.has(id)),
    elementCoverage: percent(takenElements.length, elementIds.length),
    flowCoverage: percent(takenFlows.length, flowIds.length),
    coverage: percent(takenElements.length + takenFlows.length, elementIds.length + flowIds.length),
  };
}

/** Unites coverages of the same process (from several runs or test files). */
export function mergeCoverage(
  models: ReadonlyMap<string, ProcessModel>,
  coverages: readonly ProcessCoverage[],
): ProcessCoverage[] {
  const byProcess = new Map<string, { elements: Set<string>; flows: Set<string> }>();
  for (const c of coverages) {
    const entry = byProcess.get(c.processDefinitionId) ?? { elements: new Set(), flows: new Set() };
    for (const id of c.takenElements) entry.elements.add(id);
    for (const id of c.takenFlows) entry.flows.add(id);
    byProcess.set(c.processDefinitionId, entry);
  }
  return [...byProcess].flatMap(([id, taken]) => {
    const model = models.get(id);
    return model === undefined ? [] : [buildCoverage(model, taken.elements, taken.flows)];
  });
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10;
}
