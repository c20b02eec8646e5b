import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Logger } from '@camunda-ts/client';
import { systemClock, type WorkerClock } from './clock.js';
import { isHandlerModule } from './handler-module.js';
import type { WorkerConfigDefaults } from './job-client.js';
import type { JobWorkerInput, TenantFilter } from './job-worker-options.js';
import type { StandardSchemaV1 } from './standard-schema.js';
import { WorkerOptionsError, type WorkerOptionsIssue } from './worker-options-error.js';

/** A handler module with its location made absolute: a `file:` URL string and an export name. */
export interface ResolvedHandlerModule {
  /** The module as a `file:` URL (a relative path is resolved when the options are compiled). */
  readonly module: string;
  /** The export holding the handler (default `default`). */
  readonly export: string;
}

/** Worker options after defaults were applied and every value checked; frozen. */
export interface ResolvedWorkerOptions {
  /** The job type to work on. */
  readonly jobType: string;
  /** A function (async strategy) or a module to load. */
  readonly handler: ((job: never) => unknown) | ResolvedHandlerModule;
  /** `auto` resolved to what will run. */
  readonly executionStrategy: 'async' | 'thread' | 'process';
  /** How long the engine reserves an activated job. */
  readonly jobTimeoutMs: number;
  /** Jobs handled at once. */
  readonly maxConcurrentJobs: number;
  /** Long-poll budget of one activation: `0` the server's default, negative no long poll. */
  readonly pollTimeoutMs: number;
  /** Client-side budget of one activation call: the long poll plus a margin for the network. */
  readonly pollCallTimeoutMs: number;
  /** An empty activation answered sooner than this means the server is not long-polling: pause before the next. */
  readonly emptyPollPauseBelowMs: number;
  /** Variables to fetch; all when `undefined`. */
  readonly fetchVariables: readonly string[] | undefined;
  /** Tenants to activate jobs for; the client's default tenant when `undefined`. */
  readonly tenantIds: readonly string[] | undefined;
  /** Sent only when set. */
  readonly tenantFilter: TenantFilter | undefined;
  /** Whether activations ask for job leases (`withLease`). */
  readonly leases: boolean;
  /** Whether running jobs get their timeout extended before it runs out. */
  readonly autoExtendTimeout: boolean;
  /** Reported to the engine as the activating worker. */
  readonly workerName: string;
  /** Upper bound of the random delay before the first poll. */
  readonly startupJitterMaxMs: number;
  /** Validates the job's variables. */
  readonly inputSchema: StandardSchemaV1 | undefined;
  /** Validates the variables the job completes with. */
  readonly outputSchema: StandardSchemaV1 | undefined;
  /** Validates the job's custom headers. */
  readonly customHeadersSchema: StandardSchemaV1 | undefined;
  /** Whether the worker started polling when created. */
  readonly autoStart: boolean;
  /** The worker's own logger, when given; the client's logger applies otherwise. */
  readonly logger: Logger | undefined;
  /** Default grace of `stop()` for running handlers. */
  readonly stopGraceMs: number;
  /** How long a handler may run on after its signal aborted before the worker gives up on it. */
  readonly abortGraceMs: number;
  /** First backoff ceiling after a failed activation or job action. */
  readonly backoffInitialMs: number;
  /** Largest backoff ceiling. */
  readonly backoffMaxMs: number;
  /** Free slots needed before the next activation. */
  readonly activationThreshold: number;
  /** Time source. */
  readonly clock: WorkerClock;
  /** Randomness in [0, 1) for jitter. */
  readonly random: () => number;
}

/** Built-in defaults, used when neither the options nor the client's worker config set a value. */
export const WORKER_DEFAULTS = Object.freeze({
  /** Default `jobTimeoutMs`. */
  jobTimeoutMs: 300_000,
  /** Default `maxConcurrentJobs`. */
  maxConcurrentJobs: 10,
  /** Default `pollTimeoutMs`. */
  pollTimeoutMs: 20_000,
  /** Default `workerName`. */
  workerName: 'camunda-ts-worker',
  /** Default `startupJitterMaxSeconds`. */
  startupJitterMaxSeconds: 0,
  /** Default `stopGraceMs`. */
  stopGraceMs: 30_000,
  /** Default `abortGraceMs`. */
  abortGraceMs: 10_000,
  /** Default `backoffInitialMs`. */
  backoffInitialMs: 250,
  /** Default `backoffMaxMs`. */
  backoffMaxMs: 30_000,
});

const strategies = new Set(['auto', 'async', 'thread', 'process']);

/**
 * Applies defaults (explicit option, then the client's `worker` config section, then {@link WORKER_DEFAULTS})
 * and checks every value once, so nothing is re-read or re-validated while the worker runs. Throws one
 * {@link WorkerOptionsError} listing every problem.
 */
