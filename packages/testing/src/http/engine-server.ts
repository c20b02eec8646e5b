import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '@camunda-ts/types';
import { isTestEngineError, TestEngineError } from '../test-engine-error.js';
import type { AuthGuard } from './auth-guard.js';
import type { EngineResponse, HandlerTable, MultipartPart } from './engine-handler.js';
import type { FaultInjector } from './fault-injector.js';
import { multipartBoundary, parseMultipart } from './parse-multipart.js';
import { type ProblemDetail, problemDetail, problemFromError } from './problem-detail.js';
import type { ResponseValidator } from './response-validator.js';
import type { RouteSpec, RouteTable } from './route-table.js';

/** What the server needs of an operation. */
export interface ServedOperation extends RouteSpec {
  readonly requestContentType: string | undefined;
  readonly longPoll: boolean;
}

/** Validates a request body against the operation's request schema; returns a message when invalid. */
export type RequestValidator = (operation: ServedOperation, body: unknown) => string | undefined;

/** One API request as the engine received it, for `onRequest` observers (credentials left out). */
export interface ObservedRequest {
  /** The operation the request was matched to. */
  readonly operationId: string;
  /** The HTTP method. */
  readonly method: string;
  /** Path and query string, as sent. */
  readonly url: string;
  /** Request headers, names in lower case; `authorization` and `cookie` are left out. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** Everything the HTTP server is built from. */
export interface EngineServerOptions {
  readonly host: string;
  readonly port: number;
  readonly basePath: string;
  readonly tokenPath: string;
  readonly routes: RouteTable<ServedOperation>;
  readonly handlers: HandlerTable;
  /** Operations answered without credentials (`getStatus`, `getLicense`, …). */
  readonly unauthenticated: ReadonlySet<string>;
  readonly auth: AuthGuard;
  readonly faults: FaultInjector;
  readonly validateRequest: RequestValidator | undefined;
  readonly validator: ResponseValidator | undefined;
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** Called for every API request matched to an operation, before faults, auth and the handler. */
  readonly onRequest: ((request: ObservedRequest) => void) | undefined;
  /** Paths served outside the API without credentials (document links); undefined when a path is not one. */
  readonly publicRoute?: (method: string, pathname: string) => EngineResponse | undefined;
  /** Whether a browser page from `origin` may call the engine (CORS). */
  readonly allowOrigin: (origin: string) => boolean;
}

/** Request counters, for assertions in resilience tests. */
export interface EngineStats {
  /** API requests received (token requests excluded). */
  readonly requests: number;
  /** Requests by operationId. */
  readonly byOperation: Readonly<Record<string, number>>;
  /** Requests being handled right now (held long polls included). */
  readonly inFlight: number;
  /** Token requests received. */
  readonly tokenRequests: number;
  /** Faults injected so far. */
  readonly faults: {
    /** Connections destroyed before handling. */
    readonly resets: number;
    /** Requests refused for capacity (`maxInFlight`). */
    readonly refused: number;
    /** Requests delayed by injected latency. */
    readonly delayed: number;
  };
}

/** The running HTTP server. */
export interface EngineServer {
  readonly port: number;
  stats(): EngineStats;
  /** Closes the listener and every socket, ending held long polls. */
  stop(): Promise<void>;
}

class RequestAborted extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(
          new TestEngineError(`Request body exceeds ${limit} bytes`, {
            code: 'INVALID_ARGUMENT',
            status: 400,
            title: 'INVALID_ARGUMENT',
          }),
        );
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('aborted', () => reject(new RequestAborted()));
  });
}

