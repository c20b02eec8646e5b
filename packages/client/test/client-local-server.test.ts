import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nullLogger } from '@camunda-ts/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCamundaClient } from '../src/create-camunda-client.js';
import { isResourceFileError } from '../src/resource-file-error.js';
import { readBody, sendJson, startLocalServer } from './local-server.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'camunda-ts-client-'));
  await writeFile(join(dir, 'order.bpmn'), '<bpmn:definitions id="order"/>');
  await writeFile(join(dir, 'approval.form'), '{"id":"approval","components":[]}');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Part {
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** A minimal multipart/form-data parser: enough to check what the client put on the wire. */
function parseMultipart(contentType: string, raw: Buffer): Part[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = `--${boundary?.[1] ?? boundary?.[2]}`;
  return raw
    .toString('latin1')
    .split(marker)
    .slice(1, -1)
    .map((section) => {
      const [head = '', ...rest] = section.replace(/^\r\n/, '').split('\r\n\r\n');
      const headers: Record<string, string> = {};
      for (const line of head.split('\r\n')) {
        const at = line.indexOf(':');
        headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
      }
      return { headers, body: rest.join('\r\n\r\n').replace(/\r\n$/, '') };
    });
}

function deploymentResult() {
  return {
    deploymentKey: '2251799813685249',
    tenantId: '<default>',
    deployments: [
      {
        processDefinition: {
          processDefinitionId: 'order',
          processDefinitionVersion: 1,
          resourceName: 'order.bpmn',
          tenantId: '<default>',
          processDefinitionKey: '2251799813685250',
        },
        decisionDefinition: null,
        decisionRequirements: null,
        form: null,
        resource: null,
      },
      {
        processDefinition: null,
        decisionDefinition: null,
        decisionRequirements: null,
        form: {
          formId: 'approval',
          version: 1,
          resourceName: 'approval.form',
          tenantId: '<default>',
          formKey: '2251799813685251',
        },
        resource: null,
      },
    ],
  };
}

describe('CamundaClient against a real local server', () => {
  it('deploys two files as multipart with their names and MIME types, and groups the result', async () => {
    const received: { contentType: string; raw: Buffer }[] = [];
    const server = await startLocalServer(async (request, response) => {
      received.push({ contentType: String(request.headers['content-type']), raw: await readBody(request) });
      sendJson(response, 200, deploymentResult());
    });
    const client = createCamundaClient({
      env: { CAMUNDA_REST_ADDRESS: server.url, CAMUNDA_DEFAULT_TENANT_ID: 'acme' },
      logger: nullLogger,
    });
    try {
      const result = await client.deployResourcesFromFiles([
        join(dir, 'order.bpmn'),
        join(dir, 'approval.form'),
      ]);
      expect(result.processes.map((p) => p.processDefinitionId)).toEqual(['order']);
      expect(result.forms.map((f) => f.formId)).toEqual(['approval']);
      expect(result.decisions).toEqual([]);
      expect(result.deploymentKey).toBe('2251799813685249');

      expect(received).toHaveLength(1);
      const { contentType, raw } = received[0] as { contentType: string; raw: Buffer };
      expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
      const parts = parseMultipart(contentType, raw);
      const files = parts.filter((p) => p.headers['content-disposition']?.includes('name="resources"'));
      expect(
        files.map((p) => [
          /filename="([^"]+)"/.exec(p.headers['content-disposition'] ?? '')?.[1],
          p.headers['content-type'],
        ]),
      ).toEqual([
        ['order.bpmn', 'application/xml'],
        ['approval.form', 'application/json'],
      ]);
      expect(files[0]?.body).toBe('<bpmn:definitions id="order"/>');
      const tenant = parts.find((p) => p.headers['content-disposition']?.includes('name="tenantId"'));
      expect(tenant?.body).toBe('acme');
    } finally {
      await client.close();
      await server.close();
    }
  });

  it('fails with a typed error naming a missing file before sending anything', async () => {
    let requests = 0;
    const server = await startLocalServer((_request, response) => {
      requests += 1;
      sendJson(response, 200, deploymentResult());
    });
    const client = createCamundaClient({ env: { CAMUNDA_REST_ADDRESS: server.url }, logger: nullLogger });
    try {
      const missing = join(dir, 'missing.dmn');
      const error = await client
        .deployResourcesFromFiles([join(dir, 'order.bpmn'), missing])
        .catch((e: unknown) => e);
      expect(isResourceFileError(error)).toBe(true);
      expect((error as Error).message).toContain(missing);
      expect(requests).toBe(0);
    } finally {
      await client.close();
      await server.close();
    }
  });

  it('close() releases its sockets and timers', async () => {
    const count = () => {
      const info = process.getActiveResourcesInfo();
      return {
        sockets: info.filter((name) => name === 'TCPSocketWrap').length,
        timers: info.filter((name) => name === 'Timeout').length,
      };
    };
    const server = await startLocalServer((_request, response) =>
      sendJson(response, 200, { clusterSize: 1 }),
    );
    const before = count();
    const client = createCamundaClient({ env: { CAMUNDA_REST_ADDRESS: server.url }, logger: nullLogger });
    await Promise.all(Array.from({ length: 8 }, () => client.getTopology()));
    expect(count().sockets).toBeGreaterThan(before.sockets);
    await client.close();
    // Socket handles leave the list on their close events, a few ticks after destroy. The server is still up
    // with keep-alive: only the client closing its side can make both ends go away.
    for (let tick = 0; tick < 100 && count().sockets > before.sockets; tick++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const after = count();
    await server.close();
    expect(after.sockets).toBeLessThanOrEqual(before.sockets);
    expect(after.timers).toBeLessThanOrEqual(before.timers);
  });
});

