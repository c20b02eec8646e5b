import type { Logger } from '@camunda-ts/types';
import { nullLogger } from '@camunda-ts/types';
import type { ResolvedAuth } from './http/auth-guard.js';
import { type CorsOption, compileCorsPolicy } from './http/cors-policy.js';
import type { ObservedRequest } from './http/engine-server.js';
import type { FaultOptions } from './http/fault-injector.js';
import { TestEngineError } from './test-engine-error.js';

/** Basic-auth settings (defaults: `demo` / `demo`, as a local Camunda 8). */
export interface BasicAuthOptions {
  /** Selects HTTP basic auth. */
  readonly mode: 'basic';
  /** The accepted user (default `demo`). */
  readonly username?: string;
  /** The accepted password (default `demo`). */
  readonly password?: string;
}

/** OAuth settings: the engine serves a client-credentials token endpoint and accepts only its tokens. */
export interface OAuthOptions {
  /** Selects OAuth client credentials. */
  readonly mode: 'oauth';
  /** Default `camunda-ts-test`. */
  readonly clientId?: string;
  /** Default `camunda-ts-test-secret`. */
  readonly clientSecret?: string;
  /** Token lifetime on the engine clock (default 300 000 ms). */
  readonly tokenTtlMs?: number;
  /** Audience claim of issued tokens (default `camunda-api`). */
  readonly audience?: string;
  /**
   * More clients the token endpoint accepts. Unlike the main client (an admin of the default tenant) they start
   * with no roles, groups or tenants; their tokens carry `claims` for mapping rules to match.
   */
  readonly clients?: ReadonlyArray<{
    /** The client id (also the token's `client_id` and `sub`). */
    readonly clientId: string;
    /** The client secret. */
    readonly clientSecret: string;
    /** Extra claims of the client's tokens, e.g. `{ groups: ['finance'] }`. */
    readonly claims?: Readonly<Record<string, unknown>>;
  }>;
}

/** Options of {@link startTestEngine}. All are optional. */
export interface TestEngineOptions {
  /** Interface to listen on (default `127.0.0.1`). */
  readonly host?: string;
  /** Port (default 0: any free port). */
  readonly port?: number;
  /** Authentication: `none` (default), `basic`, `oauth`, or an object with settings. */
  readonly auth?: 'none' | 'basic' | 'oauth' | BasicAuthOptions | OAuthOptions;
  /**
   * The engine (broker) clock of timers, job deadlines, back-offs and TTLs: `real` (default) follows the wall
   * clock; `manual` moves only with `clock.advance(ms)`. Request timeouts (long polls, `awaitCompletion`) are wall
   * time either way.
   */
  readonly clock?: 'real' | 'manual';
  /** Start time of a manual clock (default: now). */
  readonly startTime?: number | Date;
  /** Faults for resilience tests (can be changed later with `setFaults`). */
  readonly faults?: FaultOptions;
  /** Fidelity mode: check every response against the spec's zod schemas; a mismatch answers 500 and is recorded. */
  readonly validateResponses?: boolean;
  /** Reject request bodies that do not match the spec's schemas with 400 (default true). */
  readonly validateRequests?: boolean;
  /**
   * Long-poll limit when `activateJobs` sends `requestTimeout: 0` or none (default 10 000 ms). Wall time, as the
   * gateway's: a pinned or manual engine clock neither stops nor shortens it.
   */
  readonly longPollTimeoutMs?: number;
  /**
   * Limit of `awaitCompletion` when `requestTimeout` is 0 or absent (default 10 000 ms); past it the request is
   * answered 504 `DEADLINE_EXCEEDED`. Wall time, as the gateway's: the engine clock does not move it.
   */
  readonly requestTimeoutMs?: number;
  /** Largest request body accepted (default 16 MiB). */
  readonly maxBodyBytes?: number;
  /**
   * The broker's maximum message size (default 4 MiB, Zeebe's): an activation holds only the jobs that fit, and
   * a job that does not fit alone raises a `MESSAGE_SIZE_EXCEEDED` incident instead of being activated.
   */
  readonly maxMessageSizeBytes?: number;
  /** Where the engine reports unexpected errors and fidelity violations (default: silent). */
  readonly logger?: Logger;
  /**
   * Sees every API request the engine receives (operation, method, URL, headers without credentials), e.g. to
   * assert the `traceparent` a client sent. Called synchronously; a throwing observer is ignored.
   */
  readonly onRequest?: (request: ObservedRequest) => void;
  /**
   * Enforce authorizations (default false): every operation checks the caller's permissions, through its groups,
   * roles and mapping rules, answering 403 `FORBIDDEN`; searches return only what the caller may read.
   */
  readonly authorizations?: boolean;
  /**
   * Enforce multi-tenancy (default false): a caller sees only its tenants' data, `tenantFilter: ASSIGNED` activates
   * jobs of its tenants, and commands for other tenants are rejected.
   */
  readonly multiTenancy?: boolean;
  /**
   * Secrets the engine resolves (`resolveSecrets`, `listSecrets`), by name: `{ token: '…' }` is the reference
   * `camunda.secrets.token`. Values never appear in logs or errors.
   */
  readonly secrets?: Readonly<Record<string, string>>;
  /** Largest document `createDocument` accepts (default 10 MiB); a larger one is answered 400. */
  readonly maxDocumentBytes?: number;
  /**
   * Which browser origins may call the engine (CORS): `true` any, `false` none, a list of origins, or a
   * predicate. Default: pages served from this machine (`127.0.0.1`, `localhost`, `[::1]` on any port).
   */
  readonly cors?: CorsOption;
}