/** Starts the engine's `node:http` server. */
export async function startEngineServer(options: EngineServerOptions): Promise<EngineServer> {
  const sockets = new Set<Socket>();
  const controllers = new Set<AbortController>();
  const delays = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  const byOperation: Record<string, number> = {};
  let requests = 0;
  let inFlight = 0;
  let countedInFlight = 0;
  let tokenRequests = 0;
  const faultCounts = { resets: 0, refused: 0, delayed: 0 };
  let stopping = false;

  const send = (res: ServerResponse, status: number, body: unknown, contentType: string | undefined) => {
    if (res.writableEnded || res.destroyed) return;
    if (body === undefined) {
      res.writeHead(status, { 'content-length': '0' });
      res.end();
      return;
    }
    const payload = Buffer.isBuffer(body)
      ? body
      : Buffer.from(
          typeof body === 'string' && contentType !== undefined && !contentType.includes('json')
            ? body
            : JSON.stringify(body),
          'utf8',
        );
    res.writeHead(status, {
      'content-type': contentType ?? 'application/json',
      'content-length': String(payload.length),
    });
    res.end(payload);
  };

  const sendProblem = (
    res: ServerResponse,
    problem: ProblemDetail,
    operation: ServedOperation | undefined,
  ) => {
    if (options.validator !== undefined && operation !== undefined) {
      const violation = options.validator.validate(operation.operationId, problem.status, problem, true);
      if (violation !== undefined) {
        send(
          res,
          500,
          problemDetail(500, 'FIDELITY_VIOLATION', violation, problem.instance),
          'application/problem+json',
        );
        return;
      }
    }
    send(res, problem.status, problem, 'application/problem+json');
  };

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          delays.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      delays.add(entry);
    });

  const handleToken = async (req: IncomingMessage, res: ServerResponse) => {
    tokenRequests += 1;
    if (req.method !== 'POST') {
      send(res, 405, { error: 'invalid_request', error_description: 'Use POST' }, 'application/json');
      return;
    }
    const body = (await readBody(req, options.maxBodyBytes)).toString('utf8');
    const answer = options.auth.issueToken(body, req.headers['content-type'], req.headers.authorization);
    send(res, answer.status, answer.body, 'application/json');
  };

  /** CORS: admitted origins get their answers readable and their preflights answered; others get neither. */
  const corsPreflight = (req: IncomingMessage, res: ServerResponse): boolean => {
    const origin = req.headers.origin;
    if (origin === undefined || !options.allowOrigin(origin)) return false;
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
    res.setHeader('access-control-expose-headers', '*');
    if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined) return false;
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers':
        req.headers['access-control-request-headers'] ?? 'authorization, content-type',
      'access-control-max-age': '600',
      'content-length': '0',
    });
    res.end();
    return true;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (corsPreflight(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://engine.invalid');
    const instance = url.pathname;
    if (url.pathname === options.tokenPath && options.auth.mode === 'oauth') {
      await handleToken(req, res);
      return;
    }
    const direct = options.publicRoute?.(req.method ?? 'GET', url.pathname);
    if (direct !== undefined) {
      send(res, direct.status, direct.body, direct.contentType);
      return;
    }
    const match = options.routes.match(req.method ?? 'GET', url.pathname);
    if (match.kind === 'notFound') {
      sendProblem(
        res,
        problemDetail(404, 'NOT_FOUND', `No API operation at ${req.method} ${url.pathname}`, instance),
        undefined,
      );
      return;
    }
    if (match.kind === 'methodNotAllowed') {
      res.setHeader('allow', match.allowed.join(', '));
      sendProblem(
        res,
        problemDetail(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${url.pathname}`, instance),
        undefined,
      );
      return;
    }
    const operation = match.spec;
    requests += 1;
    byOperation[operation.operationId] = (byOperation[operation.operationId] ?? 0) + 1;
    if (options.onRequest !== undefined) observe(options.onRequest, operation.operationId, req);

    const decision = options.faults.decide(operation.operationId, countedInFlight);
    if (decision.reset) {
      faultCounts.resets += 1;
      req.socket.destroy();
      return;
    }
    if (decision.refuse !== undefined) {
      faultCounts.refused += 1;
      // Injected on purpose: the status need not be one the operation documents.
      send(
        res,
        decision.refuse,
        problemDetail(
          decision.refuse,
          'RESOURCE_EXHAUSTED',
          `Expected to handle ${operation.operationId}, but the engine is at capacity (${countedInFlight} requests in flight)`,
          instance,
        ),
        'application/problem+json',
      );
      return;
    }

    const counted = !operation.longPoll;
    inFlight += 1;
    if (counted) countedInFlight += 1;
    const controller = new AbortController();
    controllers.add(controller);
    const onClose = () => {
      if (!res.writableFinished) controller.abort();
    };
    res.on('close', onClose);
    // A client that goes away is seen first as the end of its socket; the response's close comes a turn later.
    const { socket } = req;
    socket.on('end', onClose);
    try {
      if (decision.delayMs > 0) {
        faultCounts.delayed += 1;
        await delay(decision.delayMs);
        if (stopping || controller.signal.aborted) return;
      }
      const authentication = options.auth.authenticate(req.headers.authorization);
      if (!authentication.ok && !options.unauthenticated.has(operation.operationId)) {
        res.setHeader('www-authenticate', options.auth.mode === 'basic' ? 'Basic realm="camunda"' : 'Bearer');
        sendProblem(
          res,
          problemDetail(401, 'UNAUTHORIZED', 'The request lacks valid authentication credentials', instance),
          undefined,
        );
        return;
      }
      const handler = options.handlers[operation.operationId];
      if (handler === undefined) {
        sendProblem(
          res,
          problemDetail(
            501,
            'NOT_IMPLEMENTED',
            `The test engine does not implement the operation '${operation.operationId}'`,
            instance,
          ),
          undefined,
        );
        return;
      }
      const raw = await readBody(req, options.maxBodyBytes);
      let body: unknown;
      let parts: MultipartPart[] | undefined;
      const contentType = req.headers['content-type'] ?? '';
      if (raw.length > 0) {
        if (contentType.toLowerCase().startsWith('multipart/form-data')) {
          const boundary = multipartBoundary(contentType);
          if (boundary === undefined) throw badRequest('The multipart body has no boundary');
          try {
            parts = parseMultipart(raw, boundary);
          } catch (error) {
            throw badRequest(`The multipart body cannot be parsed: ${(error as Error).message}`);
          }
        } else {
          try {
            body = JSON.parse(raw.toString('utf8'));
          } catch {
            throw badRequest('The request body is not valid JSON');
          }
        }
      }
      if (operation.requestContentType === 'multipart/form-data' && parts === undefined) {
        throw badRequest(`${operation.operationId} expects a multipart/form-data body`);
      }
      if (options.validateRequest !== undefined && parts === undefined) {
        const invalid = options.validateRequest(operation, body);
        if (invalid !== undefined) throw badRequest(invalid);
      }
      const response: EngineResponse = await handler({
        operationId: operation.operationId,
        params: match.params,
        query: url.searchParams,
        body,
        parts,
        signal: controller.signal,
        ...(authentication.ok && authentication.principal !== undefined
          ? { principal: authentication.principal }
          : {}),
      });
      if (res.writableEnded || res.destroyed || controller.signal.aborted) {
        response.undelivered?.();
        return;
      }
      if (options.validator !== undefined) {
        const violation = options.validator.validate(
          operation.operationId,
          response.status,
          response.body,
          false,
        );
        if (violation !== undefined) {
          options.logger.error(
            { operationId: operation.operationId, violation },
            'response does not match the spec',
          );
          send(
            res,
            500,
            problemDetail(500, 'FIDELITY_VIOLATION', violation, instance),
            'application/problem+json',
          );
          return;
        }
      }
      send(res, response.status, response.body, response.contentType);
    } catch (error) {
      if (error instanceof RequestAborted || res.destroyed) return;
      if (!isTestEngineError(error)) {
        options.logger.error(
          { operationId: operation.operationId, err: error },
          'unexpected error in the test engine',
        );
      }
      sendProblem(res, problemFromError(error, instance), operation);
    } finally {
      inFlight -= 1;
      if (counted) countedInFlight -= 1;
      controllers.delete(controller);
      res.off('close', onClose);
      socket.off('end', onClose);
    }
  };

  const server = createServer((req, res) => {
    if (stopping) {
      req.socket.destroy();
      return;
    }
    handle(req, res).catch((error: unknown) => {
      options.logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendProblem(res, problemFromError(error, req.url ?? '/'), undefined);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;

  return {
    port,
    stats: () => ({
      requests,
      byOperation: { ...byOperation },
      inFlight,
      tokenRequests,
      faults: { ...faultCounts },
    }),
    async stop() {
      if (stopping) return;
      stopping = true;
      for (const d of delays) {
        clearTimeout(d.timer);
        d.resolve();
      }
      delays.clear();
      for (const c of controllers) c.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      await closed;
    },
  };
}

function observe(
  observer: (request: ObservedRequest) => void,
  operationId: string,
  req: IncomingMessage,
): void {
  const { authorization: _authorization, cookie: _cookie, ...headers } = req.headers;
  try {
    observer({ operationId, method: req.method ?? 'GET', url: req.url ?? '/', headers });
  } catch {
    // An observer is a test's probe: its failure must not change what the engine answers.
  }
}

function badRequest(message: string): TestEngineError {
  return new TestEngineError(message, { code: 'INVALID_ARGUMENT', status: 400, title: 'INVALID_ARGUMENT' });
}
