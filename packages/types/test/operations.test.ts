import { describe, expect, it } from 'vitest';
import { type OperationId, operations } from '../src/operations.js';
import { schemas } from '../src/zod.js';
import { loadSpecFixture } from './spec-fixture.js';

const spec = loadSpecFixture();
const table = Object.values(operations);

describe('operation table', () => {
  it('has exactly the operations of the spec, keyed by operationId', () => {
    const ids = spec.metadata.operations.map((op) => op.operationId);
    expect(ids).toHaveLength(241);
    expect(Object.keys(operations).sort()).toEqual([...ids].sort());
    for (const [key, entry] of Object.entries(operations)) expect(entry.operationId).toBe(key);
  });

  it.each(spec.metadata.operations)('matches the spec for $operationId', (expected) => {
    const entry = operations[expected.operationId as OperationId];
    expect(entry.method).toBe(expected.method.toUpperCase());
    expect(entry.path).toBe(expected.path);
    expect(entry.pathParams).toEqual(expected.pathParams);
    expect(entry.queryParams).toEqual(expected.queryParams.map((param) => param.name));
    expect(entry.successStatus).toBe(expected.successStatus);
    expect(entry.eventuallyConsistent).toBe(expected.eventuallyConsistent);
    expect(entry.requestSchema).toBe(expected.requestBodySchemaRef);
    expect(entry.responseSchema).toBe(expected.successResponseSchemaRef);
    expect(entry.tenantDefault === 'tenantId').toBe(expected.optionalTenantIdInBody);
  });

  it('names only schemas that exist', () => {
    for (const entry of table) {
      if (entry.requestSchema) expect(schemas[entry.requestSchema]).toBeDefined();
      if (entry.responseSchema) expect(schemas[entry.responseSchema]).toBeDefined();
    }
  });

  it('lists path parameters in the order of the path template', () => {
    for (const entry of table) {
      const inTemplate = [...entry.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      expect(entry.pathParams).toEqual(inTemplate);
    }
  });

  it('lists documented error statuses, ascending and never a success', () => {
    for (const entry of table) {
      expect([...entry.errorStatuses].sort((a, b) => a - b)).toEqual(entry.errorStatuses);
      expect(entry.errorStatuses.every((status) => status >= 400)).toBe(true);
    }
    expect(operations.createProcessInstance.errorStatuses).toContain(409);
  });

  it('never marks a create as safe to retry, and always a GET', () => {
    for (const entry of table) {
      if (/^create[A-Z]/.test(entry.operationId)) expect(entry.retrySafe).toBe(false);
      if (entry.method === 'GET') expect(entry.retrySafe).toBe(true);
      if (entry.method === 'PATCH') expect(entry.retrySafe).toBe(false);
    }
    expect(operations.searchProcessInstances.retrySafe).toBe(true);
    expect(operations.completeJob.retrySafe).toBe(false);
  });

  it('marks activateJobs as the long poll, with tenantIds as its tenant default', () => {
    expect(table.filter((entry) => entry.longPoll).map((entry) => entry.operationId)).toEqual([
      'activateJobs',
    ]);
    expect(operations.activateJobs.tenantDefault).toBe('tenantIds');
  });

  it('describes cursor pagination for searches whose page takes `after`', () => {
    const paginated = table.filter((entry) => entry.pagination);
    expect(paginated.length).toBeGreaterThan(40);
    for (const entry of paginated) {
      expect(entry.pagination?.itemsField).toBe('items');
      expect(entry.eventuallyConsistent).toBe(true);
    }
    expect(operations.searchProcessInstances.pagination).toEqual({ itemsField: 'items' });
    // Offset-only statistics have no cursor.
    expect(operations.getProcessDefinitionInstanceStatistics.pagination).toBeUndefined();
  });

  it('describes request and response encodings', () => {
    expect(operations.createDeployment.requestContentType).toBe('multipart/form-data');
    expect(operations.createDeployment.body).toBe('fields');
    expect(operations.getDocument.responseContentType).toBe('application/octet-stream');
    expect(operations.getProcessDefinitionXML.responseContentType).toBe('text/xml');
    expect(operations.cancelBatchOperation.body).toBe('none');
    expect(operations.cancelBatchOperation.requestContentType).toBeUndefined();
    for (const entry of table) {
      expect(entry.requestContentType === undefined).toBe(entry.body === 'none');
    }
  });
});
