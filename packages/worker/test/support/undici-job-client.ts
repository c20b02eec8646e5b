import { Agent, errors, request } from 'undici';
import type { JobCallOptions, JobClient } from '../../src/job-client.js';
import type { JobActivationResult } from '../../src/job-types.js';

/** Test-only HTTP error with the client's shape: the worker reads `status`. */
class StubHttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(`HTTP ${status}: ${detail}`);
  }
}

/** Test-only network error with the client's name. */
class StubNetworkError extends Error {
  override readonly name = 'NetworkError';
}

/**
 * A minimal `JobClient` over undici for the integration tests, used until `@camunda-ts/client` builds: one
 * keep-alive Agent, JSON in and out, HTTP errors carrying `status`, connection failures as `NetworkError`.
 */
export function createUndiciJobClient(restAddress: string): JobClient & { close(): Promise<void> } {
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 64 });

  async function send(
    method: 'POST' | 'PATCH',
    path: string,
    body: unknown,
    options?: JobCallOptions,
  ): Promise<unknown> {
    let response: Awaited<ReturnType<typeof request>>;
    try {
      response = await request(`${restAddress}${path}`, {
        method,
        dispatcher,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        ...(options?.signal !== undefined && { signal: options.signal }),
        ...(options?.timeoutMs !== undefined && {
          headersTimeout: options.timeoutMs,
          bodyTimeout: options.timeoutMs,
        }),
      });
    } catch (error) {
      if (error instanceof errors.RequestAbortedError || (error as Error).name === 'AbortError') throw error;
      throw new StubNetworkError((error as Error).message, { cause: error });
    }
    const text = await response.body.text();
    if (response.statusCode >= 400) throw new StubHttpError(response.statusCode, text);
    return text === '' ? undefined : JSON.parse(text);
  }

  const jobKeyPath = (key: string): string => `/jobs/${encodeURIComponent(key)}`;
  return {
    activateJobs: (input, options) =>
      send('POST', '/jobs/activation', input, options) as Promise<JobActivationResult>,
    completeJob: ({ jobKey, ...body }, options) =>
      send('POST', `${jobKeyPath(jobKey)}/completion`, body, options),
    failJob: ({ jobKey, ...body }, options) => send('POST', `${jobKeyPath(jobKey)}/failure`, body, options),
    throwJobError: ({ jobKey, ...body }, options) =>
      send('POST', `${jobKeyPath(jobKey)}/error`, body, options),
    updateJob: ({ jobKey, ...body }, options) => send('PATCH', jobKeyPath(jobKey), body, options),
    close: () => dispatcher.close(),
  };
}