/** The options with every default applied. */
export interface ResolvedTestEngineOptions {
  readonly host: string;
  readonly port: number;
  readonly auth: ResolvedAuth;
  readonly clock: 'real' | 'manual';
  readonly startTimeMs: number | undefined;
  readonly faults: FaultOptions | undefined;
  readonly validateResponses: boolean;
  readonly validateRequests: boolean;
  readonly longPollTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly maxBodyBytes: number;
  readonly maxMessageSizeBytes: number;
  readonly logger: Logger;
  readonly onRequest: ((request: ObservedRequest) => void) | undefined;
  readonly authorizations: boolean;
  readonly multiTenancy: boolean;
  readonly secrets: ReadonlyMap<string, string>;
  readonly maxDocumentBytes: number;
  readonly allowOrigin: (origin: string) => boolean;
}

const invalid = (message: string) => new TestEngineError(message, { code: 'INVALID_OPTIONS' });

const nonNegative = (value: number | undefined, name: string, fallback: number): number => {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0)
    throw invalid(`${name} must be a finite number >= 0, got ${value}`);
  return value;
};

function resolveAuth(auth: TestEngineOptions['auth']): ResolvedAuth {
  const input = typeof auth === 'string' ? { mode: auth } : (auth ?? { mode: 'none' as const });
  switch (input.mode) {
    case 'none':
      return { mode: 'none' };
    case 'basic': {
      const b = input as BasicAuthOptions;
      return { mode: 'basic', username: b.username ?? 'demo', password: b.password ?? 'demo' };
    }
    case 'oauth': {
      const o = input as OAuthOptions;
      const tokenTtlMs = nonNegative(o.tokenTtlMs, 'auth.tokenTtlMs', 300_000);
      if (tokenTtlMs < 1000) throw invalid(`auth.tokenTtlMs must be at least 1000 ms, got ${tokenTtlMs}`);
      return {
        mode: 'oauth',
        clientId: o.clientId ?? 'camunda-ts-test',
        clientSecret: o.clientSecret ?? 'camunda-ts-test-secret',
        tokenTtlMs,
        audience: o.audience ?? 'camunda-api',
        clients: (o.clients ?? []).map((c, i) => {
          if (typeof c.clientId !== 'string' || c.clientId === '' || typeof c.clientSecret !== 'string')
            throw invalid(`auth.clients[${i}] needs a clientId and a clientSecret`);
          return { clientId: c.clientId, clientSecret: c.clientSecret, claims: { ...(c.claims ?? {}) } };
        }),
      };
    }
    default:
      throw invalid(`auth must be none, basic or oauth, got '${String((input as { mode: unknown }).mode)}'`);
  }
}

function resolveSecrets(secrets: TestEngineOptions['secrets']): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(secrets ?? {})) {
    if (typeof value !== 'string') throw invalid(`secrets.${name} must be a string`);
    out.set(name, value);
  }
  return out;
}

/** Applies defaults and checks every option once. */
export function compileTestEngineOptions(options: TestEngineOptions = {}): ResolvedTestEngineOptions {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw invalid(`port must be 0…65535, got ${port}`);
  const clock = options.clock ?? 'real';
  if (clock !== 'real' && clock !== 'manual')
    throw invalid(`clock must be 'real' or 'manual', got '${clock}'`);
  const start = options.startTime;
  const startTimeMs = start === undefined ? undefined : start instanceof Date ? start.getTime() : start;
  if (startTimeMs !== undefined && !Number.isFinite(startTimeMs))
    throw invalid('startTime must be a valid time');
  return Object.freeze({
    host: options.host ?? '127.0.0.1',
    port,
    auth: resolveAuth(options.auth),
    clock,
    startTimeMs,
    faults: options.faults,
    validateResponses: options.validateResponses ?? false,
    validateRequests: options.validateRequests ?? true,
    longPollTimeoutMs: nonNegative(options.longPollTimeoutMs, 'longPollTimeoutMs', 10_000),
    requestTimeoutMs: nonNegative(options.requestTimeoutMs, 'requestTimeoutMs', 10_000),
    maxBodyBytes: nonNegative(options.maxBodyBytes, 'maxBodyBytes', 16 * 1024 * 1024),
    maxMessageSizeBytes: nonNegative(options.maxMessageSizeBytes, 'maxMessageSizeBytes', 4 * 1024 * 1024),
    logger: options.logger ?? nullLogger,
    onRequest: options.onRequest,
    authorizations: options.authorizations ?? false,
    multiTenancy: options.multiTenancy ?? false,
    secrets: resolveSecrets(options.secrets),
    maxDocumentBytes: nonNegative(options.maxDocumentBytes, 'maxDocumentBytes', 10 * 1024 * 1024),
    allowOrigin: compileCorsPolicy(options.cors),
  });
}
