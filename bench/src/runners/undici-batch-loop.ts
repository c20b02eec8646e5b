import { type BatchLoopOptions, batchLoopSetup } from './batch-loop-setup.js';
import type { ActivatedJob, UndiciJobLoop } from './undici-job-loop.js';

/**
 * The second reference: a hand-written batch loop on raw undici, written to be as fast as such a loop gets. It
 * activates a full batch (`maxJobsToActivate` = concurrency, long poll), completes the whole batch in parallel,
 * and activates the next batch as soon as the last completion of the current one is acknowledged. One undici
 * `Pool` for the origin (no URL parsing per request), constant request options, and no promise per completion:
 * a counter ends the batch.
 */
export function startUndiciBatchLoop(options: BatchLoopOptions): UndiciJobLoop {
  const { pool, headers, activation } = batchLoopSetup(options, 'undici-batch-loop');
  let running = true;
  let errors = 0;
  let outstanding = 0;

  const completed = (): void => {
    outstanding -= 1;
    if (outstanding === 0) activate();
  };

  const complete = (job: ActivatedJob): void => {
    pool
      .request({ path: `/v2/jobs/${job.jobKey}/completion`, method: 'POST', headers, body: '{}' })
      .then(
        (res) => {
          if (res.statusCode !== 204) errors += 1;
          return res.body.dump();
        },
        () => {
          if (running) errors += 1;
        },
      )
      .then(completed, completed);
  };

  const activate = (): void => {
    if (!running) return;
    pool
      .request(activation)
      .then((res) => res.body.json() as Promise<{ jobs: ActivatedJob[] }>)
      .then(
        ({ jobs }) => {
          if (jobs.length === 0) {
            activate();
            return;
          }
          outstanding = jobs.length;
          for (const job of jobs) complete(job);
        },
        () => {
          if (!running) return;
          errors += 1;
          setTimeout(activate, 100);
        },
      );
  };

  activate();
  return {
    async stop() {
      running = false;
      await pool.destroy().catch(() => {});
    },
    errors: () => errors,
  };
}
