import type { LoadedSpec } from '../src/load-spec.js';
import type { OpenApiDocument, SchemaObject, SpecMetadata } from '../src/openapi.js';

const ref = (name: string): SchemaObject => ({ $ref: `#/components/schemas/${name}` });
const problem = { 'application/problem+json': { schema: ref('ProblemDetail') } };

/** A small spec with one example of each construct the generator handles. */
export function fixtureSpec(): LoadedSpec {
  const schemas: Record<string, SchemaObject> = {
    LongKey: { type: 'string', pattern: '^-?[0-9]+$', minLength: 1, maxLength: 25 },
    ThingKey: {
      'x-semantic-type': 'ThingKey',
      type: 'string',
      allOf: [ref('LongKey')],
      description: 'Key of a thing.',
    },
    OtherKey: { 'x-semantic-type': 'OtherKey', type: 'string', allOf: [ref('LongKey')] },
    TenantId: { 'x-semantic-type': 'TenantId', type: 'string', pattern: '^[\\p{L}_/]+$' },
    AnyKey: { type: 'string', oneOf: [ref('ThingKey'), ref('OtherKey')] },
    ColorEnum: {
      type: 'string',
      enum: ['RED', 'GREEN', 'OLD'],
      'x-deprecated-enum-members': [{ name: 'OLD', deprecatedInVersion: '8.9.0' }],
    },
    Base: {
      type: 'object',
      required: ['thingKey'],
      properties: {
        thingKey: { description: 'The thing.', allOf: [ref('ThingKey')] },
        note: { type: 'string', nullable: true },
      },
    },
    Thing: {
      type: 'object',
      description: 'A thing.',
      allOf: [ref('Base')],
      required: ['note', 'shape'],
      properties: {
        shape: { type: 'string', enum: ['ROUND', 'SQUARE'] },
        tags: { type: 'array', items: { type: 'string' }, maxItems: 3 },
        color: ref('ColorEnum'),
        extra: { type: 'object', additionalProperties: true },
      },
    },
    Circle: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { type: 'string' }, radius: { type: 'number' } },
    },
    Square: {
      type: 'object',
      additionalProperties: false,
      properties: { kind: { type: 'string' }, side: { type: 'integer', format: 'int32', minimum: 1 } },
    },
    Shape: {
      discriminator: { propertyName: 'kind', mapping: { circle: '#/components/schemas/Circle' } },
      oneOf: [ref('Circle'), ref('Square')],
    },
    MaybeRequest: { type: 'object', nullable: true, properties: { reason: { type: 'string' } } },
    ThingCreation: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, tenantId: ref('TenantId') },
    },
    ThingSearchQuery: {
      type: 'object',
      properties: {
        page: ref('Page'),
        filter: { type: 'object', properties: { tenantId: ref('TenantId') } },
      },
    },
    Page: { type: 'object', properties: { after: { type: 'string' }, limit: { type: 'integer' } } },
    ThingSearchResult: {
      type: 'object',
      required: ['items', 'page'],
      properties: {
        items: { type: 'array', items: ref('Thing') },
        page: { type: 'object', properties: { endCursor: { type: 'string', nullable: true } } },
      },
    },
    TreeNode: {
      type: 'object',
      properties: { children: { type: 'array', items: ref('TreeNode') }, label: { type: 'string' } },
    },
    ProblemDetail: { type: 'object', properties: { title: { type: 'string' } } },
  };
  const document: OpenApiDocument = {
    openapi: '3.0.3',
    components: { schemas },
    paths: {
      '/things': {
        post: {
          operationId: 'createThing',
          summary: 'Create a thing',
          requestBody: { required: true, content: { 'application/json': { schema: ref('ThingCreation') } } },
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: ref('Thing') } } },
            '400': { description: 'Bad input.', content: problem },
            '409': { $ref: '#/paths/~1things~1{thingKey}/get/responses/404' },
          },
        },
      },
      '/things/{thingKey}': {
        get: {
          operationId: 'getThing',
          description: 'Reads a thing.',
          'x-eventually-consistent': true,
          parameters: [{ name: 'thingKey', in: 'path', required: true, schema: ref('ThingKey') }],
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: ref('Thing') } } },
            '404': { description: 'Not found.', content: problem },
          },
        },
        put: {
          operationId: 'replaceThingTags',
          parameters: [{ name: 'thingKey', in: 'path', required: true, schema: ref('ThingKey') }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
          },
          responses: { '204': { description: 'done' } },
        },
      },
      '/things/{thingKey}/cancellation': {
        post: {
          operationId: 'cancelThing',
          description: 'Cancels a thing. The operation is idempotent.',
          parameters: [
            { name: 'thingKey', in: 'path', required: true, schema: ref('ThingKey') },
            { name: 'force', in: 'query', schema: { type: 'boolean' } },
          ],
          requestBody: { content: { 'application/json': { schema: ref('MaybeRequest') } } },
          responses: { '204': { description: 'done' } },
        },
      },
      '/things/{thingKey}/rename': {
        post: {
          operationId: 'renameThing',
          parameters: [{ name: 'thingKey', in: 'path', required: true, schema: ref('ThingKey') }],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { type: 'object', properties: { thingKey: ref('ThingKey') } } },
            },
          },
          responses: { '204': { description: 'done' } },
        },
      },
      '/things/{thingKey}/pause': {
        post: {
          operationId: 'pauseThing',
          parameters: [{ name: 'thingKey', in: 'path', required: true, schema: ref('ThingKey') }],
          requestBody: { content: { 'application/json': {} } },
          responses: { '204': { description: 'done' } },
        },
      },
      '/things/search': {
        post: {
          operationId: 'searchThings',
          'x-eventually-consistent': true,
          requestBody: { content: { 'application/json': { schema: ref('ThingSearchQuery') } } },
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: ref('ThingSearchResult') } },
            },
          },
        },
      },
      '/uploads': {
        post: {
          operationId: 'createUpload',
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['file'],
                  properties: { file: { type: 'string', format: 'binary' }, tenantId: ref('TenantId') },
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
            },
          },
        },
      },
      '/jobs/activation': {
        post: {
          operationId: 'activateJobs',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { tenantIds: { type: 'array', items: ref('TenantId') } },
                },
              },
            },
          },
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: ref('Thing') } } },
          },
        },
      },
    },
  };
  const metadata: SpecMetadata = {
    specHash: 'sha256:fixture',
    semanticKeys: [
      { name: 'OtherKey', constraints: { pattern: '^-?[0-9]+$', minLength: 1, maxLength: 25 } },
      { name: 'TenantId', constraints: { pattern: '^[\\p{L}_/]+$' } },
      {
        name: 'ThingKey',
        description: 'Key of a thing.',
        constraints: { pattern: '^-?[0-9]+$', minLength: 1, maxLength: 25 },
      },
    ],
    operations: [],
  };
  return { document, metadata };
}
