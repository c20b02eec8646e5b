import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ActivatedJob } from '../../src/job-types.js';
import { makeJob } from './make-job.js';

/** A request the stub received for a job action. */
export interface StubActionRequest {
  readonly kind: 'completion' | 'failure' | 'error';
  readonly jobKey: string;
  readonly body: Record<string, unknown>;
  /** The stub's answer: an HTTP status, or `reset` when it dropped the connection. */
  readonly answer: number | 'reset';
}

/** What a fault rule does to a matching request. */
export type StubFault = { readonly status: number } | 'reset';

/**
 * A minimal engine double over real HTTP (node:http on 127.0.0.1): `POST /v2/jobs/activation` as a true long poll,
 * and `POST /v2/jobs/{key}/completion|failure|error`. Jobs are activated at most once; an action on a job that is
 * not activated answers 404 with a problem detail, like the engine.
 */
export interface StubJobServer {
  /** Base URL ending in `/v2`. */
  readonly restAddress: string;
  readonly port: number;
  addJobs(count: number, overrides?: Partial<ActivatedJob>): ActivatedJob[];
  /** Every activation request body, in order. */
  readonly activations: Array<Record<string, unknown>>;
  readonly actions: StubActionRequest[];
  /** Jobs handed out and not yet completed, failed or errored. */
  activeJobs(): number;
  /** Answers the next `count` requests whose path matches with `fault` instead of handling them. */
  inject(pathPattern: RegExp, fault: StubFault, count?: number): void;
  /** Closes the listener and every connection (clients see connection errors); jobs are kept. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
}

export async function startStubJobServer(): Promise<StubJobServer> {
  const queue: ActivatedJob[] = [];
  const active = new Map<string, ActivatedJob>();
  const activations: Array<Record<string, unknown>> = [];
  const actions: StubActionRequest[] = [];
  const faults: Array<{ pattern: RegExp; fault: StubFault; remaining: number }> = [];
  const waiting: Array<{ body: Record<string, unknown>; res: ServerResponse; timer: NodeJS.Timeout }> = [];

  const activate = (body: Record<string, unknown>): ActivatedJob[] => {
    const max = Number(body.maxJobsToActivate);
    const jobs = queue.splice(0, max).map((job) => ({
      ...job,
      worker: String(body.worker ?? ''),
      deadline: Date.now() + Number(body.timeout),
    }));
    for (const job of jobs) active.set(job.jobKey, job);
    return jobs;
  };

  const json = (res: ServerResponse, status: number, payload?: unknown): void => {
    if (payload === undefined) {
      res.writeHead(status).end();
      return;
    }
    const text = JSON.stringify(payload);
    res.writeHead(status, {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
    });
    res.end(text);
  };

  const serveWaiting = (): void => {
    while (queue.length > 0 && waiting.length > 0) {
      const w = waiting.shift();
      if (w === undefined) break;
      clearTimeout(w.timer);
      json(w.res, 200, { jobs: activate(w.body) });
    }
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): void => {
    const url = req.url ?? '';
    const fault = faults.find((f) => f.remaining > 0 && f.pattern.test(url));
    const action = /^\/v2\/jobs\/([^/]+)\/(completion|failure|error)$/.exec(url);
    if (fault !== undefined) {
      fault.remaining--;
      if (action) {
        actions.push({
          kind: action[2] as StubActionRequest['kind'],
          jobKey: action[1] as string,
          body,
          answer: fault.fault === 'reset' ? 'reset' : fault.fault.status,
        });
      }
      if (fault.fault === 'reset') req.socket.destroy();
      else
        json(res, fault.fault.status, {
          title: 'Injected',
          status: fault.fault.status,
          detail: 'injected fault',
        });
      return;
    }
    if (req.method === 'POST' && url === '/v2/jobs/activation') {
      activations.push(body);
      if (queue.length > 0) {
        json(res, 200, { jobs: activate(body) });
        return;
      }
      const entry = {
        body,
        res,
        timer: setTimeout(
          () => {
            const at = waiting.indexOf(entry);
            if (at >= 0) waiting.splice(at, 1);
            json(res, 200, { jobs: [] });
          },
          Number(body.requestTimeout ?? 10_000),
        ),
      };
      waiting.push(entry);
      res.on('close', () => {
        const at = waiting.indexOf(entry);
        if (at >= 0) {
          waiting.splice(at, 1);
          clearTimeout(entry.timer);
        }
      });
      return;
    }
    if (req.method === 'POST' && action) {
      const [, jobKey = '', kind = ''] = action;
      const known = active.delete(jobKey);
      const answer = known ? 204 : 404;
      actions.push({ kind: kind as StubActionRequest['kind'], jobKey, body, answer });
      if (known) json(res, 204);
      else json(res, 404, { title: 'NOT_FOUND', status: 404, detail: `Job with key '${jobKey}' not found` });
      return;
    }
    json(res, 404, { title: 'NOT_FOUND', status: 404, detail: `No route for ${req.method} ${url}` });
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      handle(req, res, text === '' ? {} : (JSON.parse(text) as Record<string, unknown>));
    });
  });
  server.keepAliveTimeout = 60_000;

  const listen = (port: number): Promise<void> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(0);
  const port = (server.address() as AddressInfo).port;

  return {
    restAddress: `http://127.0.0.1:${port}/v2`,
    port,
    activations,
    actions,
    addJobs(count, overrides) {
      const jobs = Array.from({ length: count }, () => makeJob(overrides));
      queue.push(...jobs);
      serveWaiting();
      return jobs;
    },
    activeJobs: () => active.size,
    inject(pattern, fault, count = 1) {
      faults.push({ pattern, fault, remaining: count });
    },
    async stop() {
      for (const w of waiting.splice(0)) clearTimeout(w.timer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
    restart: () => listen(port),
  };
}
