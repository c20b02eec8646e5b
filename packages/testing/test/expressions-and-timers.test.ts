import { describe, expect, it } from 'vitest';
import { addIsoDuration, resolveTimer } from '../src/bpmn/timer-definition.js';
import { compileExpression, ExpressionError, type VariableLookup } from '../src/feel/expression.js';
import type { JsonValue } from '../src/feel/json-value.js';
import { createKeyGenerator } from '../src/key-generator.js';

const vars = (values: Record<string, JsonValue>): VariableLookup => ({
  get: (name) => values[name],
  all: () => values,
});

describe('FEEL expressions', () => {
  it('evaluates static values, names, paths and full FEEL', () => {
    expect(compileExpression('plain').evaluate(vars({}))).toBe('plain');
    expect(compileExpression('=order.total').evaluate(vars({ order: { total: 7 } }))).toBe(7);
    expect(compileExpression('=missing.path').evaluate(vars({}))).toBeNull();
    expect(compileExpression('=total > 100 and vip').evaluate(vars({ total: 150, vip: true }))).toBe(true);
    expect(compileExpression('="PT" + string(n) + "S"').evaluate(vars({ n: 3 }))).toBe('PT3S');
    expect(compileExpression('=duration("PT5M")').evaluate(vars({}))).toBe('PT5M');
    expect(compileExpression('={a: [1, 2], b: null}').evaluate(vars({}))).toEqual({ a: [1, 2], b: null });
  });

  it('rejects FEEL syntax errors when compiled', () => {
    expect(() => compileExpression('=foo(')).toThrow(ExpressionError);
    expect(() => compileExpression('=')).toThrow(ExpressionError);
  });
});

describe('timer definitions', () => {
  const start = Date.parse('2030-01-31T00:00:00Z');

  it('adds ISO 8601 durations, calendar months included', () => {
    expect(addIsoDuration(start, 'PT1H30M')).toBe(start + 90 * 60_000);
    expect(addIsoDuration(start, 'P1DT0.5S')).toBe(start + 86_400_000 + 500);
    expect(addIsoDuration(start, 'P2W')).toBe(start + 14 * 86_400_000);
    expect(new Date(addIsoDuration(start, 'P1M')).toISOString()).toBe('2030-03-03T00:00:00.000Z');
    expect(() => addIsoDuration(start, 'PT')).toThrow();
    expect(() => addIsoDuration(start, '5 minutes')).toThrow();
  });

  it('resolves durations, dates and cycles', () => {
    const expr = (text: string) => compileExpression(text);
    expect(resolveTimer({ kind: 'duration', expression: expr('=d') }, vars({ d: 'PT10S' }), start)).toEqual({
      dueAtMs: start + 10_000,
      repetitions: 0,
      intervalMs: 0,
    });
    expect(
      resolveTimer({ kind: 'date', expression: expr('2030-02-01T00:00:00Z') }, vars({}), start).dueAtMs,
    ).toBe(Date.parse('2030-02-01T00:00:00Z'));
    expect(resolveTimer({ kind: 'cycle', expression: expr('R3/PT1M') }, vars({}), start)).toEqual({
      dueAtMs: start + 60_000,
      repetitions: 2,
      intervalMs: 60_000,
    });
    expect(resolveTimer({ kind: 'cycle', expression: expr('R/PT1M') }, vars({}), start).repetitions).toBe(-1);
    expect(() => resolveTimer({ kind: 'cycle', expression: expr('R3/nonsense') }, vars({}), start)).toThrow();
  });

  it('resolves cron cycles to their next firing, one after another', () => {
    const expr = (text: string) => compileExpression(text);
    const start = Date.parse('2030-01-01T10:15:30Z');
    const daily = resolveTimer({ kind: 'cycle', expression: expr('0 0 9 * * ?') }, vars({}), start);
    expect(new Date(daily.dueAtMs).toISOString()).toBe('2030-01-02T09:00:00.000Z');
    expect(daily.repetitions).toBe(-1);
    expect(new Date(daily.next?.(daily.dueAtMs) ?? 0).toISOString()).toBe('2030-01-03T09:00:00.000Z');
    const weekdays = resolveTimer({ kind: 'cycle', expression: expr('0 30 8 * * MON-FRI') }, vars({}), start);
    // 2030-01-04 is a Friday; the next weekday after it is Monday the 7th.
    expect(new Date(weekdays.next?.(Date.parse('2030-01-04T09:00:00Z')) ?? 0).toISOString()).toBe(
      '2030-01-07T08:30:00.000Z',
    );
    const every15 = resolveTimer({ kind: 'cycle', expression: expr('0 */15 * * * *') }, vars({}), start);
    expect(new Date(every15.dueAtMs).toISOString()).toBe('2030-01-01T10:30:00.000Z');
    expect(() => resolveTimer({ kind: 'cycle', expression: expr('0 0 25 * * *') }, vars({}), start)).toThrow(
      /cron/,
    );
  });
});

describe('keys', () => {
  it('are int64 strings, unique and increasing', () => {
    const keys = createKeyGenerator();
    const a = keys.next();
    const b = keys.next();
    expect(a).toMatch(/^\d{16}$/);
    expect(BigInt(b)).toBe(BigInt(a) + 1n);
  });
});
