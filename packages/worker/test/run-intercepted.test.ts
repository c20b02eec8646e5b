import { describe, expect, it } from 'vitest';
import { type InterceptLayer, runIntercepted } from '../src/run-intercepted.js';

const recordingLayer =
  (name: string, trail: string[]): InterceptLayer<string, number> =>
  async (info, run) => {
    trail.push(`${name}:before:${info}`);
    const value = await run();
    trail.push(`${name}:after:${value}`);
  };

describe('runIntercepted', () => {
  it('runs the first layer outermost and resolves with what run produced', async () => {
    const trail: string[] = [];
    const errors: unknown[] = [];
    const value = await runIntercepted(
      [recordingLayer('a', trail), recordingLayer('b', trail)],
      'info',
      async () => {
        trail.push('run');
        return 7;
      },
      (e) => errors.push(e),
    );
    expect(value).toBe(7);
    expect(trail).toEqual(['a:before:info', 'b:before:info', 'run', 'b:after:7', 'a:after:7']);
    expect(errors).toEqual([]);
  });

  it('passes a failing run on to the caller without blaming the layers', async () => {
    const errors: unknown[] = [];
    const failure = new Error('activation failed');
    const outcome = runIntercepted(
      [async (_info, run) => run(), async (_info, run) => run()],
      'info',
      () => Promise.reject(failure),
      (e) => errors.push(e),
    );
    await expect(outcome).rejects.toBe(failure);
    expect(errors).toEqual([]);
  });

  it('bypasses a layer that throws, never calls run, or rejects after a good run; run happens exactly once', async () => {
    const bad: InterceptLayer<string, number>[] = [
      () => {
        throw new Error('thrown');
      },
      async () => undefined,
      async (_info, run) => {
        await run();
        throw new Error('after run');
      },
    ];
    for (const layer of bad) {
      let runs = 0;
      const errors: unknown[] = [];
      const value = await runIntercepted(
        [layer],
        'info',
        async () => {
          runs++;
          return 1;
        },
        (e) => errors.push(e),
      );
      expect(value).toBe(1);
      expect(runs).toBe(1);
      expect(errors).toHaveLength(1);
    }
  });

  it('turns a run that throws synchronously into a rejection', async () => {
    const failure = new Error('sync');
    const outcome = runIntercepted(
      [],
      'info',
      () => {
        throw failure;
      },
      () => {},
    );
    await expect(outcome).rejects.toBe(failure);
  });
});
