import { ConfigError } from '@camunda-ts/config';
import type { OperationSchemas } from './schema-validator.js';

/**
 * The `browser` and `worker` builds do not import the schemas by themselves: zod and the API's schemas would be
 * the larger part of every page's bundle, validation or not. An application that validates passes
 * `schemas: () => import('@camunda-ts/types/zod')`; without it, the first validated call fails with this error.
 */
export function loadZodSchemas(): Promise<OperationSchemas> {
  return Promise.reject(
    new ConfigError([
      {
        code: 'UNSUPPORTED_RUNTIME',
        key: 'CAMUNDA_SDK_VALIDATION',
        message:
          "CAMUNDA_SDK_VALIDATION asks for schema validation, but the browser and worker builds load no schemas by themselves (they would weigh on every bundle): pass schemas: () => import('@camunda-ts/types/zod') to createCamundaClient",
      },
    ]),
  );
}
