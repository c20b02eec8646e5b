import type { VariableMapping } from '../bpmn/process-model.js';
import { type Expression, ExpressionError, type VariableLookup } from '../feel/expression.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../feel/json-value.js';
import type { ElementInstanceRecord } from './records.js';
import { StepFailure } from './step-failure.js';
import type { VariableStore } from './variable-store.js';

/** Evaluates expressions in an element instance's scope; failures are {@link StepFailure}s of Zeebe's kinds. */
export interface ExpressionEvaluator {
  evaluate(expression: Expression, scope: ElementInstanceRecord, what: string): JsonValue;
  evaluateString(expression: Expression, scope: ElementInstanceRecord, what: string): string;
  evaluateNumber(expression: Expression, scope: ElementInstanceRecord, what: string): number;
  /** A comma-separated static list, or a FEEL list of strings (a single string counts as a list of one). */
  evaluateList(expression: Expression, scope: ElementInstanceRecord, what: string): string[];
  /**
   * A sequence-flow or gateway condition; anything but a boolean is a CONDITION_ERROR. `context` holds names
   * that take precedence over variables (Zeebe's primary context, e.g. `numberOfCompletedInstances`).
   */
  evaluateCondition(expression: Expression, scope: ElementInstanceRecord, context?: JsonObject): boolean;
  /** An expression that must yield a list (an input collection); anything else is an EXTRACT_VALUE_ERROR. */
  evaluateArray(expression: Expression, scope: ElementInstanceRecord): JsonValue[];
  /** Evaluates mappings at `scope`; nested targets merge into the value visible there. */
  mapVariables(mappings: readonly VariableMapping[], scope: ElementInstanceRecord, onto: JsonObject): void;
}

const withPath = (base: JsonValue | undefined, path: readonly string[], value: JsonValue): JsonValue => {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const obj: JsonObject = isJsonObject(base) ? { ...base } : {};
  obj[head] = withPath(obj[head], rest, value);
  return obj;
};

/** The expression as Zeebe quotes it in incident messages: without the leading `=`. */
export const expressionSource = (expression: Expression): string =>
  expression.isFeel ? expression.text.trim().slice(1).trim() : expression.text;

/** Zeebe's name for the type of a value in incident messages. */
export function feelTypeName(value: JsonValue): string {
  if (value === null) return 'NULL';
  if (Array.isArray(value)) return 'ARRAY';
  if (typeof value === 'object') return 'OBJECT';
  return value === true || value === false ? 'BOOLEAN' : typeof value === 'number' ? 'NUMBER' : 'STRING';
}

const withContext = (lookup: VariableLookup, context: JsonObject | undefined): VariableLookup =>
  context === undefined
    ? lookup
    : {
        get: (name) => (name in context ? context[name] : lookup.get(name)),
        all: () => ({ ...lookup.all(), ...context }),
      };

/** Creates an evaluator over the variable store. */
export function createExpressionEvaluator(variables: VariableStore): ExpressionEvaluator {
  const evaluate = (expression: Expression, scope: ElementInstanceRecord, what: string): JsonValue => {
    try {
      return expression.evaluate(variables.lookup(scope));
    } catch (error) {
      if (error instanceof ExpressionError)
        throw new StepFailure('EXTRACT_VALUE_ERROR', `${what}: ${error.message}`);
      throw error;
    }
  };

  return {
    evaluate,
    evaluateString(expression, scope, what) {
      const value = evaluate(expression, scope, what);
      if (typeof value === 'string') return value;
      if (typeof value === 'number' && expression.isFeel) return String(value);
      throw new StepFailure(
        'EXTRACT_VALUE_ERROR',
        `Expected result of the expression '${expression.text}' (${what}) to be a string, but was ${JSON.stringify(value)}`,
      );
    },
    evaluateNumber(expression, scope, what) {
      const value = evaluate(expression, scope, what);
      const n = typeof value === 'string' ? Number(value) : value;
      if (typeof n === 'number' && Number.isFinite(n)) return n;
      throw new StepFailure(
        'EXTRACT_VALUE_ERROR',
        `Expected result of the expression '${expression.text}' (${what}) to be a number, but was ${JSON.stringify(value)}`,
      );
    },
    evaluateList(expression, scope, what) {
      if (!expression.isFeel) {
        return expression.text
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
      }
      const value = evaluate(expression, scope, what);
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
      if (typeof value === 'string') return [value];
      throw new StepFailure(
        'EXTRACT_VALUE_ERROR',
        `Expected result of the expression '${expression.text}' (${what}) to be a list of strings, but was ${JSON.stringify(value)}`,
      );
    },
    evaluateCondition(expression, scope, context) {
      let result: JsonValue;
      try {
        result = expression.evaluate(withContext(variables.lookup(scope), context));
      } catch (error) {
        if (error instanceof ExpressionError) throw new StepFailure('CONDITION_ERROR', error.message);
        throw error;
      }
      if (typeof result !== 'boolean') {
        throw new StepFailure(
          'CONDITION_ERROR',
          `Expected result of the expression '${expression.text}' to be 'BOOLEAN', but was ${JSON.stringify(result)}`,
        );
      }
      return result;
    },
    evaluateArray(expression, scope) {
      let value: JsonValue;
      try {
        value = expression.evaluate(variables.lookup(scope));
      } catch (error) {
        if (error instanceof ExpressionError) throw new StepFailure('EXTRACT_VALUE_ERROR', error.message);
        throw error;
      }
      if (Array.isArray(value)) return value;
      throw new StepFailure(
        'EXTRACT_VALUE_ERROR',
        `Expected result of the expression '${expressionSource(expression)}' to be 'ARRAY', but was '${feelTypeName(value)}'.`,
      );
    },
    mapVariables(mappings, scope, onto) {
      const lookup = variables.lookup(scope);
      for (const m of mappings) {
        let value: JsonValue;
        try {
          value = m.source.evaluate(lookup);
        } catch (error) {
          if (error instanceof ExpressionError) throw new StepFailure('IO_MAPPING_ERROR', error.message);
          throw error;
        }
        const [head, ...rest] = m.target as [string, ...string[]];
        onto[head] = rest.length === 0 ? value : withPath(onto[head] ?? lookup.get(head), rest, value);
      }
    },
  };
}
