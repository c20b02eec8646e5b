import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileWorkerOptions, WORKER_DEFAULTS } from '../src/compile-worker-options.js';
import { isWorkerOptionsError, type WorkerOptionsError } from '../src/worker-options-error.js';

const handler = (): undefined => undefined;

function issuesOf(fn: () => unknown): Array<{ option: string; message: string }> {
  try {
    fn();
  } catch (error) {
    if (isWorkerOptionsError(error)) return [...(error as WorkerOptionsError).issues];
    throw error;
  }
  throw new Error('expected a WorkerOptionsError');
}

describe('compileWorkerOptions', () => {
  it('applies the built-in defaults and freezes the result', () => {
    const options = compileWorkerOptions({ jobType: 'payment', handler });
    expect(options).toMatchObject({
      jobType: 'payment',
      executionStrategy: 'async',
      jobTimeoutMs: WORKER_DEFAULTS.jobTimeoutMs,
      maxConcurrentJobs: 10,
      pollTimeoutMs: WORKER_DEFAULTS.pollTimeoutMs,
      workerName: 'camunda-ts-worker',
      startupJitterMaxMs: 0,
      autoStart: true,
      activationThreshold: 3,
      fetchVariables: undefined,
      tenantIds: undefined,
    });
    expect(Object.isFrozen(options)).toBe(true);
  });

  it('takes config defaults over built-ins and explicit options over config', () => {
    const config = {
      timeoutMs: 11_000,
      maxConcurrentJobs: 4,
      requestTimeoutMs: 9_000,
      name: 'cfg',
      startupJitterMaxSeconds: 2,
    };
    const fromConfig = compileWorkerOptions({ jobType: 'x', handler }, config);
    expect(fromConfig).toMatchObject({
      jobTimeoutMs: 11_000,
      maxConcurrentJobs: 4,
      pollTimeoutMs: 9_000,
      workerName: 'cfg',
      startupJitterMaxMs: 2_000,
      activationThreshold: 1,
    });
    const explicit = compileWorkerOptions(
      {
        jobType: 'x',
        handler,
        jobTimeoutMs: 1_000,
        maxConcurrentJobs: 32,
        pollTimeoutMs: 500,
        workerName: 'mine',
        startupJitterMaxSeconds: 0.5,
      },
      config,
    );
    expect(explicit).toMatchObject({
      jobTimeoutMs: 1_000,
      maxConcurrentJobs: 32,
      pollTimeoutMs: 500,
      workerName: 'mine',
      startupJitterMaxMs: 500,
      activationThreshold: 8,
    });
  });

  it('treats undefined config values as unset', () => {
    const options = compileWorkerOptions(
      { jobType: 'x', handler },
      { timeoutMs: undefined, maxConcurrentJobs: undefined, requestTimeoutMs: undefined, name: undefined },
    );
    expect(options.maxConcurrentJobs).toBe(10);
    expect(options.workerName).toBe('camunda-ts-worker');
  });

  it('resolves auto to async for a function and to thread for a module', () => {
    expect(compileWorkerOptions({ jobType: 'x', handler }).executionStrategy).toBe('async');
    const fromModule = compileWorkerOptions({
      jobType: 'x',
      handler: { module: './handlers/pay.mjs', export: 'pay' },
    });
    expect(fromModule.executionStrategy).toBe('thread');
    expect(fromModule.handler).toEqual({
      module: pathToFileURL(resolve('./handlers/pay.mjs')).href,
      export: 'pay',
    });
    const url = new URL('file:///srv/handlers/pay.mjs');
    const processed = compileWorkerOptions({
      jobType: 'x',
      handler: { module: url },
      executionStrategy: 'process',
    });
    expect(processed.executionStrategy).toBe('process');
    expect(processed.handler).toEqual({ module: url.href, export: 'default' });
  });

  it('copies and freezes list options', () => {
    const tenants = ['a', 'b'];
    const options = compileWorkerOptions({
      jobType: 'x',
      handler,
      tenantIds: tenants,
      fetchVariables: ['v'],
    });
    tenants.push('c');
    expect(options.tenantIds).toEqual(['a', 'b']);
    expect(Object.isFrozen(options.fetchVariables)).toBe(true);
  });

  it('accepts Standard Schemas (zod) and rejects other schema values', () => {
    const schema = z.object({ a: z.number() });
    expect(compileWorkerOptions({ jobType: 'x', handler, inputSchema: schema }).inputSchema).toBe(schema);
    const issues = issuesOf(() =>
      compileWorkerOptions({ jobType: 'x', handler, outputSchema: { parse: () => 1 } as never }),
    );
    expect(issues).toEqual([{ option: 'outputSchema', message: expect.stringMatching(/Standard Schema/) }]);
  });

  it('takes pollTimeoutMs 0 as the server default and a negative one as no long poll', () => {
    const positive = compileWorkerOptions({ jobType: 'x', handler, pollTimeoutMs: 8_000 });
    expect(positive).toMatchObject({
      pollTimeoutMs: 8_000,
      pollCallTimeoutMs: 18_000,
      emptyPollPauseBelowMs: 4_000,
    });
    const serverDefault = compileWorkerOptions({ jobType: 'x', handler }, { requestTimeoutMs: 0 });
    expect(serverDefault.pollTimeoutMs).toBe(0);
    // The call outlives any plausible server default, and a quick empty answer still pauses.
    expect(serverDefault.pollCallTimeoutMs).toBeGreaterThan(10_000);
    expect(serverDefault.emptyPollPauseBelowMs).toBeGreaterThan(0);
    const none = compileWorkerOptions({ jobType: 'x', handler, pollTimeoutMs: -1 });
    expect(none.pollTimeoutMs).toBe(-1);
    expect(none.emptyPollPauseBelowMs).toBe(Number.POSITIVE_INFINITY);
  });

  it('takes tenant ids and fractional jitter from the client config defaults', () => {
    const options = compileWorkerOptions(
      { jobType: 'x', handler },
      { tenantIds: ['tenant-a', 'tenant-b'], startupJitterMaxSeconds: 0.5 },
    );
    expect(options.tenantIds).toEqual(['tenant-a', 'tenant-b']);
    expect(options.startupJitterMaxMs).toBe(500);
    expect(
      compileWorkerOptions({ jobType: 'x', handler, tenantIds: ['own'] }, { tenantIds: ['a'] }).tenantIds,
    ).toEqual(['own']);
  });

  it('lists every invalid option at once', () => {
    const issues = issuesOf(() =>
      compileWorkerOptions({
        jobType: '',
        handler: 42 as never,
        maxConcurrentJobs: 0,
        jobTimeoutMs: 1.5,
        pollTimeoutMs: 1.5,
        startupJitterMaxSeconds: -1,
        tenantIds: [''],
        executionStrategy: 'fibers' as never,
        logger: {} as never,
      }),
    );
    expect(issues.map((i) => i.option).sort()).toEqual(
      [
        'executionStrategy',
        'handler',
        'jobTimeoutMs',
        'jobType',
        'logger',
        'maxConcurrentJobs',
        'pollTimeoutMs',
        'startupJitterMaxSeconds',
        'tenantIds',
      ].sort(),
    );
  });

  it('refuses a function handler for the thread and process strategies', () => {
    for (const executionStrategy of ['thread', 'process'] as const) {
      const issues = issuesOf(() =>
        compileWorkerOptions({ jobType: 'x', handler: handler as never, executionStrategy } as never),
      );
      expect(issues).toEqual([
        { option: 'handler', message: expect.stringMatching(/needs a module handler/) },
      ]);
    }
  });

  it('checks the activation threshold and the backoff bounds', () => {
    const issues = issuesOf(() =>
      compileWorkerOptions({
        jobType: 'x',
        handler,
        maxConcurrentJobs: 4,
        activationThreshold: 5,
        backoffInitialMs: 100,
        backoffMaxMs: 50,
      }),
    );
    expect(issues.map((i) => i.option).sort()).toEqual(['activationThreshold', 'backoffMaxMs']);
  });

  it('error messages name the option and the bad value', () => {
    expect(() => compileWorkerOptions({ jobType: 'x', handler, maxConcurrentJobs: -3 })).toThrow(
      'Invalid job worker options: maxConcurrentJobs: must be a positive integer, got -3',
    );
  });
});
