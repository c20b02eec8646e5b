import { Agent, request } from 'undici';

/** A running hand-written worker loop. */
export interface UndiciJobLoop {
  stop(): Promise<void>;
  /** Activation and completion calls that failed. */
  errors(): number;
}

/** The one field of an activated job the hand-written loops read. */
export interface ActivatedJob {
  readonly jobKey: string;
}

/**
 * The reference a worker is measured against: a hand-written activate/complete loop on raw undici. It keeps
 * `concurrency` slots; whenever at least `threshold` are free and no activation is in flight, it asks for exactly
 * the free slots (long poll), and completes each job as soon as it arrives.
 */
export function startUndiciJobLoop(options: {
  readonly baseUrl: string;
  readonly jobType: string;
  readonly concurrency: number;
  readonly threshold: number;
}): UndiciJobLoop {
  const dispatcher = new Agent({ keepAliveTimeout: 60_000 });
  const activationUrl = `${options.baseUrl}/v2/jobs/activation`;
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  const controller = new AbortController();
  let running = true;
  let busy = 0;
  let polling = false;
  let errors = 0;

  const complete = async (job: ActivatedJob): Promise<void> => {
    try {
      const res = await request(`${options.baseUrl}/v2/jobs/${job.jobKey}/completion`, {
        dispatcher,
        method: 'POST',
        headers,
        body: '{}',
        signal: controller.signal,
      });
      await res.body.dump();
      if (res.statusCode !== 204) errors += 1;
    } catch {
      if (running) errors += 1;
    }
    busy -= 1;
    poll();
  };

  const poll = (): void => {
    const free = options.concurrency - busy;
    if (!running || polling || free < options.threshold) return;
    polling = true;
    busy += free;
    request(activationUrl, {
      dispatcher,
      method: 'POST',
      headers,
      body: JSON.stringify({
        type: options.jobType,
        worker: 'undici-loop',
        timeout: 60_000,
        maxJobsToActivate: free,
        requestTimeout: 10_000,
      }),
      signal: controller.signal,
    })
      .then(async (res) => {
        const { jobs } = (await res.body.json()) as { jobs: ActivatedJob[] };
        busy -= free - jobs.length;
        polling = false;
        for (const job of jobs) void complete(job);
        poll();
      })
      .catch(() => {
        busy -= free;
        polling = false;
        if (!running) return;
        errors += 1;
        setTimeout(poll, 100);
      });
  };

  poll();
  return {
    async stop() {
      running = false;
      controller.abort();
      await dispatcher.close().catch(() => {});
    },
    errors: () => errors,
  };
}
