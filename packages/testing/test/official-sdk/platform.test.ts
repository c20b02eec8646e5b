import {
  BusinessId,
  createCamundaClient,
  ProcessDefinitionId,
  Tag,
} from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import { approveForm, serviceTaskProcess, startFormProcess } from '../support/official-sdk-models.js';
import { officialSdkConfig, resourceFile, useOfficialSdk } from '../support/use-official-sdk.js';

const now = { consistency: { waitUpToMs: 0 } } as const;

describe('official SDK: forms, tags and business ids, documents, cluster variables, expressions, system', () => {
  const t = useOfficialSdk();

  it('getStartProcessForm serves the form linked from the start event', async () => {
    const deployment = await t.client.createDeployment({
      resources: [
        resourceFile('request.bpmn', startFormProcess('request')),
        resourceFile('approve.form', approveForm),
      ],
    });
    const key = deployment.processes[0]?.processDefinitionKey;
    if (key === undefined) throw new Error('not deployed');
    expect((await t.client.getProcessDefinition({ processDefinitionKey: key }, now)).hasStartForm).toBe(true);
    const form = await t.client.getStartProcessForm({ processDefinitionKey: key }, now);
    expect(form).toMatchObject({ formId: 'approve-form', version: 1, tenantId: '<default>' });
    expect(JSON.parse(String(form?.schema))).toEqual(JSON.parse(approveForm));
  });

  it('tags and a business id given at creation are on the instance and filter searches', async () => {
    await t.client.createDeployment({
      resources: [resourceFile('pay.bpmn', serviceTaskProcess('pay', 'pay'))],
    });
    const created = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('pay'),
      tags: [Tag.fromString('priority'), Tag.fromString('region:eu')],
      businessId: BusinessId.assumeExists('order-42'),
    });
    expect(created.tags).toEqual(['priority', 'region:eu']);
    const instance = await t.client.getProcessInstance(
      { processInstanceKey: created.processInstanceKey },
      now,
    );
    expect(instance).toMatchObject({ tags: ['priority', 'region:eu'], businessId: 'order-42' });
    await t.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('pay') });
    const tagged = await t.client.searchProcessInstances(
      { filter: { tags: [Tag.fromString('region:eu')] } },
      now,
    );
    expect(tagged.items.map((i) => i.processInstanceKey)).toEqual([created.processInstanceKey]);
    const byBusinessId = await t.client.searchProcessInstances({ filter: { businessId: 'order-42' } }, now);
    expect(byBusinessId.items.map((i) => i.processInstanceKey)).toEqual([created.processInstanceKey]);
    // The 8.10 field the suite takes out before the SDK (typed for 8.9) checks the answer.
    expect(t.stripped).toEqual([
      { path: `/v2/process-instances/${created.processInstanceKey}`, properties: ['suspendedDate'] },
    ]);
  });

  it('documents: create, read back, link, delete', async () => {
    // Validation off for documents: SDK 9.1.5's schemas type the uploaded file and the downloaded content as
    // strings, so they refuse any File and any binary answer, whoever the server is.
    const client = createCamundaClient({
      config: { ...officialSdkConfig(t.engine.restAddress), CAMUNDA_SDK_VALIDATION: 'none' } as never,
      log: { level: 'silent' },
    });
    const created = await client.createDocument({
      file: new File(['hello, camunda'], 'greeting.txt', { type: 'text/plain' }),
      metadata: { contentType: 'text/plain', fileName: 'greeting.txt', customProperties: { lang: 'en' } },
    });
    expect(created).toMatchObject({
      'camunda.document.type': 'camunda',
      storeId: 'in-memory',
      metadata: expect.objectContaining({ fileName: 'greeting.txt', contentType: 'text/plain', size: 14 }),
    });
    const content = await client.getDocument({ documentId: created.documentId });
    const text = content instanceof Blob ? await content.text() : String(content);
    expect(text).toBe('hello, camunda');
    const link = await client.createDocumentLink({ documentId: created.documentId, timeToLive: 60_000 });
    expect(link.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    await client.deleteDocument({ documentId: created.documentId });
    const gone = await client.getDocument({ documentId: created.documentId }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(gone).toMatchObject({ name: 'HttpSdkError', status: 404 });
  });

  it('cluster variables: create, get, search, update, delete', async () => {
    const created = await t.client.createGlobalClusterVariable({ name: 'region', value: { code: 'eu' } });
    expect(created).toMatchObject({ name: 'region', scope: 'GLOBAL' });
    const got = await t.client.getGlobalClusterVariable({ name: 'region' }, now);
    expect(JSON.parse(String(got.value))).toEqual({ code: 'eu' });
    await t.client.updateGlobalClusterVariable({ name: 'region', value: { code: 'us' } });
    const found = await t.client.searchClusterVariables({ filter: { name: 'region' } }, now);
    expect(found.items.map((v) => [v.name, v.scope])).toEqual([['region', 'GLOBAL']]);
    expect(
      JSON.parse(String((await t.client.getGlobalClusterVariable({ name: 'region' }, now)).value)),
    ).toEqual({
      code: 'us',
    });
    await t.client.deleteGlobalClusterVariable({ name: 'region' });
    expect((await t.client.searchClusterVariables({}, now)).items).toEqual([]);
  });

  it('evaluateExpression evaluates FEEL with the given variables', async () => {
    const result = await t.client.evaluateExpression({
      expression: '=a + b * 2',
      variables: { a: 1, b: 20 },
    });
    expect(result).toMatchObject({ expression: '=a + b * 2', result: 41, warnings: [] });
  });

  it('license, system configuration and the caller', async () => {
    expect(await t.client.getLicense()).toMatchObject({ validLicense: expect.any(Boolean) });
    const configuration = await t.client.getSystemConfiguration();
    expect(configuration.jobMetrics).toEqual(expect.any(Object));
  });
});
