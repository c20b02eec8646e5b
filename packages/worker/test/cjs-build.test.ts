import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixture } from './support/load-dist.js';

describe('CommonJS build', () => {
  it('runs thread and process handlers from require()', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [fixture('cjs-consumer.cjs')], {
      timeout: 15_000,
    });
    const results = JSON.parse(stdout) as Array<{ strategy: string; state: string; calls: unknown[] }>;
    expect(results).toEqual([
      {
        strategy: 'thread',
        state: 'stopped',
        calls: [
          {
            method: 'completeJob',
            input: { jobKey: '1', variables: expect.objectContaining({ doubled: 10 }) },
          },
        ],
      },
      {
        strategy: 'process',
        state: 'stopped',
        calls: [
          {
            method: 'completeJob',
            input: { jobKey: '1', variables: expect.objectContaining({ doubled: 10 }) },
          },
        ],
      },
    ]);
  });
});
