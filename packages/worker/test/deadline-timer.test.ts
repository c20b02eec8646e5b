import { describe, expect, it } from 'vitest';
import { createDeadlineTimer } from '../src/deadline-timer.js';
import { createManualClock } from './support/manual-clock.js';

interface Run {
  readonly name: string;
  deadlineAt: number;
}

function setup() {
  const clock = createManualClock(0);
  const passed: string[] = [];
  const timer = createDeadlineTimer<Run>(
    clock,
    (run) => run.deadlineAt,
    (run) => passed.push(`${run.name}@${clock.now()}`),
  );
  return { clock, passed, timer };
}

describe('createDeadlineTimer', () => {
  it('reports each watched run once, at its own deadline, with one clock timer for all', async () => {
    const { clock, passed, timer } = setup();
    timer.watch({ name: 'b', deadlineAt: 200 });
    timer.watch({ name: 'a', deadlineAt: 100 });
    timer.watch({ name: 'c', deadlineAt: 300 });
    expect(clock.pending()).toBe(1);
    await clock.advance(1_000);
    expect(passed).toEqual(['a@100', 'b@200', 'c@300']);
    expect(clock.pending()).toBe(0);
  });

  it('never reports an unwatched run, and stops its timer when nothing is watched', async () => {
    const { clock, passed, timer } = setup();
    const a = { name: 'a', deadlineAt: 100 };
    const b = { name: 'b', deadlineAt: 200 };
    timer.watch(a);
    timer.watch(b);
    timer.unwatch(a);
    await clock.advance(150);
    expect(passed).toEqual([]);
    timer.unwatch(b);
    expect(clock.pending()).toBe(0);
    await clock.advance(1_000);
    expect(passed).toEqual([]);
  });

  it('follows a deadline that moved: later is not due yet, earlier re-arms the timer', async () => {
    const { clock, passed, timer } = setup();
    const a = { name: 'a', deadlineAt: 100 };
    const b = { name: 'b', deadlineAt: 500 };
    timer.watch(a);
    timer.watch(b);
    a.deadlineAt = 400;
    await clock.advance(150);
    expect(passed).toEqual([]);
    b.deadlineAt = 300;
    timer.watch(b);
    await clock.advance(1_000);
    expect(passed).toEqual(['b@300', 'a@400']);
  });
});
