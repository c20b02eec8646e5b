import type { AuthProvider } from '@camunda-ts/auth';
import type { CamundaConfig, LogLevel, TlsConfig } from '@camunda-ts/config';
import { MockAgent } from 'undici';
import type { GateOutcome, TransportClock, TransportGate, TransportRequest } from '../../src/index.js';

export const ORIGIN = 'http://camunda.test';
export const REST_ADDRESS = `${ORIGIN}/v2`;

export interface ConfigPatch {
  readonly restAddress?: string;
  readonly tls?: Partial<TlsConfig>;
  readonly timeoutMs?: number;
  readonly retry?: Partial<CamundaConfig['http']['retry']>;
  readonly retryAfterMaxMs?: number;
  readonly maxResponseBytes?: number;
  readonly logLevel?: LogLevel;
}

/** A resolved config literal, as `resolveConfig` would produce it. */
export function testConfig(patch: ConfigPatch = {}): CamundaConfig {
  return {
    restAddress: patch.restAddress ?? REST_ADDRESS,
    auth: {
      strategy: 'NONE',
      oauth: {
        clientId: undefined,
        clientSecret: undefined,
        url: 'http://auth.test/token',
        audience: 'zeebe-api',
        scope: undefined,
        timeoutMs: 5_000,
        retryMax: 0,
        retryBaseDelayMs: 100,
        maxResponseBytes: 1024 * 1024,
        cacheDir: undefined,
        diskCacheDisabled: true,
      },
      basic: { username: undefined, password: undefined },
    },
    tls: { ca: undefined, cert: undefined, key: undefined, passphrase: undefined, ...patch.tls },
    logLevel: patch.logLevel ?? 'error',
    http: {
      timeoutMs: patch.timeoutMs ?? 30_000,
      retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 2_000, ...patch.retry },
      retryAfterMaxMs: patch.retryAfterMaxMs ?? 30_000,
      maxResponseBytes: patch.maxResponseBytes ?? 64 * 1024 * 1024,
    },
    backpressure: { profile: 'BALANCED', knobs: {} },
    validation: { request: 'none', response: 'none' },
    eventualPollDefaultMs: 5_000,
    defaultTenantId: '<default>',
    worker: {
      timeoutMs: undefined,
      maxConcurrentJobs: undefined,
      requestTimeoutMs: undefined,
      name: undefined,
      startupJitterMaxSeconds: undefined,
      tenantIds: undefined,
    },
    supportLog: { enabled: false, filePath: 'camunda-support.log' },
    warnings: [],
  };
}

export interface FakeAuth extends AuthProvider {
  readonly invalidations: (string | undefined)[];
  readonly signals: (AbortSignal | undefined)[];
}

/** Hands out `Bearer <token>` from the list, moving to the next token after each `invalidate()`. */
export function fakeAuth(tokens: readonly string[] = ['token-1']): FakeAuth {
  let index = 0;
  const invalidations: (string | undefined)[] = [];
  const signals: (AbortSignal | undefined)[] = [];
  return {
    kind: 'fake',
    invalidations,
    signals,
    headers: async ({ signal }) => {
      signals.push(signal);
      return { authorization: `Bearer ${tokens[Math.min(index, tokens.length - 1)]}` };
    },
    invalidate: (reason) => {
      invalidations.push(reason);
      index++;
    },
  };
}

export interface FakeClock extends TransportClock {
  /** Every backoff the transport slept, in order. */
  readonly sleeps: number[];
  advance(ms: number): void;
}

/** Virtual time: `sleep` returns at once and moves the clock forward. */
export function fakeClock(start = Date.UTC(2025, 0, 1)): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** A MockAgent that refuses real network access. */
export function mockAgent(): MockAgent {
  const agent = new MockAgent();
  agent.disableNetConnect();
  return agent;
}

export interface RecordingGate extends TransportGate {
  readonly events: string[];
  readonly outcomes: GateOutcome[];
}

/** A gate that always admits and writes down what happens to it. */
export function recordingGate(): RecordingGate {
  const events: string[] = [];
  const outcomes: GateOutcome[] = [];
  return {
    events,
    outcomes,
    acquire: async ({ operation }) => {
      events.push(`acquire:${operation}`);
      return { release: () => events.push(`release:${operation}`) };
    },
    record: (outcome) => {
      events.push(`record:${outcome.type}`);
      outcomes.push(outcome);
    },
  };
}

export const JSON_HEADERS = { 'content-type': 'application/json' } as const;
export const PROBLEM_HEADERS = { 'content-type': 'application/problem+json' } as const;

/** `completeJob` for job 5 as the client builds it: a `{}` body, answered `204` with no content. */
export const COMPLETE_JOB: TransportRequest = {
  operationId: 'completeJob',
  method: 'POST',
  pathTemplate: '/jobs/{jobKey}/completion',
  pathParams: { jobKey: '5' },
  body: {},
  retrySafe: true,
  expect: { statuses: [204], contentType: undefined },
};
