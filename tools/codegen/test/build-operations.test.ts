import { describe, expect, it } from 'vitest';
import { buildOperations } from '../src/build-operations.js';
import type { OperationModel } from '../src/operation-model.js';
import { createSchemaConverter } from '../src/schema-converter.js';
import { fixtureSpec } from './fixture-spec.js';

function operations(): Map<string, OperationModel> {
  const { document, metadata } = fixtureSpec();
  const built = buildOperations(document, createSchemaConverter(document, metadata));
  return new Map(built.map((op) => [op.operationId, op]));
}

function op(id: string): OperationModel {
  const found = operations().get(id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
}

describe('buildOperations', () => {
  it('sorts operations by operationId', () => {
    const ids = [...operations().keys()];
    expect(ids).toEqual([...ids].sort());
  });

  it('reads method, path and parameters', () => {
    const cancel = op('cancelThing');
    expect(cancel.method).toBe('POST');
    expect(cancel.path).toBe('/things/{thingKey}/cancellation');
    expect(cancel.pathParams.map((p) => [p.name, p.required])).toEqual([['thingKey', true]]);
    expect(cancel.queryParams.map((p) => [p.name, p.required])).toEqual([['force', false]]);
    expect(cancel.pathParams[0]?.type).toEqual({ kind: 'ref', name: 'ThingKey' });
  });

  it('chooses the body mode', () => {
    expect(op('createThing').body).toBe('fields');
    expect(op('replaceThingTags').body).toBe('whole'); // an array body
    expect(op('renameThing').body).toBe('whole'); // a body field named like the path parameter
    expect(op('pauseThing').body).toBe('none'); // an optional body without a schema
    expect(op('pauseThing').requestContentType).toBeUndefined();
    expect(op('getThing').body).toBe('none');
  });

  it('names component bodies and responses, and keeps inline ones as types', () => {
    expect(op('createThing').requestSchema).toBe('ThingCreation');
    expect(op('createThing').responseSchema).toBe('Thing');
    expect(op('createUpload').requestSchema).toBeUndefined();
    expect(op('createUpload').requestContentType).toBe('multipart/form-data');
    expect(op('createUpload').responseType).toEqual({ kind: 'binary' });
    expect(op('createUpload').responseContentType).toBe('application/octet-stream');
  });

  it('lists error statuses with descriptions, following response $refs', () => {
    expect(op('createThing').errors).toEqual([
      { status: 400, description: 'Bad input.' },
      { status: 409, description: 'Not found.' },
    ]);
    expect(op('createThing').successStatus).toBe(200);
    expect(op('cancelThing').successStatus).toBe(204);
  });

  it('marks retry-safe operations: reads, PUT/DELETE, documented idempotence; never a create', () => {
    expect(op('getThing').retrySafe).toBe(true);
    expect(op('replaceThingTags').retrySafe).toBe(true);
    expect(op('searchThings').retrySafe).toBe(true);
    expect(op('cancelThing').retrySafe).toBe(true);
    expect(op('renameThing').retrySafe).toBe(false);
    expect(op('createThing').retrySafe).toBe(false);
    expect(op('createUpload').retrySafe).toBe(false);
  });

  it('finds the tenant default, the long poll and cursor pagination', () => {
    expect(op('createThing').tenantDefault).toBe('tenantId');
    expect(op('createUpload').tenantDefault).toBe('tenantId');
    expect(op('activateJobs').tenantDefault).toBe('tenantIds');
    expect(op('searchThings').tenantDefault).toBeUndefined(); // only inside the filter
    expect(op('activateJobs').longPoll).toBe(true);
    expect(op('createThing').longPoll).toBe(false);
    expect(op('searchThings').pagination).toEqual({ itemsField: 'items' });
    expect(op('createThing').pagination).toBeUndefined();
  });

  it('makes the input optional only when nothing in it is required', () => {
    expect(op('searchThings').inputOptional).toBe(true);
    expect(op('createThing').inputOptional).toBe(false);
    expect(op('getThing').inputOptional).toBe(false);
    expect(op('activateJobs').inputOptional).toBe(true);
  });

  it('reads eventual consistency from x-eventually-consistent', () => {
    expect(op('getThing').eventuallyConsistent).toBe(true);
    expect(op('createThing').eventuallyConsistent).toBe(false);
  });

  it('refuses a path template that disagrees with the path parameters', () => {
    const { document, metadata } = fixtureSpec();
    const broken = {
      ...document,
      paths: {
        ...document.paths,
        '/broken/{id}': { get: { operationId: 'broken', responses: { '204': {} } } },
      },
    };
    expect(() => buildOperations(broken, createSchemaConverter(broken, metadata))).toThrow(/broken/);
  });
});
