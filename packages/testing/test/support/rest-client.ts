import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { TestEngine } from '../../src/index.js';

/** A response as the tests look at it. */
export interface RestResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Reads a BPMN file from test/fixtures. */
export function fixture(name: string): Promise<string> {
  return readFile(join(FIXTURES, name), 'utf8');
}

/** A plain fetch client for the engine's REST API (paths relative to `/v2`). */
export function restClient(engine: TestEngine, headers: Record<string, string> = {}) {
  const send = async <T>(
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<RestResponse<T>> => {
    const res = await fetch(`${engine.restAddress}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal === undefined ? {} : { signal }),
    });
    const text = await res.text();
    let parsed: unknown = text;
    if (text !== '' && (res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, headers: res.headers };
  };
  const client = {
    get: <T = Record<string, unknown>>(path: string) => send<T>('GET', path),
    post: <T = Record<string, unknown>>(path: string, body?: unknown, signal?: AbortSignal) =>
      send<T>('POST', path, body, signal),
    put: <T = Record<string, unknown>>(path: string, body?: unknown) => send<T>('PUT', path, body),
    patch: <T = Record<string, unknown>>(path: string, body?: unknown) => send<T>('PATCH', path, body),
    delete: <T = Record<string, unknown>>(path: string) => send<T>('DELETE', path),
    /** Deploys files from test/fixtures (or inline XML) through the multipart endpoint. */
    async deploy(files: Readonly<Record<string, string>>, tenantId?: string) {
      const form = new FormData();
      for (const [name, content] of Object.entries(files)) {
        form.append('resources', new Blob([content], { type: 'application/xml' }), name);
      }
      if (tenantId !== undefined) form.append('tenantId', tenantId);
      const res = await fetch(`${engine.restAddress}/deployments`, { method: 'POST', headers, body: form });
      return {
        status: res.status,
        body: (await res.json()) as Record<string, unknown> & { deployments: DeploymentEntry[] },
      };
    },
    async deployFixtures(...names: string[]) {
      const files: Record<string, string> = {};
      for (const name of names) files[name] = await fixture(name);
      const res = await client.deploy(files);
      expect(res.status).toBe(200);
      return res.body;
    },
    /** Creates an instance by process id; returns its key. */
    async start(processDefinitionId: string, variables: Record<string, unknown> = {}) {
      const res = await client.post<{ processInstanceKey: string }>('/process-instances', {
        processDefinitionId,
        variables,
      });
      expect(res.status).toBe(200);
      return res.body.processInstanceKey;
    },
    /** Activates jobs of a type without waiting. */
    async activate(
      type: string,
      options: { maxJobs?: number; timeout?: number; worker?: string; requestTimeout?: number } = {},
    ) {
      const res = await client.post<{ jobs: ActivatedJob[] }>('/jobs/activation', {
        type,
        maxJobsToActivate: options.maxJobs ?? 10,
        timeout: options.timeout ?? 30_000,
        worker: options.worker ?? 'test-worker',
        requestTimeout: options.requestTimeout ?? -1,
      });
      expect(res.status).toBe(200);
      return res.body.jobs;
    },
    /** Activates exactly one job of a type and returns it. */
    async activateOne(type: string, options: { timeout?: number; worker?: string } = {}) {
      const jobs = await client.activate(type, { ...options, maxJobs: 1 });
      expect(jobs, `one job of type ${type}`).toHaveLength(1);
      return jobs[0] as ActivatedJob;
    },
    async complete(jobKey: string, variables: Record<string, unknown> = {}) {
      const res = await client.post(`/jobs/${jobKey}/completion`, { variables });
      expect(res.status).toBe(204);
    },
    async instance(processInstanceKey: string) {
      const res = await client.get<ProcessInstance>(`/process-instances/${processInstanceKey}`);
      expect(res.status).toBe(200);
      return res.body;
    },
    /** Root-scope variables of an instance, parsed. */
    async variables(processInstanceKey: string) {
      const res = await client.post<{ items: Array<{ name: string; value: string; scopeKey: string }> }>(
        '/variables/search',
        { filter: { processInstanceKey, scopeKey: processInstanceKey }, page: { limit: 1000 } },
      );
      expect(res.status).toBe(200);
      return Object.fromEntries(res.body.items.map((v) => [v.name, JSON.parse(v.value) as unknown]));
    },
  };
  return client;
}

/** One entry of `DeploymentResult.deployments`. */
export interface DeploymentEntry {
  readonly processDefinition: {
    readonly processDefinitionId: string;
    readonly processDefinitionVersion: number;
    readonly processDefinitionKey: string;
  } | null;
}

/** The fields of `ActivatedJobResult` the tests read. */
export interface ActivatedJob {
  readonly jobKey: string;
  readonly type: string;
  readonly elementId: string;
  readonly processInstanceKey: string;
  readonly elementInstanceKey: string;
  readonly retries: number;
  readonly deadline: number;
  readonly worker: string;
  readonly variables: Record<string, unknown>;
  readonly customHeaders: Record<string, string>;
  readonly kind: string;
  readonly listenerEventType: string;
  readonly userTask: Record<string, unknown> | null;
}

/** The fields of `ProcessInstanceResult` the tests read. */
export interface ProcessInstance {
  readonly processInstanceKey: string;
  readonly state: string;
  readonly hasIncident: boolean;
  readonly endDate: string | null;
}
