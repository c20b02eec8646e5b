import type { OperationSchemas } from './schema-validator.js';

/** The API's zod schemas, imported when validation first needs them (never when it is off). */
export function loadZodSchemas(): Promise<OperationSchemas> {
  return import('@camunda-ts/types/zod') as unknown as Promise<OperationSchemas>;
}