export function compileWorkerOptions(
  input: JobWorkerInput,
  defaults: WorkerConfigDefaults = {},
): ResolvedWorkerOptions {
  const issues: WorkerOptionsIssue[] = [];
  const issue = (option: string, message: string): void => {
    issues.push({ option, message });
  };

  if (typeof input.jobType !== 'string' || input.jobType.trim() === '') {
    issue('jobType', 'must be a non-empty string');
  }

  const maxConcurrentJobs = positiveInteger(
    'maxConcurrentJobs',
    input.maxConcurrentJobs ?? defaults.maxConcurrentJobs ?? WORKER_DEFAULTS.maxConcurrentJobs,
    issue,
  );
  const jobTimeoutMs = positiveInteger(
    'jobTimeoutMs',
    input.jobTimeoutMs ?? defaults.timeoutMs ?? WORKER_DEFAULTS.jobTimeoutMs,
    issue,
  );
  const pollTimeoutMs = integer(
    'pollTimeoutMs',
    input.pollTimeoutMs ?? defaults.requestTimeoutMs ?? WORKER_DEFAULTS.pollTimeoutMs,
    issue,
  );
  const { pollCallTimeoutMs, emptyPollPauseBelowMs } = pollBudget(pollTimeoutMs);
  const jitterSeconds =
    input.startupJitterMaxSeconds ??
    defaults.startupJitterMaxSeconds ??
    WORKER_DEFAULTS.startupJitterMaxSeconds;
  if (typeof jitterSeconds !== 'number' || !Number.isFinite(jitterSeconds) || jitterSeconds < 0) {
    issue('startupJitterMaxSeconds', 'must be a finite number ≥ 0');
  }
  const workerName = input.workerName ?? defaults.name ?? WORKER_DEFAULTS.workerName;
  if (typeof workerName !== 'string' || workerName === '') issue('workerName', 'must be a non-empty string');

  const stopGraceMs = input.stopGraceMs ?? WORKER_DEFAULTS.stopGraceMs;
  if (typeof stopGraceMs !== 'number' || Number.isNaN(stopGraceMs) || stopGraceMs < 0) {
    issue('stopGraceMs', 'must be a number ≥ 0 (Infinity waits for every handler)');
  }
  const abortGraceMs = input.abortGraceMs ?? WORKER_DEFAULTS.abortGraceMs;
  if (typeof abortGraceMs !== 'number' || Number.isNaN(abortGraceMs) || abortGraceMs < 0) {
    issue('abortGraceMs', 'must be a number ≥ 0 (Infinity never gives up on a handler)');
  }
  const backoffInitialMs = positiveInteger(
    'backoffInitialMs',
    input.backoffInitialMs ?? WORKER_DEFAULTS.backoffInitialMs,
    issue,
  );
  const backoffMaxMs = positiveInteger(
    'backoffMaxMs',
    input.backoffMaxMs ?? WORKER_DEFAULTS.backoffMaxMs,
    issue,
  );
  if (backoffMaxMs < backoffInitialMs) issue('backoffMaxMs', 'must be ≥ backoffInitialMs');

  const activationThreshold = positiveInteger(
    'activationThreshold',
    input.activationThreshold ?? Math.max(1, Math.ceil(maxConcurrentJobs / 4)),
    issue,
  );
  if (activationThreshold > maxConcurrentJobs) issue('activationThreshold', 'must be ≤ maxConcurrentJobs');

  const fetchVariables = stringList('fetchVariables', input.fetchVariables, issue);
  const tenantIds = stringList('tenantIds', input.tenantIds ?? defaults.tenantIds, issue);
  const tenantFilter = input.tenantFilter;
  if (tenantFilter !== undefined && tenantFilter !== 'PROVIDED' && tenantFilter !== 'ASSIGNED') {
    issue('tenantFilter', `must be 'PROVIDED' or 'ASSIGNED', got ${String(tenantFilter)}`);
  }
  const leases = flag('leases', input.leases, issue);
  const autoExtendTimeout = flag('autoExtendTimeout', input.autoExtendTimeout, issue);

  const inputSchema = schema('inputSchema', input.inputSchema, issue);
  const outputSchema = schema('outputSchema', input.outputSchema, issue);
  const customHeadersSchema = schema('customHeadersSchema', input.customHeadersSchema, issue);

  const requested = input.executionStrategy ?? 'auto';
  if (!strategies.has(requested))
    issue('executionStrategy', "must be 'auto', 'async', 'thread' or 'process'");
  let handler: ResolvedWorkerOptions['handler'] = () => undefined;
  let executionStrategy: ResolvedWorkerOptions['executionStrategy'] = 'async';
  if (typeof input.handler === 'function') {
    handler = input.handler;
    if (requested === 'thread' || requested === 'process') {
      issue(
        'handler',
        `the '${requested}' strategy needs a module handler ({ module, export? }), not a function`,
      );
    }
  } else if (isHandlerModule(input.handler)) {
    const resolved = resolveHandlerModule(input.handler.module, input.handler.export, issue);
    if (resolved) handler = resolved;
    executionStrategy =
      requested === 'auto' ? 'thread' : (requested as ResolvedWorkerOptions['executionStrategy']);
  } else {
    issue('handler', 'must be a function or a module reference { module, export? }');
  }

  const logger = input.logger;
  if (logger !== undefined && !isLogger(logger)) {
    issue('logger', 'must have trace, debug, info, warn and error methods');
  }
  const clock = input.clock ?? systemClock;
  const random = input.random ?? Math.random;
  if (typeof random !== 'function') issue('random', 'must be a function');

  if (issues.length > 0) throw new WorkerOptionsError(issues);

  return Object.freeze({
    jobType: input.jobType,
    handler,
    executionStrategy,
    jobTimeoutMs,
    maxConcurrentJobs,
    pollTimeoutMs,
    pollCallTimeoutMs,
    emptyPollPauseBelowMs,
    fetchVariables,
    tenantIds,
    tenantFilter,
    leases,
    autoExtendTimeout,
    workerName,
    startupJitterMaxMs: Math.round(jitterSeconds * 1000),
    inputSchema,
    outputSchema,
    customHeadersSchema,
    autoStart: input.autoStart ?? true,
    logger,
    stopGraceMs,
    abortGraceMs,
    backoffInitialMs,
    backoffMaxMs,
    activationThreshold,
    clock,
    random,
  });
}

