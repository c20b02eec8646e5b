/**
 * Child process: a `node:http` stub of the REST API on 127.0.0.1, in its own process so it never shares an event
 * loop with the client under test. Serves `GET /v2/topology`, `POST /v2/process-instances`, and a job source
 * (`POST /v2/jobs/activation`, `POST /v2/jobs/{key}/completion`) that hands out a fixed number of jobs per run.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { notifyParent, serveParent } from '../child/serve-parent.js';
import { createJobPool } from './job-pool.js';
import { activatedJobJson, CREATION_BODY, problemBody, TOPOLOGY_BODY } from './stub-bodies.js';

const topology = Buffer.from(TOPOLOGY_BODY);
const creation = Buffer.from(CREATION_BODY);
const emptyJobs = Buffer.from('{"jobs":[]}');
/** Longest a job activation is held when no job is left (a real gateway long-polls too). */
const MAX_HOLD_MS = 10_000;
const COMPLETION_PATH = /^\/v2\/jobs\/(\d+)\/completion$/;

const pool = createJobPool(() => performance.now());
const held = new Set<{ res: ServerResponse; timer: NodeJS.Timeout }>();
const served = { topology: 0, creations: 0, activations: 0, completions: 0, other: 0 };

function sendJson(res: ServerResponse, status: number, body: Buffer | string): void {
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': buf.length });
  res.end(buf);
}

function releaseHeld(): void {
  for (const entry of held) {
    clearTimeout(entry.timer);
    if (!entry.res.writableEnded) sendJson(entry.res, 200, emptyJobs);
  }
  held.clear();
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

interface ActivationRequest {
  readonly type?: unknown;
  readonly maxJobsToActivate?: unknown;
  readonly timeout?: unknown;
  readonly requestTimeout?: unknown;
  readonly worker?: unknown;
}

async function activate(req: IncomingMessage, res: ServerResponse): Promise<void> {
  served.activations += 1;
  const body = JSON.parse((await readBody(req)).toString('utf8')) as ActivationRequest;
  const type = typeof body.type === 'string' ? body.type : '';
  const decision = pool.activate(type, Number(body.maxJobsToActivate ?? 0));
  if (decision.kind === 'jobs') {
    const deadline = Date.now() + Number(body.timeout ?? 300_000);
    const worker = typeof body.worker === 'string' ? body.worker : 'bench';
    const jobs = decision.keys.map((key) => activatedJobJson(type, worker, key, deadline));
    sendJson(res, 200, `{"jobs":[${jobs.join(',')}]}`);
  } else {
    const wanted = Number(body.requestTimeout ?? 0);
    const holdMs = wanted > 0 ? Math.min(wanted, MAX_HOLD_MS) : MAX_HOLD_MS;
    const entry = {
      res,
      timer: setTimeout(() => {
        held.delete(entry);
        if (!res.writableEnded) sendJson(res, 200, emptyJobs);
      }, holdMs),
    };
    held.add(entry);
    res.on('close', () => {
      clearTimeout(entry.timer);
      held.delete(entry);
    });
  }
}

async function complete(req: IncomingMessage, res: ServerResponse, key: number): Promise<void> {
  served.completions += 1;
  await readBody(req);
  const reached = pool.decilesReached();
  const outcome = pool.complete(key);
  if (pool.decilesReached() !== reached && outcome === 'ok') {
    notifyParent('jobs-progress', { decile: pool.decilesReached(), stats: pool.stats() });
  }
  if (outcome === 'unknown') {
    sendJson(res, 404, problemBody(404, 'NOT_FOUND', `Job ${key} not found`));
    return;
  }
  res.writeHead(204);
  res.end();
  if (outcome === 'finished') notifyParent('jobs-done', pool.stats());
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? '';
  const path = url.includes('?') ? url.slice(0, url.indexOf('?')) : url;
  if (req.method === 'GET' && path === '/v2/topology') {
    served.topology += 1;
    req.resume();
    sendJson(res, 200, topology);
    return;
  }
  if (req.method === 'POST' && path === '/v2/process-instances') {
    served.creations += 1;
    req.resume();
    req.on('end', () => sendJson(res, 200, creation));
    return;
  }
  if (req.method === 'POST' && path === '/v2/jobs/activation') {
    activate(req, res).catch(() =>
      sendJson(res, 400, problemBody(400, 'INVALID_ARGUMENT', 'bad activation')),
    );
    return;
  }
  const match = req.method === 'POST' ? COMPLETION_PATH.exec(path) : null;
  if (match) {
    complete(req, res, Number(match[1])).catch(() => {
      if (!res.headersSent) sendJson(res, 400, problemBody(400, 'INVALID_ARGUMENT', 'bad completion'));
    });
    return;
  }
  served.other += 1;
  req.resume();
  sendJson(res, 404, problemBody(404, 'NOT_FOUND', `${req.method} ${path} is not stubbed`));
}

const server = createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000, requestTimeout: 0 }, handle);
server.maxRequestsPerSocket = 0;

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  serveParent(
    {
      info: () => ({ url, pid: process.pid }),
      /**
       * Starts a job run: `total` jobs of `jobType`; older runs' jobs are gone. Held activations answer empty, so
       * the worker of this run polls again at once and finds its jobs.
       */
      resetJobs: (p: { jobType: string; total: number }) => {
        releaseHeld();
        pool.reset(p.jobType, p.total);
        return pool.stats();
      },
      /** Ends the current job run (e.g. after a timeout): held activations answer empty. */
      endJobs: () => {
        const stats = pool.stats();
        pool.reset('', 0);
        releaseHeld();
        return stats;
      },
      jobStats: () => pool.stats(),
      served: () => ({ ...served }),
    },
    () =>
      new Promise<void>((resolve) => {
        releaseHeld();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
});
