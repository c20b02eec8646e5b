import type { SchedulingClock } from '../engine-clock.js';
import type { KeyGenerator } from '../key-generator.js';
import type {
  DecisionEvaluationOrigin,
  DecisionEvaluationRecord,
  DecisionInstanceRecord,
} from './decision-records.js';
import type { DecisionEvaluationOutcome } from './evaluate-decision.js';

const API_ORIGIN: DecisionEvaluationOrigin = {
  processDefinitionKey: null,
  processInstanceKey: null,
  rootProcessInstanceKey: null,
  elementInstanceKey: null,
  businessId: null,
};

/** Every decision evaluation, kept so decision instances can be looked up, searched and deleted. */
export interface DecisionInstanceStore {
  /** Records an evaluation (from the API when `origin` is absent, else from a business rule task). */
  record(outcome: DecisionEvaluationOutcome, origin?: DecisionEvaluationOrigin): DecisionEvaluationRecord;
  /** A decision instance by its `<evaluationKey>-<index>` key. */
  instance(key: string): DecisionInstanceRecord | undefined;
  evaluation(key: string): DecisionEvaluationRecord | undefined;
  instances(): Iterable<DecisionInstanceRecord>;
  /** Deletes an evaluation with all its decision instances; false when there is none. */
  delete(evaluationKey: string): boolean;
  clear(): void;
  /** Captures every recorded evaluation; the returned function puts exactly them back (backups). */
  snapshot(): () => void;
}

/** Creates the store. */
export function createDecisionInstanceStore(
  clock: SchedulingClock,
  keys: KeyGenerator,
): DecisionInstanceStore {
  const evaluations = new Map<string, DecisionEvaluationRecord>();
  const instances = new Map<string, DecisionInstanceRecord>();
  return {
    record(outcome, origin = API_ORIGIN) {
      const { evaluation, definitions, decision } = outcome;
      const record: DecisionEvaluationRecord = {
        key: keys.next(),
        decision,
        tenantId: decision.tenantId,
        date: clock.now(),
        origin,
        output: evaluation.output,
        failedDecisionId: evaluation.failure?.decisionId ?? null,
        failureMessage: evaluation.failure?.message ?? null,
        instances: [],
      };
      evaluation.decisions.forEach((d, i) => {
        const failed = evaluation.failure !== undefined && evaluation.failure.decisionId === d.decision.id;
        const instance: DecisionInstanceRecord = {
          key: `${record.key}-${i + 1}`,
          evaluation: record,
          definition: definitions[i] ?? decision,
          state: failed ? 'FAILED' : 'EVALUATED',
          failure: failed ? (evaluation.failure?.message ?? null) : null,
          output: d.output,
          evaluatedInputs: d.evaluatedInputs,
          matchedRules: d.matchedRules,
        };
        record.instances.push(instance);
        instances.set(instance.key, instance);
      });
      evaluations.set(record.key, record);
      return record;
    },
    instance: (key) => instances.get(key),
    evaluation: (key) => evaluations.get(key),
    instances: () => instances.values(),
    delete(evaluationKey) {
      const record = evaluations.get(evaluationKey);
      if (record === undefined) return false;
      for (const instance of record.instances) instances.delete(instance.key);
      evaluations.delete(evaluationKey);
      return true;
    },
    snapshot() {
      const savedEvaluations = [...evaluations];
      const savedInstances = [...instances];
      return () => {
        evaluations.clear();
        instances.clear();
        for (const [k, v] of savedEvaluations) evaluations.set(k, v);
        for (const [k, v] of savedInstances) instances.set(k, v);
      };
    },
    clear() {
      evaluations.clear();
      instances.clear();
    },
  };
}
