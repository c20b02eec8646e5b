import { TimerDefinitionError } from './timer-definition-error.js';

/** A compiled cron expression (`second minute hour day-of-month month day-of-week`, UTC). */
export interface CronExpression {
  /** The first firing time strictly after `afterMs`. */
  next(afterMs: number): number;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

function field(
  text: string,
  min: number,
  max: number,
  names: readonly string[],
  offset: number,
): Set<number> {
  const out = new Set<number>();
  const value = (v: string) => {
    const named = names.indexOf(v.toUpperCase());
    const n = named >= 0 ? named + offset : Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new TimerDefinitionError(`'${v}' is out of range`);
    return n;
  };
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new TimerDefinitionError(`'${part}' has a bad step`);
    let from = min;
    let to = max;
    if (range !== '*' && range !== '?') {
      const [a = '', b] = range.split('-');
      from = value(a);
      to = b === undefined ? (stepText === undefined ? from : max) : value(b);
    }
    for (let n = from; n <= to; n += step) out.add(n === 7 && max === 7 ? 0 : n);
  }
  return out;
}

/** Whether the text is a cron expression (as opposed to an ISO 8601 repeating interval). */
export const isCronExpression = (text: string): boolean =>
  text.trim().split(/\s+/).length >= 5 && !text.startsWith('R');

/** Compiles a cron expression of 6 fields (or 5, without seconds), as Zeebe accepts for timer cycles. */
export function compileCron(text: string): CronExpression {
  const parts = text.trim().split(/\s+/);
  if (parts.length === 5) parts.unshift('0');
  if (parts.length !== 6) throw new TimerDefinitionError(`'${text}' is not a cron expression of 6 fields`);
  const [s, m, h, dom, mon, dow] = parts as [string, string, string, string, string, string];
  let seconds: Set<number>;
  let minutes: Set<number>;
  let hours: Set<number>;
  let days: Set<number>;
  let months: Set<number>;
  let weekdays: Set<number>;
  try {
    seconds = field(s, 0, 59, [], 0);
    minutes = field(m, 0, 59, [], 0);
    hours = field(h, 0, 23, [], 0);
    days = field(dom, 1, 31, [], 0);
    months = field(mon, 1, 12, MONTHS, 1);
    weekdays = field(dow, 0, 7, DAYS, 0);
  } catch (error) {
    throw new TimerDefinitionError(`'${text}' is not a valid cron expression: ${(error as Error).message}`);
  }
  const anyDay = dom === '*' || dom === '?';
  const anyWeekday = dow === '*' || dow === '?';
  const dayMatches = (d: Date) => {
    const byDay = days.has(d.getUTCDate());
    const byWeekday = weekdays.has(d.getUTCDay());
    if (anyDay) return byWeekday;
    if (anyWeekday) return byDay;
    return byDay || byWeekday;
  };
  return {
    next(afterMs) {
      const d = new Date(Math.floor(afterMs / 1000) * 1000 + 1000);
      // Five years of searching is plenty for any satisfiable expression.
      const limit = afterMs + 5 * 366 * 86_400_000;
      while (d.getTime() <= limit) {
        if (!months.has(d.getUTCMonth() + 1)) {
          d.setUTCMonth(d.getUTCMonth() + 1, 1);
          d.setUTCHours(0, 0, 0, 0);
        } else if (!dayMatches(d)) {
          d.setUTCDate(d.getUTCDate() + 1);
          d.setUTCHours(0, 0, 0, 0);
        } else if (!hours.has(d.getUTCHours())) {
          d.setUTCHours(d.getUTCHours() + 1, 0, 0, 0);
        } else if (!minutes.has(d.getUTCMinutes())) {
          d.setUTCMinutes(d.getUTCMinutes() + 1, 0, 0);
        } else if (!seconds.has(d.getUTCSeconds())) {
          d.setUTCSeconds(d.getUTCSeconds() + 1, 0);
        } else {
          return d.getTime();
        }
      }
      throw new TimerDefinitionError(`'${text}' never fires`);
    },
  };
}
