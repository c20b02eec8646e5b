import { evaluate, SyntaxError as FeelSyntaxError } from 'feelin';
import { type JsonValue, toJsonValue } from './json-value.js';

/** Resolves a variable name visible at the point of evaluation; `undefined` when there is none. */
export interface VariableLookup {
  get(name: string): JsonValue | undefined;
  /** Every visible variable, innermost scope winning (built only when full FEEL needs a context). */
  all(): Record<string, JsonValue>;
}

/** An expression compiled once at deployment: a FEEL expression (`=…` in BPMN) or a static value. */
export interface Expression {
  /** The text as written in the BPMN file, including a leading `=`. */
  readonly text: string;
  readonly isFeel: boolean;
  /** Evaluates to JSON; throws {@link ExpressionError} when FEEL fails. */
  evaluate(vars: VariableLookup): JsonValue;
}

/** A FEEL evaluation that failed; the engine turns it into an incident. */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
}

const NAME_PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const SIMPLE_STRING = /^"[^"\\]*"$/;
const KEYWORDS = new Set([
  'true',
  'false',
  'null',
  'not',
  'and',
  'or',
  'if',
  'then',
  'else',
  'for',
  'in',
  'return',
]);

/**
 * Compiles an expression attribute. Plain names, paths and literals (most of what BPMN files hold) skip the FEEL
 * interpreter entirely; everything else goes through feelin. Throws `ExpressionError` on a FEEL syntax error,
 * so a deployment with a broken expression is rejected up front.
 */
export function compileExpression(text: string): Expression {
  const trimmed = text.trim();
  if (!trimmed.startsWith('=')) {
    return { text, isFeel: false, evaluate: () => text };
  }
  const source = trimmed.slice(1).trim();
  if (source === '') throw new ExpressionError(`Expression '${text}' is empty`);
  if (source === 'true' || source === 'false') {
    const v = source === 'true';
    return { text, isFeel: true, evaluate: () => v };
  }
  if (source === 'null') return { text, isFeel: true, evaluate: () => null };
  if (NUMBER.test(source)) {
    const v = Number(source);
    return { text, isFeel: true, evaluate: () => v };
  }
  if (SIMPLE_STRING.test(source)) {
    const v = source.slice(1, -1);
    return { text, isFeel: true, evaluate: () => v };
  }
  if (NAME_PATH.test(source)) {
    const [head, ...rest] = source.split('.') as [string, ...string[]];
    if (!KEYWORDS.has(head)) {
      return { text, isFeel: true, evaluate: (vars) => readPath(vars.get(head), rest) };
    }
  }
  try {
    evaluate(source, {});
  } catch (error) {
    if (error instanceof FeelSyntaxError) {
      throw new ExpressionError(`Expression '${text}' is not valid FEEL: ${error.message}`);
    }
    // Other throws depend on variables; judge them at run time.
  }
  return {
    text,
    isFeel: true,
    evaluate(vars) {
      try {
        return toJsonValue(evaluate(source, vars.all()).value);
      } catch (error) {
        throw new ExpressionError(`Failed to evaluate expression '${source}': ${(error as Error).message}`);
      }
    },
  };
}

function readPath(value: JsonValue | undefined, path: readonly string[]): JsonValue {
  let current: JsonValue | undefined = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return null;
    current = current[segment];
  }
  return current ?? null;
}
