import { describe, expect, it } from 'vitest';
import { operations } from '../src/operations.js';
import {
  getSchema,
  JobResultSchema,
  operationRequestSchemas,
  operationResponseSchemas,
  ProcessInstanceCreationInstructionByIdSchema,
  ProcessInstanceCreationInstructionSchema,
  schemas,
} from '../src/zod.js';
import { loadSpecFixture, refName, type SpecSchema } from './spec-fixture.js';

const spec = loadSpecFixture();
const componentNames = Object.keys(spec.schemas);

/**
 * An example value for a schema built only from the spec's own `example`s: the schema's example, else the example
 * of what it references, else (for objects) an object of its properties' examples — as long as every required
 * property has one.
 */
function exampleOf(schema: SpecSchema, depth = 0): { value: unknown } | undefined {
  if (depth > 8) return undefined;
  if (schema.example !== undefined) return { value: schema.example };
  if (schema.$ref) return exampleOf(spec.schemas[refName(schema.$ref)]!, depth + 1);
  if (schema.allOf?.length === 1 && !schema.properties && !schema.required) {
    return exampleOf(schema.allOf[0]!, depth + 1);
  }
  const properties = collectProperties(schema);
  if (!properties) return undefined;
  const value: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties.properties)) {
    const example = exampleOf(property, depth + 1);
    if (example) value[name] = example.value;
    else if (properties.required.has(name)) return undefined;
  }
  return Object.keys(value).length > 0 ? { value } : undefined;
}

/** The properties of an object schema with its allOf members merged in; undefined for non-objects. */
function collectProperties(
  schema: SpecSchema,
): { properties: Record<string, SpecSchema>; required: Set<string> } | undefined {
  if (schema.$ref) return collectProperties(spec.schemas[refName(schema.$ref)]!);
  if (schema.oneOf || schema.anyOf || (!schema.properties && !schema.allOf)) return undefined;
  const properties: Record<string, SpecSchema> = {};
  const required = new Set(schema.required ?? []);
  for (const member of schema.allOf ?? []) {
    const merged = collectProperties(member);
    if (!merged) return undefined;
    Object.assign(properties, merged.properties);
    for (const name of merged.required) required.add(name);
  }
  Object.assign(properties, schema.properties ?? {});
  return { properties, required };
}

/** The JSON type a property's schema declares, following references and single allOf. */
function declaredType(schema: SpecSchema): string | undefined {
  if (schema.$ref) return declaredType(spec.schemas[refName(schema.$ref)]!);
  if (schema.oneOf || schema.anyOf) return undefined;
  if (schema.type) return schema.type;
  if (schema.allOf?.length === 1) return declaredType(schema.allOf[0]!);
  return undefined;
}

const WRONG_VALUE: Record<string, unknown> = {
  string: 12345,
  integer: 'not a number',
  number: 'not a number',
  boolean: 'not a boolean',
  array: 'not an array',
  object: 'not an object',
};

const withExamples = componentNames
  .map((name) => ({ name, example: exampleOf(spec.schemas[name]!) }))
  .filter((entry): entry is { name: string; example: { value: unknown } } => entry.example !== undefined);

