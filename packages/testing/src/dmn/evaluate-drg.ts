import { evaluate, unaryTest } from 'feelin';
import { type JsonObject, type JsonValue, toJsonValue } from '../feel/json-value.js';
import type {
  DecisionModel,
  DecisionOutputModel,
  DecisionRequirementsModel,
  DecisionRuleModel,
  DecisionTableModel,
} from './dmn-model.js';

/** The value an input expression produced for one evaluation. */
export interface EvaluatedInput {
  readonly inputId: string;
  readonly inputName: string;
  readonly value: JsonValue;
}

/** The value one output entry of a matched rule produced. */
export interface EvaluatedOutput {
  readonly outputId: string;
  readonly outputName: string;
  readonly value: JsonValue;
}

/** A rule that contributed to a decision table's result. */
export interface MatchedRule {
  readonly ruleId: string;
  /** 1-based position of the rule in its table. */
  readonly ruleIndex: number;
  readonly outputs: readonly EvaluatedOutput[];
}

/** The evaluation of one decision of a DRG (a required one or the one asked for). */
export interface DecisionOutcome {
  readonly decision: DecisionModel;
  /** The decision's result (null for a decision that failed). */
  readonly output: JsonValue;
  readonly evaluatedInputs: readonly EvaluatedInput[];
  readonly matchedRules: readonly MatchedRule[];
}

/** Why an evaluation failed, and in which decision. */
export interface DecisionFailure {
  readonly decisionId: string;
  readonly message: string;
}

/** The evaluation of a decision together with the decisions it required, in evaluation order. */
export interface DrgEvaluation {
  /** Required decisions first, the requested decision last; a failed decision ends the list. */
  readonly decisions: readonly DecisionOutcome[];
  /** The requested decision's result (null when the evaluation failed). */
  readonly output: JsonValue;
  readonly failure: DecisionFailure | undefined;
}

class DecisionEvaluationError extends Error {
  constructor(
    readonly decisionId: string,
    message: string,
    readonly partial: DecisionOutcome,
  ) {
    super(message);
  }
}

interface Hit {
  readonly rule: DecisionRuleModel;
  /** Raw FEEL values, one per output (temporals keep their type for comparisons). */
  readonly raw: readonly unknown[];
  readonly outputs: readonly EvaluatedOutput[];
}

/**
 * Evaluates a decision of a DRG against variables: its required decisions first (each once, its result visible
 * to the decisions requiring it under its variable name and its id), then the decision itself. Failures — a
 * FEEL error, a hit-policy violation (UNIQUE with several matches, ANY with differing outputs), an aggregation
 * over non-numbers — end the evaluation and are reported, not thrown.
 */
export function evaluateDrg(
  model: DecisionRequirementsModel,
  decisionId: string,
  variables: JsonObject,
): DrgEvaluation {
  const byId = new Map(model.decisions.map((d) => [d.id, d]));
  const root = byId.get(decisionId);
  if (root === undefined) throw new Error(`Decision '${decisionId}' is not part of the DRG '${model.id}'`);
  const outcomes: DecisionOutcome[] = [];
  const results = new Map<string, unknown>();
  const context: Record<string, unknown> = { ...variables };

  const run = (decision: DecisionModel): unknown => {
    if (results.has(decision.id)) return results.get(decision.id);
    for (const id of decision.requiredDecisionIds) {
      const value = run(byId.get(id) as DecisionModel);
      const required = byId.get(id) as DecisionModel;
      context[required.resultName] = value;
      context[required.id] = value;
    }
    const { raw, outcome } = evaluateOne(decision, context);
    outcomes.push(outcome);
    results.set(decision.id, raw);
    return raw;
  };

  try {
    const raw = run(root);
    return { decisions: outcomes, output: toJsonValue(raw), failure: undefined };
  } catch (error) {
    if (error instanceof DecisionEvaluationError) {
      outcomes.push(error.partial);
      return {
        decisions: outcomes,
        output: null,
        failure: { decisionId: error.decisionId, message: error.message },
      };
    }
    throw error;
  }
}

function evaluateOne(
  decision: DecisionModel,
  context: Record<string, unknown>,
): { raw: unknown; outcome: DecisionOutcome } {
  const fail = (reason: string, inputs: readonly EvaluatedInput[] = [], rules: readonly MatchedRule[] = []) =>
    new DecisionEvaluationError(
      decision.id,
      `Expected to evaluate decision '${decision.id}', but ${reason}`,
      { decision, output: null, evaluatedInputs: inputs, matchedRules: rules },
    );
  const logic = decision.logic;
  if (logic.kind === 'LITERAL_EXPRESSION') {
    const raw = feel(logic.expression, context, (message) => fail(message));
    return { raw, outcome: { decision, output: toJsonValue(raw), evaluatedInputs: [], matchedRules: [] } };
  }
  return evaluateTable(decision, logic, context, fail);
}

function feel(
  expression: string,
  context: Record<string, unknown>,
  fail: (message: string) => Error,
): unknown {
  if (expression === '') return null;
  try {
    return evaluate(expression, context).value ?? null;
  } catch (error) {
    throw fail(`failed to evaluate expression '${expression}': ${(error as Error).message}`);
  }
}

