import { describe, expect, it } from 'vitest';
import { createWorkerStateMachine, type WorkerState, type WorkerStateChange } from '../src/worker-state.js';
import { isWorkerStateError } from '../src/worker-state-error.js';

const all: WorkerState[] = ['idle', 'starting', 'running', 'draining', 'stopped', 'failed'];
const allowed: Record<WorkerState, WorkerState[]> = {
  idle: ['starting', 'stopped'],
  starting: ['running', 'draining', 'failed'],
  running: ['draining', 'failed'],
  draining: ['stopped', 'failed'],
  stopped: [],
  failed: [],
};

describe('worker state machine', () => {
  it('allows exactly the transitions of the diagram', () => {
    for (const from of all) {
      for (const to of all) {
        const machine = createWorkerStateMachine(from, () => {});
        expect(machine.can(to)).toBe(allowed[from].includes(to));
        if (allowed[from].includes(to)) {
          machine.transition(to);
          expect(machine.current).toBe(to);
        } else {
          let thrown: unknown;
          try {
            machine.transition(to);
          } catch (error) {
            thrown = error;
          }
          expect(isWorkerStateError(thrown)).toBe(true);
          expect(machine.current).toBe(from);
        }
      }
    }
  });

  it('reports each transition with the failure reason', () => {
    const changes: WorkerStateChange[] = [];
    const machine = createWorkerStateMachine('idle', (c) => changes.push(c));
    const boom = new Error('boom');
    machine.transition('starting');
    machine.transition('failed', boom);
    expect(changes).toEqual([
      { from: 'idle', to: 'starting' },
      { from: 'starting', to: 'failed', error: boom },
    ]);
    expect(machine.terminal).toBe(true);
  });
});