type Report = (option: string, message: string) => void;

/** Added to the long poll for the call's own budget: the server answers at the end of its wait. */
const POLL_MARGIN_MS = 10_000;
/** What the client allows for a server-default long poll (`pollTimeoutMs: 0`); a default server waits 10 s. */
const SERVER_DEFAULT_POLL_ALLOWANCE_MS = 60_000;
/** Half of a default server's long poll: an empty answer sooner than this was not long-polled. */
const SERVER_DEFAULT_POLL_HALF_MS = 5_000;

/** The call budget and the spin guard of a long poll, for the three meanings of `pollTimeoutMs`. */
function pollBudget(pollTimeoutMs: number): { pollCallTimeoutMs: number; emptyPollPauseBelowMs: number } {
  if (pollTimeoutMs > 0) {
    return { pollCallTimeoutMs: pollTimeoutMs + POLL_MARGIN_MS, emptyPollPauseBelowMs: pollTimeoutMs / 2 };
  }
  if (pollTimeoutMs === 0) {
    return {
      pollCallTimeoutMs: SERVER_DEFAULT_POLL_ALLOWANCE_MS + POLL_MARGIN_MS,
      emptyPollPauseBelowMs: SERVER_DEFAULT_POLL_HALF_MS,
    };
  }
  // No long poll: the server answers at once, so every empty answer pauses before the next poll.
  return { pollCallTimeoutMs: POLL_MARGIN_MS, emptyPollPauseBelowMs: Number.POSITIVE_INFINITY };
}

function integer(option: string, value: unknown, issue: Report): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    issue(
      option,
      `must be an integer (0: the server's default, negative: no long poll), got ${String(value)}`,
    );
    return 0;
  }
  return value;
}

function positiveInteger(option: string, value: unknown, issue: Report): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    issue(option, `must be a positive integer, got ${String(value)}`);
    return 1;
  }
  return value;
}

function flag(option: string, value: unknown, issue: Report): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') {
    issue(option, `must be a boolean, got ${String(value)}`);
    return false;
  }
  return value;
}

function stringList(option: string, value: unknown, issue: Report): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    issue(option, 'must be an array of non-empty strings');
    return undefined;
  }
  return Object.freeze([...value]);
}

function schema(option: string, value: unknown, issue: Report): StandardSchemaV1 | undefined {
  if (value === undefined) return undefined;
  const standard = (value as { '~standard'?: { validate?: unknown } } | null)?.['~standard'];
  if (typeof standard?.validate !== 'function') {
    issue(option, 'must be a Standard Schema (for example a zod 4 schema)');
    return undefined;
  }
  return value as StandardSchemaV1;
}

function resolveHandlerModule(
  module: string | URL,
  exportName: string | undefined,
  issue: Report,
): ResolvedHandlerModule | undefined {
  if (exportName !== undefined && (typeof exportName !== 'string' || exportName === '')) {
    issue('handler.export', 'must be a non-empty string');
    return undefined;
  }
  let href: string;
  if (module instanceof URL) {
    href = module.href;
  } else if (module.startsWith('file:')) {
    href = module;
  } else if (module !== '') {
    // Resolved here, in the worker's process, so a relative path means the same in every thread or child.
    href = pathToFileURL(isAbsolute(module) ? module : resolve(module)).href;
  } else {
    issue('handler.module', 'must be a path or a file: URL');
    return undefined;
  }
  if (!href.startsWith('file:')) {
    issue('handler.module', `must be a path or a file: URL, got ${href}`);
    return undefined;
  }
  return Object.freeze({ module: href, export: exportName ?? 'default' });
}

function isLogger(value: unknown): value is Logger {
  if (typeof value !== 'object' || value === null) return false;
  const l = value as Record<string, unknown>;
  return ['trace', 'debug', 'info', 'warn', 'error'].every((m) => typeof l[m] === 'function');
}
