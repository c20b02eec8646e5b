import type { Expression, VariableLookup } from '../feel/expression.js';
import { compileCron, isCronExpression } from './cron-expression.js';
import { TimerDefinitionError } from './timer-definition-error.js';

/** A timer as modelled: a duration, a date, or a cycle; its text may be static or FEEL. */
export interface TimerDefinition {
  readonly kind: 'duration' | 'date' | 'cycle';
  readonly expression: Expression;
}

/** A timer resolved at activation: when it fires first, and how it repeats (cycles only). */
export interface ResolvedTimer {
  readonly dueAtMs: number;
  /** Further firings after the first: 0 for a one-shot timer, -1 for an unbounded cycle. */
  readonly repetitions: number;
  readonly intervalMs: number;
  /** For a cron cycle: the firing after `atMs` (intervals differ from one firing to the next). */
  readonly next?: (atMs: number) => number;
}

export { TimerDefinitionError } from './timer-definition-error.js';

const DURATION =
  /^(-)?P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/** Adds an ISO 8601 duration to `fromMs` (years and months on the UTC calendar). */
export function addIsoDuration(fromMs: number, text: string): number {
  const match = DURATION.exec(text.trim());
  if (match === null || text.trim() === 'P' || text.trim().endsWith('T')) {
    throw new TimerDefinitionError(`'${text}' is not an ISO 8601 duration`);
  }
  const num = (i: number) => Number((match[i] ?? '0').replace(',', '.'));
  const sign = match[1] === '-' ? -1 : 1;
  const date = new Date(fromMs);
  const years = num(2);
  const months = num(3);
  if (years !== 0 || months !== 0) {
    date.setUTCMonth(date.getUTCMonth() + sign * Math.trunc(years * 12 + months));
  }
  const ms = ((num(4) * 7 + num(5)) * 86_400 + num(6) * 3_600 + num(7) * 60 + num(8)) * 1_000;
  return date.getTime() + sign * ms;
}

/** Parses an ISO 8601 date-time (a FEEL zoned form `…@Zone` keeps its offset part). */
export function parseIsoDate(text: string): number {
  const cleaned = text
    .trim()
    .replace(/@.*$/, '')
    .replace(/\[.*\]$/, '');
  const ms = Date.parse(cleaned);
  if (Number.isNaN(ms)) throw new TimerDefinitionError(`'${text}' is not an ISO 8601 date-time`);
  return ms;
}

/**
 * The next due date of a cycle that triggered at `triggeredAtMs`. Zeebe counts it from the time the timer
 * triggered, not from its due date: a clock that jumps past several due dates triggers the cycle once.
 */
export function nextDueAfter(timer: ResolvedTimer, triggeredAtMs: number): number {
  return timer.next === undefined ? triggeredAtMs + timer.intervalMs : timer.next(triggeredAtMs);
}

/** Evaluates a timer definition at engine time `nowMs`. */
export function resolveTimer(def: TimerDefinition, vars: VariableLookup, nowMs: number): ResolvedTimer {
  const value = def.expression.evaluate(vars);
  if (typeof value !== 'string') {
    throw new TimerDefinitionError(
      `Expected the timer ${def.kind} '${def.expression.text}' to be a string, but it was ${JSON.stringify(value)}`,
    );
  }
  switch (def.kind) {
    case 'duration':
      return { dueAtMs: addIsoDuration(nowMs, value), repetitions: 0, intervalMs: 0 };
    case 'date':
      return { dueAtMs: parseIsoDate(value), repetitions: 0, intervalMs: 0 };
    case 'cycle': {
      if (isCronExpression(value)) {
        const cron = compileCron(value);
        return { dueAtMs: cron.next(nowMs), repetitions: -1, intervalMs: 0, next: (at) => cron.next(at) };
      }
      const parts = value.trim().split('/');
      const repeat = /^R(\d*)$/.exec(parts[0] ?? '');
      if (repeat === null || parts.length < 2 || parts.length > 3) {
        throw new TimerDefinitionError(
          `'${value}' is not an ISO 8601 repeating interval (cron is not supported)`,
        );
      }
      const total = repeat[1] === '' || repeat[1] === undefined ? -1 : Number(repeat[1]);
      const durationText = parts[parts.length - 1] as string;
      const start = parts.length === 3 ? parseIsoDate(parts[1] as string) : nowMs;
      const first = addIsoDuration(start, durationText);
      const intervalMs = first - start;
      if (intervalMs <= 0) throw new TimerDefinitionError(`'${value}' needs a positive interval`);
      return { dueAtMs: first, repetitions: total < 0 ? -1 : Math.max(0, total - 1), intervalMs };
    }
  }
}
