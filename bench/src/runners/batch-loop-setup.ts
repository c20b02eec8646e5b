import { Pool } from 'undici';

/** What both batch loops are given. */
export interface BatchLoopOptions {
  readonly baseUrl: string;
  readonly jobType: string;
  readonly concurrency: number;
}

/**
 * What the two batch loops share: one undici `Pool` for the origin (no URL parsing per request), constant headers,
 * and the constant request of a full-batch activation (`maxJobsToActivate` = concurrency, long poll).
 */
export function batchLoopSetup(options: BatchLoopOptions, worker: string) {
  const pool = new Pool(options.baseUrl, { connections: options.concurrency + 1, keepAliveTimeout: 60_000 });
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  const activation = {
    path: '/v2/jobs/activation',
    method: 'POST' as const,
    headers,
    body: JSON.stringify({
      type: options.jobType,
      worker,
      timeout: 60_000,
      maxJobsToActivate: options.concurrency,
      requestTimeout: 10_000,
    }),
  };
  return { pool, headers, activation };
}