describe('zod schemas', () => {
  it('exist for every component schema of the spec, by name', () => {
    expect(Object.keys(schemas).sort()).toEqual([...componentNames].sort());
    expect(componentNames).toHaveLength(742);
    for (const name of componentNames) expect(getSchema(name)).toBe(schemas[name]);
  });

  it('are not found for names that are not schemas (nor Object.prototype members)', () => {
    expect(getSchema('NoSuchSchema')).toBeUndefined();
    expect(getSchema('toString')).toBeUndefined();
  });

  it('cover a substantial part of the spec with examples', () => {
    expect(withExamples.length).toBeGreaterThan(150);
  });

  it.each(withExamples)('accept the spec example of $name', ({ name, example }) => {
    const result = getSchema(name)!.safeParse(example.value);
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  const wrongTypeCases = withExamples.flatMap(({ name, example }) => {
    const properties = collectProperties(spec.schemas[name]!);
    if (!properties || typeof example.value !== 'object' || example.value === null) return [];
    return [...properties.required].flatMap((field) => {
      const type = declaredType(properties.properties[field]!);
      const nullable = properties.properties[field]!.nullable === true;
      return type && !nullable && type in WRONG_VALUE ? [{ name, field, type, example: example.value }] : [];
    });
  });

  it('find required fields to corrupt', () => {
    expect(wrongTypeCases.length).toBeGreaterThan(50);
  });

  it.each(wrongTypeCases)('reject $name when required $field ($type) has the wrong type', (entry) => {
    const corrupted = { ...(entry.example as object), [entry.field]: WRONG_VALUE[entry.type] };
    const result = getSchema(entry.name)!.safeParse(corrupted);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((issue) => issue.path[0] === entry.field)).toBe(true);
  });

  it('reject an object missing a required field', () => {
    expect(ProcessInstanceCreationInstructionByIdSchema.safeParse({ variables: {} }).success).toBe(false);
    expect(
      ProcessInstanceCreationInstructionByIdSchema.safeParse({ processDefinitionId: 'order' }).success,
    ).toBe(true);
  });

  it('reject unknown properties where the spec sets additionalProperties: false', () => {
    const result = ProcessInstanceCreationInstructionByIdSchema.safeParse({
      processDefinitionId: 'a',
      extra: 1,
    });
    expect(result.success).toBe(false);
  });

  it('accept either variant of a oneOf and reject a value matching none', () => {
    const schema = ProcessInstanceCreationInstructionSchema;
    expect(schema.safeParse({ processDefinitionKey: '2251799813685249' }).success).toBe(true);
    expect(schema.safeParse({ processDefinitionId: 'order-process' }).success).toBe(true);
    expect(schema.safeParse({ processDefinitionKey: 'not-a-key' }).success).toBe(false);
  });

  it('check discriminator values and nullability of a discriminated union', () => {
    expect(JobResultSchema.safeParse({ type: 'userTask', denied: true }).success).toBe(true);
    expect(JobResultSchema.safeParse({ type: 'adHocSubProcess', activateElements: [] }).success).toBe(true);
    expect(JobResultSchema.safeParse({ type: 'somethingElse' }).success).toBe(false);
    expect(JobResultSchema.safeParse(null).success).toBe(true);
  });

  it('validate semantic keys inside objects', () => {
    const schema = getSchema('CreateProcessInstanceResult')!;
    const valid = {
      processDefinitionId: 'order-process',
      processDefinitionVersion: 1,
      tenantId: '<default>',
      variables: {},
      processDefinitionKey: '2251799813685249',
      processInstanceKey: '2251799813690746',
      tags: [],
      businessId: null,
    };
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse({ ...valid, processInstanceKey: 'pi-1' }).success).toBe(false);
  });
});

describe('operation schemas', () => {
  it('name a component schema for every body the table names', () => {
    for (const spec of Object.values(operations)) {
      if (spec.requestSchema) {
        expect(operationRequestSchemas[spec.operationId]).toBe(schemas[spec.requestSchema]);
      }
      if (spec.responseSchema) {
        expect(operationResponseSchemas[spec.operationId]).toBe(schemas[spec.responseSchema]);
      }
    }
  });

  it('exist for every request body and every response with content, inline ones included', () => {
    for (const spec of Object.values(operations)) {
      expect(operationRequestSchemas[spec.operationId] !== undefined).toBe(spec.body !== 'none');
      expect(operationResponseSchemas[spec.operationId] !== undefined).toBe(
        spec.responseContentType !== undefined,
      );
    }
  });

  it('validate multipart bodies with Blob parts', () => {
    const schema = operationRequestSchemas.createDeployment!;
    const bpmn = new Blob(['<definitions/>'], { type: 'application/xml' });
    expect(schema.safeParse({ resources: [bpmn] }).success).toBe(true);
    expect(schema.safeParse({ resources: ['<definitions/>'] }).success).toBe(false);
  });

  it('validate inline array and text payloads', () => {
    expect(operationResponseSchemas.getProcessDefinitionXML!.safeParse('<definitions/>').success).toBe(true);
    expect(operationResponseSchemas.listRuntimeBackups!.safeParse({}).success).toBe(false);
    expect(operationResponseSchemas.getDocument!.safeParse(new Uint8Array([1, 2])).success).toBe(true);
  });
});