function evaluateTable(
  decision: DecisionModel,
  table: DecisionTableModel,
  context: Record<string, unknown>,
  fail: (reason: string, inputs?: readonly EvaluatedInput[], rules?: readonly MatchedRule[]) => Error,
): { raw: unknown; outcome: DecisionOutcome } {
  const inputValues = table.inputs.map((input) => feel(input.expression, context, (m) => fail(m)));
  const evaluatedInputs: EvaluatedInput[] = table.inputs.map((input, i) => ({
    inputId: input.id,
    inputName: input.name,
    value: toJsonValue(inputValues[i]),
  }));
  const matches = (rule: DecisionRuleModel) =>
    rule.inputEntries.every((entry, i) => {
      if (entry === '' || entry === '-') return true;
      try {
        return unaryTest(entry, { ...context, '?': inputValues[i] }).value === true;
      } catch (error) {
        throw fail(
          `failed to evaluate the input entry '${entry}' of rule '${rule.id}': ${(error as Error).message}`,
          evaluatedInputs,
        );
      }
    });
  const hitOf = (rule: DecisionRuleModel): Hit => {
    const raw = rule.outputEntries.map((entry) => feel(entry, context, (m) => fail(m, evaluatedInputs)));
    return {
      rule,
      raw,
      outputs: table.outputs.map((output, i) => ({
        outputId: output.id,
        outputName: output.name,
        value: toJsonValue(raw[i]),
      })),
    };
  };

  const hits: Hit[] = [];
  for (const rule of table.rules) {
    if (!matches(rule)) continue;
    hits.push(hitOf(rule));
    if (table.hitPolicy === 'FIRST') break;
  }
  const matched = (list: readonly Hit[]): MatchedRule[] =>
    list.map((h) => ({ ruleId: h.rule.id, ruleIndex: h.rule.index, outputs: h.outputs }));
  const single = table.outputs.length === 1;
  const resultOf = (hit: Hit): unknown =>
    single ? hit.raw[0] : Object.fromEntries(table.outputs.map((o, i) => [o.name, hit.raw[i]]));
  const done = (raw: unknown, contributing: readonly Hit[]) => ({
    raw,
    outcome: {
      decision,
      output: toJsonValue(raw),
      evaluatedInputs,
      matchedRules: matched(contributing),
    },
  });

  switch (table.hitPolicy) {
    case 'UNIQUE':
      if (hits.length > 1) {
        throw fail(
          `the hit policy UNIQUE allows at most one matching rule, and rules ${hits.map((h) => h.rule.index).join(', ')} matched`,
          evaluatedInputs,
          matched(hits),
        );
      }
      return done(hits[0] === undefined ? null : resultOf(hits[0]), hits);
    case 'FIRST':
      return done(hits[0] === undefined ? null : resultOf(hits[0]), hits.slice(0, 1));
    case 'ANY': {
      const distinct = new Set(hits.map((h) => JSON.stringify(h.outputs.map((o) => o.value))));
      if (distinct.size > 1) {
        throw fail(
          `the hit policy ANY needs all matching rules to have equal outputs, and rules ${hits.map((h) => h.rule.index).join(', ')} differ`,
          evaluatedInputs,
          matched(hits),
        );
      }
      return done(hits[0] === undefined ? null : resultOf(hits[0]), hits);
    }
    case 'PRIORITY': {
      const top = byPriority(hits, table.outputs, context)[0];
      return done(top === undefined ? null : resultOf(top), top === undefined ? [] : [top]);
    }
    case 'RULE ORDER':
      return done(hits.map(resultOf), hits);
    case 'OUTPUT ORDER':
      return done(
        byPriority(hits, table.outputs, context).map(resultOf),
        byPriority(hits, table.outputs, context),
      );
    case 'COLLECT': {
      if (table.aggregation === undefined) return done(hits.map(resultOf), hits);
      const values = hits.map((h) => h.raw[0]).filter((v) => v !== null && v !== undefined);
      if (table.aggregation === 'COUNT') return done(values.length, hits);
      if (values.length === 0) return done(null, hits);
      if (!values.every((v) => typeof v === 'number')) {
        throw fail(
          `COLLECT with ${table.aggregation} needs numeric outputs, got ${JSON.stringify(values.map(toJsonValue))}`,
          evaluatedInputs,
          matched(hits),
        );
      }
      const numbers = values as number[];
      const aggregate =
        table.aggregation === 'SUM'
          ? numbers.reduce((a, b) => a + b, 0)
          : table.aggregation === 'MIN'
            ? Math.min(...numbers)
            : Math.max(...numbers);
      return done(aggregate, hits);
    }
  }
}

/** Orders hits by the outputs' priority lists (first output first); unlisted values rank last, ties keep rule order. */
function byPriority(
  hits: readonly Hit[],
  outputs: readonly DecisionOutputModel[],
  context: Record<string, unknown>,
): Hit[] {
  const rank = (output: DecisionOutputModel, value: unknown): number => {
    const i = output.priorities.findIndex((test) => {
      try {
        return unaryTest(test, { ...context, '?': value }).value === true;
      } catch {
        return false;
      }
    });
    return i === -1 ? output.priorities.length : i;
  };
  const ranked = hits.map((hit) => ({ hit, ranks: outputs.map((o, i) => rank(o, hit.raw[i])) }));
  ranked.sort((a, b) => {
    for (let i = 0; i < outputs.length; i++) {
      const d = (a.ranks[i] as number) - (b.ranks[i] as number);
      if (d !== 0) return d;
    }
    return a.hit.rule.index - b.hit.rule.index;
  });
  return ranked.map((r) => r.hit);
}