describe('backpressure through the client: long polls do not take permits', () => {
  it('an unrelated call completes while 40 long-poll job activations are pending', async () => {
    const held: ServerResponse[] = [];
    let arrived!: () => void;
    const allArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const server = await startLocalServer(async (request: IncomingMessage, response) => {
      await readBody(request);
      if (request.url === '/v2/jobs/activation') {
        // The engine holds a long poll open until jobs appear: keep the response pending.
        held.push(response);
        if (held.length === 40) arrived();
        return;
      }
      sendJson(response, 200, { clusterSize: 1 });
    });
    const client = createCamundaClient({
      env: { CAMUNDA_REST_ADDRESS: server.url, CAMUNDA_SDK_BACKPRESSURE_PROFILE: 'BALANCED' },
      logger: nullLogger,
    });
    try {
      const polls = Array.from({ length: 40 }, () =>
        client.activateJobs({
          type: 'payment',
          maxJobsToActivate: 1,
          timeout: 60_000,
          requestTimeout: 60_000,
        }),
      );
      await allArrived;
      const started = performance.now();
      const topology = await client.getTopology();
      const delayMs = performance.now() - started;
      expect(topology).toEqual({ clusterSize: 1 });
      expect(held).toHaveLength(40);
      expect(client.backpressureState().inFlight).toBe(0);
      // Reported, not asserted: speed is measured by benchmarks.
      console.info(`unrelated call completed in ${delayMs.toFixed(1)} ms with 40 long polls pending`);
      for (const response of held) sendJson(response, 200, { jobs: [] });
      const results = await Promise.all(polls);
      expect(results.every((r) => Array.isArray(r.jobs))).toBe(true);
    } finally {
      await client.close();
      await server.close();
    }
  });

  it('close() ends pending long polls instead of waiting for them', async () => {
    const held: ServerResponse[] = [];
    let arrived!: () => void;
    const allArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const server = await startLocalServer(async (request, response) => {
      await readBody(request);
      held.push(response);
      if (held.length === 3) arrived();
    });
    const client = createCamundaClient({ env: { CAMUNDA_REST_ADDRESS: server.url }, logger: nullLogger });
    const polls = Array.from({ length: 3 }, () =>
      client
        .activateJobs({ type: 'payment', maxJobsToActivate: 1, timeout: 60_000, requestTimeout: 60_000 })
        .catch((e: unknown) => e),
    );
    await allArrived;
    await client.close();
    const outcomes = await Promise.all(polls);
    expect(outcomes.map((e) => (e as Error).name)).toEqual(['AbortError', 'AbortError', 'AbortError']);
    await server.close();
  });
});

describe('hooks added to a running client', () => {
  it('closes the connections of the plain and the hooked path on close()', async () => {
    const sockets = new Set<Socket>();
    const server = await startLocalServer((request, response) => {
      sockets.add(request.socket);
      sendJson(response, 200, { brokers: [], clusterSize: 1, partitionsCount: 1, replicationFactor: 1 });
    });
    const client = createCamundaClient({ env: { CAMUNDA_REST_ADDRESS: server.url }, logger: nullLogger });
    try {
      await Promise.all([client.getTopology(), client.getTopology()]);
      const ends: string[] = [];
      client.addHooks({ onOperationEnd: (event) => ends.push(event.operationId) });
      await Promise.all([client.getTopology(), client.getTopology()]);
      expect(ends).toEqual(['getTopology', 'getTopology']);
      await client.close();
      // The server keeps its side open: only the client's close() can end these connections.
      for (let tick = 0; tick < 100 && [...sockets].some((s) => !s.destroyed); tick++) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(sockets.size).toBeGreaterThan(0);
      expect([...sockets].filter((s) => !s.destroyed)).toHaveLength(0);
    } finally {
      await client.close();
      await server.close();
    }
  });
});
