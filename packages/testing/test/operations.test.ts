import { describe, expect, it } from 'vitest';
import { startBareEngineServer } from './support/bare-engine-server.js';
import { fixture } from './support/rest-client.js';
import { useEngine } from './support/use-engine.js';
import { waitFor } from './support/wait-for.js';

describe('an operation without a handler', () => {
  it('is answered with 501 naming the operation', async () => {
    // The engine implements every operation of the spec, so a server with no handlers stands in for a gap.
    const server = await startBareEngineServer({});
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/v2/batch-operations/search`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(501);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const body = (await res.json()) as { status: number; title: string; instance: string; detail: string };
      expect(body).toMatchObject({
        status: 501,
        title: 'NOT_IMPLEMENTED',
        instance: '/v2/batch-operations/search',
      });
      expect(body.detail).toContain("'searchBatchOperations'");
    } finally {
      await server.stop();
    }
  });
});

describe('an answer whose client has gone', () => {
  it('is not sent; the handler is told, to give back what it took', async () => {
    let undelivered = 0;
    let clientGone: (() => void) | undefined;
    const server = await startBareEngineServer({
      // Holds the request until its client has gone, then answers as a long poll handed work would.
      getTopology: (request) =>
        new Promise((resolve) => {
          clientGone?.();
          request.signal.addEventListener('abort', () =>
            resolve({ status: 200, body: {}, undelivered: () => (undelivered += 1) }),
          );
        }),
    });
    try {
      const caller = new AbortController();
      const held = new Promise<void>((resolve) => {
        clientGone = resolve;
      });
      const call = fetch(`http://127.0.0.1:${server.port}/v2/topology`, { signal: caller.signal }).catch(
        (error: unknown) => (error as Error).name,
      );
      await held;
      caller.abort();
      expect(await call).toBe('AbortError');
      await waitFor(() => server.stats().inFlight === 0, 'the held request to end');
      expect(undelivered).toBe(1);
    } finally {
      await server.stop();
    }
  });
});

describe('operations, deployment checks and problem details', () => {
  const t = useEngine();

  it('evaluates deployed decisions and answers an unknown one with 404', async () => {
    const dmn = `<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="drg" name="DRG" namespace="t">
  <decision id="greeting" name="Greeting"><literalExpression id="l"><text>"Hello " + name</text></literalExpression></decision>
</definitions>`;
    expect((await t.api.deploy({ 'greeting.dmn': dmn })).status).toBe(200);
    const res = await t.api.post('/decision-definitions/evaluation', {
      decisionDefinitionId: 'greeting',
      variables: { name: 'Ann' },
    });
    expect(res.status).toBe(200);
    expect(res.body.output).toBe('"Hello Ann"');
    const missing = await t.api.post('/decision-definitions/evaluation', { decisionDefinitionId: 'd' });
    expect(missing.status).toBe(404);
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    expect((await t.api.get('/nowhere')).status).toBe(404);
    const wrong = await t.api.delete('/topology');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
  });

  it('rejects a deployment with an unsupported element, naming the element id and type', async () => {
    const res = await t.api.deploy({ 'unsupported.bpmn': await fixture('unsupported-process.bpmn') });
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain("'call-billing'");
    expect(res.body.detail).toContain('bpmn:CallActivity');
    // Nothing from the rejected deployment was registered.
    const defs = await t.api.post<{ items: unknown[] }>('/process-definitions/search', {});
    expect(defs.body.items).toEqual([]);
  });

  it('rejects what Zeebe rejects: multi-instance without a collection, complex gateways, broken FEEL and DMN', async () => {
    const wrap = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="x">
  <bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="s" />${body}</bpmn:process>
</bpmn:definitions>`;
    const cases: Array<[string, string, string]> = [
      [
        'multi.bpmn',
        wrap(
          '<bpmn:serviceTask id="each"><bpmn:extensionElements><zeebe:taskDefinition type="t" /></bpmn:extensionElements><bpmn:multiInstanceLoopCharacteristics /></bpmn:serviceTask>',
        ),
        "'each'",
      ],
      ['complex.bpmn', wrap('<bpmn:complexGateway id="complex" />'), "elements of type 'complexGateway'"],
      [
        'feel.bpmn',
        wrap(
          '<bpmn:serviceTask id="bad-feel"><bpmn:extensionElements><zeebe:taskDefinition type="=foo(" /></bpmn:extensionElements></bpmn:serviceTask>',
        ),
        "'bad-feel'",
      ],
      ['no-type.bpmn', wrap('<bpmn:serviceTask id="untyped" />'), 'zeebe:taskDefinition'],
      ['decision.dmn', '<definitions />', 'DMN'],
    ];
    for (const [name, content, expected] of cases) {
      const res = await t.api.deploy({ [name]: content });
      expect(res.status, name).toBe(400);
      expect(String(res.body.detail), name).toContain(expected);
    }
  });

  it('ignores diagram shapes that point at elements which do not exist, as Zeebe does', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="d" targetNamespace="x">
  <bpmn:process id="stale-diagram" isExecutable="true"><bpmn:startEvent id="s" /></bpmn:process>
  <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="pl" bpmnElement="stale-diagram">
    <bpmndi:BPMNShape id="ghost-shape" bpmnElement="removed-task"><dc:Bounds x="1" y="1" width="1" height="1" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
    const res = await t.api.deploy({ 'stale.bpmn': xml });
    expect(res.status).toBe(200);
    // A dangling reference in the model itself is still an error.
    const broken = xml.replace(
      '<bpmn:startEvent id="s" />',
      '<bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="nowhere" />',
    );
    expect((await t.api.deploy({ 'broken.bpmn': broken })).status).toBe(400);
  });

  it('deploys forms next to processes', async () => {
    const res = await t.api.deploy({
      'approve.form': JSON.stringify({ id: 'approve-form', components: [] }),
    });
    expect(res.status).toBe(200);
    expect(res.body.deployments[0]).toMatchObject({
      form: { formId: 'approve-form', version: 1 },
      processDefinition: null,
    });
  });

  it('rejects malformed request bodies with 400', async () => {
    const res = await fetch(`${t.engine.restAddress}/process-instances`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    const invalid = await t.api.post('/messages/publication', { name: 5 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.detail).toContain('publishMessage');
  });

  it('serves topology and status shaped as the spec says', async () => {
    const topo = await t.api.get<{ brokers: Array<{ port: number }>; gatewayVersion: string }>('/topology');
    expect(topo.status).toBe(200);
    expect(topo.body.brokers[0]?.port).toBe(Number(new URL(t.engine.restAddress).port));
    expect((await t.api.get('/status')).status).toBe(204);
  });

  it('reset() drops state but keeps keys increasing', async () => {
    const { api, engine } = t;
    await api.deployFixtures('order-process.bpmn');
    const before = await api.start('order-process', { order: { items: [], total: 1 } });
    engine.reset();
    expect((await api.get(`/process-instances/${before}`)).status).toBe(404);
    expect((await api.post<{ items: unknown[] }>('/process-definitions/search', {})).body.items).toEqual([]);
    await api.deployFixtures('order-process.bpmn');
    const after = await api.start('order-process', { order: { items: [], total: 1 } });
    expect(BigInt(after) > BigInt(before)).toBe(true);
  });
});
