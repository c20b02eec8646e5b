import type { ChildHandle } from '../child/start-child.js';
import type { JobRunStats } from '../stub/job-pool.js';
import type { StubApi } from './stub-api.js';

/** Resolves with the stub's counters when the run of `jobType` completes its last job; ends the run on timeout. */
export function runJobs(
  stub: ChildHandle<StubApi>,
  jobType: string,
  total: number,
  timeoutMs: number,
): Promise<JobRunStats> {
  return new Promise((resolve, reject) => {
    const stop = stub.on('jobs-done', (data) => {
      const stats = data as JobRunStats;
      if (stats.jobType !== jobType) return;
      clearTimeout(timer);
      stop();
      resolve(stats);
    });
    const timer = setTimeout(() => {
      stop();
      stub
        .call('endJobs', {})
        .then(
          (s) =>
            reject(
              new Error(`timed out after ${timeoutMs} ms with ${s.completed} of ${s.total} jobs completed`),
            ),
          reject,
        );
    }, timeoutMs);
    stub.call('resetJobs', { jobType, total }).catch((error: unknown) => {
      clearTimeout(timer);
      stop();
      reject(error);
    });
  });
}
