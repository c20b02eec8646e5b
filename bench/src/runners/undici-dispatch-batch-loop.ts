import { type BatchLoopOptions, batchLoopSetup } from './batch-loop-setup.js';
import type { ActivatedJob, UndiciJobLoop } from './undici-job-loop.js';

/**
 * The batch loop on undici's lowest public layer: `Pool.dispatch` with a plain handler object, so no response
 * stream, no promise and no `AbortSignal` per request. It activates a full batch (long poll), completes the batch in
 * parallel, and activates again when the last completion is acknowledged.
 */
export function startUndiciDispatchBatchLoop(options: BatchLoopOptions): UndiciJobLoop {
  const { pool, headers, activation } = batchLoopSetup(options, 'undici-dispatch-batch-loop');
  let running = true;
  let errors = 0;
  let outstanding = 0;

  const completed = (): void => {
    outstanding -= 1;
    if (outstanding === 0) activate();
  };

  const completionHandler = {
    onConnect() {},
    onHeaders(statusCode: number) {
      if (statusCode !== 204) errors += 1;
      return true;
    },
    onData() {
      return true;
    },
    onComplete: completed,
    onError() {
      if (running) errors += 1;
      completed();
    },
  };

  const complete = (job: ActivatedJob): void => {
    pool.dispatch(
      { path: `/v2/jobs/${job.jobKey}/completion`, method: 'POST', headers, body: '{}' },
      completionHandler,
    );
  };

  const onJobs = (jobs: ActivatedJob[]): void => {
    if (jobs.length === 0) {
      activate();
      return;
    }
    outstanding = jobs.length;
    for (const job of jobs) complete(job);
  };

  const activationFailed = (): void => {
    if (!running) return;
    errors += 1;
    setTimeout(activate, 100);
  };

  const activate = (): void => {
    if (!running) return;
    const chunks: Buffer[] = [];
    let status = 0;
    pool.dispatch(activation, {
      onConnect() {},
      onHeaders(statusCode: number) {
        status = statusCode;
        return true;
      },
      onData(chunk: Buffer) {
        chunks.push(chunk);
        return true;
      },
      onComplete() {
        if (status !== 200) {
          activationFailed();
          return;
        }
        const text =
          chunks.length === 1 ? (chunks[0] as Buffer).toString() : Buffer.concat(chunks).toString();
        onJobs((JSON.parse(text) as { jobs: ActivatedJob[] }).jobs);
      },
      onError: activationFailed,
    });
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
